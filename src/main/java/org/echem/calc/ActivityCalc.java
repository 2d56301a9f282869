package org.echem.calc;

import org.echem.io.Field;
import org.echem.io.InputException;
import org.echem.io.Row;
import org.echem.io.Schema;
import org.echem.lang.Msg;

import static org.echem.io.Numbers.human;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.echem.core.Activity;
import org.echem.core.ActivityModel;
import org.echem.core.ConstantSet;
import org.echem.core.DomainException;
import org.echem.core.Electrolyte;
import org.echem.core.Ion;
import org.echem.core.Kielland;
import org.echem.units.Kind;

/**
 * {@code activity}: single-ion activity coefficients γ and activities a = γ·c by the Davies,
 * extended Debye–Hückel, limiting-law or ideal model, in water at the given temperature.
 */
public final class ActivityCalc implements Calculation {
    /** @return the help text and inputs, in the language in use (built on each call, never kept) */
    @Override
    public Declaration declaration() {
        return new Declaration(
        Msg.helpLines("activity.help.description"),
        List.of(
            Input.ELECTROLYTE.map(Msg.help("activity.input.electrolyte")),
            Input.IONIC_STRENGTH.value(Msg.help("activity.input.ionicStrength")),
            Input.ION.value(Msg.help("activity.input.ion")),
            Input.Z.value(Msg.help("activity.input.z")),
            Input.CONC.value(Msg.help("activity.input.conc")),
            Input.MODEL.value(Msg.help("activity.input.model"))),
        Msg.helpLines("activity.help.notes"),
        List.of(
            "  echem activity --ionic-strength 100mM --ion Ca --temp 25",
            "  echem activity --electrolyte Na=140,K=5,Ca=2,Cl=149",
            "  echem activity --electrolyte Na=150,Cl=150 --ion Na --model edh --explain",
            "  echem activity --electrolyte K=3M,Cl=3M        " + Msg.help("activity.help.exampleWarning")));
    }


    static final Schema SCHEMA = Schema.of(
            Field.plain("ion", "ion"),
            Field.plain("z", "z"),
            Field.of("ionic_strength_mM", "I", Kind.CONCENTRATION, "mM"),
            Field.plain("gamma", "γ"),
            Field.of("activity_mM", "activity", Kind.CONCENTRATION, "mM"),
            Field.plain("model", "model"));

    @Override
    public Schema schema(Set<String> present) {
        return SCHEMA;
    }

    @Override
    public void compute(Inputs in, List<Row> out, Explain ex) {
        ConstantSet k = in.constants();
        double t = in.temperature();
        ActivityModel model = model(in, Input.MODEL, ActivityModel.DAVIES);
        boolean hasElectrolyte = in.hasMap(Input.ELECTROLYTE);
        if (in.has(Input.ELECTROLYTE)) {
            throw in.bad(Input.ELECTROLYTE, Msg.text("activity.error.pairs"));
        }
        if (hasElectrolyte && in.has(Input.IONIC_STRENGTH)) {
            throw in.bad(Input.IONIC_STRENGTH, Msg.text("activity.error.both"));
        }
        if (!hasElectrolyte && !in.has(Input.IONIC_STRENGTH)) {
            throw new InputException(Msg.text("activity.error.missingSolution", in.source().where(Input.ELECTROLYTE.key())));
        }
        List<Electrolyte.Species> solution = hasElectrolyte ? electrolyte(in) : List.of();
        double ionic;
        try {
            ionic = hasElectrolyte ? Activity.ionicStrength(solution) : in.nonNegative(Input.IONIC_STRENGTH,
                    Kind.CONCENTRATION);
        } catch (DomainException d) {
            throw in.domain(Input.ELECTROLYTE, d);
        }
        Activity.Parameters p = parameters(in, k, t);
        Ion ion = in.ionOrNull();
        if (in.has(Input.CONC) && ion == null) {
            throw in.bad(Input.CONC, Msg.text("activity.error.concNeedsIon"));
        }
        List<Electrolyte.Species> rows = new ArrayList<>();
        boolean withActivity = true;
        if (ion == null) {
            if (!hasElectrolyte) {
                throw new InputException(Msg.text("activity.error.missingIon", in.source().where(Input.ION.key())));
            }
            rows.addAll(solution);
        } else {
            Electrolyte.Species found = null;
            for (Electrolyte.Species s : solution) {
                if (s.name().equals(ion.name()) && s.z() == ion.z()) {
                    found = s;
                }
            }
            if (found != null && in.has(Input.CONC)) {
                throw in.bad(Input.CONC, Msg.text("activity.error.concTwice", ion.name(), human(found.concentration())));
            }
            if (found != null) {
                rows.add(found);
            } else if (in.has(Input.CONC)) {
                rows.add(new Electrolyte.Species(ion.name(), ion.z(), in.nonNegative(Input.CONC, Kind.CONCENTRATION)));
            } else {
                rows.add(new Electrolyte.Species(ion.name(), ion.z(), 0)); // γ only: no concentration given
                withActivity = false;
            }
        }
        explainCommon(ex, k, p, model, ionic, solution);
        Activity.Result last = null;
        for (Electrolyte.Species s : rows) {
            Activity.Result r = result(in, model, p, s, ionic);
            explainIon(ex, r, withActivity);
            out.add(row(r, withActivity));
            last = r;
        }
        notes(out, last, solution, ionic);
    }

