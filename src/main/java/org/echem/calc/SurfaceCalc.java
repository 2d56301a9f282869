package org.echem.calc;

import org.echem.io.Field;
import org.echem.io.InputException;
import org.echem.io.Numbers;
import org.echem.io.Row;
import org.echem.io.Schema;

import static org.echem.io.Numbers.human;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.echem.core.Boltzmann;
import org.echem.core.ConstantSet;
import org.echem.core.Debye;
import org.echem.core.Direction;
import org.echem.core.DomainException;
import org.echem.core.DrivingForce;
import org.echem.core.Electrolyte;
import org.echem.core.Grahame;
import org.echem.core.Ion;
import org.echem.core.SurfaceCorrection;
import org.echem.core.Water;
import org.echem.units.Kind;
import org.echem.units.UnitException;
import org.echem.units.Units;

/**
 * {@code surface}: Gouy–Chapman / Grahame surface potentials and what they do to driving forces.
 *
 * <p>Three modes, chosen per row from the inputs given: the electrolyte alone (Debye length, ionic
 * strength), a single surface ({@code --sigma} or {@code --psi0}, optionally {@code --ion --conc}
 * for the concentration at the surface), and a membrane ({@code --ion --in --out --vm} with surface
 * potentials on either face). The schema is the same for every mode, all the fields of SPEC §3 in
 * one fixed order, so that one CSV batch may mix modes; a mode leaves the fields it does not compute
 * empty (JSON omits them, text hides them).
 */
public final class SurfaceCalc implements Calculation {
    static final Declaration DECLARATION = new Declaration(
        List.of(
            "Gouy–Chapman / Grahame surface potentials and their effect on driving forces.",
            "- Electrolyte alone (--salt or --electrolyte): ionic strength, Debye length.",
            "- One surface: ψ0 from the charge density --sigma (Grahame's equation), or",
            "  σ from --psi0; with --ion [--conc], the Boltzmann factor and the",
            "  concentration at the surface.",
            "- Membrane (--ion --in --out --vm with --psi-in/--psi-out or --sigma-in/",
            "  --sigma-out): E, E_eff of the surface concentrations, V_mem across the",
            "  membrane proper, and the driving force V_mem - E_eff, which equals",
            "  V_m - E: surface charge does not change it."),
        List.of(
            Input.SIGMA.value("Surface charge density {units}; 1e/250A2 is one e per 250 Å². Gives ψ0."),
            Input.PSI0.value("Surface potential relative to the bulk (V, mV, uV; bare number: mV). Gives σ."),
            Input.SALT.value("Concentration of a symmetric z:z salt {units}, > 0."),
            Input.SALT_Z.value("Valence of that salt: 1 for NaCl (1:1), 2 for MgSO4 (2:2). Default: 1."),
            Input.ELECTROLYTE.map("A mixture instead of --salt: NAME=CONC pairs, electroneutral, e.g. Na=150,Cl=154,Ca=2."),
            Input.EPSILON.value("Relative permittivity ε_r (a plain number > 0). Default: water at --temp."),
            Input.ION.value("Ion for the Boltzmann factor (one surface) or the membrane mode: Na, K, Ca2+, Cl-, X+ …"),
            Input.Z.value("Valence with sign, for an ion not in the table."),
            Input.CONC.value("Bulk concentration of --ion {bare}: gives its concentration at the surface."),
            Input.IN.value("Membrane mode: inside bulk concentration of --ion {bare}."),
            Input.OUT.value("Membrane mode: outside bulk concentration of --ion {bare}."),
            Input.VM.value("Membrane mode: V_m = V_in - V_out between the bulk solutions {bare}."),
            Input.PSI_IN.value("Potential of the inner face relative to the cytoplasm {bare}. Default: 0."),
            Input.PSI_OUT.value("Potential of the outer face relative to the bath {bare}. Default: 0."),
            Input.SIGMA_IN.value("Charge density of the inner face instead of --psi-in {bare}."),
            Input.SIGMA_OUT.value("Charge density of the outer face instead of --psi-out {bare}."),
            Input.SALT_IN.value("Symmetric salt inside, for --sigma-in {bare}. Default: --salt."),
            Input.SALT_OUT.value("Symmetric salt outside, for --sigma-out {bare}. Default: --salt.")),
        List.of(
            "%nε_r defaults to water at --temp (Malmberg & Maryott 1956: 74.15 at 37 °C,",
            "78.30 at 25 °C). A membrane face with neither --psi-* nor --sigma-* is",
            "uncharged (ψ = 0); --salt-in/--salt-out default to --salt or --electrolyte.",
            "A mixture must be electroneutral (within 1e-6 of its charge)."),
        List.of(
            "  echem surface --salt 150mM",
            "  echem surface --electrolyte Na=150,Cl=154,Ca=2 --temp 25",
            "  echem surface --sigma=-1e/250A2 --salt 150mM --temp 25 --epsilon 78.5",
            "  echem surface --psi0 -30mV --salt 100mM --salt-z 2",
            "  echem surface --sigma -0.05 --salt 150 --ion Ca --conc 2mM --explain",
            "  echem surface --ion Na --in 15 --out 145 --vm -70 --psi-out -20mV --explain",
            "  echem surface --ion K --in 140 --out 5 --vm -80 --sigma-out=-1e/500A2 \\",
            "                --sigma-in=-1e/300A2 --salt 150"));

