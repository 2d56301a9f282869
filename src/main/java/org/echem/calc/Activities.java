package org.echem.calc;

import org.echem.io.InputException;
import org.echem.io.Row;

import static org.echem.io.Numbers.human;

import java.util.List;
import java.util.OptionalDouble;
import org.echem.core.Activity;
import org.echem.core.ActivityModel;
import org.echem.core.ConstantSet;
import org.echem.core.DomainException;
import org.echem.core.Electrolyte;
import org.echem.core.Ion;
import org.echem.core.Kielland;
import org.echem.core.Nernst;
import org.echem.lang.Msg;
import org.echem.units.Kind;

/**
 * {@code --activity MODEL} (SPEC §9) for the subcommands that compute E from concentrations: the
 * activities a = γ·c on each side replace the concentrations in E = (RT/zF)·ln(a_out/a_in). The
 * ionic strength of each side is that of the ions listed on that side ({@code --in}/{@code --out}
 * maps, a preset; for {@code ghk} the ions of {@code --perm}), or {@code --ionic-strength-in/-out}.
 * One place for {@code nernst}, {@code drive} and {@code ghk}: {@link #resolve} (or {@link #of})
 * once per row, {@link #potential} (or {@link #gammas}) once per ion, {@link #note} for the text.
 */
final class Activities {
    /** @return the inputs of this option group, for the declarations of the subcommands that take it */
    static List<Input> inputs() {
        return List.of(
                Input.ACTIVITY.value(Msg.help("activities.help.activity")),
                Input.IONIC_STRENGTH_IN.value(Msg.help("activities.help.ionic_in")),
                Input.IONIC_STRENGTH_OUT.value(Msg.help("activities.help.ionic_out")));
    }

    /** @return {@code inputs} followed by the activity options */
    static List<Input> with(List<Input> inputs) {
        List<Input> all = new java.util.ArrayList<>(inputs);
        all.addAll(inputs());
        return all;
    }

    private final ActivityModel model;
    private final Activity.Parameters parameters;
    private final double ionicIn;
    private final double ionicOut;
    private final boolean listed;
    private boolean noted;

    private Activities(ActivityModel model, Activity.Parameters parameters, double ionicIn, double ionicOut,
            boolean listed) {
        this.model = model;
        this.parameters = parameters;
        this.ionicIn = ionicIn;
        this.ionicOut = ionicOut;
        this.listed = listed;
    }

    /**
     * One ion's potential from activities.
     *
     * @param e E from the activities, V
     * @param gammaIn γ inside
     * @param gammaOut γ outside
     */
    record Result(double e, double gammaIn, double gammaOut) {}

    /**
     * @param specs the ions of the row, whose concentrations give each side's ionic strength
     * @return the activities of this row, or null when {@code --activity} is absent
     */
    static Activities resolve(Inputs in, List<Gradients.Spec> specs) {
        if (!in.hasAny(FAMILY)) {
            return null;
        }
        if (!in.has(Input.ACTIVITY)) {
            return absent(in);
        }
        double sumIn = 0;
        double sumOut = 0;
        boolean listIn = !in.has(Input.IONIC_STRENGTH_IN);
        boolean listOut = !in.has(Input.IONIC_STRENGTH_OUT);
        for (Gradients.Spec s : specs) {
            int z2 = s.ion().z() * s.ion().z();
            sumIn += listIn ? z2 * s.cIn(in) : 0;
            sumOut += listOut ? z2 * s.cOut(in) : 0;
        }
        return of(in, sumIn, sumOut);
    }

    /**
     * @param sumIn Σ z²·c of the ions listed inside, mol/m³ (used unless {@code --ionic-strength-in})
     * @param sumOut Σ z²·c of the ions listed outside, mol/m³ (used unless {@code --ionic-strength-out})
     * @return the activities of this row, or null when {@code --activity} is absent
     */
    static Activities of(Inputs in, double sumIn, double sumOut) {
        if (!in.has(Input.ACTIVITY)) {
            return absent(in);
        }
        ActivityModel model = ActivityCalc.model(in, Input.ACTIVITY, null);
        Activity.Parameters p = ActivityCalc.parameters(in, in.constants(), in.temperature());
        boolean listIn = !in.has(Input.IONIC_STRENGTH_IN);
        boolean listOut = !in.has(Input.IONIC_STRENGTH_OUT);
        double iIn = listIn ? finite(in, sumIn / 2) : in.nonNegative(Input.IONIC_STRENGTH_IN, Kind.CONCENTRATION);
        double iOut = listOut ? finite(in, sumOut / 2) : in.nonNegative(Input.IONIC_STRENGTH_OUT, Kind.CONCENTRATION);
        return new Activities(model, p, iIn, iOut, listIn || listOut);
    }

