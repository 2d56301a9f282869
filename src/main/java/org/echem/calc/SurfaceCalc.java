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
import org.echem.lang.Msg;

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
    @Override
    public Declaration declaration() {
        return new Declaration(
            Msg.helpLines("surface.help.description"),
            List.of(
                Input.SIGMA.value(Msg.help("surface.help.sigma")),
                Input.PSI0.value(Msg.help("surface.help.psi0")),
                Input.SALT.value(Msg.help("surface.help.salt")),
                Input.SALT_Z.value(Msg.help("surface.help.salt_z")),
                Input.ELECTROLYTE.map(Msg.help("surface.help.electrolyte")),
                Input.EPSILON.value(Msg.help("surface.help.epsilon")),
                Input.ION.value(Msg.help("surface.help.ion")),
                Input.Z.value(Msg.help("surface.help.z")),
                Input.CONC.value(Msg.help("surface.help.conc")),
                Input.IN.value(Msg.help("surface.help.in")),
                Input.OUT.value(Msg.help("surface.help.out")),
                Input.VM.value(Msg.help("surface.help.vm")),
                Input.PSI_IN.value(Msg.help("surface.help.psi_in")),
                Input.PSI_OUT.value(Msg.help("surface.help.psi_out")),
                Input.SIGMA_IN.value(Msg.help("surface.help.sigma_in")),
                Input.SIGMA_OUT.value(Msg.help("surface.help.sigma_out")),
                Input.SALT_IN.value(Msg.help("surface.help.salt_in")),
                Input.SALT_OUT.value(Msg.help("surface.help.salt_out"))),
            Msg.helpLines("surface.help.notes"),
            List.of(
                "  echem surface --salt 150mM",
                "  echem surface --electrolyte Na=150,Cl=154,Ca=2 --temp 25",
                "  echem surface --sigma=-1e/250A2 --salt 150mM --temp 25 --epsilon 78.5",
                "  echem surface --psi0 -30mV --salt 100mM --salt-z 2",
                "  echem surface --sigma -0.05 --salt 150 --ion Ca --conc 2mM --explain",
                "  echem surface --ion Na --in 15 --out 145 --vm -70 --psi-out -20mV --explain",
                "  echem surface --ion K --in 140 --out 5 --vm -80 --sigma-out=-1e/500A2 \\",
                "                --sigma-in=-1e/300A2 --salt 150"));
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
            throw in.bad(Input.PSI0, Msg.text("surface.error.sigma_or_psi0"));
        }
        if (in.has(Input.SALT) && (in.hasMap(Input.ELECTROLYTE) || in.has(Input.ELECTROLYTE))) {
            throw in.bad(Input.SALT, Msg.text("surface.error.salt_or_electrolyte"));
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
            throw in.bad(Input.CONC, Msg.text("surface.error.conc_needs_ion"));
        }
        Ion ion = in.ionOrNull();
        if (ion != null) {
            if (psi == null) {
                throw in.bad(in.has(Input.ION) ? Input.ION.key() : Input.Z.key(), Msg.text("surface.error.ion_needs_psi"));
            }
            boltzmann(in, row, ion, psi, k, t, ex);
        }
        if (psi != null) {
            row.note(Msg.text("surface.note.psi0", human(get(row, "debye_nm"))));
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
            ex.say("surface.step.electrolyte", bulk.where(), describe(bulk));
            StringBuilder terms = new StringBuilder();
            for (Electrolyte.Species s : bulk.electrolyte().species()) {
                terms.append(terms.length() == 0 ? "" : " + ").append(human(s.concentration())).append("·")
                        .append(s.z() < 0 ? "(" + s.z() + ")" : s.z()).append("²");
            }
            ex.say("surface.step.ionic_strength", terms, human(ionic));
            double f = k.faraday();
            ex.say("surface.step.debye",
                    human(eps), org.echem.io.Numbers.shortest(k.vacuumPermittivity()), human(k.gasConstant() * t), human(f), human(ionic));
            ex.say("surface.step.debye_value", human(debye * 1e9));
        }
    }

    private static String describe(Bulk bulk) {
        Electrolyte el = bulk.electrolyte();
        if (bulk.symmetricSalt()) {
            int z = el.species().get(0).z();
            return Msg.text("surface.describe.salt",
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
                    ex.say("surface.step.psi0.salt", human(sigma), given(in, key), z, z);
                    ex.say("surface.step.psi0.salt_formula", human(c));
                    ex.say("surface.step.psi0.salt_scale", human(scale), human(sigma / scale),
                            human(psi * z / (2 * vt)));
                    ex.say("surface.step.psi0.salt_value", human(2 * vt / z * 1e3), human(psi * 1e3));
                }
                return psi;
            }
            Grahame.Root root = Grahame.solve(k, eps, t, el, sigma);
            if (ex.on()) {
                ex.say("surface.step.psi0.mixture", human(sigma), given(in, key));
                ex.say("surface.step.psi0.mixture_formula");
                ex.say("surface.step.psi0.mixture_brent");
                ex.say("surface.step.psi0.mixture_value", human(root.psi0() * 1e3), human(root.psi0() / vt),
                        root.evaluations());
            }
            return root.psi0();
        } catch (DomainException d) {
            throw in.domain(key, d);
        }
    }

    /** @return " (given as 1e/250A2)" when the input carried a unit, else "" */
    private static String given(Inputs in, String key) {
        String t = in.text(key);
        return t != null && t.strip().matches(".*[A-Za-z/].*") ? Msg.text("surface.step.given", t.strip()) : "";
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
            ex.say("surface.step.sigma", human(psi * 1e3));
            if (z > 0) {
                double c = (el.positiveCharge() + el.negativeCharge()) / (2.0 * z);
                ex.say("surface.step.sigma.salt_formula", z, human(c));
                ex.say("surface.step.sigma.salt_value", human(z * psi / (2 * vt)), human(sigma));
            } else {
                ex.say("surface.step.sigma.mixture", human(sigma));
            }
            ex.say("surface.step.sigma.per_nm2", human(sigma / k.elementaryCharge() * 1e-18),
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
        ex.say("surface.step.boltzmann", ion.label(), Ion.signed(ion.z()), human(psi * 1e3), human(vt * 1e3),
                human(factor));
        String rel = factor > 1 ? "more" : factor < 1 ? "less" : "as";
        if (in.has(Input.CONC)) {
            double c = in.concentration(Input.CONC);
            double cs;
            try {
                cs = Boltzmann.concentration(k, ion.z(), c, psi, t);
            } catch (DomainException d) {
                throw in.domain(Input.CONC, d);
            }
            row.si("c_surface_mM", cs);
            ex.say("surface.step.c_surface", ion.name(), ion.name(), human(c), human(factor), human(cs));
            row.note(Msg.text("surface.note.c_surface." + rel, ion.label(), human(cs), human(factor), human(c)));
        } else {
            row.note(Msg.text("surface.note.factor." + rel, ion.label(), human(factor)));
        }
        if (ex.on()) { // the textbook's erratum: a surface charge leaves the electrochemical driving force as it is
            ex.say("surface.step.same_drive", ion.label(), human(vt * Math.log(factor) * 1e3),
                    human(ion.z() * psi * 1e3));
        }
    }

    // ---- membrane mode -------------------------------------------------------------------------

    private static void membrane(Inputs in, List<Row> out, Explain ex, ConstantSet k, double t) {
        for (String key : List.of(Input.SIGMA.key(), Input.PSI0.key(), Input.CONC.key())) {
            if (in.has(key)) {
                throw in.bad(key, Msg.text("surface.error.single_in_membrane"));
            }
        }
        if (in.hasMap(Input.IN) || in.hasMap(Input.OUT)) {
            throw in.bad(in.hasMap(Input.IN) ? Input.IN.key() : Input.OUT.key(), Msg.text("surface.error.one_ion"));
        }
        if (!in.has(Input.PSI_IN) && !in.has(Input.PSI_OUT) && !in.has(Input.SIGMA_IN) && !in.has(Input.SIGMA_OUT)) {
            throw new InputException(Msg.text("surface.error.no_surface", in.source().where(Input.PSI_OUT.key())));
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
        row.note(Msg.text("surface.note.potentials", human(psiIn * 1e3), human(psiOut * 1e3)));
        row.note(Msg.text("surface.note.drive", ion.label(), human(r.driveEffective() * 1e3)));
        row.note(Msg.text("surface.note.naive", human(r.driveNaive() * 1e3)));
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
            throw in.bad(psiKey, Msg.text("surface.error.psi_or_sigma", psiKey, sigmaKey));
        }
        if (in.has(psiKey)) {
            return in.voltage(psiKey);
        }
        String face = side.equals(Input.IN.key()) ? "inner" : "outer";
        if (!in.has(sigmaKey)) {
            ex.say("surface.step.uncharged." + face, psiKey, sigmaKey, side);
            return 0;
        }
        double sigma = in.value(sigmaKey, Kind.SURFACE_CHARGE);
        Bulk bulk = bulk(in, side);
        if (eps[0] == null) {
            eps[0] = epsilon(in, t, ex);
        }
        if (ex.on()) {
            ex.say("surface.step.face." + face, side, human(sigma), describe(bulk), bulk.where());
        }
        double psi = potentialOf(in, sigmaKey, sigma, bulk, eps[0], k, t, ex);
        if (ex.on()) {
            double debye = Debye.length(k, eps[0], t, bulk.electrolyte().ionicStrength());
            ex.say("surface.step.face_debye", human(bulk.electrolyte().ionicStrength()),
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
        ex.say("surface.step.m1", ion.label(), n, n, human(vt * 1e3), Ion.signed(ion.z()), human(cOut), human(cIn),
                human(r.e() * 1e3));
        ex.say("surface.step.m2");
        ex.say("surface.step.m2.inner", human(psiIn * 1e3), n, human(cIn), human(r.cInSurface() / cIn),
                human(r.cInSurface()));
        ex.say("surface.step.m2.outer", human(psiOut * 1e3), n, human(cOut), human(r.cOutSurface() / cOut),
                human(r.cOutSurface()));
        ex.say("surface.step.m3");
        ex.say("surface.step.m3.e_eff", human(r.e() * 1e3), shift < 0 ? "−" : "+", human(Math.abs(shift) * 1e3),
                human(r.eEffective() * 1e3));
        ex.say("surface.step.m4");
        ex.say("surface.step.m4.v_mem", human(vm * 1e3), shift < 0 ? "−" : "+", human(Math.abs(shift) * 1e3),
                human(r.vMembrane() * 1e3));
        ex.say("surface.step.m5", ion.label(), human(r.vMembrane() * 1e3), human(r.eEffective() * 1e3),
                human(r.driveEffective() * 1e3), human(vm * 1e3), human(r.e() * 1e3), human(r.drive() * 1e3));
        ex.say("surface.step.m5.why", ion.label());
        if (shift == 0) {
            ex.say("surface.step.m6.none");
            return;
        }
        ex.say("surface.step.m6", human(r.driveNaive() * 1e3));
        ex.say("surface.step.m6.naive", human(-shift * 1e3), ion.label(), inwardWords(ion, r), ion.label(),
                human(r.drive() * 1e3));
    }

    /** @return what the naive value would (wrongly) suggest about the net flux, in words */
    private static String inwardWords(Ion ion, SurfaceCorrection.Result r) {
        Direction truth = DrivingForce.direction(ion.z(), r.drive());
        Direction naive = DrivingForce.direction(ion.z(), r.driveNaive());
        if (naive == truth) {
            String way = truth == Direction.INFLUX ? "inward" : "outward";
            return Msg.text((Math.abs(r.driveNaive()) > Math.abs(r.drive()) ? "surface.suggest.stronger."
                    : "surface.suggest.weaker.") + way);
        }
        if (naive == Direction.NONE) {
            return Msg.text("surface.suggest.none");
        }
        String way = naive == Direction.INFLUX ? "inward" : "outward";
        if (truth == Direction.NONE) {
            return Msg.text("surface.suggest.where_none." + way);
        }
        return Msg.text("surface.suggest.opposite." + way);
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
            throw in.bad(Input.SALT_Z, Msg.text("surface.error.salt_z_mixture"));
        }
        if (side != null) {
            if (in.has(Input.SALT) || in.hasMap(Input.ELECTROLYTE) || in.has(Input.ELECTROLYTE)) {
                return bulk(in, null);
            }
            throw new InputException(Msg.text("surface.error.no_salt_side", in.source().where(saltKey), side));
        }
        if (in.hasMap(Input.ELECTROLYTE)) {
            return new Bulk(mixture(in), Input.ELECTROLYTE.key(), false);
        }
        if (in.has(Input.ELECTROLYTE)) {
            throw in.bad(Input.ELECTROLYTE, Msg.text("surface.error.electrolyte_pairs"));
        }
        throw new InputException(Msg.text("surface.error.no_salt", in.source().where(Input.SALT.key())));
    }

    private static Electrolyte salt(Inputs in, String key) {
        double c = in.value(key, Kind.CONCENTRATION);
        if (!(c > 0)) {
            throw in.bad(key, Msg.text("surface.error.salt_positive"));
        }
        int z = 1;
        if (in.has(Input.SALT_Z)) {
            z = in.integer(Input.SALT_Z);
            if (z < 1) {
                throw in.bad(Input.SALT_Z, Msg.text("surface.error.salt_z"));
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
                throw in.bad(key, Msg.text("surface.error.twice", ion.name()));
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
                throw in.bad(Input.EPSILON, Msg.text("surface.error.epsilon_number"));
            }
            if (!(e > 0 && e < Double.POSITIVE_INFINITY)) {
                throw in.bad(Input.EPSILON, Msg.text("surface.error.epsilon_positive"));
            }
            ex.say("surface.step.epsilon", human(e));
            return e;
        }
        double e;
        try {
            e = Water.relativePermittivity(t);
        } catch (DomainException d) {
            throw in.bad(Input.TEMP, Msg.text("surface.error.epsilon_temperature", d.getMessage(),
                    Input.EPSILON.option()));
        }
        if (ex.on()) {
            double c = t - in.constants().zeroCelsius();
            ex.say("surface.step.water", human(c));
            ex.say("surface.step.water_formula", human(e));
        }
        return e;
    }
}