    @Override
    public Declaration declaration() {
        return DECLARATION;
    }

    static final Schema SCHEMA = Schema.of(
            Field.of("sigma_C_m2", "σ", Kind.SURFACE_CHARGE, "C/m2"),
            Field.of("psi0_mV", "ψ0", Kind.VOLTAGE, "mV"),
            Field.of("debye_nm", "Debye length", Kind.LENGTH, "nm"),
            Field.of("ionic_strength_mM", "ionic strength", Kind.CONCENTRATION, "mM"),
            Field.plain("epsilon_r", "ε_r"),
            Field.plain("boltzmann_factor", "Boltzmann factor"),
            Field.of("c_surface_mM", "[ion] at surface", Kind.CONCENTRATION, "mM"),
            Field.of("E_mV", "E (bulk)", Kind.VOLTAGE, "mV"),
            Field.of("E_eff_mV", "E_eff (surface)", Kind.VOLTAGE, "mV"),
            Field.of("c_in_surface_mM", "[in] at surface", Kind.CONCENTRATION, "mM"),
            Field.of("c_out_surface_mM", "[out] at surface", Kind.CONCENTRATION, "mM"),
            Field.of("v_membrane_mV", "V_mem", Kind.VOLTAGE, "mV"),
            Field.of("drive_mV", "V_m − E", Kind.VOLTAGE, "mV"),
            Field.of("drive_eff_mV", "V_mem − E_eff", Kind.VOLTAGE, "mV"),
            Field.of("drive_naive_mV", "V_m − E_eff (naive)", Kind.VOLTAGE, "mV"));

    /** The inputs that select membrane mode. */
    static final List<String> MEMBRANE_KEYS = List.of(Input.VM.key(), Input.IN.key(), Input.OUT.key(), Input.PSI_IN.key(), Input.PSI_OUT.key(), Input.SIGMA_IN.key(),
            Input.SIGMA_OUT.key(), Input.SALT_IN.key(), Input.SALT_OUT.key());


    @Override
    public Schema schema(Set<String> present) {
        return SCHEMA;
    }

    @Override
    public void compute(Inputs in, List<Row> out, Explain ex) {
        ConstantSet k = in.constants();
        double t = in.temperature();
        if (membraneMode(in)) {
            membrane(in, out, ex, k, t);
        } else {
            single(in, out, ex, k, t);
        }
    }

    private static boolean membraneMode(Inputs in) {
        for (String key : MEMBRANE_KEYS) {
            if (in.has(key)) {
                return true;
            }
        }
        return in.hasMap(Input.IN) || in.hasMap(Input.OUT);
    }

    // ---- the electrolyte alone, or one surface -------------------------------------------------