    /** {@code --activity} and the options that apply only with it: in a batch, mostly none of them. */
    private static final String[] FAMILY = Inputs.keys(Input.ACTIVITY, Input.IONIC_STRENGTH_IN,
            Input.IONIC_STRENGTH_OUT);

    private static Activities absent(Inputs in) {
        for (Input i : new Input[] {Input.IONIC_STRENGTH_IN, Input.IONIC_STRENGTH_OUT}) {
            if (in.has(i)) {
                throw in.bad(i, Msg.text("activities.error.without_activity"));
            }
        }
        return null;
    }

    private static double finite(Inputs in, double x) {
        if (Double.isFinite(x)) {
            return x;
        }
        throw in.bad(Input.ACTIVITY, Msg.text("activities.error.too_large"));
    }

    /**
     * E of one ion from activities, with its worked steps.
     *
     * @param eConc E from the concentrations, V (for the comparison)
     */
    Result potential(Inputs in, ConstantSet k, Ion ion, double cIn, double cOut, double t, double eConc,
            Explain ex) {
        Activity.Result[] g = gammas(in, ion, cIn, cOut);
        Activity.Result rIn = g[0];
        Activity.Result rOut = g[1];
        double e;
        try {
            e = Nernst.potential(k, ion.z(), rIn.activity(), rOut.activity(), t);
        } catch (DomainException d) {
            throw in.domain(Input.ACTIVITY, d);
        }
        if (ex.on()) {
            explainSides(ex);
            ex.say("activities.step.gammas", human(rIn.gamma()), human(rOut.gamma()),
                    human(rIn.activity()), human(rOut.activity()));
            ex.say("activities.step.e",
                    human(e * 1e3), signed(e - eConc), human(eConc * 1e3));
        }
        return new Result(e, rIn.gamma(), rOut.gamma());
    }

    /**
     * Adds to {@code row} the text note on how much the activities moved E; the first row of a
     * calculation also gets the ionic strengths used (and a warning outside the model's range).
     */
    Row note(Row row, Ion ion, double eConc, Result r) {
        shared(row);
        return row.note(Msg.text("activities.note.e", model.key(), ion.name(), human(r.e() * 1e3),
                signed(r.e() - eConc), human(eConc * 1e3), human(r.gammaIn()), human(r.gammaOut())));
    }

    private static String signed(double v) {
        String h = human(v * 1e3);
        return v > 0 ? "+" + h : h;
    }

    /**
     * @return the ion size å of Kielland's table for a model that needs one (0 for the others)
     * @throws DomainException naming the ion ({@code shown}) when the table has none
     */
    private static double ionSize(ActivityModel model, String name, int z, String shown) {
        if (!model.needsIonSize()) {
            return 0;
        }
        OptionalDouble a = Kielland.size(name, z);
        if (a.isEmpty()) {
            throw new DomainException(Msg.text("activities.error.no_size", shown));
        }
        return a.getAsDouble();
    }

    /** @return the activities of {@code ion} inside and outside, at each side's ionic strength */
    Activity.Result[] gammas(Inputs in, Ion ion, double cIn, double cOut) {
        double size;
        try {
            size = ionSize(model, ion.name(), ion.z(), ion.label());
        } catch (DomainException d) {
            throw in.bad(Input.ACTIVITY, d.getMessage());
        }
        try {
            return new Activity.Result[] {
                Activity.of(model, parameters, new Electrolyte.Species(ion.name(), ion.z(), cIn), ionicIn, size),
                Activity.of(model, parameters, new Electrolyte.Species(ion.name(), ion.z(), cOut), ionicOut, size)};
        } catch (DomainException d) {
            throw in.domain(Input.ACTIVITY, d);
        }
    }

