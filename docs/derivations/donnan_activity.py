#!/usr/bin/env python3
"""Independent check of the closed Donnan equilibrium in activities (echem donnan --activity davies).

The textbook closed case: 100 mM NaPr inside | 100 mM NaCl outside, equal volumes, 25 °C.
With x = [Na]in, the inside's electroneutrality ([Na]in = [Cl]in + [Pr]) and the amounts conserved
give [Cl]in = x - 100, [Na]out = [Cl]out = 200 - x, I_in = x, I_out = 200 - x (mM). Davies gives the
same γ to every monovalent ion of a side, so equilibrium in activities,
a_Na,in / a_Na,out = a_Cl,out / a_Cl,in, is
    γ(x)² · x · (x - 100) = γ(200 - x)² · (200 - x)²,
one equation in x, solved here by bisection at 40 digits (echem instead solves for ln r with
Brent's method and iterates on the γ). V_donnan = -(RT/F)·ln r, r = γ_in·x / (γ_out·(200 - x)).
A = 0.5115585887446024 (L/mol)^½ is echem's Debye–Hückel A of water at 25 °C (Activity.parameters);
R and F are CODATA 2018.
"""
from mpmath import mp, mpf, sqrt, log

mp.dps = 40
A = mpf("0.5115585887446024")
R = mpf("6.02214076e23") * mpf("1.380649e-23")  # N_A·k, exact in the 2019 SI (CODATA 2018)
F = mpf("6.02214076e23") * mpf("1.602176634e-19")  # N_A·e
T = mpf("298.15")


def gamma(i_mm):
    s = sqrt(i_mm / 1000)
    return mpf(10) ** (-A * (s / (1 + s) - mpf("0.3") * s * s))


def f(x):
    return gamma(x) ** 2 * x * (x - 100) - gamma(200 - x) ** 2 * (200 - x) ** 2


lo, hi = mpf(100), mpf(200)
for _ in range(200):
    mid = (lo + hi) / 2
    if f(mid) > 0:
        hi = mid
    else:
        lo = mid
x = (lo + hi) / 2
r = gamma(x) * x / (gamma(200 - x) * (200 - x))
v = -(R * T / F) * log(r) * 1000
ideal_x = mpf(400) / 3  # the ideal case: x(x - 100) = (200 - x)², x = 133.33 mM, r = 2
ideal_v = -(R * T / F) * log(2) * 1000
print("Na_in mM", mp.nstr(x, 17))
print("Cl_in mM", mp.nstr(x - 100, 17))
print("out mM", mp.nstr(200 - x, 17))
print("r", mp.nstr(r, 17))
print("V_donnan mV", mp.nstr(v, 17))
print("ideal V mV", mp.nstr(ideal_v, 17), "ideal Na_in", mp.nstr(ideal_x, 17))
