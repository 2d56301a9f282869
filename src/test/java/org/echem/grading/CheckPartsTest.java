package org.echem.grading;

import org.echem.calc.OptionSource;
import org.echem.calc.RowSource;
import org.echem.calc.Source;
import org.echem.io.Field;

import static org.assertj.core.api.Assertions.assertThat;

import org.echem.units.Kind;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The pieces of {@code check} that the command line does not reach for nernst and drive alone. */
class CheckPartsTest {

    @ParameterizedTest(name = "{0} ↔ {1}")
    @CsvSource({"in, out", "out, in", "in.K, out.K", "out.Na, in.Na", "psi-in, psi-out", "sigma-out, sigma-in",
        "salt-in.Na, salt-out.Na", "vm, vm", "inside, inside", "temp, temp"})
    void otherSideExchangesInsideAndOutside(String key, String other) {
        assertThat(ModifiedSource.otherSide(key)).isEqualTo(other);
    }

    @Test
    void swappedSourceReadsTheOtherSideWithItsUnits() {
        RowSource row = new RowSource(java.util.List.of("in_uM", "out", "in.K", "out.K"), new OptionSource());
        row.setRow(java.util.List.of("15", "145", "140", "5"), 2);
        Source s = ModifiedSource.swapped(row);
        assertThat(s.text("in")).isEqualTo("145");
        assertThat(s.text("out")).isEqualTo("15");
        assertThat(s.unitHint("out")).isEqualTo("uM");
        assertThat(s.text("in.K")).isEqualTo("5");
        assertThat(s.entries("in")).containsExactly("K");
    }

    @Test
    void replacedKeysReadTheNewTextOrNothing() {
        OptionSource o = new OptionSource().add("temp", "37C").add("ion", "K");
        Source s = ModifiedSource.with(o, "temp", "37K").and("ion", null).and("z", "-1");
        assertThat(s.text("temp")).isEqualTo("37K");
        assertThat(s.text("ion")).isNull();
        assertThat(s.text("z")).isEqualTo("-1");
        assertThat(s.where("temp")).isEqualTo("--temp");
    }

    @Test
    void aFieldKeepsItsKindAndUnit() {
        assertThat(Check.kindOf(Field.of("E_mV", "E", Kind.VOLTAGE, "mV"))).isEqualTo(Kind.VOLTAGE);
        assertThat(Check.kindOf(Field.of("temp_C", "T", Kind.TEMPERATURE, "C"))).isEqualTo(Kind.TEMPERATURE);
        // a field shown with a label that is not a unit keeps the unit it was declared with
        Field slope = Field.of("slope_mV_per_decade", "slope", Kind.VOLTAGE, "mV").withUnit("mV/decade");
        assertThat(Check.kindOf(slope)).isEqualTo(Kind.VOLTAGE);
        assertThat(Check.unitOf(slope, Kind.VOLTAGE).symbol()).isEqualTo("mV");
        assertThat(Check.unitOf(slope, Kind.CURRENT)).isNull();
        Field density = Field.of("I_uA_cm2", "I", Kind.CURRENT, "uA/cm2").withUnit("µA/cm²");
        assertThat(Check.unitOf(density, Kind.CURRENT).symbol()).isEqualTo("uA/cm2");
        assertThat(Check.kindOf(Field.scaled("dmu_kJ_mol", "Δμ̃", "kJ/mol", 1e-3))).isNull();
        assertThat(Check.kindOf(Field.plain("z", "z"))).isNull();
    }

    @Test
    void toleranceRelativeOrAbsolute() {
        assertThat(new Check.Tolerance(true, 0.01).around(-89)).isEqualTo(0.89, org.assertj.core.data.Offset.offset(1e-12));
        assertThat(new Check.Tolerance(false, 0.5).around(-89)).isEqualTo(0.5);
        assertThat(new Check.Tolerance(false, 0.01).accepts(-89.07, -89.06)).isTrue(); // round-off slack
        assertThat(new Check.Tolerance(false, 0.01).accepts(-89.0701, -89.06)).isFalse();
        assertThat(new Check.Tolerance(true, 0.01).accepts(0.001, 0)).isFalse();
    }

    @Test
    void summaryCountsAndPercentage() {
        assertThat(new Grading.Counts(9, 2, 1).summary()).isEqualTo("9 of 12 correct (75%): 2 incorrect, 1 error");
        assertThat(new Grading.Counts(1, 2, 0).summary()).isEqualTo("1 of 3 correct (33.3%): 2 incorrect, 0 errors");
    }
}
