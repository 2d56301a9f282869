package org.echem.calc;

import org.echem.io.Field;
import org.echem.io.InputException;
import org.echem.io.Row;
import org.echem.io.Schema;

import static org.echem.io.Numbers.human;

import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.echem.core.ConstantSet;
import org.echem.core.DomainException;
import org.echem.core.Ion;
import org.echem.core.MembraneCharge;
import org.echem.io.Numbers;
import org.echem.io.Prefixes;
import org.echem.units.Kind;
import org.echem.units.Units;

/**
 * {@code charge}: the charge that changes V_m by ΔV across a membrane of given area (or a sphere),
 * the ions that carry it, and the fraction of the cell's ions of that species they are.
 *
 * <p>{@code charge_pC} carries the sign of ΔV; {@code mol}, {@code ions} and {@code fraction} are
 * amounts (≥ 0). Without {@code --ion}/{@code --z} the carrier is taken as monovalent. Without
 * {@code --conc}, or without a volume (an {@code --area} without {@code --volume}), fraction is empty.
 */
public final class ChargeCalc implements Calculation {
    static final Declaration DECLARATION = new Declaration(
        List.of(
            "Charge needed to change V_m by ΔV across a membrane, Q = C_m·A·ΔV; the",
            "number of ions |Q|/(|z|·e) and moles that carry it; and the fraction of the",
            "cell's ions of that species, moles / (c_in·volume). A sphere of --radius has",
            "A = 4πr² and volume 4/3·πr³."),
        List.of(
            Input.DV.value("Change of V_m {units}. Or --from and --to."),
            Input.FROM.value("Initial V_m {bare}."),
            Input.TO.value("Final V_m {bare}."),
            Input.RADIUS.value("Radius of a spherical cell {units}."),
            Input.AREA.value("Membrane area instead of a radius {units}."),
            Input.VOLUME.value("Cell volume, with --area, for the fraction {units}."),
            Input.CM.value("Specific membrane capacitance {units}. Default: 1 uF/cm2."),
            Input.ION.value("The ion that carries the charge (K, Na, Ca2+, Cl-, X+). Default: monovalent."),
            Input.Z.value("Valence with sign, for an ion not in the table."),
            Input.CONC.value("The cell's inside concentration of that ion {bare}, for the fraction.")),
        List.of(
            "%ncharge_pC has the sign of ΔV; mol, ions and fraction are amounts (≥ 0).",
            "Without --ion/--z the ions are taken as monovalent; without --conc or a",
            "volume there is no fraction."),
        List.of(
            "  echem charge --dv 100mV --radius 10um --ion K --conc 140mM",
            "  echem charge --from -70mV --to 30mV --radius 25um --ion Na --conc 15mM",
            "  echem charge --dv 100mV --radius 10um --ion K --conc 140mM --explain",
            "  echem charge --dv 100mV --area 2000um2 --volume 3pL --ion K --conc 140",
            "  echem charge --dv 50mV --area 1cm2 --cm 0.9uF/cm2"));

    @Override
    public Declaration declaration() {
        return DECLARATION;
    }

    /** The specific capacitance when {@code --cm} is absent: about 1 µF/cm² for biological membranes. */
    static final String DEFAULT_CM = "1uF/cm2";
    private static final double DEFAULT_CM_SI = Units.parse(DEFAULT_CM, Kind.CAPACITANCE).si();

    static final Schema SCHEMA = Schema.of(
            Field.scaled("capacitance_pF", "capacitance C_m·A", "pF", 1e12),
            Field.scaled("charge_pC", "charge Q = C·ΔV", "pC", 1e12),
            Field.plain("mol", "moles moved"),
            Field.plain("ions", "ions moved"),
            Field.plain("fraction", "fraction of the cell's ions"));

    @Override
    public Schema schema(Set<String> present) {
        return SCHEMA;
    }

