package org.echem.calc;

import org.echem.io.Field;
import org.echem.io.InputException;
import org.echem.io.Row;
import org.echem.io.Schema;

import static org.echem.io.Numbers.human;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.echem.core.ConstantSet;
import org.echem.core.DomainException;
import org.echem.core.Ion;
import org.echem.core.JunctionPotential;
import org.echem.core.JunctionPotential.Imbalance;
import org.echem.core.JunctionPotential.Method;
import org.echem.core.JunctionPotential.Result;
import org.echem.core.JunctionPotential.Species;
import org.echem.core.Mobility;
import org.echem.units.Kind;

/**
 * {@code ljp}: the liquid junction potential between a patch pipette's solution and the bath,
 * LJP = V_bath − V_pipette (SPEC §9), by the stationary Nernst–Planck (Planck) equations or the
 * Henderson equation ({@link JunctionPotential}); with {@code --vm-measured}, the corrected
 * V_cell = V_measured − LJP. Ions are looked up in the {@link Mobility} table; another ion needs
 * {@code --mobility} (bare number: relative to K⁺ = 1; with S·cm²/mol: λ⁰) and a charge.
 */
public final class LjpCalc implements Calculation {
    static final Declaration DECLARATION = new Declaration(
        List.of(
            "Liquid junction potential LJP = V_bath - V_pipette between a patch pipette's",
            "solution and the bath, by the stationary Nernst-Planck equations (planck, as",
            "LJPcalc) or the Henderson equation (as JPCalc), for ions of any valence. With",
            "--vm-measured, the membrane potential corrected for it:",
            "V_cell = V_measured - LJP."),
        List.of(
            Input.PIPETTE.map("Pipette solution: NAME=CONC pairs such as K=145,Gluconate=145,Cl=10 {bare}, or a named"
                    + " solution: k-gluconate, cs-methanesulfonate or acsf ('echem ions --preset NAME' shows it);"
                    + " pairs given after a name override it. An ion left out is 0 on that side."),
            Input.BATH.map("Bath solution, as --pipette: NAME=CONC pairs or a named solution (acsf)."),
            Input.METHOD.value("planck (stationary Nernst-Planck, the default) or henderson."),
            Input.MOBILITY.map("Mobility of an ion missing from 'echem ions --mobility' (or to replace the table's):"
                    + " X=0.5 relative to K+ = 1, or X=40S·cm2/mol, its limiting equivalent conductivity."),
            Input.Z.map("Charge of an ion, X=-1: needed for an ion not in the table unless written with its charge"
                    + " (X-, Y2+); for a table ion it replaces the table's charge at pH 7.2-7.4 (HEPES -1,"
                    + " EGTA -2, ATP -4; 'echem ions --mobility')."),
            Input.BALANCE.value("Make each side electroneutral by adjusting this ion where needed (reported in"
                    + " pipette_adjust_mM, bath_adjust_mM)."),
            Input.VM_MEASURED.value("A potential read with the amplifier zeroed in the bath {bare}: gives"
                    + " vm_corrected_mV = V_measured - LJP.")),
        List.of(
            "%nSign: LJP = V_bath - V_pipette (Barry and Lynch 1991, as JPCalc and LJPcalc);",
            "a K-gluconate pipette gives about +16 mV: the cell is 16 mV more negative than",
            "it reads. Mobilities are the table's limiting values (25 °C, infinite dilution);",
            "the temperature enters through RT/F only. Each side must be electroneutral."),
        List.of(
            "  echem ljp --pipette k-gluconate --bath acsf --temp 20 --vm-measured -48.13",
            "  echem ljp --pipette K=145,Na=13,Mg=1,HEPES=5,Gluconate=145,Cl=10 \\",
            "      --bath K=2.8,Na=145,Mg=2,Ca=1,HEPES=5,Cl=148.8 --temp 20 --explain",
            "  echem ljp --pipette Cs=135,F=135,Na=10,Cl=10 --bath Na=145,Cl=145 \\",
            "      --method henderson --temp 20",
            "  echem ljp --pipette Na=50,Cl=50 --bath K=50,Cl=50 --temp 25",
            "  echem ljp --pipette K=140,X=140 --mobility X=0.4 --z X=-1 --bath acsf",
            "  echem ljp --pipette cs-methanesulfonate --bath acsf --method henderson",
            "  echem ljp --pipette K=140,Cl=130 --bath acsf --balance Cl"));

