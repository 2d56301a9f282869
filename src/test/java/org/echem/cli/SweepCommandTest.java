package org.echem.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/** Black-box tests of sweeps, {@code --vm START:STOP:STEP} (SPEC §7, issue 23). */
class SweepCommandTest {

    private static List<String> lines(CliResult r) {
        return r.out().lines().toList();
    }

    @Test
    void ghkCurrentOverVoltageIncludesStopAndStreamsCsvByDefault() {
        CliResult r = CliResult.run("ghk", "--ion", "Na", "--perm", "1e-6cm/s", "--in", "15", "--out", "145",
                "--vm", "-100:50:5");
        r.should().succeeded().finiteOutput();
        List<String> l = lines(r);
        assertThat(l).hasSize(32);
        assertThat(l.get(0)).startsWith("vm_mV,").contains("I_uA_cm2");
        assertThat(l.get(1)).startsWith("-100,Na,");
        assertThat(l.get(31)).startsWith("50,Na,");
    }

    @Test
    void unitsOnThePartsOrOnceOnTheWholeGiveTheSameRows() {
        String[] base = {"drive", "--ion", "K", "--in", "140", "--out", "5", "--vm"};
        CliResult plain = CliResult.run(concat(base, "-100:50:50"));
        CliResult parts = CliResult.run(concat(base, "-100mV:50mV:50mV"));
        CliResult whole = CliResult.run(concat(base, "-0.1:0.05:0.05V"));
        plain.should().succeeded();
        assertThat(lines(plain)).hasSize(5);
        assertThat(parts.out()).isEqualTo(plain.out());
        assertThat(whole.out()).isEqualTo(plain.out());
        // drive shows vm_mV itself: the swept value is not repeated as a column
        assertThat(lines(plain).get(0).split(",")).containsOnlyOnce("vm_mV");
    }

    @Test
    void aMapEntryIsAColumnNamedLikeItsCsvInput() {
        CliResult r = CliResult.run("ghk", "--in", "K=140,Na=15", "--out", "K=5,Na=1:5:2", "--perm", "K=1,Na=0.05");
        r.should().succeeded();
        assertThat(lines(r)).hasSize(4);
        assertThat(lines(r).get(0)).startsWith("out.Na_mM,");
        assertThat(lines(r).get(3)).startsWith("5,");
    }

    @Test
    void severalSweepsGiveEveryCombinationFirstOptionOutermost() {
        CliResult r = CliResult.run("nernst", "--ion", "K", "--in", "140", "--out", "1:3:1", "--temp", "20:40:10",
                "--format", "json");
        r.should().succeeded();
        List<String> l = lines(r);
        assertThat(l).hasSize(9);
        assertThat(l.get(0)).contains("\"c_out_mM\":1,").contains("\"temp_C\":20,");
        assertThat(l.get(1)).contains("\"c_out_mM\":1,").contains("\"temp_C\":30,");
        assertThat(l.get(3)).contains("\"c_out_mM\":2,").contains("\"temp_C\":20,");
    }

    @Test
    void stopOffTheGridIsLeftOutAndFractionsCarryNoBinaryNoise() {
        CliResult r = CliResult.run("drive", "--ion", "K", "--in", "140", "--out", "5", "--vm", "-0.3:0.35:0.1",
                "--format", "tsv");
        r.should().succeeded();
        List<String> l = lines(r);
        assertThat(l).hasSize(8); // -0.3 … 0.3
        assertThat(r.out()).contains("\t0\t").contains("\t0.3\t").doesNotContain("0000000");
    }

    @Test
    void aPlainNumberOptionSweepsToo() {
        CliResult r = CliResult.run("pmf", "--vm", "-150", "--ph-in", "7:8:0.5", "--ph-out", "5.5");
        r.should().succeeded();
        List<String> l = lines(r);
        assertThat(l).hasSize(4);
        assertThat(l.get(0)).startsWith("vm_mV,ph_in,"); // pmf shows ph_in itself: no extra column
        assertThat(l.get(2)).startsWith("-150,7.5,");
        CliResult.run("pmf", "--vm", "-150", "--ph-in", "7:8:0", "--ph-out", "5.5").should().exitedWith(2)
                .errContains("--ph-in", "STEP other than 0");
    }

    @Test
    void onErrorAppliesToTheSweepsRows() {
        CliResult skip = CliResult.run("nernst", "--ion", "K", "--in", "140", "--out", "0:2:1", "--on-error", "skip");
        skip.should().succeeded().errContains("skipped 1 row", "row 1 of the sweep");
        assertThat(lines(skip)).hasSize(3);
        CliResult mark = CliResult.run("nernst", "--ion", "K", "--in", "140", "--out", "0:2:1", "--on-error", "mark");
        mark.should().succeeded();
        assertThat(lines(mark).get(0)).endsWith(",error");
        assertThat(lines(mark)).hasSize(4);
    }

    @Test
    void everyMachineFormatStreamsTheSweep() {
        for (String f : new String[] {"csv", "tsv", "json", "text"}) {
            CliResult r = CliResult.run("nernst", "--ion", "K", "--in", "140", "--out", "1:10:1", "--format", f);
            r.should().succeeded().finiteOutput();
            assertThat(r.out()).contains("-132.07");
        }
    }

    @Test
    void badSweepsAreUsageErrors() {
        CliResult.run("nernst", "--ion", "K", "--in", "140", "--out", "1:3:0").should().exitedWith(2)
                .errContains("echem: ", "--out", "1:3:0", "STEP other than 0");
        CliResult.run("nernst", "--ion", "K", "--in", "140", "--out", "3:1:1").should().exitedWith(2)
                .errContains("--out", "3:1:1", "negative STEP");
        CliResult.run("nernst", "--ion", "K", "--in", "140", "--out", "1:1e9:0.001").should().exitedWith(2)
                .errContains("more than 100000000");
        CliResult.run("nernst", "--ion", "K", "--in", "140", "--out", "1:2").should().exitedWith(2)
                .errContains("START:STOP:STEP");
        CliResult.run("nernst", "--ion", "K", "--in", "140", "--out", "1:x:1").should().exitedWith(2)
                .errContains("--out", "1:x:1");
        CliResult.run("nernst", "--ion", "K", "--in", "140", "--out", "0:2:1").should().exitedWith(2)
                .errContains("row 1 of the sweep", "> 0");
        CliResult.runWithStdin("in\n140\n", "nernst", "--ion", "K", "--csv", "-", "--out", "1:2:1").should()
                .exitedWith(2).errContains("--csv");
    }

    private static String[] concat(String[] a, String b) {
        String[] r = java.util.Arrays.copyOf(a, a.length + 1);
        r[a.length] = b;
        return r;
    }
}