    private static void single(Inputs in, List<Row> out, Explain ex, ConstantSet k, double t) {
        if (in.has(Input.SIGMA) && in.has(Input.PSI0)) {
            throw in.bad(Input.PSI0, "give either --sigma (to get ψ0) or --psi0 (to get σ), not both");
        }
        if (in.has(Input.SALT) && (in.hasMap(Input.ELECTROLYTE) || in.has(Input.ELECTROLYTE))) {
            throw in.bad(Input.SALT, "give either --salt (a symmetric salt) or --electrolyte (a mixture), not both");
        }
        Bulk bulk = bulk(in, null);
        double eps = epsilon(in, t, ex);
        Row row = new Row(SCHEMA);
        electrolyteRow(in, row, bulk, eps, k, t, ex);
        Double psi = null;
        if (in.has(Input.SIGMA)) {
            double sigma = in.value(Input.SIGMA, Kind.SURFACE_CHARGE);
            psi = potentialOf(in, Input.SIGMA.key(), sigma, bulk, eps, k, t, ex);
            row.si("sigma_C_m2", sigma).si("psi0_mV", psi);
        } else if (in.has(Input.PSI0)) {
            psi = in.voltage(Input.PSI0);
            double sigma = chargeOf(in, psi, bulk, eps, k, t, ex);
            row.si("sigma_C_m2", sigma).si("psi0_mV", psi);
        }
        if (in.has(Input.CONC) && !in.has(Input.ION) && !in.has(Input.Z)) {
            throw in.bad(Input.CONC, "give --ion (or --z) with --conc: the valence sets the Boltzmann factor");
        }
        Ion ion = in.ionOrNull();
        if (ion != null) {
            if (psi == null) {
                throw in.bad(in.has(Input.ION) ? Input.ION.key() : Input.Z.key(), "the concentration at a surface needs its potential:"
                        + " give --sigma or --psi0");
            }
            boltzmann(in, row, ion, psi, k, t, ex);
        }
        if (psi != null) {
            row.note(String.format(Locale.ROOT, "ψ0 is the potential of the surface relative to the bulk; it decays"
                    + " over about one Debye length (%s nm) into the solution.", human(get(row, "debye_nm"))));
        }
        out.add(row);
    }

    private static double get(Row row, String field) {
        return (Double) row.get(field);
    }

    private static void electrolyteRow(Inputs in, Row row, Bulk bulk, double eps, ConstantSet k, double t,
            Explain ex) {
        double ionic = bulk.electrolyte().ionicStrength();
        double debye;
        try {
            debye = Debye.length(k, eps, t, ionic);
        } catch (DomainException d) {
            throw in.domain(bulk.key(), d);
        }
        row.si("debye_nm", debye).si("ionic_strength_mM", ionic).set("epsilon_r", eps);
        if (ex.on()) {
            ex.step("Electrolyte (%s): %s", bulk.where(), describe(bulk));
            StringBuilder terms = new StringBuilder();
            for (Electrolyte.Species s : bulk.electrolyte().species()) {
                terms.append(terms.length() == 0 ? "" : " + ").append(human(s.concentration())).append("·")
                        .append(s.z() < 0 ? "(" + s.z() + ")" : s.z()).append("²");
            }
            ex.step("  ionic strength I = ½·Σ cᵢzᵢ² = ½·(%s) = %s mM", terms, human(ionic));
            double f = k.faraday();
            ex.step("  Debye length κ⁻¹ = √(ε_r·ε0·RT / (2F²·I)) = √(%s × %s F/m × %s J/mol / (2 × %s² C²/mol² × %s mol/m³))",
                    human(eps), org.echem.io.Numbers.shortest(k.vacuumPermittivity()), human(k.gasConstant() * t), human(f), human(ionic));
            ex.step("                     = %s nm", human(debye * 1e9));
        }
    }

    private static String describe(Bulk bulk) {
        Electrolyte el = bulk.electrolyte();
        if (bulk.symmetricSalt()) {
            int z = el.species().get(0).z();
            return String.format(Locale.ROOT, "a symmetric %d:%d salt at %s mM (cations %s, anions %s, each %s mM)",
                    z, z, human(el.species().get(0).concentration()), Ion.signed(z), Ion.signed(-z),
                    human(el.species().get(0).concentration()));
        }
        StringBuilder b = new StringBuilder();
        for (Electrolyte.Species s : el.species()) {
            b.append(b.length() == 0 ? "" : ", ").append(new Ion(s.name(), s.z()).label()).append(' ')
                    .append(human(s.concentration())).append(" mM");
        }
        return b.toString();
    }

