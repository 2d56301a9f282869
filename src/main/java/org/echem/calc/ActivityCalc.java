package org.echem.calc;

import org.echem.io.Field;
import org.echem.io.InputException;
import org.echem.io.Row;
import org.echem.io.Schema;

import static org.echem.io.Numbers.human;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
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
    static final Declaration DECLARATION = new Declaration(
        List.of(
            "Activity coefficient γ and activity a = γ·c of an ion in water (SPEC §9):",
            "  davies    log10 γ = −A·z²·(√I/(1 + √I) − 0.3·I)         (default)",
            "  edh       log10 γ = −A·z²·√I/(1 + B·å·√I), å from Kielland (1937)",
            "  limiting  log10 γ = −A·z²·√I                             (Debye–Hückel)",
            "  ideal     γ = 1",
            "I = ½·Σ c·z² in mol/L; A and B from the temperature and water's ε_r",
            "(A = 0.5116, B = 0.3291/Å at 25 °C; A = 0.5205 at 37 °C)."),
        List.of(
            Input.ELECTROLYTE.map("The solution, NAME=CONC pairs {units}: Na=150,Cl=150. Gives I; without --ion,"
                    + " one row per ion."),
            Input.IONIC_STRENGTH.value("The ionic strength instead of --electrolyte {bare}."),
            Input.ION.value("The ion (Na, Ca, Cl-, X2+ …): its row alone. Not in --electrolyte: a trace ion."),
            Input.Z.value("Valence with sign, for an ion not in the table."),
            Input.CONC.value("Concentration of --ion when it is not in --electrolyte {bare}: gives its activity."),
            Input.MODEL.value("davies, edh, limiting or ideal. Default: davies.")),
        List.of(
            "%nRanges of use (Stumm & Morgan, Aquatic Chemistry, 3rd ed., ch. 3): limiting",
            "law I < 5 mM, edh I < 100 mM, davies I < 500 mM; outside, γ is still given,",
            "with a warning. Single-ion activity coefficients are conventions (only the mean",
            "γ± of a salt is measured): Davies gives NaCl's 0.778 at 0.1 mol/kg within 0.5%%."),
        List.of(
            "  echem activity --ionic-strength 100mM --ion Ca --temp 25",
            "  echem activity --electrolyte Na=140,K=5,Ca=2,Cl=149",
            "  echem activity --electrolyte Na=150,Cl=150 --ion Na --model edh --explain",
            "  echem activity --electrolyte K=3M,Cl=3M        (outside the range: a warning)"));

    @Override
    public Declaration declaration() {
        return DECLARATION;
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
            throw in.bad(Input.ELECTROLYTE, "expected NAME=CONC pairs such as Na=150,Cl=150");
        }
        if (hasElectrolyte && in.has(Input.IONIC_STRENGTH)) {
            throw in.bad(Input.IONIC_STRENGTH, "give either --electrolyte (I is computed from it) or --ionic-strength,"
                    + " not both");
        }
        if (!hasElectrolyte && !in.has(Input.IONIC_STRENGTH)) {
            throw new InputException(in.source().where(Input.ELECTROLYTE.key()) + " is missing: give the solution,"
                    + " --electrolyte Na=150,Cl=150, or its ionic strength, --ionic-strength 150mM (with --ion)");
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
            throw in.bad(Input.CONC, "give --ion (or --z) with --conc");
        }
        List<Electrolyte.Species> rows = new ArrayList<>();
        boolean withActivity = true;
        if (ion == null) {
            if (!hasElectrolyte) {
                throw new InputException(in.source().where(Input.ION.key()) + " is missing: with --ionic-strength"
                        + " give the ion, e.g. --ion Na (or --z 2)");
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
                throw in.bad(Input.CONC, ion.name() + " is in --electrolyte already (" + human(found.concentration())
                        + " mM); leave out --conc, or the ion from --electrolyte");
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
            last.note(String.format(Locale.ROOT, "Warning: I = %s mM is above the range of the %s model (I up to %s mM,"
                    + " Stumm & Morgan): treat γ as a rough estimate%s.", human(ionic), r.model().key(),
                    human(r.model().applicableUpTo()), r.model() == ActivityModel.DAVIES ? ""
                            : "; davies reaches further (up to 500 mM)"));
        }
        if (!solution.isEmpty()) {
            double net = 0;
            double scale = 0;
            for (Electrolyte.Species s : solution) {
                net += s.z() * s.concentration();
                scale += Math.abs(s.z()) * s.concentration();
            }
            if (Math.abs(net) > Electrolyte.NEUTRALITY_TOLERANCE * scale / 2) {
                last.note(String.format(Locale.ROOT, "Note: the ions listed are not electroneutral (Σ z·c = %s mM);"
                        + " I is computed from them as given.", (net > 0 ? "+" : "") + human(net)));
            }
        }
        if (r.gamma() < 1) {
            last.note("γ < 1: the ion's surrounding cloud of counter-ions lowers its effective concentration;"
                    + " Nernst holds for activities (echem nernst --activity " + r.model().key() + ").");
        }
    }

    private static Activity.Result result(Inputs in, ActivityModel model, Activity.Parameters p,
            Electrolyte.Species s, double ionic) {
        double size = 0;
        if (model.needsIonSize()) {
            var a = Kielland.size(s.name(), s.z());
            if (a.isEmpty()) {
                throw new InputException(in.source().where(Input.MODEL.key()) + " 'edh': Kielland's table has no ion"
                        + " size for " + new Ion(s.name(), s.z()).label() + " (it has "
                        + String.join(", ", Kielland.table().keySet()) + "); use --model davies, which needs none");
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
            throw in.bad(key, "expected davies, edh, limiting or ideal");
        }
        return m;
    }

    /** @return A and B of water at T, or an input error naming {@code --temp} outside 0–100 °C */
    static Activity.Parameters parameters(Inputs in, ConstantSet k, double t) {
        try {
            return Activity.parameters(k, t);
        } catch (DomainException d) {
            throw in.bad(Input.TEMP, String.format(Locale.ROOT, "the Debye–Hückel A and B need the relative"
                    + " permittivity of water, known (Malmberg & Maryott 1956) from 0 to 100 °C, not at %s °C;"
                    + " give a --temp in that range", human(t - k.zeroCelsius())));
        }
    }

    private static List<Electrolyte.Species> electrolyte(Inputs in) {
        List<Electrolyte.Species> list = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        for (String name : in.entries(Input.ELECTROLYTE)) {
            String key = Input.ELECTROLYTE.entry(name);
            Ion ion = in.ionNamed(key, name);
            if (!seen.add(ion.name())) {
                throw in.bad(key, "--electrolyte gives " + ion.name() + " twice");
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
        ex.step("Debye–Hückel constants of water at %s °C (T = %s K, constants %s):", human(t - k.zeroCelsius()),
                human(t), k.name());
        ex.step("  ε_r = %s (Malmberg & Maryott 1956)", human(p.epsilonR()));
        ex.step("  B = √(2·1000·F²/(ε0·ε_r·RT)) = %s Å⁻¹(L/mol)^½", human(p.b() * 1e-10));
        ex.step("  A = ℓ_B·B/(2·ln 10), ℓ_B = e·F/(4π·ε0·ε_r·RT): A = %s (L/mol)^½", human(p.a()));
        if (!solution.isEmpty()) {
            StringBuilder terms = new StringBuilder();
            for (Electrolyte.Species s : solution) {
                terms.append(terms.length() == 0 ? "" : " + ").append(human(s.concentration())).append("·")
                        .append(s.z() < 0 ? "(" + s.z() + ")" : s.z()).append("²");
            }
            ex.step("Ionic strength I = ½·Σ c·z² = ½·(%s) = %s mM", terms, human(ionic));
        } else {
            ex.step("Ionic strength I = %s mM (given)", human(ionic));
        }
        ex.step("  = %s mol/L; √I = %s", human(ionic / 1000), human(Math.sqrt(ionic / 1000)));
        switch (model) {
            case DAVIES:
                ex.step("Davies: log10 γ = −A·z²·(√I/(1 + √I) − 0.3·I)");
                break;
            case EDH:
                ex.step("Extended Debye–Hückel: log10 γ = −A·z²·√I / (1 + B·å·√I), å from Kielland (1937)");
                break;
            case LIMITING:
                ex.step("Debye–Hückel limiting law: log10 γ = −A·z²·√I");
                break;
            default:
                ex.step("Ideal: γ = 1, activity = concentration");
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
                ex.step("  %s: log10 γ = −%s × %d × (%s/(1 + %s) − 0.3 × %s) = %s", label, human(a), z2, human(sqrtI),
                        human(sqrtI), human(sqrtI * sqrtI), human(r.log10Gamma()));
                break;
            case EDH:
                ex.step("  %s: å = %s Å; log10 γ = −%s × %d × %s / (1 + %s × %s × %s) = %s", label,
                        human(r.ionSize() * 1e10), human(a), z2, human(sqrtI), human(r.parameters().b() * 1e-10),
                        human(r.ionSize() * 1e10), human(sqrtI), human(r.log10Gamma()));
                break;
            case LIMITING:
                ex.step("  %s: log10 γ = −%s × %d × %s = %s", label, human(a), z2, human(sqrtI), human(r.log10Gamma()));
                break;
            default:
                ex.step("  %s: log10 γ = 0", label);
        }
        if (withActivity) {
            ex.step("      γ = 10^(%s) = %s; a = γ·c = %s × %s mM = %s mM", human(r.log10Gamma()), human(r.gamma()),
                    human(r.gamma()), human(r.concentration()), human(r.activity()));
        } else {
            ex.step("      γ = 10^(%s) = %s (give --conc for the activity)", human(r.log10Gamma()), human(r.gamma()));
        }
    }
}