    @Override
    public Declaration declaration() {
        return DECLARATION;
    }

    static final String LJP = "ljp_mV";
    static final String METHOD = "method";
    static final String TEMP = "temp_C";
    static final String VM_CORRECTED = "vm_corrected_mV";
    static final String BALANCE_ION = "balance_ion";
    static final String PIPETTE_ADJUST = "pipette_adjust_mM";
    static final String BATH_ADJUST = "bath_adjust_mM";

    static final Schema SCHEMA = Schema.of(
            Field.of(LJP, "LJP", Kind.VOLTAGE, "mV"),
            Field.plain(METHOD, "method"),
            Field.of(TEMP, "T", Kind.TEMPERATURE, "°C"),
            Field.of(VM_CORRECTED, "V_m corrected", Kind.VOLTAGE, "mV"),
            Field.plain(BALANCE_ION, "balanced with"),
            Field.of(PIPETTE_ADJUST, "pipette change", Kind.CONCENTRATION, "mM"),
            Field.of(BATH_ADJUST, "bath change", Kind.CONCENTRATION, "mM"));

    /** Concentrations above this (10 M, in mol/m³) are refused: the model means nothing there. */
    static final double MAX_CONC = 1e4;
    /** Accepted mobilities relative to K⁺: H⁺, the fastest ion in water, is 4.8; large organic ions about 0.1. */
    static final double MIN_MOBILITY = 0.01;
    static final double MAX_MOBILITY = 10;

    private static final Pattern NUMBER = Pattern.compile(
            "\\s*([+-]?(?:\\d+\\.?\\d*|\\.\\d+)(?:[eE][+-]?\\d+)?)\\s*(.*)");

    @Override
    public Schema schema(Set<String> present) {
        return SCHEMA;
    }

    /** An ion as written on a side: the table's entry, or a name and the charge its suffix gives. */
    private record Named(String key, String name, Mobility.Entry entry, Integer z) {}

    /** One ion across the junction while the inputs are read. */
    private static final class Member {
        final Named named;
        final double[] c = new double[2];
        final String[] where = new String[2];

        Member(Named named) {
            this.named = named;
        }
    }

    @Override
    public void compute(Inputs in, List<Row> out, Explain ex) {
        ConstantSet k = in.constants();
        double t = in.temperature();
        Method method = method(in);
        if (in.has(Input.MOBILITY)) {
            throw in.bad(Input.MOBILITY, "give each ion's mobility by name: X=0.5 (relative to K+ = 1) or"
                    + " X=40S·cm2/mol");
        }
        if (in.has(Input.Z)) {
            throw in.bad(Input.Z, "give each ion's charge by name: X=-1");
        }
        Map<String, Member> members = new LinkedHashMap<>();
        side(in, Input.PIPETTE, 0, members);
        side(in, Input.BATH, 1, members);
        Map<String, String> zKeys = keysOf(in, Input.Z, members);
        Map<String, String> uKeys = keysOf(in, Input.MOBILITY, members);
        List<Species> ions = new ArrayList<>();
        for (Map.Entry<String, Member> e : members.entrySet()) {
            ions.add(species(in, e.getValue(), zKeys.get(e.getKey()), uKeys.get(e.getKey())));
        }
        Optional<String> balance = Optional.ofNullable(in.text(Input.BALANCE)).map(String::strip);
        checkSides(in, ions, balance.isPresent());
        Result r;
        try {
            r = JunctionPotential.compute(k, ions, t, method, balance);
        } catch (DomainException d) {
            throw in.domain(balance.isPresent() ? Input.BALANCE : Input.PIPETTE, d);
        }
        Row row = new Row(SCHEMA).si(LJP, r.ljp()).set(METHOD, method.label()).si(TEMP, t);
        if (in.has(Input.VM_MEASURED)) {
            double vm = in.voltage(Input.VM_MEASURED);
            row.si(VM_CORRECTED, r.vmCorrected(vm));
        } else {
            row.note("Sign: LJP = V_bath - V_pipette; a potential read with the amplifier zeroed in the bath"
                    + " is corrected as V_cell = V_measured - LJP (--vm-measured).");
        }
        r.balance().ifPresent(b -> row.set(BALANCE_ION, b.ion()).si(PIPETTE_ADJUST, b.pipetteAdjust())
                .si(BATH_ADJUST, b.bathAdjust()));
        if (ex.on()) {
            explain(ex, k, r, in.has(Input.VM_MEASURED) ? in.voltage(Input.VM_MEASURED) : Double.NaN);
        }
        out.add(row);
    }

