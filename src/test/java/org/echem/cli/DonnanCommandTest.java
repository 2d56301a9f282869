package org.echem.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** {@code echem donnan}, black-box through {@link EchemCli#run}. */
class DonnanCommandTest {
    private static final double RT_F_37 = 8.31446261815324 * 310.15 / 96485.33212331001; // V

    /** The JSON lines of stdout, each as the value of {@code field}. */
    private static List<Double> column(CliResult r, String field) {
        List<Double> v = new ArrayList<>();
        for (String line : r.out().strip().split("\n")) {
            v.add(Double.parseDouble(JsonLine.field(line, field)));
        }
        return v;
    }

    private static double field(CliResult r, int row, String field) {
        return Double.parseDouble(JsonLine.field(r.out().strip().split("\n")[row], field));
    }

    /**
     * The textbook closed case (e.g. Hille, Ion Channels of Excitable Membranes, ch. 14; Sperelakis,
     * Cell Physiology Source Book): 100 mM NaPr | 100 mM NaCl, equal volumes. Na moves in with Cl
     * until [Na]in·[Cl]in = [Na]out·[Cl]out: 133.3/33.3 | 66.7/66.7 mM, r = 2, V = −(RT/F)·ln 2.
     */
    @Test
    void textbookClosedCase() {
        CliResult r = CliResult.run("donnan", "--in", "Na=100", "--out", "Na=100,Cl=100", "--impermeant", "Pr-=100",
                "--format", "json");
        r.should().succeeded().finiteOutput();
        assertThat(r.out().strip().split("\n")).hasSize(2);
        assertThat(field(r, 0, "c_in_mM")).isCloseTo(400.0 / 3, within(1e-9));
        assertThat(field(r, 0, "c_out_mM")).isCloseTo(200.0 / 3, within(1e-9));
        assertThat(field(r, 1, "c_in_mM")).isCloseTo(100.0 / 3, within(1e-9));
        assertThat(field(r, 1, "c_out_mM")).isCloseTo(200.0 / 3, within(1e-9));
        assertThat(field(r, 0, "r")).isCloseTo(2, within(1e-12));
        assertThat(field(r, 0, "V_donnan_mV")).isCloseTo(-18.5, within(0.05));
        assertThat(field(r, 0, "V_donnan_mV")).isCloseTo(-RT_F_37 * Math.log(2) * 1e3, within(1e-9));
        // osmolarity: 133.3 + 33.3 + 100 (Pr) | 133.3; Δπ = 133.3 mM · RT
        assertThat(field(r, 0, "osm_in_mOsm")).isCloseTo(800.0 / 3, within(1e-9));
        assertThat(field(r, 0, "osm_out_mOsm")).isCloseTo(400.0 / 3, within(1e-9));
        assertThat(field(r, 0, "delta_pi_kPa")).isCloseTo(400.0 / 3 * 8.31446261815324 * 310.15 / 1e3, within(1e-9));
        // the potential and osmotic fields repeat on every row
        assertThat(column(r, "V_donnan_mV")).containsOnly(field(r, 0, "V_donnan_mV"));
    }

    @Test
    void chargeInTheNameOrInZAreTheSame() {
        CliResult a = CliResult.run("donnan", "--in", "Na=100", "--out", "Na=100,Cl=100", "--impermeant", "Pr-=100",
                "--format", "csv");
        CliResult b = CliResult.run("donnan", "--in", "Na=100", "--out", "Na=100,Cl=100", "--impermeant", "Pr=100",
                "--z", "Pr=-1", "--format", "csv");
        CliResult c = CliResult.run("donnan", "--in", "Na=100", "--out", "Na=100,Cl=100", "--impermeant", "Pr=100",
                "--z", "-1", "--format", "csv");
        a.should().succeeded();
        assertThat(b.out()).isEqualTo(a.out());
        assertThat(c.out()).isEqualTo(a.out());
    }

    /** Open case: 150 mM NaCl bath, 50 mM fixed negative charge: r = (25 + √(25² + 150²))/150 = 1.18046. */
    @Test
    void openCase() {
        CliResult r = CliResult.run("donnan", "--bath", "Na=150,Cl=150", "--fixed-charge", "-50mM", "--format", "json");
        r.should().succeeded().finiteOutput();
        double expected = (25 + Math.sqrt(25 * 25 + 150 * 150)) / 150;
        assertThat(field(r, 0, "r")).isCloseTo(expected, within(1e-12)).isCloseTo(1.18, within(0.005));
        assertThat(field(r, 0, "c_out_mM")).isEqualTo(150);
        assertThat(field(r, 0, "c_in_mM")).isCloseTo(150 * expected, within(1e-9));
        assertThat(field(r, 1, "c_in_mM")).isCloseTo(150 / expected, within(1e-9));
        assertThat(field(r, 0, "V_donnan_mV")).isCloseTo(-RT_F_37 * Math.log(expected) * 1e3, within(1e-9));
        // the fixed charge is no osmotic particle: osm_in = [Na]in + [Cl]in
        assertThat(field(r, 0, "osm_in_mOsm")).isCloseTo(150 * (expected + 1 / expected), within(1e-9));
        assertThat(field(r, 0, "delta_pi_kPa")).isPositive();
    }

    /** Properties: electroneutral sides, each ion at its Nernst potential = V_donnan, any valences and volumes. */
    @ParameterizedTest
    @CsvSource({
        "'--in,K=120,Na=10,Ca=1,Cl=60', '--out,K=5,Na=140,Ca=2,Cl=149', '--impermeant,A=36,--z,A=-2', '--volumes,1:3'",
        "'--in,Na=50,Cl=10', '--out,Na=100,Cl=100', '--impermeant,P=8,--z,P=-5', '--volumes,2pL:1pL'",
    })
    void closedEquilibriumProperties(String inside, String outside, String imp, String volumes) {
        List<String> args = new ArrayList<>(List.of("donnan"));
        for (String part : List.of(inside, outside, imp, volumes)) {
            args.addAll(List.of(part.split(",", 2)[0]));
            String rest = part.split(",", 2)[1];
            if (rest.contains(",--z,")) {
                String[] p = rest.split(",--z,");
                args.addAll(List.of(p[0], "--z", p[1]));
            } else {
                args.add(rest);
            }
        }
        args.addAll(List.of("--format", "json"));
        CliResult r = CliResult.run(args.toArray(new String[0]));
        r.should().succeeded().finiteOutput();
        String[] lines = r.out().strip().split("\n");
        double v = field(r, 0, "V_donnan_mV") / 1e3;
        double netOut = 0;
        for (int i = 0; i < lines.length; i++) {
            int z = Integer.parseInt(JsonLine.field(lines[i], "z"));
            double cin = field(r, i, "c_in_mM");
            double cout = field(r, i, "c_out_mM");
            netOut += z * cout;
            assertThat(RT_F_37 / z * Math.log(cout / cin)).as("E of row %d", i).isCloseTo(v, within(1e-9));
        }
        assertThat(netOut).isCloseTo(0, within(1e-9));
    }

    @Test
    void noFixedChargeNoPotential() {
        CliResult r = CliResult.run("donnan", "--bath", "Na=150,Cl=150", "--fixed-charge", "0", "--format", "json");
        r.should().succeeded();
        assertThat(column(r, "V_donnan_mV")).containsOnly(0.0);
        assertThat(column(r, "r")).containsOnly(1.0);
        assertThat(column(r, "delta_pi_kPa")).containsOnly(0.0);
        // an uncharged impermeant (an osmolyte): no potential, only the osmotic difference
        CliResult s = CliResult.run("donnan", "--in", "Na=100,Cl=100", "--out", "Na=100,Cl=100", "--impermeant",
                "Suc=50", "--z", "Suc=0", "--format", "json");
        s.should().succeeded();
        assertThat(column(s, "V_donnan_mV")).containsOnly(0.0);
        assertThat(field(s, 0, "osm_in_mOsm") - field(s, 0, "osm_out_mOsm")).isCloseTo(50, within(1e-9));
    }

    @Test
    void textReadsWellAndExplainRendersTheEquilibrium() {
        CliResult r = CliResult.run("donnan", "--in", "Na=100", "--out", "Na=100,Cl=100", "--impermeant", "Pr-=100",
                "--explain");
        r.should().succeeded().finiteOutput();
        r.should().outContains("c_in = c_out · r^z", "Brent", "r = 2", "-18.526 mV", "Na+    in 133.33 mM",
                "osm_in", "Δπ", "343.83 kPa", "would swell", "pumps", "37 °C");
    }

    @Test
    void batchAndCheckComeThroughTheRegistry() {
        String csv = "in.Na,out.Na,out.Cl,impermeant.Pr-,volumes\n100,100,100,100,1:1\n100,100,100,100,1:3\n";
        CliResult r = CliResult.runWithStdin(csv, "donnan", "--csv", "-");
        r.should().succeeded();
        assertThat(r.out().strip().split("\n")).hasSize(5);
        assertThat(r.out()).contains("100,100,100,100,1:1,Na,1,133.333333333333,");
        String key = "id,command,in.Na,out.Na,out.Cl,impermeant.Pr-,select,quantity,answer,tolerance\n"
                + "1,donnan,100,100,100,100,Na,V_donnan_mV,-18.5mV,0.1mV\n"
                + "2,donnan,100,100,100,100,Cl,c_in_mM,33.3,1%\n";
        CliResult c = CliResult.runWithStdin(key, "check", "-");
        c.should().succeeded();
        assertThat(c.out()).contains("2 of 2 correct");
    }

    /**
     * {@code --activity} (SPEC §9): the textbook closed case at 25 °C with Davies activities, as
     * derived independently in docs/derivations/donnan_activity.py ([Na]in = 134.89113726733948 mM,
     * V = −17.371205088012786 mV, against −17.808738779 mV in concentrations); 1e-9 relative. Text
     * output says by how much the activities moved V_donnan and at which ionic strengths.
     */
    @Test
    void activitiesMoveThePotentialAndTheTextSaysHowMuch() {
        String[] args = {"donnan", "--in", "Na=100", "--out", "Na=100,Cl=100", "--impermeant", "Pr-=100", "--temp", "25",
            "--activity", "davies"};
        CliResult json = CliResult.run(concat(args, "--format", "json"));
        json.should().succeeded().finiteOutput();
        assertThat(field(json, 0, "c_in_mM")).isCloseTo(134.89113726733948, within(1e-9 * 135));
        assertThat(field(json, 1, "c_in_mM")).isCloseTo(34.891137267339483, within(1e-9 * 135));
        assertThat(field(json, 0, "V_donnan_mV")).isCloseTo(-17.371205088012786, within(1e-9 * 17.4));
        CliResult text = CliResult.run(args);
        text.should().succeeded();
        assertThat(text.out().replaceAll("\\s+", " ")) // the note, its lines joined
                .contains("With activities (davies; I_in = 134.89 mM, I_out = 65.109 mM",
                        "V_donnan = -17.371 mV, +0.43753 mV from the value in concentrations (-17.809 mV)");
        // ideal is the equilibrium in concentrations; the open setting takes --activity too
        CliResult ideal = CliResult.run("donnan", "--in", "Na=100", "--out", "Na=100,Cl=100", "--impermeant", "Pr-=100",
                "--temp", "25", "--activity", "ideal", "--format", "json");
        assertThat(field(ideal, 0, "V_donnan_mV")).isCloseTo(-17.808738779093972, within(1e-9 * 17.8));
        CliResult open = CliResult.run("donnan", "--bath", "Na=150,Cl=150", "--fixed-charge", "-50mM", "--activity", "edh");
        open.should().succeeded().outContains("With activities (edh;");
        // a given ionic strength is used as it is, on its side
        CliResult given = CliResult.run(concat(args, "--ionic-strength-out", "200mM"));
        given.should().succeeded();
        assertThat(given.out().replaceAll("\\s+", " ")).contains("I_out = 200 mM");
        // and in a batch, a column
        String csv = "in.Na,out.Na,out.Cl,impermeant.Pr-,temp,activity\n100,100,100,100,25,davies\n100,100,100,100,25,\n";
        CliResult batch = CliResult.runWithStdin(csv, "donnan", "--csv", "-");
        batch.should().succeeded();
        assertThat(batch.out()).contains(",davies,Na,1,134.891137267337,").contains(",-17.3712050880134,")
                .contains(",Na,1,133.333333333333,66.6666666666667,-17.808738779094,");
    }

    private static String[] concat(String[] a, String... b) {
        List<String> all = new ArrayList<>(List.of(a));
        all.addAll(List.of(b));
        return all.toArray(new String[0]);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "--in Na=100 --out Na=100,Cl=100 --impermeant Pr-=100 --ionic-strength-in 100 | an ionic strength is used with --activity",
        "--in Na=100 --out Na=100,Cl=100 --impermeant Pr-=100 --activity debye | --activity 'debye'",
        "--in Na=100 --out Na=100,Cl=90 --impermeant Pr-=100 | outside is not electroneutral",
        "--in Na=100,Cl=10 --out Na=100,Cl=100 --impermeant Pr-=100 | inside (with the impermeant charge) is not electroneutral",
        "--in Na=100 --out Na=100,Cl=100 | --impermeant is missing",
        "--in Na=100 --out Na=100,Cl=100 --impermeant Pr=100 | unknown ion 'Pr'",
        "--in Na=100 --out Na=100,Cl=100 --impermeant Pr-=100 --volumes 0:1 | --volumes '0:1': the inside volume is 0",
        "--in Na=100 --out Na=100,Cl=100 --impermeant Pr-=100 --volumes 1:0 | the outside volume is 0",
        "--in Na=100 --out Na=100,Cl=100 --impermeant Pr-=100 --volumes 1 | expected the two volumes as IN:OUT",
        "--in Na=100 --impermeant Pr-=100 | no Donnan equilibrium",
        "--bath Na=150,Cl=140 --fixed-charge -50 | not electroneutral",
        "--bath Na=150,Cl=150 | --fixed-charge is missing",
        "--fixed-charge -50 | --bath is missing",
        "--bath Na=150,Cl=150 --fixed-charge -50 --in Na=1 | not both",
        "--bath Na=150,Cl=150 --fixed-charge -50 --z Q=-1 | no ion Q in --bath",
        "--in Na=100 --out Na=100,Cl=100 --impermeant Pr-=100,Pr-=5 | twice",
        "--in 100 --out Na=100,Cl=100 --impermeant Pr-=100 | expected NAME=CONC pairs",
        "'' | --in is missing",
        "--bath Na=150,Cl=150 --fixed-charge 1e308 | --fixed-charge '1e308': the concentrations are too large",
        "--in Na=1e308 --out Na=1e308,Cl=1e308 --impermeant Pr-=1e308 | out of range",
    })
    void badInputExitsTwoWithAClearMessage(String args, String message) {
        List<String> argv = new ArrayList<>(List.of("donnan"));
        if (!args.isBlank()) {
            argv.addAll(List.of(args.strip().split(" ")));
        }
        CliResult r = CliResult.run(argv.toArray(new String[0]));
        r.should().exitedWith(2).errContains(message);
        assertThat(r.out()).isEmpty();
    }
}
