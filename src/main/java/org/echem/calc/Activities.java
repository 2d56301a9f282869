package org.echem.calc;

import org.echem.io.InputException;
import org.echem.io.Row;

import static org.echem.io.Numbers.human;

import java.util.List;
import java.util.Locale;
import java.util.OptionalDouble;
import org.echem.core.Activity;
import org.echem.core.ActivityModel;
import org.echem.core.ConstantSet;
import org.echem.core.DomainException;
import org.echem.core.Electrolyte;
import org.echem.core.Ion;
import org.echem.core.Kielland;
import org.echem.core.Nernst;
import org.echem.units.Kind;

/**
 * {@code --activity MODEL} (SPEC §9) for the subcommands that compute E from concentrations: the
 * activities a = γ·c on each side replace the concentrations in E = (RT/zF)·ln(a_out/a_in). The
 * ionic strength of each side is that of the ions listed on that side ({@code --in}/{@code --out}
 * maps, a preset), or {@code --ionic-strength-in/-out}. One place for {@code nernst} and
 * {@code drive}: {@link #resolve} once per row, {@link #potential} once per ion.
 */
final class Activities {
    /** The inputs of this option group, for the declarations of the subcommands that take it. */
    static final List<Input> INPUTS = List.of(
            Input.ACTIVITY.value("Use activities instead of concentrations in E: ideal, davies or edh (limiting"
                    + " too); see 'echem activity'. The fields keep the concentrations; E uses γ·c."),
            Input.IONIC_STRENGTH_IN.value("With --activity: the ionic strength inside {bare}. Default: from the"
                    + " ions listed inside."),
            Input.IONIC_STRENGTH_OUT.value("With --activity: the ionic strength outside {bare}. Default: from the"
                    + " ions listed outside."));

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
        if (!in.has(Input.ACTIVITY)) {
            for (Input i : List.of(Input.IONIC_STRENGTH_IN, Input.IONIC_STRENGTH_OUT)) {
                if (in.has(i)) {
                    throw in.bad(i, "an ionic strength is used with --activity davies|edh; add it, or leave this out");
                }
            }
            return null;
        }
        ActivityModel model = ActivityCalc.model(in, Input.ACTIVITY, null);
        Activity.Parameters p = ActivityCalc.parameters(in, in.constants(), in.temperature());
        double iIn = in.has(Input.IONIC_STRENGTH_IN) ? in.nonNegative(Input.IONIC_STRENGTH_IN, Kind.CONCENTRATION) : -1;
        double iOut = in.has(Input.IONIC_STRENGTH_OUT) ? in.nonNegative(Input.IONIC_STRENGTH_OUT, Kind.CONCENTRATION)
                : -1;
        boolean listed = iIn < 0 || iOut < 0;
        if (listed) {
            double sumIn = 0;
            double sumOut = 0;
            for (Gradients.Spec s : specs) {
                int z2 = s.ion().z() * s.ion().z();
                if (iIn < 0) {
                    sumIn += z2 * s.cIn(in);
                }
                if (iOut < 0) {
                    sumOut += z2 * s.cOut(in);
                }
            }
            iIn = iIn < 0 ? finite(in, sumIn / 2) : iIn;
            iOut = iOut < 0 ? finite(in, sumOut / 2) : iOut;
        }
        return new Activities(model, p, iIn, iOut, listed);
    }

    private static double finite(Inputs in, double x) {
        if (Double.isFinite(x)) {
            return x;
        }
        throw in.bad(Input.ACTIVITY, "the ionic strength of the ions listed is too large to compute with");
    }

    /**
     * E of one ion from activities, with its worked steps.
     *
     * @param eConc E from the concentrations, V (for the comparison)
     */
    Result potential(Inputs in, ConstantSet k, Ion ion, double cIn, double cOut, double t, double eConc,
            Explain ex) {
        double size = 0;
        if (model.needsIonSize()) {
            OptionalDouble a = Kielland.size(ion.name(), ion.z());
            if (a.isEmpty()) {
                throw in.bad(Input.ACTIVITY, "Kielland's table has no ion size for " + ion.label() + "; use"
                        + " --activity davies, which needs none");
            }
            size = a.getAsDouble();
        }
        Activity.Result rIn;
        Activity.Result rOut;
        double e;
        try {
            rIn = Activity.of(model, parameters, new Electrolyte.Species(ion.name(), ion.z(), cIn), ionicIn, size);
            rOut = Activity.of(model, parameters, new Electrolyte.Species(ion.name(), ion.z(), cOut), ionicOut, size);
            e = Nernst.potential(k, ion.z(), rIn.activity(), rOut.activity(), t);
        } catch (DomainException d) {
            throw in.domain(Input.ACTIVITY, d);
        }
        if (ex.on()) {
            ex.step("  with activities (%s): I_in = %s mM, I_out = %s mM%s", model.key(), human(ionicIn),
                    human(ionicOut), listed ? " (from the ions listed on each side)" : "");
            ex.step("    γ_in = %s, γ_out = %s; a_in = %s mM, a_out = %s mM", human(rIn.gamma()), human(rOut.gamma()),
                    human(rIn.activity()), human(rOut.activity()));
            ex.step("    E = (RT/zF)·ln(a_out/a_in) = %s mV (%s mV from the concentration value %s mV)",
                    human(e * 1e3), signed(e - eConc), human(eConc * 1e3));
        }
        return new Result(e, rIn.gamma(), rOut.gamma());
    }

    /**
     * Adds to {@code row} the text note on how much the activities moved E; the first row of a
     * calculation also gets the ionic strengths used (and a warning outside the model's range).
     */
    Row note(Row row, Ion ion, double eConc, Result r) {
        if (!noted) {
            noted = true;
            String s = String.format(Locale.ROOT, "Activities (%s): I_in = %s mM, I_out = %s mM%s.", model.key(),
                    human(ionicIn), human(ionicOut), listed ? ", from the ions listed on each side (give"
                            + " --ionic-strength-in/-out for the whole solution)" : "");
            if (!(ionicIn <= model.applicableUpTo() && ionicOut <= model.applicableUpTo())) {
                s += " Warning: that is above the range of the " + model.key() + " model (I up to "
                        + human(model.applicableUpTo()) + " mM): a rough estimate.";
            }
            row.note(s);
        }
        return row.note(String.format(Locale.ROOT, "With activities (%s): E_%s = %s mV, %s mV from the concentration"
                + " value %s mV (γ_in = %s, γ_out = %s).", model.key(), ion.name(), human(r.e() * 1e3),
                signed(r.e() - eConc), human(eConc * 1e3), human(r.gammaIn()), human(r.gammaOut())));
    }

    private static String signed(double v) {
        String h = human(v * 1e3);
        return v > 0 ? "+" + h : h;
    }

    /** Throws for {@code --activity} where E is given, not computed from concentrations. */
    static void rejectWithGivenE(Inputs in) {
        if (in.has(Input.ACTIVITY)) {
            throw new InputException(in.source().where(Input.ACTIVITY.key()) + " '" + in.text(Input.ACTIVITY)
                    + "': activities apply to E computed from concentrations; with --e given there is nothing to"
                    + " correct (leave out --activity, or give --in and --out)");
        }
    }
}
