package org.echem.calc;

import org.echem.io.Field;
import org.echem.io.InputException;
import org.echem.io.Row;
import org.echem.io.Schema;

import static org.echem.io.Numbers.human;

import java.util.List;
import java.util.Set;
import org.echem.core.ConstantSet;
import org.echem.core.DomainException;
import org.echem.core.Ion;
import org.echem.core.MembraneCharge;
import org.echem.io.Numbers;
import org.echem.io.Prefixes;
import org.echem.lang.Msg;
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
    @Override
    public Declaration declaration() {
        return new Declaration(
            Msg.helpLines("charge.help.description"),
            List.of(
                Input.DV.value(Msg.help("charge.help.dv")),
                Input.FROM.value(Msg.help("charge.help.from")),
                Input.TO.value(Msg.help("charge.help.to")),
                Input.RADIUS.value(Msg.help("charge.help.radius")),
                Input.AREA.value(Msg.help("charge.help.area")),
                Input.VOLUME.value(Msg.help("charge.help.volume")),
                Input.CM.value(Msg.help("charge.help.cm")),
                Input.ION.value(Msg.help("charge.help.ion")),
                Input.Z.value(Msg.help("charge.help.z")),
                Input.CONC.value(Msg.help("charge.help.conc"))),
            Msg.helpLines("charge.help.notes"),
            List.of(
                "  echem charge --dv 100mV --radius 10um --ion K --conc 140mM",
                "  echem charge --from -70mV --to 30mV --radius 25um --ion Na --conc 15mM",
                "  echem charge --dv 100mV --radius 10um --ion K --conc 140mM --explain",
                "  echem charge --dv 100mV --area 2000um2 --volume 3pL --ion K --conc 140",
                "  echem charge --dv 50mV --area 1cm2 --cm 0.9uF/cm2"));
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
            throw in.bad(Input.CM, Msg.text("charge.error.cm"));
        }
        double area;
        double volume = Double.NaN;
        double radius = Double.NaN;
        if (in.has(Input.RADIUS)) {
            for (String other : List.of(Input.AREA.key(), Input.VOLUME.key())) {
                if (in.has(other)) {
                    throw in.bad(other, Msg.text("charge.error.radius_or_area"));
                }
            }
            radius = in.value(Input.RADIUS, Kind.LENGTH);
            if (!(radius > 0)) {
                throw in.bad(Input.RADIUS, Msg.text("charge.error.radius"));
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
                throw in.bad(Input.AREA, Msg.text("charge.error.area"));
            }
            if (in.has(Input.VOLUME)) {
                volume = in.value(Input.VOLUME, Kind.VOLUME);
                if (!(volume > 0)) {
                    throw in.bad(Input.VOLUME, Msg.text("charge.error.volume"));
                }
            }
        } else {
            throw new InputException(Msg.text("charge.error.radius_missing", in.source().where(Input.RADIUS.key())));
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
        if (ex.on()) {
            double[] fromTo = in.has(Input.FROM) ? new double[] {in.voltage(Input.FROM), in.voltage(Input.TO)} : null;
            explain(ex, fromTo, k, dv, cm, area, volume, radius, z, conc, c, q, mol, ions, fraction, ion);
        }
        Row row = new Row(SCHEMA).si("capacitance_pF", c).si("charge_pC", q).set("mol", mol).set("ions", ions);
        if (fraction != null) {
            row.set("fraction", fraction);
        }
        String a = Prefixes.human(area * 1e12, "µm²");
        String moved = ion == null
                ? Double.isNaN(radius)
                        ? Msg.text("charge.note.area_monovalent", a, human(cm * 1e2), human(dv * 1e3), human(ions))
                        : Msg.text("charge.note.sphere_monovalent", human(radius * 1e6), a, human(cm * 1e2),
                                human(dv * 1e3), human(ions))
                : Double.isNaN(radius)
                        ? Msg.text("charge.note.area_ion", a, human(cm * 1e2), human(dv * 1e3), human(ions), ion.label())
                        : Msg.text("charge.note.sphere_ion", human(radius * 1e6), a, human(cm * 1e2), human(dv * 1e3),
                                human(ions), ion.label());
        row.note(moved);
        if (fraction != null) {
            // one whole sentence per case: what the fraction means, with "about 1 in N" when it is in (0, 1)
            String key = (ion == null ? "charge.note.fraction_monovalent." : "charge.note.fraction_ion.")
                    + (fraction < 1e-3 ? "small" : fraction <= 1 ? "sizeable" : "too_much")
                    + (fraction > 0 && fraction < 1 ? "_one_in" : "");
            boolean oneIn = fraction > 0 && fraction < 1;
            String ppm = human(fraction * 1e6);
            String f = human(fraction);
            String n = oneIn ? Numbers.significant(1 / fraction, 2) : null;
            row.note(ion == null
                    ? oneIn ? Msg.text(key, ppm, f, n) : Msg.text(key, ppm, f)
                    : oneIn ? Msg.text(key, ppm, ion.label(), f, n) : Msg.text(key, ppm, ion.label(), f));
        } else if (conc != null) {
            row.note(Msg.text("charge.note.no_fraction"));
        }
        out.add(row);
    }

    private static double deltaV(Inputs in) {
        if (in.has(Input.DV)) {
            for (String other : List.of(Input.FROM.key(), Input.TO.key())) {
                if (in.has(other)) {
                    throw in.bad(other, Msg.text("charge.error.dv_or_from"));
                }
            }
            return in.voltage(Input.DV);
        }
        if (in.has(Input.FROM) || in.has(Input.TO)) {
            if (!in.has(Input.TO)) {
                throw new InputException(Msg.text("charge.error.to_missing", in.source().where(Input.TO.key())));
            }
            if (!in.has(Input.FROM)) {
                throw new InputException(Msg.text("charge.error.from_missing", in.source().where(Input.FROM.key())));
            }
            return in.voltage(Input.TO) - in.voltage(Input.FROM);
        }
        throw new InputException(Msg.text("charge.error.dv_missing", in.source().where(Input.DV.key())));
    }

    private static void explain(Explain ex, double[] fromTo, ConstantSet k, double dv, double cm, double area, double volume,
            double radius, int z, Double conc, double c, double q, double mol, double ions, Double fraction,
            Ion ion) {
        ex.say("charge.step.intro");
        if (fromTo != null) {
            ex.say("charge.step.dv", human(fromTo[1] * 1e3), human(fromTo[0] * 1e3), human(dv * 1e3));
        }
        if (!Double.isNaN(radius)) {
            ex.say("charge.step.sphere", human(radius * 1e6), Prefixes.human(area * 1e12, "µm²"),
                    Prefixes.human(volume * 1e15, "pL"), human(volume * 1e18));
        } else if (Double.isNaN(volume)) {
            ex.say("charge.step.area", Prefixes.human(area * 1e12, "µm²"));
        } else {
            ex.say("charge.step.area_volume", Prefixes.human(area * 1e12, "µm²"), Prefixes.human(volume * 1e15, "pL"));
        }
        ex.say("charge.step.c", human(cm * 1e2), human(area * 1e4), Prefixes.human(c * 1e12, "pF"));
        ex.say("charge.step.q", Prefixes.human(c * 1e12, "pF"), human(dv * 1e3), Prefixes.human(q * 1e12, "pC"));
        String absZ = String.valueOf(Math.abs(z));
        if (ion == null) {
            ex.say("charge.step.ions_monovalent", human(Math.abs(q)), absZ, human(k.elementaryCharge()), human(ions));
        } else {
            ex.say("charge.step.ions_of", human(Math.abs(q)), absZ, human(k.elementaryCharge()), human(ions),
                    ion.label());
        }
        ex.say("charge.step.moles", human(Math.abs(q)), absZ, human(k.faraday()), human(mol));
        if (fraction != null) {
            ex.say("charge.step.cell_ions", human(conc), human(volume * 1e3), human(conc * volume));
            ex.say("charge.step.fraction", human(mol), human(conc * volume), human(fraction), human(fraction * 1e6));
        }
    }
}
