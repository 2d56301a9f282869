#!/usr/bin/env python3
# Reference values for GrahameTest and WaterTest: an independent derivation with mpmath at 40 digits.
# Grahame's equation sigma^2 = 2 eps_r eps0 R T sum c_i (exp(-z_i F psi/RT) - 1) is solved by plain
# bisection (300 halvings) on the side of sign(sigma); the closed form for z:z salts is evaluated directly.
# Constants: CODATA 2018 / SI 2019 as in echem's codata2018 set. Run: python3 grahame_reference.py
from mpmath import mp, mpf, sqrt, exp, asinh, findroot, log
mp.dps = 40
e=mpf('1.602176634e-19');NA=mpf('6.02214076e23');kB=mpf('1.380649e-23');F=e*NA;R=kB*NA;eps0=mpf('8.8541878128e-12')
def psi_mix(ions, sigma, T, er):
    T=mpf(T); er=mpf(er); sigma=mpf(sigma)
    target = sigma**2/(2*er*eps0*R*T)
    f=lambda u: sum(mpf(c)*(exp(-z*u)-1) for z,c in ions) - target
    # bisection on side of sign
    s = 1 if sigma>0 else -1
    lo, hi = mpf(0), mpf(1)
    while f(s*hi) < 0: hi*=2
    for _ in range(300):
        mid=(lo+hi)/2
        if f(s*mid)<0: lo=mid
        else: hi=mid
    return s*(lo+hi)/2*R*T/F
def mm(t): t=mpf(t); return mpf('87.740')-mpf('0.40008')*t+mpf('9.398e-4')*t*t-mpf('1.410e-6')*t**3
cases = [
 ("Na=150,Cl=154,Ca=2 sigma=-0.05 37C", [(1,150),(-1,154),(2,2)], '-0.05', 310.15, mm(37)),
 ("Na=150,Cl=154,Ca=2 sigma=+0.05 37C", [(1,150),(-1,154),(2,2)], '0.05', 310.15, mm(37)),
 ("CaCl2 10mM sigma=-0.1 25C eps78.5", [(2,10),(-1,20)], '-0.1', 298.15, 78.5),
 ("CaCl2 10mM sigma=+0.1 25C eps78.5", [(2,10),(-1,20)], '0.1', 298.15, 78.5),
 ("Na2SO4 1mM sigma=-0.01 25C", [(1,2),(-2,1)], '-0.01', 298.15, 78.5),
 ("K=140,Cl=10,HPO4=... mixture", [(1,145),(2,1),(-1,120),(-2,13.5)], '-0.02', 310.15, 74.0),
]
for name, ions, sg, T, er in cases:
    print(name, mp.nstr(psi_mix(ions, sg, T, er)*1000, 20))
# symmetric closed form check
for z,c,sg,T,er in [(1,150,'-0.0640870653599999924',298.15,78.5),(2,50,'-0.1',310.15,mm(37)),(1,1,'0.001',298.15,78.5)]:
    c=mpf(c); T=mpf(T); er=mpf(er)
    print(z,c,sg, mp.nstr(2*R*T/(z*F)*asinh(mpf(sg)/sqrt(8*c*er*eps0*R*T))*1000, 20), mp.nstr(psi_mix([(z,c),(-z,c)], sg, T, er)*1000,20))
print(mp.nstr(mm(25),12), mp.nstr(mm(37),12), mp.nstr(mm(0),12), mp.nstr(mm(100),12))
