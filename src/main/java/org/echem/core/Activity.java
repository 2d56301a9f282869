package org.echem.core;

import java.util.ArrayList;
import java.util.List;
import java.util.OptionalDouble;

/**
 * Single-ion activity coefficients γ and activities a = γ·c in dilute aqueous solution, by the
 * models of {@link ActivityModel}:
 *
 * <pre>
 *   ideal      log10 γ = 0
 *   limiting   log10 γ = −A·z²·√I                                  (Debye and Hückel 1923)
 *   edh        log10 γ = −A·z²·√I / (1 + B·å·√I)                   (extended Debye–Hückel,
 *                                                                   å from {@link Kielland})
 *   davies     log10 γ = −A·z²·(√I / (1 + √I) − 0.3·I)             (Davies 1938; 0.3 as in
 *                                                                   Davies, <i>Ion Association</i>, 1962)
 * </pre>
 *
 * <p>with the ionic strength I = ½·Σ cᵢzᵢ² taken in mol/L (the molar scale: I/1000 of the
 * mol/m³ the core works in) and the Debye–Hückel constants computed from the temperature and
 * the relative permittivity ε_r of water ({@link Water}, Malmberg &amp; Maryott 1956):
 *
 * <pre>
 *   ℓ_B = e·F / (4π·ε0·ε_r·R·T)          (the Bjerrum length, e²/(4πε0ε_r·k_B·T), in m)
 *   B   = √(2·1000·F² / (ε0·ε_r·R·T))    (κ at I = 1 mol/L, in m⁻¹·(L/mol)^½)
 *   A   = ℓ_B·B / (2·ln 10)              (in (L/mol)^½)
 * </pre>
 *
 * <p>which is the limiting law ln γ = −z²·ℓ_B·κ/2 written in decimal logarithms, κ² = 2F²I/(ε0ε_rRT)
 * as in {@link Debye}. Source: P. Debye and E. Hückel, Phys. Z. 24:185 (1923); in numbers, e.g. R. A.
 * Robinson and R. H. Stokes, <i>Electrolyte Solutions</i>, 2nd ed. (1959) (A = 1.8246·10⁶/(ε_rT)^{3/2} (L/mol)^½, B = 50.29/(ε_rT)^{1/2} Å⁻¹(L/mol)^½,
 * the same numbers in other units). At 25 °C (ε_r = 78.30): A = 0.5116 (L/mol)^½ and
 * B = 0.3291 Å⁻¹(L/mol)^½; the often printed 0.5085 and 0.3281 are molal values computed with
 * ε_r = 78.54 (e.g. the table printed with Kielland's sizes). On the molal scale multiply A and B
 * by √ρ_w (ρ_w in kg/L); for the dilute solutions of physiology the two scales differ by under 0.3%.
 *
 * <p>Single-ion activity coefficients are not measurable; these are conventions, checked against
 * measured mean activity coefficients γ± of salts ({@link #meanCoefficient}). Davies' error is a few
 * per cent up to I ≈ 0.1–0.5 M; outside each model's range ({@link ActivityModel#applicableUpTo()})
 * the result is still computed but flagged ({@link Result#withinRange()}).
 */
public final class Activity {
    private static final double LN10 = Math.log(10);

    /** Litres in a cubic metre: I in mol/L = I in mol/m³ / 1000. */
    private static final double LITRES_PER_CUBIC_METRE = 1000;

    /** Davies' coefficient of the linear term, 0.3 (Davies, <i>Ion Association</i>, 1962). */
    public static final double DAVIES_LINEAR = 0.3;

    private Activity() {}

    /**
     * The Debye–Hückel constants of a solvent at a temperature.
     *
     * @param temperature T in K
     * @param epsilonR the solvent's relative permittivity ε_r
     * @param a A in (L/mol)^½ (about 0.51 for water at 25 °C)
     * @param b B in m⁻¹·(L/mol)^½ (about 3.29·10⁹ for water at 25 °C, i.e. 0.329 Å⁻¹(L/mol)^½)
     */
    public record Parameters(double temperature, double epsilonR, double a, double b) {
        public Parameters {
            Require.positive(temperature, "core.what.temperatureK");
            Require.positive(epsilonR, "core.what.epsilonR");
            Require.positive(a, "Debye–Hückel A");
            Require.positive(b, "Debye–Hückel B");
        }
    }

