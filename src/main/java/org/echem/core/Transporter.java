package org.echem.core;

import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * A coupled transporter: the ions one cycle moves and the ATP it hydrolyses, in the direction
 * called forward. For the named transporters forward is the direction each runs in a resting
 * mammalian cell (SPEC §9, fixed points); the plant H⁺/K⁺ symporter runs forward in a root cell.
 *
 * @param name the name users select it by ({@code ncx}), or a label for a custom stoichiometry
 * @param description what it is, in a few words
 * @param stoichiometry each ion once, with the moles moved inward per cycle (negative: outward)
 * @param atpPerCycle moles of ATP hydrolysed per forward cycle (0: not ATP-driven; negative: ATP made)
 * @param source where the stoichiometry comes from
 */
public record Transporter(String name, String description, List<Stoich> stoichiometry, int atpPerCycle,
        String source) {

    /**
     * One ion of a stoichiometry.
     *
     * @param ion the ion, with its valence
     * @param n moles moved inward per forward cycle, ≠ 0 (negative: outward)
     */
    public record Stoich(Ion ion, int n) {
        public Stoich {
            if (ion == null) {
                throw new DomainException(Msg.text("core.transporter.noIon"));
            }
            if (n == 0) {
                throw new DomainException(Msg.text("core.transporter.zero", ion.name()));
            }
        }
    }

    /** Na⁺/Ca²⁺ exchanger: 3 Na⁺ in, 1 Ca²⁺ out; electrogenic (one net charge in). */
    public static final Transporter NCX = new Transporter("ncx", "Na+/Ca2+ exchanger (NCX1, SLC8A1)",
            List.of(st("Na", 3), st("Ca", -1)), 0,
            "3 Na+ : 1 Ca2+, Reeves & Hale, J. Biol. Chem. 259:7733 (1984); Blaustein & Lederer,"
                    + " Physiol. Rev. 79:763 (1999)");

    /** Na⁺/K⁺-ATPase: 3 Na⁺ out, 2 K⁺ in per ATP; electrogenic (one net charge out). */
    public static final Transporter NKA = new Transporter("nka", "Na+/K+-ATPase (sodium pump)",
            List.of(st("Na", -3), st("K", 2)), 1,
            "3 Na+ : 2 K+ : 1 ATP, Post & Jolly, Biochim. Biophys. Acta 25:118 (1957); Glitsch,"
                    + " Physiol. Rev. 81:1791 (2001)");

    /** Plasma-membrane Ca²⁺-ATPase: 1 Ca²⁺ out, 2 H⁺ in per ATP; electroneutral. */
    public static final Transporter PMCA = new Transporter("pmca", "plasma-membrane Ca2+-ATPase",
            List.of(st("Ca", -1), st("H", 2)), 1,
            "1 Ca2+ : 2 H+ : 1 ATP, electroneutral: Niggli, Sigel & Carafoli, J. Biol. Chem."
                    + " 257:2350 (1982); Thomas, J. Physiol. 587:315 (2009); 1 Ca2+ : 1 H+ has also"
                    + " been reported (Salvador et al., J. Biol. Chem. 273:18230 (1998)): use --stoich for it");

    /** K⁺–Cl⁻ cotransporter 2: 1 K⁺ and 1 Cl⁻ out; electroneutral. */
    public static final Transporter KCC2 = new Transporter("kcc2", "neuronal K+-Cl- cotransporter (SLC12A5)",
            List.of(st("K", -1), st("Cl", -1)), 0,
            "1 K+ : 1 Cl-, Payne, Am. J. Physiol. 273:C1516 (1997); Payne, Rivera, Voipio & Kaila,"
                    + " Trends Neurosci. 26:199 (2003)");

    /** Na⁺–K⁺–2Cl⁻ cotransporter 1: 1 Na⁺, 1 K⁺, 2 Cl⁻ in; electroneutral. */
    public static final Transporter NKCC1 = new Transporter("nkcc1", "Na+-K+-2Cl- cotransporter (SLC12A2)",
            List.of(st("Na", 1), st("K", 1), st("Cl", 2)), 0,
            "1 Na+ : 1 K+ : 2 Cl-, Russell, Physiol. Rev. 80:211 (2000)");

    /** Na⁺/H⁺ exchanger: 1 Na⁺ in, 1 H⁺ out; electroneutral. */
    public static final Transporter NHE = new Transporter("nhe", "Na+/H+ exchanger (NHE1, SLC9A1)",
            List.of(st("Na", 1), st("H", -1)), 0,
            "1 Na+ : 1 H+, Aronson, Annu. Rev. Physiol. 47:545 (1985); Orlowski & Grinstein,"
                    + " Pflugers Arch. 447:549 (2004)");

    /** Cl⁻/HCO₃⁻ anion exchanger: 1 Cl⁻ in, 1 HCO₃⁻ out; electroneutral. */
    public static final Transporter AE = new Transporter("ae", "Cl-/HCO3- anion exchanger (AE1-3, SLC4A1-3)",
            List.of(st("Cl", 1), st("HCO3", -1)), 0,
            "1 Cl- : 1 HCO3-, Alper, J. Exp. Biol. 212:1672 (2009); Romero, Chen, Parker & Boron,"
                    + " Mol. Aspects Med. 34:159 (2013)");

    /** Plant high-affinity H⁺/K⁺ symporter: 1 H⁺ and 1 K⁺ in; electrogenic (two charges in). */
    public static final Transporter H_K_SYMPORT = new Transporter("h-k-symport",
            "plant high-affinity H+/K+ symporter (HAK/KUP family)",
            List.of(st("H", 1), st("K", 1)), 0,
            "1 H+ : 1 K+, Maathuis & Sanders, Proc. Natl. Acad. Sci. USA 91:9272 (1994); Rodriguez-Navarro,"
                    + " Biochim. Biophys. Acta 1469:1 (2000)");

    private static final List<Transporter> NAMED = List.of(NCX, NKA, PMCA, KCC2, NKCC1, NHE, AE, H_K_SYMPORT);

    public Transporter {
        if (name == null || name.isBlank()) {
            throw new DomainException(Msg.text("core.transporter.noName"));
        }
        if (stoichiometry == null || stoichiometry.isEmpty()) {
            throw new DomainException(Msg.text("core.transporter.empty", name));
        }
        stoichiometry = List.copyOf(stoichiometry);
        Set<String> seen = new HashSet<>();
        for (Stoich s : stoichiometry) {
            if (!seen.add(s.ion().name())) {
                throw new DomainException(Msg.text("core.transporter.twice", name, s.ion().name()));
            }
        }
        description = description == null ? "" : description;
        source = source == null ? "" : source;
    }

    /**
     * A transporter of the user's own stoichiometry.
     *
     * @param stoichiometry moles moved inward per cycle, each ion once
     * @param atpPerCycle moles of ATP hydrolysed per cycle (0 when not ATP-driven)
     */
    public static Transporter custom(List<Stoich> stoichiometry, int atpPerCycle) {
        return new Transporter("custom", "user-defined stoichiometry", stoichiometry, atpPerCycle, "given by the user");
    }

    /** @return the named transporters, in a stable order */
    public static List<Transporter> named() {
        return NAMED;
    }

    /** @return the named transporter {@code name} (case-insensitive), or {@code null} when there is none */
    public static Transporter named(String name) {
        String key = name == null ? "" : name.strip().toLowerCase(Locale.ROOT);
        for (Transporter t : NAMED) {
            if (t.name.equals(key)) {
                return t;
            }
        }
        return null;
    }

    /** @return the net charge moved inward per cycle, Σ nᵢzᵢ (0: electroneutral) */
    public int netCharge() {
        int q = 0;
        for (Stoich s : stoichiometry) {
            q += s.n() * s.ion().z();
        }
        return q;
    }

    /** @return true when a cycle moves no net charge, so V_m does not enter ΔG */
    public boolean electroneutral() {
        return netCharge() == 0;
    }

    /** @return the stoichiometry entry of the ion named {@code ion}, or {@code null} */
    public Stoich stoich(String ion) {
        for (Stoich s : stoichiometry) {
            if (s.ion().name().equals(ion)) {
                return s;
            }
        }
        return null;
    }

    /** @return the stoichiometry as written on the command line, e.g. {@code Na=3,Ca=-1} */
    public String stoichLabel() {
        StringBuilder b = new StringBuilder();
        for (Stoich s : stoichiometry) {
            if (b.length() > 0) {
                b.append(',');
            }
            b.append(s.ion().name()).append('=').append(s.n());
        }
        return b.toString();
    }

    /** @return the same transporter run backwards: every n and the ATP count negated */
    public Transporter reversed() {
        List<Stoich> r = stoichiometry.stream().map(s -> new Stoich(s.ion(), -s.n())).toList();
        return new Transporter(name + " reversed", description, r, -atpPerCycle, source);
    }

    private static Stoich st(String ion, int n) {
        return new Stoich(Ion.parse(ion, null), n);
    }
}
