package org.echem.calc;

import org.echem.io.Field;
import org.echem.io.Numbers;
import org.echem.io.Prefixes;
import org.echem.io.Row;
import org.echem.io.Schema;

import static org.echem.io.Numbers.human;

import java.util.List;
import java.util.Set;
import org.echem.core.ConstantSet;
import org.echem.core.DomainException;
import org.echem.core.Ion;
import org.echem.core.Nernst;
import org.echem.lang.Msg;
import org.echem.units.Kind;
import org.echem.units.Units;

/** {@code nernst}: equilibrium potentials, and the inverse solve for c_in, c_out or T from E. */
public final class NernstCalc implements Calculation {
    @Override
    public Declaration declaration() {
        return new Declaration(
            Msg.helpLines("nernst.help.description"),
            Activities.with(Co2.with(List.of(
                Input.ION.value(Msg.help("nernst.help.ion")),
                Input.Z.value(Msg.help("nernst.help.z")),
                Input.IN.map(Msg.help("nernst.help.in")),
                Input.OUT.map(Msg.help("nernst.help.out")),
                Input.PRESET.value(Presets.help(Msg.help("nernst.help.preset"))),
                Input.E.value(Msg.help("nernst.help.e"))))),
            List.of(),
            List.of(
                "  echem nernst --ion K --in 140mM --out 5mM",
                "  echem nernst --ion Ca --in 100nM --out 2mM --temp 20C",
                "  echem nernst --in K=140,Na=15,Cl=10 --out K=5,Na=145,Cl=110",
                "  echem nernst --preset squid --temp 6.3",
                "  echem nernst --ion K --out 5 --e -90mV          " + Msg.help("nernst.example.solve_in"),
                "  echem nernst --preset mammalian --activity davies",
                "  echem nernst --csv examples/ions.csv --precision 4"));
    }

    /**
     * @return the lines of the help text {@code key} in the language in use (one message, its lines
     *     separated by {@code \n}: a translation breaks its lines where its own sentences allow)
     */

    static final Schema SCHEMA = Schema.of(
            Field.plain("ion", "ion"),
            Field.plain("z", "z"),
            Field.of("c_in_mM", "[in]", Kind.CONCENTRATION, "mM"),
            Field.of("c_out_mM", "[out]", Kind.CONCENTRATION, "mM"),
            Field.of("temp_C", "T", Kind.TEMPERATURE, "°C"),
            Field.of("E_mV", "E", Kind.VOLTAGE, "mV"),
            Field.of("slope_mV_per_decade", "slope", Kind.VOLTAGE, "mV").withUnit("mV/decade"));

    @Override
    public Schema schema(Set<String> present) {
        return SCHEMA;
    }

    @Override
    public void compute(Inputs in, List<Row> out, Explain ex) {
        Co2.begin(in, ex);
        if (in.has(Input.E)) {
            solve(in, out, ex);
            return;
        }
        ConstantSet k = in.constants();
        double t = in.temperature();
        List<Gradients.Spec> specs = Gradients.resolve(in);
        Activities acts = Activities.resolve(in, specs);
        for (Gradients.Spec s : specs) {
            Ion ion = s.ion();
            double cIn = s.cIn(in);
            double cOut = s.cOut(in);
            double e = Nernst.potential(k, ion.z(), cIn, cOut, t);
            explainPotential(ex, k, ion, cIn, cOut, t, e);
            if (acts == null) {
                out.add(row(ion, cIn, cOut, t, e, k));
            } else {
                Activities.Result a = acts.potential(in, k, ion, cIn, cOut, t, e, ex);
                out.add(acts.note(row(ion, cIn, cOut, t, a.e(), k), ion, e, a));
            }
        }
    }

    /** The inputs of the rows {@link #plainRow} takes: one ion, its concentrations, a temperature. */
    private static final Set<String> PLAIN_KEYS = Set.of(Input.ION.key(), Input.Z.key(), Input.IN.key(),
            Input.OUT.key(), Input.TEMP.key());

    /**
     * A short path for a batch of single ions whose inputs are plain numbers (speed seam, see
     * {@link Calculation#kernel}): none when the batch gives any other input of nernst (a preset, E,
     * an activity model, CO₂, constants) or a map entry; columns nernst does not read pass through.
     */
    @Override
    public Kernel kernel(Set<String> keys) {
        Set<String> read = new java.util.HashSet<>(Set.of(Input.CONSTANTS.key()));
        for (Input i : declaration().inputs()) {
            read.add(i.key());
        }
        for (String key : keys) {
            if (!PLAIN_KEYS.contains(key) && (read.contains(key) || key.indexOf('.') >= 0)) {
                return null;
            }
        }
        return NernstCalc::plainRow;
    }

