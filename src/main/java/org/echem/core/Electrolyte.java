package org.echem.core;

import java.util.List;
import java.util.Locale;

/**
 * A bulk electrolyte: the ions that screen a charged surface, each with its valence and
 * concentration.
 *
 * @param species the ions, in the order given; at least one with a concentration &gt; 0
 */
public record Electrolyte(List<Electrolyte.Species> species) {

    /**
     * The largest |Σ zᵢcᵢ| accepted as electroneutral, as a fraction of the total charge of either
     * sign, ½Σ|zᵢ|cᵢ: room for rounding in decimal inputs, not for a missing ion.
     */
    public static final double NEUTRALITY_TOLERANCE = 1e-6;

    /**
     * One ion of the electrolyte.
     *
     * @param name the ion's name, for messages
     * @param z valence with its sign, ≠ 0
     * @param concentration bulk concentration, mol/m³ (mM), ≥ 0
     */
    public record Species(String name, int z, double concentration) {
        public Species {
            Require.nonZero(z, "core.what.valenceOf", name);
            Require.nonNegative(concentration, "core.what.concOf", name);
        }
    }

    public Electrolyte {
        species = List.copyOf(species);
        double total = 0;
        for (Species s : species) {
            total += s.concentration();
        }
        if (!(total > 0)) {
            throw new DomainException(Msg.text("core.electrolyte.noIons"));
        }
    }

    /**
     * A symmetric z:z salt at concentration c: cations of valence +z and anions of valence −z, both
     * at c (NaCl: z = 1; MgSO4: z = 2).
     *
     * @param z the valence magnitude, ≥ 1
     * @param c the salt concentration, mol/m³ (mM), &gt; 0
     */
    public static Electrolyte symmetric(int z, double c) {
        if (z < 1) {
            throw new DomainException(Msg.text("core.electrolyte.symmetricValence", z));
        }
        Require.positive(c, "core.what.saltConc");
        return new Electrolyte(List.of(new Species("cation", z, c), new Species("anion", -z, c)));
    }

    /** @return the ionic strength I = ½·Σ cᵢzᵢ², mol/m³ (mM) */
    public double ionicStrength() {
        double sum = 0;
        for (Species s : species) {
            sum += s.concentration() * s.z() * (double) s.z();
        }
        return sum / 2;
    }

    /** @return the net charge concentration Σ zᵢcᵢ, mol/m³ of elementary charges; 0 when electroneutral */
    public double netCharge() {
        double sum = 0;
        for (Species s : species) {
            sum += s.z() * s.concentration();
        }
        return sum;
    }

    /** @return the positive charge Σ_{z&gt;0} zᵢcᵢ, mol/m³ */
    public double positiveCharge() {
        double sum = 0;
        for (Species s : species) {
            if (s.z() > 0) {
                sum += s.z() * s.concentration();
            }
        }
        return sum;
    }

    /** @return the negative charge as a positive number, Σ_{z&lt;0} |zᵢ|cᵢ, mol/m³ */
    public double negativeCharge() {
        double sum = 0;
        for (Species s : species) {
            if (s.z() < 0) {
                sum -= s.z() * s.concentration();
            }
        }
        return sum;
    }

    /**
     * @return the common |z| when every ion present has the same valence magnitude (a z:z
     *     electrolyte, for which Grahame's equation has a closed form), else 0
     */
    public int symmetricValence() {
        int z = 0;
        for (Species s : species) {
            if (s.concentration() > 0) {
                int m = Math.abs(s.z());
                if (z == 0) {
                    z = m;
                } else if (z != m) {
                    return 0;
                }
            }
        }
        return z;
    }

    /**
     * Checks that the electrolyte is electroneutral within {@link #NEUTRALITY_TOLERANCE}.
     *
     * @return this electrolyte
     * @throws DomainException saying which charge is in excess and by how much
     */
    public Electrolyte requireElectroneutral() {
        double pos = positiveCharge();
        double neg = negativeCharge();
        double scale = (pos + neg) / 2;
        double net = pos - neg;
        if (Math.abs(net) <= NEUTRALITY_TOLERANCE * scale) {
            return this;
        }
        throw new DomainException(Msg.text(net > 0 ? "core.electrolyte.excessPositive" : "core.electrolyte.excessNegative",
                Msg.num(Math.abs(net)), (net > 0 ? "+" : "") + Msg.num(net), Msg.num(pos), Msg.num(neg),
                String.format(Locale.ROOT, "%.3g", 100 * Math.abs(net) / scale)));
    }
}