    /**
     * One ion's activity, with everything that went into it.
     *
     * @param ion the ion's name
     * @param z its valence
     * @param concentration c, mol/m³ (mM)
     * @param model the model used
     * @param ionicStrength I, mol/m³ (mM)
     * @param parameters A, B, ε_r and T
     * @param ionSize å in m for {@link ActivityModel#EDH}; 0 for the models that do not use it
     * @param log10Gamma log10 γ
     * @param gamma γ, dimensionless
     * @param activity a = γ·c, mol/m³ (mM)
     * @param withinRange whether I ≤ the model's {@link ActivityModel#applicableUpTo()}
     */
    public record Result(String ion, int z, double concentration, ActivityModel model, double ionicStrength,
            Parameters parameters, double ionSize, double log10Gamma, double gamma, double activity,
            boolean withinRange) {
        public Result {
            Require.nonZero(z, "core.what.valenceOf", ion);
            Require.nonNegative(concentration, "core.what.concOf", ion);
            Require.nonNegative(ionicStrength, "core.what.ionicStrength");
            Require.nonNegative(ionSize, "core.what.ionSizeOf", ion);
            Require.finite(log10Gamma, "log10 γ");
            Require.nonNegative(gamma, "γ");
            Require.nonNegative(activity, "core.what.activityMm");
        }
    }

    /**
     * A and B for water at the given temperature, ε_r from {@link Water#relativePermittivity}.
     *
     * @param temperature T in K, 273.15 to 373.15 (the range of the ε_r fit)
     * @throws DomainException outside that range
     */
    public static Parameters parameters(ConstantSet k, double temperature) {
        return parameters(k, Water.relativePermittivity(temperature), temperature);
    }

    /**
     * A and B for a solvent of the given relative permittivity (formulas in the class comment).
     *
     * @param epsilonR ε_r, &gt; 0
     * @param temperature T in K, &gt; 0
     */
    public static Parameters parameters(ConstantSet k, double epsilonR, double temperature) {
        Require.positive(epsilonR, "core.what.epsilonR");
        double rt = k.gasConstant() * Require.positive(temperature, "core.what.temperatureK");
        double eps = k.vacuumPermittivity() * epsilonR;
        double f = k.faraday();
        double bjerrum = k.elementaryCharge() * f / (4 * Math.PI * eps * rt);
        double b = Math.sqrt(2 * LITRES_PER_CUBIC_METRE * f * f / (eps * rt));
        return new Parameters(temperature, epsilonR, bjerrum * b / (2 * LN10), b);
    }

    /**
     * The ionic strength I = ½·Σ cᵢzᵢ² of a list of ions (electroneutral or not).
     *
     * @return I in mol/m³ (mM); 0 for an empty list
     */
    public static double ionicStrength(List<Electrolyte.Species> ions) {
        double sum = 0;
        for (Electrolyte.Species s : ions) {
            sum += s.concentration() * s.z() * (double) s.z();
        }
        return Require.finiteResult(sum / 2, "core.what.theIonicStrength");
    }

    /**
     * log10 γ of one ion by one model.
     *
     * @param z valence, ≠ 0
     * @param ionicStrength I in mol/m³ (mM), ≥ 0
     * @param ionSize å in m, &gt; 0 for {@link ActivityModel#EDH}, ignored otherwise
     * @return log10 γ (0 at I = 0 for every model)
     */
    public static double log10Gamma(ActivityModel model, Parameters p, int z, double ionicStrength, double ionSize) {
        Require.nonZero(z, "core.what.valence");
        double sqrtI = Math.sqrt(Require.nonNegative(ionicStrength, "core.what.ionicStrength") / LITRES_PER_CUBIC_METRE);
        double az2 = p.a() * z * (double) z;
        switch (model) {
            case IDEAL:
                return 0;
            case LIMITING:
                return -az2 * sqrtI;
            case EDH:
                Require.positive(ionSize, "core.what.ionSize");
                return -az2 * sqrtI / (1 + p.b() * ionSize * sqrtI);
            case DAVIES:
                return -az2 * (sqrtI / (1 + sqrtI) - DAVIES_LINEAR * sqrtI * sqrtI);
            default:
                throw new IllegalStateException("unknown activity model " + model);
        }
    }

    /**
     * γ of one ion in water at temperature T.
     *
     * @param ionSize å in m (for EDH; ignored by the other models)
     * @param temperature T in K
     * @return γ, dimensionless
     */
    public static double coefficient(ConstantSet k, ActivityModel model, int z, double ionicStrength, double ionSize,
            double temperature) {
        return Require.finiteResult(Math.pow(10, log10Gamma(model, parameters(k, temperature), z, ionicStrength,
                ionSize)), "core.what.activityCoefficient");
    }

