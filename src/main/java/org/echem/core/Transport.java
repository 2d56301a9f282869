package org.echem.core;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalDouble;

/**
 * The thermodynamics of a coupled transporter: the free energy of one cycle, its reversal
 * potential, and the inside concentration of one ion at which it is at equilibrium.
 *
 * <p>With nᵢ the moles of ion i moved inward per forward cycle (negative: outward), zᵢ its
 * valence, Eᵢ its Nernst potential and m the moles of ATP hydrolysed per cycle,
 *
 * <pre>
 *   ΔG    = Σ nᵢ·zᵢ·F·(V_m − Eᵢ) + m·ΔG_ATP                     (J/mol of cycles)
 *   E_rev = (Σ nᵢzᵢEᵢ − m·ΔG_ATP/F) / Σ nᵢzᵢ                      (V; none when Σ nᵢzᵢ = 0)
 * </pre>
 *
 * <p>Each term nᵢzᵢF(V_m − Eᵢ) = nᵢ·Δμ̃ᵢ is nᵢ times the free energy of moving 1 mol of ion i
 * from outside to inside ({@link DrivingForce}). The cycle runs forward when ΔG &lt; 0, in reverse
 * when ΔG &gt; 0. E_rev is the V_m at which ΔG = 0; for an electroneutral transporter (Σ nᵢzᵢ = 0)
 * V_m drops out of ΔG and there is none. Since zᵢF·Eᵢ = RT·ln(c_out,i/c_in,i),
 * ΔG = F·V_m·Σ nᵢzᵢ − RT·Σ nᵢ·ln(c_out,i/c_in,i) + m·ΔG_ATP, which solved for one ion j gives its
 * equilibrium inside concentration
 *
 * <pre>
 *   c_in,j = c_out,j · exp(−X / (n_j·RT)),  X = F·V_m·Σ nᵢzᵢ − RT·Σ_{i≠j} nᵢ·ln(c_out,i/c_in,i) + m·ΔG_ATP
 * </pre>
 *
 * <p>(for KCC2, [Cl⁻]i = [K⁺]o[Cl⁻]o/[K⁺]i). Concentrations stand in for activities. Sources:
 * Hille, <i>Ion Channels of Excitable Membranes</i>, 3rd ed. (2001), ch. 16 (exchangers and
 * their reversal potentials); Blaustein &amp; Lederer, Physiol. Rev. 79:763 (1999) (E_NCX = 3E_Na −
 * 2E_Ca); Payne, Rivera, Voipio &amp; Kaila, Trends Neurosci. 26:199 (2003) (KCC2 equilibrium);
 * Nicholls &amp; Ferguson, <i>Bioenergetics</i>, 4th ed. (2013), ch. 3 (ΔG of coupled transport).
 */
public final class Transport {
    /**
     * A ΔG whose magnitude is below this fraction of its largest summand is rounding noise: it is
     * reported as exactly 0 (direction none), so that ΔG at V_m = E_rev is 0 and not ±1e-12 J/mol.
     */
    private static final double ROUNDING = 1e-12;

    private Transport() {}

    /**
     * The conditions a transporter works in.
     *
     * @param cIn inside concentrations by ion name ({@code Na}, as {@link Ion#name()}), mol/m³ (mM);
     *     ions not in the stoichiometry are ignored
     * @param cOut outside concentrations by ion name, mol/m³ (mM)
     * @param vm membrane potential V_m in V, or empty (then ΔG and the direction are not computed,
     *     except that an electroneutral transporter needs none)
     * @param dgAtp free energy of ATP hydrolysis ΔG_ATP in J/mol, ≤ 0; required when the
     *     transporter hydrolyses ATP (no default: about −50 to −60 kJ/mol in living cells), and
     *     refused when it does not
     * @param temperature T in K, &gt; 0
     */
    public record Conditions(Map<String, Double> cIn, Map<String, Double> cOut, OptionalDouble vm,
            OptionalDouble dgAtp, double temperature) {
        public Conditions {
            cIn = Map.copyOf(cIn);
            cOut = Map.copyOf(cOut);
            if (vm.isPresent()) {
                Require.finite(vm.getAsDouble(), "core.what.vmVolts");
            }
            if (dgAtp.isPresent() && !(dgAtp.getAsDouble() <= 0 && dgAtp.getAsDouble() > Double.NEGATIVE_INFINITY)) {
                throw new DomainException(Msg.text("core.transport.dgAtp", Msg.num(dgAtp.getAsDouble() / 1000)));
            }
            Require.positive(temperature, "core.what.temperatureK");
        }

        /** @return these conditions with the inside concentration of {@code ion} set to {@code c} mol/m³ */
        public Conditions withInside(String ion, double c) {
            Map<String, Double> in = new HashMap<>(cIn);
            in.put(ion, c);
            return new Conditions(in, cOut, vm, dgAtp, temperature);
        }
    }