    /**
     * A row of one ion and its values as {@link #compute} and {@link Calculation#run} compute it,
     * without the resolution of maps, presets, CO₂ and activities a row may need: the ion from
     * {@code ion} and {@code z}, the concentrations and temperature read as {@link Inputs} reads them
     * (a bare number in its column's unit).
     *
     * @return false, with {@code out} untouched, for any other row: the row function's to compute
     */
    private static boolean plainRow(RowSource src, List<Row> out) {
        if (src.anyPairs()) {
            return false;
        }
        String inText = src.text(Input.IN.key());
        String outText = src.text(Input.OUT.key());
        String name = src.text(Input.ION.key());
        String zText = src.text(Input.Z.key());
        String tText = src.text(Input.TEMP.key());
        if (inText == null || outText == null || name == null && zText == null) {
            return false;
        }
        try {
            int z = zText == null ? Inputs.NOT_PLAIN : Inputs.plainInt(zText);
            if (z == 0 || zText != null && z == Inputs.NOT_PLAIN) {
                return false;
            }
            Ion ion = Ion.parse(name == null ? "" : name, zText == null ? null : z);
            double cIn = si(inText, Kind.CONCENTRATION, src.hintUnit(Input.IN.key(), Kind.CONCENTRATION));
            double cOut = si(outText, Kind.CONCENTRATION, src.hintUnit(Input.OUT.key(), Kind.CONCENTRATION));
            double t = tText == null ? Inputs.DEFAULT_TEMP_K
                    : si(tText, Kind.TEMPERATURE, src.hintUnit(Input.TEMP.key(), Kind.TEMPERATURE));
            ConstantSet k = ConstantSet.CODATA2018;
            if (!(cIn > 0 && cOut > 0 && t > 0 && Double.isFinite(k.gasConstant() * t))) {
                return false;
            }
            out.add(row(ion, cIn, cOut, t, Nernst.potential(k, ion.z(), cIn, cOut, t), k).at(t, k));
            return true;
        } catch (RuntimeException e) { // a bad ion, header unit or value: the row function says what
            return false;
        }
    }

    /**
     * @return a value as {@link Inputs} reads it, in SI units: a plain number by the short path, any
     *     other by {@link Units#parse} (a pH, which only the row function reads, is not a number to it)
     * @throws RuntimeException when it is not such a value
     */
    private static double si(String text, Kind kind, org.echem.units.Unit bare) {
        double v = Units.plainSi(text, kind, bare);
        return v == v ? v : Units.parse(text, kind, bare).si();
    }

    static Row row(Ion ion, double cIn, double cOut, double t, double e, ConstantSet k) {
        Row row = new Row(SCHEMA).set("ion", ion.name()).set("z", ion.z()).si("c_in_mM", cIn)
                .si("c_out_mM", cOut).si("temp_C", t).si("E_mV", e)
                .si("slope_mV_per_decade", Nernst.slopePerDecade(k, ion.z(), t));
        if (ion.name().equals("H")) { // SPEC §7: text output shows H+ as pH too
            row.note(Msg.text("nernst.note.ph", human(org.echem.core.Ph.of(cIn)), human(org.echem.core.Ph.of(cOut))));
        }
        return row;
    }

    /** Writes the worked steps of E = (RT/zF)·ln(c_out/c_in). */
    static void explainPotential(Explain ex, ConstantSet k, Ion ion, double cIn, double cOut, double t, double e) {
        if (!ex.on()) {
            return;
        }
        String n = ion.name();
        double vt = k.thermalVoltage(t);
        ex.say("nernst.step.potential", ion.label(), Ion.signed(ion.z()), n, n);
        ex.say("nernst.step.temperature", human(t - 273.15), human(t), k.name());
        ex.say("nernst.step.constants", Numbers.significant(k.gasConstant(), 15),
                Numbers.significant(k.faraday(), 15));
        ex.say("nernst.step.rtf",
                human(vt * 1e3), human(vt * 1e3), Ion.signed(ion.z()), human(vt * 1e3 / ion.z()));
        ex.say("nernst.step.ratio", n, n, Prefixes.human(cOut, "mM"),
                Prefixes.human(cIn, "mM"), human(cOut / cIn), human(Nernst.logRatio(cOut, cIn)));
        ex.say("nernst.step.e", human(vt * 1e3 / ion.z()), human(Nernst.logRatio(cOut, cIn)), human(e * 1e3));
        ex.say("nernst.step.slope", human(Nernst.slopePerDecade(k, ion.z(), t) * 1e3), n, n);
    }

    private void solve(Inputs in, List<Row> out, Explain ex) {
        Activities.rejectWithGivenE(in);
        Activities.of(in, 0, 0); // an ionic strength without --activity is an error
        if (!Gradients.single(in) || in.hasMap(Input.IN) || in.hasMap(Input.OUT)) {
            throw in.bad(Input.E, Msg.text("nernst.error.one_ion"));
        }
        Ion ion = in.ion();
        ConstantSet k = in.constants();
        double e = in.voltage(Input.E);
        boolean hasIn = in.has(Input.IN);
        boolean hasOut = in.has(Input.OUT);
        boolean hasT = in.has(Input.TEMP);
        if (hasIn && hasOut && hasT) {
            throw in.bad(Input.E, Msg.text("nernst.error.nothing_to_solve"));
        }
        if (!hasIn && !hasOut) {
            throw in.bad(Input.E, Msg.text("nernst.error.in_or_out"));
        }
        try {
            double cIn;
            double cOut;
            double t;
            if (!hasIn) {
                t = in.temperature();
                cOut = in.concentration(Input.OUT);
                cIn = Nernst.insideFor(k, ion.z(), e, cOut, t);
                ex.say("nernst.step.solve_in");
            } else if (!hasOut) {
                t = in.temperature();
                cIn = in.concentration(Input.IN);
                cOut = Nernst.outsideFor(k, ion.z(), e, cIn, t);
                ex.say("nernst.step.solve_out");
            } else {
                cIn = in.concentration(Input.IN);
                cOut = in.concentration(Input.OUT);
                t = Nernst.temperatureFor(k, ion.z(), e, cIn, cOut);
                in.solvedTemperature(t);
                ex.say("nernst.step.solve_t");
            }
            explainPotential(ex, k, ion, cIn, cOut, t, e);
            out.add(row(ion, cIn, cOut, t, e, k).solved(!hasIn ? "c_in_mM" : !hasOut ? "c_out_mM" : "temp_C"));
        } catch (DomainException d) {
            throw in.domain(Input.E, d);
        }
    }
}