    /** ψ0 from σ: the closed form for a z:z electrolyte, Brent's method for a mixture. */
    private static double potentialOf(Inputs in, String key, double sigma, Bulk bulk, double eps, ConstantSet k,
            double t, Explain ex) {
        Electrolyte el = bulk.electrolyte();
        int z = el.symmetricValence();
        double vt = k.thermalVoltage(t);
        try {
            if (z > 0) {
                double c = (el.positiveCharge() + el.negativeCharge()) / (2.0 * z);
                double psi = Grahame.surfacePotential(k, eps, t, z, c, sigma);
                if (ex.on()) {
                    double scale = Math.sqrt(8 * c * eps * k.vacuumPermittivity() * k.gasConstant() * t);
                    ex.step("Surface potential from σ = %s C/m²%s, Grahame's equation for a %d:%d electrolyte:",
                            human(sigma), given(in, key), z, z);
                    ex.step("  ψ0 = (2RT/zF)·asinh(σ / √(8·c·ε_r·ε0·RT)), c = %s mM", human(c));
                    ex.step("  √(8·c·ε_r·ε0·RT) = %s C/m²; σ / that = %s; asinh of it = %s",
                            human(scale), human(sigma / scale), human(psi * z / (2 * vt)));
                    ex.step("  2RT/zF = %s mV; ψ0 = %s mV", human(2 * vt / z * 1e3), human(psi * 1e3));
                }
                return psi;
            }
            Grahame.Root root = Grahame.solve(k, eps, t, el, sigma);
            if (ex.on()) {
                ex.step("Surface potential from σ = %s C/m²%s, Grahame's equation for a mixture:", human(sigma),
                        given(in, key));
                ex.step("  σ² = 2·ε_r·ε0·RT · Σ cᵢ·(exp(−zᵢFψ0/RT) − 1), sign(ψ0) = sign(σ)");
                ex.step("  no closed form when the valences differ: solved for u = Fψ0/RT by Brent's method on the"
                        + " side of sign(σ), where the right side rises monotonically from 0");
                ex.step("  ψ0 = %s mV (u = %s) after %d evaluations", human(root.psi0() * 1e3),
                        human(root.psi0() / vt), root.evaluations());
            }
            return root.psi0();
        } catch (DomainException d) {
            throw in.domain(key, d);
        }
    }

    /** @return " (given as 1e/250A2)" when the input carried a unit, else "" */
    private static String given(Inputs in, String key) {
        String t = in.text(key);
        return t != null && t.strip().matches(".*[A-Za-z/].*") ? " (given as " + t.strip() + ")" : "";
    }

    /** σ from ψ0, the inverse of Grahame's equation. */
    private static double chargeOf(Inputs in, double psi, Bulk bulk, double eps, ConstantSet k, double t,
            Explain ex) {
        Electrolyte el = bulk.electrolyte();
        int z = el.symmetricValence();
        double sigma;
        try {
            sigma = Grahame.surfaceCharge(k, eps, t, el, psi);
        } catch (DomainException d) {
            throw in.domain(Input.PSI0, d);
        }
        if (ex.on()) {
            double vt = k.thermalVoltage(t);
            ex.step("Surface charge density from ψ0 = %s mV, Grahame's equation:", human(psi * 1e3));
            if (z > 0) {
                double c = (el.positiveCharge() + el.negativeCharge()) / (2.0 * z);
                ex.step("  σ = √(8·c·ε_r·ε0·RT)·sinh(zFψ0/2RT), z = %d, c = %s mM", z, human(c));
                ex.step("  zFψ0/2RT = %s; σ = %s C/m²", human(z * psi / (2 * vt)), human(sigma));
            } else {
                ex.step("  σ = sign(ψ0)·√(2·ε_r·ε0·RT · Σ cᵢ·(exp(−zᵢFψ0/RT) − 1)) = %s C/m²", human(sigma));
            }
            ex.step("  = %s elementary charges per nm² (one per %s Å²)", human(sigma / k.elementaryCharge() * 1e-18),
                    sigma == 0 ? "∞" : human(Math.abs(k.elementaryCharge() / sigma * 1e20)));
        }
        return sigma;
    }