    private static Method method(Inputs in) {
        String m = in.text(Input.METHOD);
        if (m == null) {
            return Method.PLANCK;
        }
        for (Method x : Method.values()) {
            if (x.label().equals(m.strip().toLowerCase(Locale.ROOT))) {
                return x;
            }
        }
        throw in.bad(Input.METHOD, "unknown method, expected planck (stationary Nernst-Planck) or henderson");
    }

    /** Reads one side: a named solution, then NAME=CONC pairs over it. */
    private static void side(Inputs in, Input option, int side, Map<String, Member> members) {
        String what = side == 0 ? "pipette" : "bath";
        boolean any = false;
        if (in.has(option)) {
            String where = in.source().where(option.key());
            for (Solutions.Entry e : Solutions.named(in.text(option), where)) {
                Member m = member(in, option.key(), e.ion(), members);
                m.c[side] = org.echem.units.Units.parse(e.conc(), Kind.CONCENTRATION).si();
                m.where[side] = option.key();
                any = true;
            }
        }
        Map<String, String> seen = new LinkedHashMap<>();
        for (String name : in.entries(option)) {
            String key = option.entry(name);
            Member m = member(in, key, name, members);
            String before = seen.put(m.named.key(), name);
            if (before != null) {
                throw in.bad(key, "the " + what + " solution names " + m.named.name() + " twice (" + before
                        + " and " + name + ")");
            }
            double c = in.nonNegative(key, Kind.CONCENTRATION);
            if (c > MAX_CONC) {
                throw in.bad(key, "a concentration above 10 M: the junction model (limiting mobilities,"
                        + " concentrations for activities) means nothing there; expected 0 to 10 M");
            }
            m.c[side] = c;
            m.where[side] = key;
            any = true;
        }
        if (!any) {
            throw new InputException(in.source().where(option.key()) + " is missing: give the " + what
                    + " solution as NAME=CONC pairs (K=140,Cl=140) or a name: "
                    + String.join(", ", Solutions.all().keySet()));
        }
    }

    private static Member member(Inputs in, String key, String written, Map<String, Member> members) {
        Named n = identify(in, key, written);
        Member m = members.get(n.key());
        if (m == null) {
            m = new Member(n);
            members.put(n.key(), m);
        }
        return m;
    }

    /** @return the ion written {@code written} (at input {@code key}) */
    private static Named identify(Inputs in, String key, String written) {
        try {
            Optional<Mobility.Entry> e = Mobility.lookup(written);
            if (e.isPresent()) {
                return new Named(e.get().name().toLowerCase(Locale.ROOT), e.get().name(), e.get(), null);
            }
            Ion ion;
            try {
                ion = Ion.parse(written, null);
            } catch (DomainException noCharge) {
                String name = written.strip();
                if (name.isEmpty()) {
                    throw new InputException(in.source().where(key) + ": an ion name is empty");
                }
                return new Named(name.toLowerCase(Locale.ROOT), name, null, null);
            }
            return new Named(ion.name().toLowerCase(Locale.ROOT), ion.name(), null, ion.z());
        } catch (DomainException | NumberFormatException d) {
            throw new InputException(in.source().where(key) + ": '" + written + "' is not an ion name with a"
                    + " valid charge: " + d.getMessage());
        }
    }