    /**
     * One ion's share of the cycle.
     *
     * @param ion the ion
     * @param n moles moved inward per cycle (negative: outward)
     * @param cIn inside concentration, mol/m³
     * @param cOut outside concentration, mol/m³
     * @param e its Nernst potential E, V
     * @param energy nᵢzᵢF(V_m − Eᵢ), J/mol of cycles; empty without V_m (even when ΔG is known)
     */
    public record Term(Ion ion, int n, double cIn, double cOut, double e, OptionalDouble energy) {}

    /**
     * @param transporter the transporter
     * @param temperature T in K
     * @param terms each ion's share, in the order of the stoichiometry
     * @param netCharge Σ nᵢzᵢ, elementary charges moved inward per cycle
     * @param dgAtp ΔG_ATP as given, J/mol (empty when the transporter does not use ATP)
     * @param atpEnergy the ATP term m·ΔG_ATP, J/mol of cycles (0 when none)
     * @param vm V_m in V, or empty
     * @param dg ΔG per forward cycle, J/mol; empty without V_m (unless electroneutral)
     * @param eRev E_rev in V; empty for an electroneutral transporter
     * @param direction forward (ΔG &lt; 0), reverse (ΔG &gt; 0) or none; empty when ΔG is
     */
    public record Result(Transporter transporter, double temperature, List<Term> terms, int netCharge,
            OptionalDouble dgAtp, double atpEnergy, OptionalDouble vm, OptionalDouble dg, OptionalDouble eRev,
            Optional<CycleDirection> direction) {
        public Result {
            terms = List.copyOf(terms);
        }
    }

    /**
     * The equilibrium inside concentration of one ion.
     *
     * @param ion the ion solved for
     * @param cIn its inside concentration at which ΔG = 0, mol/m³ (mM)
     * @param atEquilibrium the full result with that concentration (ΔG = 0 up to rounding)
     */
    public record Solution(Ion ion, double cIn, Result atEquilibrium) {}