    private static void boltzmann(Inputs in, Row row, Ion ion, double psi, ConstantSet k, double t, Explain ex) {
        double factor;
        try {
            factor = Boltzmann.factor(k, ion.z(), psi, t);
        } catch (DomainException d) {
            throw in.domain(Input.ION, d);
        }
        row.set("boltzmann_factor", factor);
        double vt = k.thermalVoltage(t);
        ex.step("Boltzmann factor of %s at the surface: exp(−zFψ0/RT) = exp(−(%s) × %s mV / %s mV) = %s",
                ion.label(), Ion.signed(ion.z()), human(psi * 1e3), human(vt * 1e3), human(factor));
        String rel = factor > 1 ? "more concentrated" : factor < 1 ? "less concentrated" : "as concentrated";
        if (in.has(Input.CONC)) {
            double c = in.concentration(Input.CONC);
            double cs;
            try {
                cs = Boltzmann.concentration(k, ion.z(), c, psi, t);
            } catch (DomainException d) {
                throw in.domain(Input.CONC, d);
            }
            row.si("c_surface_mM", cs);
            ex.step("  [%s] at the surface = [%s] in the bulk × factor = %s mM × %s = %s mM", ion.name(), ion.name(),
                    human(c), human(factor), human(cs));
            row.note(String.format(Locale.ROOT, "%s at the surface: %s mM, %s times the bulk %s mM (%s there).",
                    ion.label(), human(cs), human(factor), human(c), rel));
        } else {
            row.note(String.format(Locale.ROOT, "%s is %s times %s at the surface than in the bulk (give --conc for"
                    + " the concentration).", ion.label(), human(factor), rel));
        }
    }

    // ---- membrane mode -------------------------------------------------------------------------

    private static void membrane(Inputs in, List<Row> out, Explain ex, ConstantSet k, double t) {
        for (String key : List.of(Input.SIGMA.key(), Input.PSI0.key(), Input.CONC.key())) {
            if (in.has(key)) {
                throw in.bad(key, "is for a single surface; with --vm, --in, --out (membrane mode) give"
                        + " --psi-in/--psi-out or --sigma-in/--sigma-out");
            }
        }
        if (in.hasMap(Input.IN) || in.hasMap(Input.OUT)) {
            throw in.bad(in.hasMap(Input.IN) ? Input.IN.key() : Input.OUT.key(), "membrane mode takes one ion: --ion X --in C --out C");
        }
        if (!in.has(Input.PSI_IN) && !in.has(Input.PSI_OUT) && !in.has(Input.SIGMA_IN) && !in.has(Input.SIGMA_OUT)) {
            throw new InputException(in.source().where(Input.PSI_OUT.key()) + " is missing: membrane mode needs a surface"
                    + " potential, --psi-in/--psi-out (or the surface charges --sigma-in/--sigma-out)");
        }
        Ion ion = in.ion();
        double cIn = in.concentration(Input.IN);
        double cOut = in.concentration(Input.OUT);
        double vm = in.voltage(Input.VM);
        Double[] eps = new Double[1];
        Row row = new Row(SCHEMA);
        double psiIn = surfacePotential(in, Input.IN.key(), row, eps, k, t, ex);
        double psiOut = surfacePotential(in, Input.OUT.key(), row, eps, k, t, ex);
        SurfaceCorrection.Result r;
        try {
            r = SurfaceCorrection.of(k, ion.z(), cIn, cOut, vm, psiIn, psiOut, t);
        } catch (DomainException d) {
            throw in.domain(Input.VM, d);
        }
        row.si("E_mV", r.e()).si("E_eff_mV", r.eEffective()).si("c_in_surface_mM", r.cInSurface())
                .si("c_out_surface_mM", r.cOutSurface()).si("v_membrane_mV", r.vMembrane())
                .si("drive_mV", r.drive()).si("drive_eff_mV", r.driveEffective())
                .si("drive_naive_mV", r.driveNaive());
        if (eps[0] != null) {
            row.set("epsilon_r", eps[0]);
        }
        row.note(String.format(Locale.ROOT, "Surface potentials: ψ_in = %s mV (inner face vs the cytoplasm),"
                + " ψ_out = %s mV (outer face vs the bath).", human(psiIn * 1e3), human(psiOut * 1e3)));
        row.note(String.format(Locale.ROOT, "Driving force on %s: V_mem − E_eff = %s mV = V_m − E: the surface"
                + " charge leaves it unchanged (the double layers are at equilibrium).", ion.label(),
                human(r.driveEffective() * 1e3)));
        row.note(String.format(Locale.ROOT, "V_m − E_eff = %s mV is the naive value (bulk voltage against surface"
                + " concentrations); it is not the driving force. --explain shows why.", human(r.driveNaive() * 1e3)));
        explainMembrane(ex, ion, cIn, cOut, vm, psiIn, psiOut, r, k, t);
        out.add(row);
    }