    /** @return the input key of each ion's entry of map {@code option}, by ion key; each must name an ion given */
    private static Map<String, String> keysOf(Inputs in, Input option, Map<String, Member> members) {
        Map<String, String> keys = new LinkedHashMap<>();
        for (String name : in.entries(option)) {
            String key = option.entry(name);
            Named n = identify(in, key, name);
            if (!members.containsKey(n.key())) {
                throw in.bad(key, n.name() + " is not an ion of --pipette or --bath");
            }
            if (keys.put(n.key(), key) != null) {
                throw in.bad(key, "gives " + n.name() + " twice");
            }
        }
        return keys;
    }

    private static Species species(Inputs in, Member m, String zKey, String uKey) {
        Named n = m.named;
        Integer z = n.entry() != null ? Integer.valueOf(n.entry().z()) : n.z();
        boolean zGiven = zKey != null;
        if (zGiven) {
            int given = in.integer(zKey);
            if (given == 0 || Math.abs(given) > 10) {
                throw in.bad(zKey, "expected a non-zero whole number from -10 to 10 (the ion's valence)");
            }
            if (n.entry() == null && n.z() != null && n.z() != given) {
                throw in.bad(zKey, "contradicts the charge written with the ion (" + Ion.signed(n.z()) + ")");
            }
            z = given;
        }
        String where = m.where[0] != null ? m.where[0] : m.where[1];
        if (uKey == null && n.entry() == null) {
            throw new InputException(in.source().where(where) + ": no mobility is known for '" + n.name()
                    + "': give it with --mobility " + n.name() + "=0.5 (relative to K+ = 1) or --mobility "
                    + n.name() + "=40S·cm2/mol (its limiting equivalent conductivity)"
                    + (z == null ? ", and its charge with --z " + n.name() + "=-1" : "")
                    + "; 'echem ions --mobility' lists the known ions");
        }
        if (z == null) {
            throw new InputException(in.source().where(where) + ": the charge of '" + n.name() + "' is unknown:"
                    + " write it with the name (" + n.name() + "+, " + n.name() + "2-) or give --z " + n.name()
                    + "=-1");
        }
        try {
            if (uKey != null) {
                return mobility(in, uKey, n.name(), z, m.c[0], m.c[1]);
            }
            Mobility.Entry e = n.entry();
            String source = zGiven && z != e.z() ? e.source() + "; charge " + Ion.signed(z) + " from --z"
                    : e.source();
            return new Species(e.name(), z, e.relative(), source, m.c[0], m.c[1]);
        } catch (DomainException d) {
            throw in.domain(where, d);
        }
    }

    /** @return the ion with the mobility of {@code --mobility NAME=…}: bare, relative to K⁺; or λ⁰ in S·cm²/mol */
    private static Species mobility(Inputs in, String key, String name, int z, double cp, double cb) {
        String text = in.text(key);
        Matcher mt = NUMBER.matcher(text);
        String expected = "expected a mobility relative to K+ = 1 (a bare number such as 0.5) or a limiting"
                + " equivalent conductivity with its unit (40S·cm2/mol)";
        if (!mt.matches()) {
            throw in.bad(key, expected);
        }
        double v = Double.parseDouble(mt.group(1));
        String unit = mt.group(2).replace(" ", "").replace("·", "").replace("*", "").replace("⋅", "")
                .replace(".", "").replace("²", "2").replace("^2", "").toLowerCase(Locale.ROOT);
        boolean lambda;
        if (unit.isEmpty()) {
            lambda = false;
        } else if (unit.equals("scm2/mol") || unit.equals("scm/mol") && mt.group(2).contains("^2")) {
            lambda = true;
        } else {
            throw in.bad(key, "unknown unit '" + mt.group(2).strip() + "': " + expected);
        }
        double u = lambda && v > 0 && Double.isFinite(v) ? Mobility.relativeFromConductivity(v, z) : v;
        if (!(u >= MIN_MOBILITY && u <= MAX_MOBILITY)) {
            throw in.bad(key, (lambda ? "gives a mobility of " + human(u) + " relative to K+; " : "")
                    + "expected a relative mobility from 0.01 to 10 (K+ = 1; H+, the fastest ion in water, is 4.8)");
        }
        return lambda ? Species.withConductivity(name, z, v, cp, cb) : Species.withMobility(name, z, v, cp, cb);
    }