    /**
     * ΔG, E_rev and the direction of a transporter in the given conditions.
     *
     * @param k the constants set
     * @param t the transporter
     * @param c concentrations of every ion of its stoichiometry, V_m (optional), ΔG_ATP, T
     * @throws DomainException when a concentration is missing or ≤ 0, or ΔG_ATP is missing or not wanted
     */
    public static Result of(ConstantSet k, Transporter t, Conditions c) {
        double atp = atpEnergy(t, c);
        double f = k.faraday();
        int q = t.netCharge();
        double vm = c.vm().orElse(0);
        boolean vmKnown = c.vm().isPresent() || q == 0;
        List<Term> terms = new ArrayList<>();
        double sumNzE = 0;
        double dg = atp;
        double largest = Math.abs(atp);
        for (Transporter.Stoich s : t.stoichiometry()) {
            String name = s.ion().name();
            double cIn = concentration(c.cIn(), name, true);
            double cOut = concentration(c.cOut(), name, false);
            int z = s.ion().z();
            double e = Nernst.potential(k, z, cIn, cOut, c.temperature());
            double nz = (double) s.n() * z;
            sumNzE += nz * e;
            // with no V_m (electroneutral only), V_m = 0 gives the right sum but not the right terms
            double term = Require.finiteResult(nz * f * (vm - e), "core.what.energyTermOf", name);
            OptionalDouble energy = c.vm().isPresent() ? OptionalDouble.of(term) : OptionalDouble.empty();
            dg += term;
            largest = Math.max(largest, Math.abs(term));
            terms.add(new Term(s.ion(), s.n(), cIn, cOut, e, energy));
        }
        OptionalDouble eRev = q == 0 ? OptionalDouble.empty()
                : OptionalDouble.of(Require.finiteResult((sumNzE - atp / f) / q, "E_rev"));
        OptionalDouble dgOut = OptionalDouble.empty();
        Optional<CycleDirection> dir = Optional.empty();
        if (vmKnown) {
            Require.finiteResult(dg, "ΔG");
            if (Math.abs(dg) <= ROUNDING * largest) {
                dg = 0;
            }
            dgOut = OptionalDouble.of(dg);
            dir = Optional.of(CycleDirection.of(dg));
        }
        return new Result(t, c.temperature(), terms, q, t.atpPerCycle() == 0 ? OptionalDouble.empty() : c.dgAtp(),
                atp, c.vm(), dgOut, eRev, dir);
    }

    /**
     * The inside concentration of {@code ion} at which the transporter is at equilibrium (ΔG = 0)
     * with every other concentration, V_m and ΔG_ATP as given. The ion's own inside concentration,
     * if present in the conditions, is ignored.
     *
     * @param ion the name of an ion of the stoichiometry ({@link Ion#name()})
     * @return the solution, with the result at equilibrium
     * @throws DomainException when the ion is not transported, V_m is needed (Σ nᵢzᵢ ≠ 0) but not
     *     given, or the concentration under- or overflows
     */
    public static Solution solve(ConstantSet k, Transporter t, String ion, Conditions c) {
        Transporter.Stoich target = t.stoich(ion);
        if (target == null) {
            throw new DomainException(Msg.text("core.transport.notTransported", t.name(), ion, t.stoichLabel()));
        }
        int q = t.netCharge();
        if (q != 0 && c.vm().isEmpty()) {
            throw new DomainException(Msg.text("core.transport.needsVm", ion, t.name(), Ion.signed(q)));
        }
        double atp = atpEnergy(t, c);
        double rt = k.gasConstant() * c.temperature();
        double x = k.faraday() * c.vm().orElse(0) * q + atp;
        for (Transporter.Stoich s : t.stoichiometry()) {
            if (s != target) {
                String name = s.ion().name();
                double cIn = concentration(c.cIn(), name, true);
                double cOut = concentration(c.cOut(), name, false);
                x -= rt * s.n() * Nernst.logRatio(cOut, cIn);
            }
        }
        double cOut = concentration(c.cOut(), ion, false);
        double exponent = Require.finiteResult(-x / (target.n() * rt), "core.what.equilibriumExponent");
        double cIn = Nernst.scaled(cOut, exponent, "core.what.equilibriumInsideConcOf", ion);
        return new Solution(target.ion(), cIn, of(k, t, c.withInside(ion, cIn)));
    }

    private static double atpEnergy(Transporter t, Conditions c) {
        if (t.atpPerCycle() == 0) {
            if (c.dgAtp().isPresent()) {
                throw new DomainException(Msg.text("core.transport.noAtp", t.name()));
            }
            return 0;
        }
        if (c.dgAtp().isEmpty()) {
            throw new DomainException(Msg.text("core.transport.needsDgAtp", t.name()));
        }
        return t.atpPerCycle() * c.dgAtp().getAsDouble();
    }

    private static double concentration(Map<String, Double> m, String ion, boolean inside) {
        Double v = m.get(ion);
        if (v == null) {
            throw new DomainException(Msg.text(inside ? "core.transport.insideMissing" : "core.transport.outsideMissing",
                    ion));
        }
        return Require.positive(v, inside ? "core.what.insideConcOf" : "core.what.outsideConcOf", ion);
    }
}