    /** ψ on one face: given ({@code --psi-in}), from that face's σ and electrolyte, or 0. */
    private static double surfacePotential(Inputs in, String side, Row row, Double[] eps, ConstantSet k, double t,
            Explain ex) {
        boolean inside = side.equals(Input.IN.key());
        String psiKey = (inside ? Input.PSI_IN : Input.PSI_OUT).key();
        String sigmaKey = (inside ? Input.SIGMA_IN : Input.SIGMA_OUT).key();
        if (in.has(psiKey) && in.has(sigmaKey)) {
            throw in.bad(psiKey, "give either --" + psiKey + " or --" + sigmaKey + ", not both");
        }
        if (in.has(psiKey)) {
            return in.voltage(psiKey);
        }
        String face = side.equals(Input.IN.key()) ? "inner" : "outer";
        if (!in.has(sigmaKey)) {
            ex.step("No --%s or --%s: the %s face is taken as uncharged, ψ_%s = 0.", psiKey, sigmaKey, face, side);
            return 0;
        }
        double sigma = in.value(sigmaKey, Kind.SURFACE_CHARGE);
        Bulk bulk = bulk(in, side);
        if (eps[0] == null) {
            eps[0] = epsilon(in, t, ex);
        }
        if (ex.on()) {
            ex.step("The %s face: σ_%s = %s C/m² in %s (%s)", face, side, human(sigma), describe(bulk), bulk.where());
        }
        double psi = potentialOf(in, sigmaKey, sigma, bulk, eps[0], k, t, ex);
        if (ex.on()) {
            double debye = Debye.length(k, eps[0], t, bulk.electrolyte().ionicStrength());
            ex.step("  (ionic strength %s mM, Debye length %s nm)", human(bulk.electrolyte().ionicStrength()),
                    human(debye * 1e9));
        }
        return psi;
    }