    private static Row row(Activity.Result r, boolean withActivity) {
        Row row = new Row(SCHEMA).set("ion", r.ion()).set("z", r.z()).si("ionic_strength_mM", r.ionicStrength())
                .set("gamma", r.gamma());
        if (withActivity) {
            row.si("activity_mM", r.activity());
        }
        return row.set("model", r.model().key());
    }

    private static void notes(List<Row> out, Activity.Result r, List<Electrolyte.Species> solution, double ionic) {
        Row last = out.get(out.size() - 1);
        if (!r.withinRange()) {
            last.note(Msg.text(r.model() == ActivityModel.DAVIES ? "activity.note.range" : "activity.note.rangeDavies",
                    human(ionic), r.model().key(), human(r.model().applicableUpTo())));
        }
        if (!solution.isEmpty()) {
            double net = 0;
            double scale = 0;
            for (Electrolyte.Species s : solution) {
                net += s.z() * s.concentration();
                scale += Math.abs(s.z()) * s.concentration();
            }
            if (Math.abs(net) > Electrolyte.NEUTRALITY_TOLERANCE * scale / 2) {
                last.note(Msg.text("activity.note.notNeutral", (net > 0 ? "+" : "") + human(net)));
            }
        }
        if (r.gamma() < 1) {
            last.note(Msg.text("activity.note.cloud", r.model().key()));
        }
    }

    private static Activity.Result result(Inputs in, ActivityModel model, Activity.Parameters p,
            Electrolyte.Species s, double ionic) {
        double size = 0;
        if (model.needsIonSize()) {
            var a = Kielland.size(s.name(), s.z());
            if (a.isEmpty()) {
                throw new InputException(Msg.text("activity.error.noIonSize", in.source().where(Input.MODEL.key()),
                        new Ion(s.name(), s.z()).label(), String.join(", ", Kielland.table().keySet())));
            }
            size = a.getAsDouble();
        }
        try {
            return Activity.of(model, p, s, ionic, size);
        } catch (DomainException d) {
            throw in.domain(in.has(Input.IONIC_STRENGTH) ? Input.IONIC_STRENGTH : Input.ELECTROLYTE, d);
        }
    }

    /** @return the activity model named by {@code key}, or {@code fallback} when it is absent */
    static ActivityModel model(Inputs in, Input key, ActivityModel fallback) {
        String t = in.text(key);
        if (t == null) {
            return fallback;
        }
        ActivityModel m = ActivityModel.named(t);
        if (m == null) {
            throw in.bad(key, Msg.text("activity.error.model"));
        }
        return m;
    }