    /** Each side has ions and, unless a balancing ion is named, is electroneutral. */
    private static void checkSides(Inputs in, List<Species> ions, boolean balancing) {
        Imbalance q = JunctionPotential.imbalance(ions);
        if (!(q.pipetteTotal() > 0)) {
            throw in.bad(Input.PIPETTE, "the pipette solution has no ions (every concentration is 0)");
        }
        if (!(q.bathTotal() > 0)) {
            throw in.bad(Input.BATH, "the bath solution has no ions (every concentration is 0)");
        }
        if (balancing || q.pipetteNeutral() && q.bathNeutral()) {
            return;
        }
        boolean pipette = !q.pipetteNeutral();
        double sum = pipette ? q.pipette() : q.bath();
        String msg = imbalance(pipette ? "pipette" : "bath", sum);
        if (pipette && !q.bathNeutral()) {
            msg += "; " + imbalance("bath", q.bath());
        }
        throw in.bad(pipette ? Input.PIPETTE : Input.BATH, msg + "; expected Σ z·c = 0: correct a concentration,"
                + " or add --balance ION to adjust one ion on each side that needs it (e.g. --balance "
                + suggest(ions, sum) + ")");
    }

    private static String imbalance(String side, double sum) {
        return "the " + side + " solution is not electroneutral: Σ z·c = " + (sum > 0 ? "+" : "") + human(sum)
                + " mM (" + (sum > 0 ? "cations" : "anions") + " exceed " + (sum > 0 ? "anions" : "cations")
                + " by " + human(Math.abs(sum)) + " mM of charge)";
    }

    /** @return the most concentrated ion of the charge that is short, the usual one to balance with */
    private static String suggest(List<Species> ions, double sum) {
        String best = null;
        double most = -1;
        for (Species s : ions) {
            double c = Math.max(s.cPipette(), s.cBath());
            if (Math.signum(s.z()) == -Math.signum(sum) && c > most) {
                most = c;
                best = s.name();
            }
        }
        return best == null ? "Cl" : best;
    }

    // ---------------------------------------------------------------- --explain

    private static void explain(Explain ex, ConstantSet k, Result r, double vMeasured) {
        double t = r.temperature();
        double vt = k.thermalVoltage(t);
        ex.step("Liquid junction potential LJP = V_bath − V_pipette (Barry and Lynch 1991), %s method",
                r.method().label());
        ex.step("Ions: z, mobility u = D/D_K = λ⁰/(|z|·73.5) (limiting values at 25 °C), concentrations in mM:");
        for (Species s : r.ions()) {
            ex.step("  %-16s z = %-3s λ⁰ = %s S·cm²/mol, u = %s; pipette %s, bath %s  [%s]", s.name(),
                    Ion.signed(s.z()), human(s.lambda()), human(s.mobility()), human(s.cPipette()),
                    human(s.cBath()), s.source());
        }
        r.balance().ifPresent(b -> ex.step("Balanced with %s: pipette %s%s mM, bath %s%s mM (the concentrations"
                + " above include it)", b.ion(), b.pipetteAdjust() >= 0 ? "+" : "", human(b.pipetteAdjust()),
                b.bathAdjust() >= 0 ? "+" : "", human(b.bathAdjust())));
        ex.step("T = %s °C = %s K; constants %s: RT/F = %s mV", human(t - 273.15), human(t), k.name(),
                human(vt * 1e3));
        if (r.method() == Method.HENDERSON) {
            explainHenderson(ex, vt, r);
        } else if (monovalent(r.ions())) {
            explainPlanckClosed(ex, vt, r);
        } else {
            ex.step("Planck (stationary Nernst–Planck): each flux Jᵢ constant, Σ zᵢcᵢ(x) = 0 everywhere, no current;");
            ex.step("  cᵢ' = −gᵢ + zᵢcᵢ·(Σ zₖgₖ)/(Σ zₖ²cₖ), ψ' = −(Σ zₖgₖ)/(Σ zₖ²cₖ), Σ zᵢuᵢgᵢ = 0,"
                    + " from the pipette (x = 0) to the bath (x = 1)");
            ex.step("  solved by shooting from both ends (%d integrations): ψ(1) − ψ(0) = %s",
                    r.evaluations(), human(r.ljp() / vt));
            ex.step("  LJP = (RT/F)·(ψ(1) − ψ(0)) = %s mV × %s = %s mV", human(vt * 1e3), human(r.ljp() / vt),
                    human(r.ljp() * 1e3));
        }
        if (!Double.isNaN(vMeasured)) {
            ex.step("V_cell = V_measured − LJP = %s mV − (%s mV) = %s mV", human(vMeasured * 1e3),
                    human(r.ljp() * 1e3), human(r.vmCorrected(vMeasured) * 1e3));
        }
    }