    private static void explainMembrane(Explain ex, Ion ion, double cIn, double cOut, double vm, double psiIn,
            double psiOut, SurfaceCorrection.Result r, ConstantSet k, double t) {
        if (!ex.on()) {
            return;
        }
        String n = ion.name();
        double vt = k.thermalVoltage(t);
        double shift = psiIn - psiOut;
        ex.step("1. Bulk Nernst potential of %s: E = (RT/zF)·ln([%s]out/[%s]in) = (%s mV / %s)·ln(%s / %s) = %s mV",
                ion.label(), n, n, human(vt * 1e3), Ion.signed(ion.z()), human(cOut), human(cIn), human(r.e() * 1e3));
        ex.step("2. Ions at each face follow Boltzmann: c_s = c·exp(−zFψ/RT), ψ relative to that side's bulk:");
        ex.step("   inner face: ψ_in = %s mV, [%s]in,s = %s mM × %s = %s mM", human(psiIn * 1e3), n, human(cIn),
                human(r.cInSurface() / cIn), human(r.cInSurface()));
        ex.step("   outer face: ψ_out = %s mV, [%s]out,s = %s mM × %s = %s mM", human(psiOut * 1e3), n, human(cOut),
                human(r.cOutSurface() / cOut), human(r.cOutSurface()));
        ex.step("3. Nernst potential of the surface concentrations:");
        ex.step("   E_eff = (RT/zF)·ln(c_out,s/c_in,s) = E + ψ_in − ψ_out = %s mV %s %s mV = %s mV", human(r.e() * 1e3), shift < 0 ? "−" : "+",
                human(Math.abs(shift) * 1e3), human(r.eEffective() * 1e3));
        ex.step("4. The surface potentials shift the voltage across the membrane proper by the same amount:");
        ex.step("   V_mem = V_m + ψ_in − ψ_out = %s mV %s %s mV = %s mV", human(vm * 1e3), shift < 0 ? "−" : "+",
                human(Math.abs(shift) * 1e3), human(r.vMembrane() * 1e3));
        ex.step("5. The driving force on %s inside the membrane: V_mem − E_eff = %s mV − (%s mV) = %s mV,",
                ion.label(), human(r.vMembrane() * 1e3), human(r.eEffective() * 1e3), human(r.driveEffective() * 1e3));
        ex.step("   equal to the bulk V_m − E = %s mV − (%s mV) = %s mV: ψ_in − ψ_out enters both terms and cancels.",
                human(vm * 1e3), human(r.e() * 1e3), human(r.drive() * 1e3));
        ex.step("   Why: each double layer is at equilibrium, so carrying %s from a bulk to its surface costs no",
                ion.label());
        ex.step("   electrochemical work; the surface charge changes how the work of crossing splits into a");
        ex.step("   concentration part and a voltage part, not its total. What it does change is the field inside");
        ex.step("   the membrane (V_mem), which voltage-gated channels sense, and the concentration at the channel mouth.");
        if (shift == 0) {
            ex.step("6. Here ψ_in = ψ_out, so E_eff = E and V_mem = V_m: nothing shifts.");
            return;
        }
        ex.step("6. The naive value V_m − E_eff = %s mV pairs the bulk-to-bulk V_m with surface concentrations.",
                human(r.driveNaive() * 1e3));
        ex.step("   It differs from the driving force by −(ψ_in − ψ_out) = %s mV; for %s it would suggest %s,",
                human(-shift * 1e3), ion.label(), inwardWords(ion, r));
        ex.step("   but that difference comes only from mixing reference points: the surface charge does not");
        ex.step("   change the net driving force on %s, which stays %s mV.", ion.label(), human(r.drive() * 1e3));
    }

    /** @return what the naive value would (wrongly) suggest about the net flux, in words */
    private static String inwardWords(Ion ion, SurfaceCorrection.Result r) {
        Direction truth = DrivingForce.direction(ion.z(), r.drive());
        Direction naive = DrivingForce.direction(ion.z(), r.driveNaive());
        if (naive == truth) {
            String way = truth == Direction.INFLUX ? "inward" : "outward";
            return (Math.abs(r.driveNaive()) > Math.abs(r.drive()) ? "a stronger " : "a weaker ") + way + " drive";
        }
        if (naive == Direction.NONE) {
            return "no net drive at all";
        }
        String way = naive == Direction.INFLUX ? "inward" : "outward";
        if (truth == Direction.NONE) {
            return "a net " + way + " drive where there is none";
        }
        return "a net " + way + " drive, the opposite of the true direction";
    }

    // ---- inputs --------------------------------------------------------------------------------

    /**
     * A bulk electrolyte and where it came from.
     *
     * @param electrolyte the ions
     * @param key the input key that gave it ({@code salt}, {@code salt-in}, {@code electrolyte})
     * @param symmetricSalt whether it came from {@code --salt} (a symmetric z:z salt)
     */
    record Bulk(Electrolyte electrolyte, String key, boolean symmetricSalt) {
        String where() {
            return "--" + key;
        }
    }