    /** Adds the ionic strengths used (and a warning outside the model's range) to the first row noted. */
    Row shared(Row row) {
        if (!noted) {
            noted = true;
            boolean inRange = ionicIn <= model.applicableUpTo() && ionicOut <= model.applicableUpTo();
            String key = "activities.note.strengths" + (listed ? "_listed" : "");
            row.note(inRange ? Msg.text(key, model.key(), human(ionicIn), human(ionicOut))
                    : Msg.text(key + "_out_of_range", model.key(), human(ionicIn), human(ionicOut),
                            human(model.applicableUpTo())));
        }
        return row;
    }

    /** @return the model's name, e.g. {@code davies} */
    String model() {
        return model.key();
    }

    /** Records the worked step: I on each side. */
    void explainSides(Explain ex) {
        ex.say(listed ? "activities.step.sides_listed" : "activities.step.sides", model.key(), human(ionicIn),
                human(ionicOut));
    }

    /** @return {@code +1.2} (mV, signed) of a difference in V */
    static String signedMillivolts(double v) {
        return signed(v);
    }

    /**
     * {@code --activity} for {@code donnan}: each side's γ at the ionic strength the equilibrium
     * gives (found with it, {@link org.echem.core.Donnan.Coefficients}), or at
     * {@code --ionic-strength-in/-out} when given. Keeps the ionic strengths last used: those of the
     * equilibrium found.
     */
    static final class Sides implements org.echem.core.Donnan.Coefficients {
        private final ActivityModel model;
        private final Activity.Parameters parameters;
        private final double givenIn;
        private final double givenOut;
        private double ionicIn;
        private double ionicOut;

        private Sides(ActivityModel model, Activity.Parameters parameters, double givenIn, double givenOut) {
            this.model = model;
            this.parameters = parameters;
            this.givenIn = givenIn;
            this.givenOut = givenOut;
        }

        @Override
        public double log10Gamma(String name, int z, boolean inside, double ionicStrength) {
            double given = inside ? givenIn : givenOut;
            double i = Double.isNaN(given) ? ionicStrength : given;
            if (inside) {
                ionicIn = i;
            } else {
                ionicOut = i;
            }
            return Activity.log10Gamma(model, parameters, z, i, ionSize(model, name, z, name));
        }

        /** @return the model's name, e.g. {@code davies} */
        String model() {
            return model.key();
        }

        /** @return the note on how much the activities moved V_donnan ({@code v} in activities, {@code ideal} in concentrations, V) */
        String note(double v, double ideal) {
            if (ionicIn <= model.applicableUpTo() && ionicOut <= model.applicableUpTo()) { // ideal's range is infinite
                return Msg.text("donnan.note.activity", model.key(), human(ionicIn), human(ionicOut), human(v * 1e3),
                        signed(v - ideal), human(ideal * 1e3));
            }
            return Msg.text("donnan.note.activity_out_of_range", model.key(), human(ionicIn), human(ionicOut),
                    human(v * 1e3), signed(v - ideal), human(ideal * 1e3), human(model.applicableUpTo()));
        }
    }

    /** @return the activity coefficients of a {@code donnan} row, or null when {@code --activity} is absent */
    static Sides sides(Inputs in) {
        if (!in.has(Input.ACTIVITY)) {
            absent(in);
            return null;
        }
        ActivityModel model = ActivityCalc.model(in, Input.ACTIVITY, null);
        Activity.Parameters p = ActivityCalc.parameters(in, in.constants(), in.temperature());
        double iIn = in.has(Input.IONIC_STRENGTH_IN) ? in.nonNegative(Input.IONIC_STRENGTH_IN, Kind.CONCENTRATION) : Double.NaN;
        double iOut = in.has(Input.IONIC_STRENGTH_OUT) ? in.nonNegative(Input.IONIC_STRENGTH_OUT, Kind.CONCENTRATION) : Double.NaN;
        return new Sides(model, p, iIn, iOut);
    }

    /** Throws for {@code --activity} where E is given, not computed from concentrations. */
    static void rejectWithGivenE(Inputs in) {
        if (in.has(Input.ACTIVITY)) {
            throw new InputException(Msg.text("activities.error.given_e", in.source().where(Input.ACTIVITY.key()),
                    in.text(Input.ACTIVITY)));
        }
    }
}