    /**
     * The activity a = γ·c of one ion in water at temperature T.
     *
     * @param concentration c in mol/m³ (mM), ≥ 0
     * @param ionicStrength I in mol/m³ (mM), ≥ 0
     * @param ionSize å in m (for EDH; ignored by the other models)
     * @param temperature T in K
     * @return a in mol/m³ (mM)
     */
    public static double activity(ConstantSet k, ActivityModel model, int z, double concentration,
            double ionicStrength, double ionSize, double temperature) {
        Require.nonNegative(concentration, "core.what.conc");
        return Require.finiteResult(concentration * coefficient(k, model, z, ionicStrength, ionSize, temperature),
                "core.what.activity");
    }

    /**
     * One ion's activity in a solution of ionic strength I, with A and B for water at T; the EDH ion
     * size from {@link Kielland}.
     *
     * @param ion the ion and its concentration (mol/m³)
     * @param ionicStrength I in mol/m³ (mM), ≥ 0 (of the whole solution, the ion included)
     * @param temperature T in K
     * @throws DomainException for EDH and an ion Kielland's table does not have (give its size)
     */
    public static Result of(ConstantSet k, ActivityModel model, Electrolyte.Species ion, double ionicStrength,
            double temperature) {
        return of(model, parameters(k, temperature), ion, ionicStrength, tableSize(model, ion));
    }

    /**
     * One ion's activity with given constants and ion size.
     *
     * @param p A, B (see {@link #parameters})
     * @param ion the ion and its concentration (mol/m³)
     * @param ionicStrength I in mol/m³ (mM), ≥ 0
     * @param ionSize å in m, &gt; 0 for EDH (ignored otherwise)
     */
    public static Result of(ActivityModel model, Parameters p, Electrolyte.Species ion, double ionicStrength,
            double ionSize) {
        double lg = log10Gamma(model, p, ion.z(), ionicStrength, ionSize);
        double gamma = Require.finiteResult(Math.pow(10, lg), "core.what.activityCoefficientOf", ion.name());
        double a = Require.finiteResult(gamma * ion.concentration(), "core.what.activityOf", ion.name());
        return new Result(ion.name(), ion.z(), ion.concentration(), model, ionicStrength, p,
                model.needsIonSize() ? ionSize : 0, lg, gamma, a, ionicStrength <= model.applicableUpTo());
    }

    /**
     * Every ion's activity in a solution made of exactly these ions (I from them).
     *
     * @param ions the solution's ions, mol/m³
     * @param temperature T in K
     * @return one result per ion, in the order given
     */
    public static List<Result> ofEach(ConstantSet k, ActivityModel model, List<Electrolyte.Species> ions,
            double temperature) {
        Parameters p = parameters(k, temperature);
        double i = ionicStrength(ions);
        List<Result> out = new ArrayList<>(ions.size());
        for (Electrolyte.Species s : ions) {
            out.add(of(model, p, s, i, tableSize(model, s)));
        }
        return out;
    }

    /**
     * The mean activity coefficient of a salt of these two ions, γ± = (γ₊^ν₊·γ₋^ν₋)^(1/(ν₊+ν₋)), with
     * the stoichiometry of the neutral salt, ν₊ = |z₋|, ν₋ = z₊ (divided by their common factor:
     * MgCl₂ is 1:2, MgSO₄ 1:1).
     *
     * @param cation the cation's result (z &gt; 0)
     * @param anion the anion's result (z &lt; 0), computed at the same ionic strength
     * @return γ±, dimensionless
     */
    public static double meanCoefficient(Result cation, Result anion) {
        if (!(cation.z() > 0 && anion.z() < 0)) {
            throw new DomainException(Msg.text("core.activity.meanNeedsPair", cation.z(), anion.z()));
        }
        int g = gcd(cation.z(), -anion.z());
        int nuPlus = -anion.z() / g;
        int nuMinus = cation.z() / g;
        double lg = (nuPlus * cation.log10Gamma() + nuMinus * anion.log10Gamma()) / (nuPlus + nuMinus);
        return Math.pow(10, lg);
    }

    private static int gcd(int a, int b) {
        return b == 0 ? a : gcd(b, a % b);
    }

    private static double tableSize(ActivityModel model, Electrolyte.Species ion) {
        if (!model.needsIonSize()) {
            return 0;
        }
        OptionalDouble a = Kielland.size(ion.name(), ion.z());
        if (a.isPresent()) {
            return a.getAsDouble();
        }
        throw new DomainException(Msg.text("core.activity.noIonSize", ion.name(), Ion.signed(ion.z())));
    }
}