    /** @return A and B of water at T, or an input error naming {@code --temp} outside 0–100 °C */
    static Activity.Parameters parameters(Inputs in, ConstantSet k, double t) {
        try {
            return Activity.parameters(k, t);
        } catch (DomainException d) {
            throw in.bad(Input.TEMP, Msg.text("activity.error.temperature", human(t - k.zeroCelsius())));
        }
    }

    private static List<Electrolyte.Species> electrolyte(Inputs in) {
        List<Electrolyte.Species> list = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        for (String name : in.entries(Input.ELECTROLYTE)) {
            String key = Input.ELECTROLYTE.entry(name);
            Ion ion = in.ionNamed(key, name);
            if (!seen.add(ion.name())) {
                throw in.bad(key, Msg.text("activity.error.twice", ion.name()));
            }
            list.add(new Electrolyte.Species(ion.name(), ion.z(), in.nonNegative(key, Kind.CONCENTRATION)));
        }
        return list;
    }

    private static void explainCommon(Explain ex, ConstantSet k, Activity.Parameters p, ActivityModel model,
            double ionic, List<Electrolyte.Species> solution) {
        if (!ex.on()) {
            return;
        }
        double t = p.temperature();
        ex.say("activity.step.constants", human(t - k.zeroCelsius()),
                human(t), k.name());
        ex.say("activity.step.epsilon", human(p.epsilonR()));
        ex.say("activity.step.b", human(p.b() * 1e-10));
        ex.say("activity.step.a", human(p.a()));
        if (!solution.isEmpty()) {
            StringBuilder terms = new StringBuilder();
            for (Electrolyte.Species s : solution) {
                terms.append(terms.length() == 0 ? "" : " + ").append(human(s.concentration())).append("·")
                        .append(s.z() < 0 ? "(" + s.z() + ")" : s.z()).append("²");
            }
            ex.say("activity.step.ionicStrength", terms, human(ionic));
        } else {
            ex.say("activity.step.ionicStrengthGiven", human(ionic));
        }
        ex.say("activity.step.molPerLitre", human(ionic / 1000), human(Math.sqrt(ionic / 1000)));
        switch (model) {
            case DAVIES:
                ex.say("activity.step.davies");
                break;
            case EDH:
                ex.say("activity.step.edh");
                break;
            case LIMITING:
                ex.say("activity.step.limiting");
                break;
            default:
                ex.say("activity.step.ideal");
        }
    }

    private static void explainIon(Explain ex, Activity.Result r, boolean withActivity) {
        if (!ex.on()) {
            return;
        }
        double a = r.parameters().a();
        double sqrtI = Math.sqrt(r.ionicStrength() / 1000);
        String label = new Ion(r.ion(), r.z()).label();
        int z2 = r.z() * r.z();
        switch (r.model()) {
            case DAVIES:
                ex.say("activity.step.daviesIon", label, human(a), z2, human(sqrtI),
                        human(sqrtI), human(sqrtI * sqrtI), human(r.log10Gamma()));
                break;
            case EDH:
                ex.say("activity.step.edhIon", label,
                        human(r.ionSize() * 1e10), human(a), z2, human(sqrtI), human(r.parameters().b() * 1e-10),
                        human(r.ionSize() * 1e10), human(sqrtI), human(r.log10Gamma()));
                break;
            case LIMITING:
                ex.say("activity.step.limitingIon", label, human(a), z2, human(sqrtI), human(r.log10Gamma()));
                break;
            default:
                ex.say("activity.step.idealIon", label);
        }
        if (withActivity) {
            ex.say("activity.step.activity", human(r.log10Gamma()), human(r.gamma()),
                    human(r.gamma()), human(r.concentration()), human(r.activity()));
        } else {
            ex.say("activity.step.gammaOnly", human(r.log10Gamma()), human(r.gamma()));
        }
    }
}