    /**
     * @param side null for a single surface; "in" or "out" for a membrane face, which takes
     *     {@code --salt-in} and falls back to {@code --salt} or {@code --electrolyte}
     */
    private static Bulk bulk(Inputs in, String side) {
        String saltKey = (side == null ? Input.SALT : side.equals(Input.IN.key()) ? Input.SALT_IN : Input.SALT_OUT).key();
        if (in.has(saltKey)) {
            return new Bulk(salt(in, saltKey), saltKey, true);
        }
        if (in.has(Input.SALT_Z) && !in.has(Input.SALT) && !in.has(Input.SALT_IN) && !in.has(Input.SALT_OUT)) {
            throw in.bad(Input.SALT_Z, "--salt-z is the valence of the symmetric salt of --salt; for a mixture give"
                    + " each ion in --electrolyte");
        }
        if (side != null) {
            if (in.has(Input.SALT) || in.hasMap(Input.ELECTROLYTE) || in.has(Input.ELECTROLYTE)) {
                return bulk(in, null);
            }
            throw new InputException(in.source().where(saltKey) + " is missing: --sigma-" + side + " needs the"
                    + " electrolyte on that side (--salt-" + side + " 150mM, or --salt / --electrolyte for both sides)");
        }
        if (in.hasMap(Input.ELECTROLYTE)) {
            return new Bulk(mixture(in), Input.ELECTROLYTE.key(), false);
        }
        if (in.has(Input.ELECTROLYTE)) {
            throw in.bad(Input.ELECTROLYTE, "expected NAME=CONC pairs such as Na=150,Cl=154,Ca=2");
        }
        throw new InputException(in.source().where(Input.SALT.key()) + " is missing: give the electrolyte, --salt 150mM"
                + " (a symmetric salt; --salt-z 2 for a 2:2 salt) or --electrolyte Na=150,Cl=154,Ca=2");
    }

    private static Electrolyte salt(Inputs in, String key) {
        double c = in.value(key, Kind.CONCENTRATION);
        if (!(c > 0)) {
            throw in.bad(key, "the salt concentration must be > 0 (without ions nothing screens the surface and"
                    + " the Debye length is infinite)");
        }
        int z = 1;
        if (in.has(Input.SALT_Z)) {
            z = in.integer(Input.SALT_Z);
            if (z < 1) {
                throw in.bad(Input.SALT_Z, "expected the valence of a symmetric z:z salt, a whole number ≥ 1 (1 for NaCl,"
                        + " 2 for MgSO4); for other salts list the ions in --electrolyte");
            }
        }
        return Electrolyte.symmetric(z, c);
    }

    private static Electrolyte mixture(Inputs in) {
        List<Electrolyte.Species> list = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        StringBuilder text = new StringBuilder();
        for (String name : in.entries(Input.ELECTROLYTE)) {
            String key = Input.ELECTROLYTE.entry(name);
            Ion ion = in.ionNamed(key, name);
            if (!seen.add(ion.name())) {
                throw in.bad(key, "--electrolyte gives " + ion.name() + " twice");
            }
            double c = in.nonNegative(key, Kind.CONCENTRATION);
            list.add(new Electrolyte.Species(ion.name(), ion.z(), c));
            text.append(text.length() == 0 ? "" : ",").append(name).append('=').append(in.text(key));
        }
        try {
            return new Electrolyte(list).requireElectroneutral();
        } catch (DomainException d) {
            throw new InputException(in.source().where(Input.ELECTROLYTE.key()) + " '" + text + "': " + d.getMessage());
        }
    }

    /** @return ε_r: {@code --epsilon}, or water at T (Malmberg &amp; Maryott 1956) */
    private static double epsilon(Inputs in, double t, Explain ex) {
        if (in.has(Input.EPSILON)) {
            double e;
            try {
                e = Units.number(in.text(Input.EPSILON));
            } catch (UnitException u) {
                throw in.bad(Input.EPSILON, "expected a plain number such as 78.5 (the relative permittivity has no unit)");
            }
            if (!(e > 0 && e < Double.POSITIVE_INFINITY)) {
                throw in.bad(Input.EPSILON, "the relative permittivity must be a finite number > 0");
            }
            ex.step("Relative permittivity ε_r = %s (--epsilon)", human(e));
            return e;
        }
        double e;
        try {
            e = Water.relativePermittivity(t);
        } catch (DomainException d) {
            throw in.bad(Input.TEMP, d.getMessage() + "; give " + Input.EPSILON.option());
        }
        if (ex.on()) {
            double c = t - in.constants().zeroCelsius();
            ex.step("Relative permittivity of water at %s °C (Malmberg & Maryott 1956):", human(c));
            ex.step("  ε_r = 87.740 − 0.40008·t + 9.398e-4·t² − 1.410e-6·t³ = %s (--epsilon overrides)", human(e));
        }
        return e;
    }
}