    private static boolean monovalent(List<Species> ions) {
        for (Species s : ions) {
            if (Math.abs(s.z()) != 1 && (s.cPipette() > 0 || s.cBath() > 0)) {
                return false;
            }
        }
        return true;
    }

    private static void explainHenderson(Explain ex, double vt, Result r) {
        double a = 0;
        double b = 0;
        double sp = 0;
        double sb = 0;
        for (Species s : r.ions()) {
            double dc = s.cBath() - s.cPipette();
            a += s.z() * s.mobility() * dc;
            b += s.z() * s.z() * s.mobility() * dc;
            sp += s.z() * s.z() * s.mobility() * s.cPipette();
            sb += s.z() * s.z() * s.mobility() * s.cBath();
        }
        ex.step("Henderson: LJP = (RT/F)·(A/B)·ln(S_p/S_b), Δcᵢ = cᵢ(bath) − cᵢ(pipette)");
        ex.step("  A = Σ zᵢuᵢΔcᵢ = %s mM, B = Σ zᵢ²uᵢΔcᵢ = %s mM", human(a), human(b));
        ex.step("  S_p = Σ zᵢ²uᵢcᵢ(pipette) = %s mM, S_b = Σ zᵢ²uᵢcᵢ(bath) = %s mM", human(sp), human(sb));
        if (b == 0) {
            ex.step("  B = 0: the limit −(RT/F)·A/S_p = %s mV", human(r.ljp() * 1e3));
        } else {
            ex.step("  LJP = %s mV × (%s / %s) × ln(%s / %s) = %s mV", human(vt * 1e3), human(a), human(b),
                    human(sp), human(sb), human(r.ljp() * 1e3));
        }
    }

    private static void explainPlanckClosed(Explain ex, double vt, Result r) {
        JunctionPotential.PlanckSums p = JunctionPotential.PlanckSums.of(r.ions());
        double y = r.ljp() / vt;
        ex.step("Planck, every ion monovalent: the closed form (Planck 1890), ξ = exp(F·LJP/RT), L = ln(c₂/c₁),");
        ex.step("  (ξU₂ − U₁)/(V₂ − ξV₁) = [(L − ln ξ)/(L + ln ξ)]·[(ξc₂ − c₁)/(c₂ − ξc₁)]  (1 = pipette, 2 = bath)");
        ex.step("  U = Σ_cations u·c: U₁ = %s, U₂ = %s; V = Σ_anions u·c: V₁ = %s, V₂ = %s; c₁ = %s, c₂ = %s mM",
                human(p.u1()), human(p.u2()), human(p.v1()), human(p.v2()), human(p.c1()), human(p.c2()));
        ex.step("  root by Brent's method (%d evaluations): ln ξ = %s", r.evaluations(), human(y));
        ex.step("  LJP = (RT/F)·ln ξ = %s mV × %s = %s mV", human(vt * 1e3), human(y), human(r.ljp() * 1e3));
    }
}