    @Override
    public void compute(Inputs in, List<Row> out, Explain ex) {
        ConstantSet k = in.constants();
        double dv = deltaV(in);
        double cm = in.has(Input.CM) ? in.value(Input.CM, Kind.CAPACITANCE) : DEFAULT_CM_SI;
        if (!(cm > 0)) {
            throw in.bad(Input.CM, "the specific capacitance must be > 0 (biological membranes: about 1 uF/cm2)");
        }
        double area;
        double volume = Double.NaN;
        double radius = Double.NaN;
        if (in.has(Input.RADIUS)) {
            for (String other : List.of(Input.AREA.key(), Input.VOLUME.key())) {
                if (in.has(other)) {
                    throw in.bad(other, "give either --radius (a sphere) or --area with an optional --volume, not both");
                }
            }
            radius = in.value(Input.RADIUS, Kind.LENGTH);
            if (!(radius > 0)) {
                throw in.bad(Input.RADIUS, "the radius must be > 0");
            }
            try {
                area = MembraneCharge.sphereArea(radius);
                volume = MembraneCharge.sphereVolume(radius);
            } catch (DomainException d) {
                throw in.domain(Input.RADIUS, d);
            }
        } else if (in.has(Input.AREA)) {
            area = in.value(Input.AREA, Kind.AREA);
            if (!(area > 0)) {
                throw in.bad(Input.AREA, "the membrane area must be > 0");
            }
            if (in.has(Input.VOLUME)) {
                volume = in.value(Input.VOLUME, Kind.VOLUME);
                if (!(volume > 0)) {
                    throw in.bad(Input.VOLUME, "the cell volume must be > 0");
                }
            }
        } else {
            throw new InputException(in.source().where(Input.RADIUS.key())
                    + " is missing: give the cell's --radius (a sphere, e.g. 10um) or its membrane --area (e.g. 1000um2)");
        }
        Ion ion = in.ionOrNull();
        int z = ion == null ? 1 : ion.z();
        Double conc = null;
        if (in.has(Input.CONC)) {
            conc = in.concentration(Input.CONC);
        }
        double c;
        double q;
        double mol;
        double ions;
        Double fraction = null;
        try {
            c = MembraneCharge.capacitance(cm, area);
            q = MembraneCharge.charge(c, dv);
            mol = MembraneCharge.moles(k, q, z);
            ions = MembraneCharge.ions(k, q, z);
            if (conc != null && volume > 0) {
                fraction = MembraneCharge.fraction(mol, conc, volume);
            }
        } catch (DomainException d) {
            throw in.domain(Double.isFinite(dv) ? in.has(Input.RADIUS) ? Input.RADIUS.key() : Input.AREA.key() : in.has(Input.DV) ? Input.DV.key() : Input.TO.key(), d);
        }
        String carrier = ion == null ? "monovalent ions" : ion.label() + " ions";
        if (ex.on()) {
            double[] fromTo = in.has(Input.FROM) ? new double[] {in.voltage(Input.FROM), in.voltage(Input.TO)} : null;
            explain(ex, fromTo, k, dv, cm, area, volume, radius, z, conc, c, q, mol, ions, fraction, carrier);
        }
        Row row = new Row(SCHEMA).si("capacitance_pF", c).si("charge_pC", q).set("mol", mol).set("ions", ions);
        if (fraction != null) {
            row.set("fraction", fraction);
        }
        row.note(String.format(Locale.ROOT, "%s; at %s µF/cm², ΔV = %s mV moves %s %s%s.",
                Double.isNaN(radius) ? "A membrane of " + Prefixes.human(area * 1e12, "µm²")
                        : "A sphere of radius " + human(radius * 1e6) + " µm has " + Prefixes.human(area * 1e12, "µm²")
                                + " of membrane",
                human(cm * 1e2), human(dv * 1e3), human(ions), carrier,
                ion == null ? " (no --ion or --z: monovalent assumed)" : ""));
        if (fraction != null) {
            String oneIn = fraction > 0 && fraction < 1 ? String.format(Locale.ROOT, ", about 1 in %s",
                    Numbers.significant(1 / fraction, 2)) : "";
            String meaning = fraction < 1e-3 ? "charging the membrane hardly changes the concentration"
                    : fraction <= 1 ? "a sizeable part: the concentration would change noticeably"
                    : "more than the cell holds: this ΔV cannot be carried by this ion alone";
            row.note(String.format(Locale.ROOT, "That is %s ppm of the %s in the cell (fraction %s%s): %s.",
                    human(fraction * 1e6), ion == null ? "monovalent ions" : ion.label(), human(fraction), oneIn,
                    meaning));
        } else if (conc != null) {
            row.note("No fraction: --area without --volume gives no cell volume.");
        }
        out.add(row);
    }

