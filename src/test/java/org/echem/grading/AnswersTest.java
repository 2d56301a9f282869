package org.echem.grading;

import static org.assertj.core.api.Assertions.assertThat;

import org.echem.units.Kind;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** SPEC §8: answers as students write them, brought to the form the grader reads. */
class AnswersTest {
    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource(delimiter = '|', value = {
        "E = -89.06 mV | -89.06 mV", "E_K=−89.06mV | −89.06mV", "=-89.06 | -89.06", "'  -89,06 ' | -89.06",
        "-89,06 mV | -89.06 mV", "–89.06 | -89.06", "E＝-89.06 | -89.06", "外流 | efflux", "内流 | influx",
        "无 | none", "内向 | inward", "外向 | outward", "外向电流 | outward", "influx. | influx",
        "1,000.5 | 1,000.5", "about -90 | about -90", "= | =",
        "－８９．０６ ｍＶ | -89.06 mV", "Ｅ＝－８９．０６ | -89.06", "外流。 | efflux", "正向 | forward", "反向 | reverse",
        "增大 | increase", "减小 | decrease", "向内 | inward", "平衡 | none"})
    void normalizes(String written, String read) {
        assertThat(Answers.normalize(written, true)).isEqualTo(read);
    }

    @Test
    void theDecimalCommaOnlyWhenAsked() {
        assertThat(Answers.normalize("-89,06", false)).isEqualTo("-89,06");
    }

    @Test
    void lowerCaseUnitsOnlyWhereTheyCannotMeanAnotherUnit() {
        assertThat(Kind.VOLTAGE.lowerCaseTyped("mv").symbol()).isEqualTo("mV");
        assertThat(Kind.VOLTAGE.lowerCaseTyped("v").symbol()).isEqualTo("V");
        assertThat(Kind.CONCENTRATION.lowerCaseTyped("mm")).isNull();   // a length: millimetre
        assertThat(Kind.CONCENTRATION.lowerCaseTyped("nm")).isNull();   // a length: nanometre
        assertThat(Kind.CONCENTRATION.lowerCaseTyped("MM")).isNull();   // not typed in lower case
        assertThat(Kind.CONCENTRATION.lowerCaseTyped("um")).isNull();   // a length: micrometre
        assertThat(Kind.CURRENT.lowerCaseTyped("pa").symbol()).isEqualTo("pA");
    }
}
