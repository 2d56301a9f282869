package org.echem.io;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.StringLength;
import net.jqwik.api.constraints.Chars;
import org.junit.jupiter.api.Test;

/** Widths as a terminal shows them (CJK two columns) and wrapping that breaks Chinese between characters. */
class TextStyleTest {

    @Test
    void chineseCharactersAndFullWidthFormsAreTwoColumnsWide() {
        assertThat(TextStyle.width("净通量")).isEqualTo(6);
        assertThat(TextStyle.width("E（外）")).isEqualTo(1 + 3 * 2);
        assertThat(TextStyle.width("Δμ̃ mV")).isEqualTo(5); // the combining tilde takes no column
        assertThat(TextStyle.width("abc")).isEqualTo(3);
    }

    @Test
    void chineseProseWrapsBetweenCharactersWithoutSpaces() {
        String line = "浓度还来不及改变，所以每个平衡电位都保持原值；因此每个电化学驱动力恰好改变膜电位的跳变量。";
        List<String> lines = TextStyle.wrap(line, 30, 2);
        assertThat(lines).hasSizeGreaterThan(1);
        for (String l : lines) {
            assertThat(TextStyle.width(l)).isLessThanOrEqualTo(30);
            assertThat(l.strip()).doesNotStartWith("，").doesNotStartWith("；").doesNotStartWith("。");
        }
        assertThat(String.join("", lines).replace(" ", "")).isEqualTo(line);
    }

    @Test
    void punctuationStaysWithItsNeighbours() {
        List<String> lines = TextStyle.wrap("阻断前 V_m − E = -73.824 mV，阻断后（很快）变为 -68.591 mV。", 24, 0);
        for (String l : lines) {
            assertThat(l).doesNotStartWith("，").doesNotStartWith("。").doesNotEndWith("（");
        }
    }

    @Test
    void englishStillBreaksAtSpacesOnly() {
        assertThat(TextStyle.wrap("the net current it carries is inward", 20, 2))
                .containsExactly("the net current it", "  carries is inward");
    }

    @Property
    void noLineIsWiderThanAskedUnlessOneWordIs(@ForAll @StringLength(max = 120) @Chars({'a', 'b', ' ', '钾', '，', '（', ')'}) String s,
            @ForAll @IntRange(min = 8, max = 60) int columns) {
        for (String l : TextStyle.wrap(s, columns, 2)) {
            boolean oneWord = l.strip().indexOf(' ') < 0;
            assertThat(TextStyle.width(l) <= columns || oneWord).as("%s in %s columns", l, columns).isTrue();
        }
    }
}