    private static double deltaV(Inputs in) {
        if (in.has(Input.DV)) {
            for (String other : List.of(Input.FROM.key(), Input.TO.key())) {
                if (in.has(other)) {
                    throw in.bad(other, "give either --dv or --from with --to, not both");
                }
            }
            return in.voltage(Input.DV);
        }
        if (in.has(Input.FROM) || in.has(Input.TO)) {
            if (!in.has(Input.TO)) {
                throw new InputException(in.source().where(Input.TO.key()) + " is missing: --from needs --to (the final V_m)");
            }
            if (!in.has(Input.FROM)) {
                throw new InputException(in.source().where(Input.FROM.key()) + " is missing: --to needs --from (the initial V_m)");
            }
            return in.voltage(Input.TO) - in.voltage(Input.FROM);
        }
        throw new InputException(in.source().where(Input.DV.key())
                + " is missing: give the change of V_m, --dv 100mV, or --from -70mV --to 30mV");
    }

    private static void explain(Explain ex, double[] fromTo, ConstantSet k, double dv, double cm, double area, double volume,
            double radius, int z, Double conc, double c, double q, double mol, double ions, Double fraction,
            String carrier) {
        ex.step("Charge on the membrane capacitor: Q = C_m·A·ΔV; ions = |Q|/(|z|·e); moles = |Q|/(|z|·F)");
        if (fromTo != null) {
            ex.step("  ΔV = V_to − V_from = %s − (%s) = %s mV", human(fromTo[1] * 1e3), human(fromTo[0] * 1e3),
                    human(dv * 1e3));
        }
        if (!Double.isNaN(radius)) {
            ex.step("  sphere, r = %s µm: A = 4πr² = %s, volume = 4/3·πr³ = %s (= %s µm³)",
                    human(radius * 1e6), Prefixes.human(area * 1e12, "µm²"), Prefixes.human(volume * 1e15, "pL"),
                    human(volume * 1e18));
        } else {
            ex.step("  A = %s%s", Prefixes.human(area * 1e12, "µm²"), Double.isNaN(volume) ? ""
                    : String.format(Locale.ROOT, ", volume = %s", Prefixes.human(volume * 1e15, "pL")));
        }
        ex.step("  C = C_m·A = %s µF/cm² × %s cm² = %s", human(cm * 1e2), human(area * 1e4), Prefixes.human(c * 1e12, "pF"));
        ex.step("  Q = C·ΔV = %s × %s mV = %s", Prefixes.human(c * 1e12, "pF"), human(dv * 1e3),
                Prefixes.human(q * 1e12, "pC"));
        ex.step("  ions = |Q|/(|z|·e) = %s C / (%d × %s C) = %s %s", human(Math.abs(q)), Math.abs(z),
                human(k.elementaryCharge()), human(ions), carrier);
        ex.step("  moles = |Q|/(|z|·F) = %s C / (%d × %s C/mol) = %s mol", human(Math.abs(q)), Math.abs(z),
                human(k.faraday()), human(mol));
        if (fraction != null) {
            ex.step("  ions in the cell = c_in·volume = %s mM × %s L = %s mol", human(conc), human(volume * 1e3),
                    human(conc * volume));
            ex.step("  fraction = %s mol / %s mol = %s = %s ppm", human(mol), human(conc * volume), human(fraction),
                    human(fraction * 1e6));
        }
    }
}
