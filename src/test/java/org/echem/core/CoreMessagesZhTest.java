package org.echem.core;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.echem.lang.Lang;
import org.echem.lang.Msg;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** The laws' messages speak the language in use; English stays as it was; every key they name exists. */
class CoreMessagesZhTest {
    private final Lang before = Lang.current();

    @AfterEach
    void restore() {
        Lang.use(before);
    }

    @Test
    void requireNamesTheQuantityInTheLanguageInUse() {
        Lang.use(Lang.EN);
        assertThatThrownBy(() -> Require.positive(0, "core.what.temperatureK"))
                .hasMessage("temperature (K) must be a finite number > 0, got 0.0");
        assertThatThrownBy(() -> Require.nonZero(0, "core.what.valenceOf", "K")).hasMessage("valence z of K must not be 0");
        assertThatThrownBy(() -> Require.finiteResult(Double.NaN, "core.what.fluxRatio"))
                .hasMessage("the flux ratio is out of range (undefined for these values)");
        assertThatThrownBy(() -> Require.positive(-1, "c")).hasMessage("c must be a finite number > 0, got -1.0");
        Lang.use(Lang.ZH);
        assertThatThrownBy(() -> Require.positive(0, "core.what.temperatureK"))
                .hasMessage("温度 (K) 必须是大于 0 的有限数，实际为 0.0");
        assertThatThrownBy(() -> Require.nonZero(0, "core.what.valenceOf", "K")).hasMessage("K 的价数 z 不能为 0");
        assertThatThrownBy(() -> Require.finiteResult(Double.POSITIVE_INFINITY, "core.what.fluxRatio"))
                .hasMessage("通量比 超出范围（其绝对值将超过 1.8e308）");
        assertThatThrownBy(() -> Require.positive(-1, "c")).hasMessage("c 必须是大于 0 的有限数，实际为 -1.0");
    }

    @Test
    void lawsSayWhyInChinese() {
        Lang.use(Lang.ZH);
        assertThatThrownBy(() -> Ion.parse("Foo", null)).hasMessageContaining("未知离子 'Foo'")
                .hasMessageContaining("Foo2-");
        assertThatThrownBy(() -> Water.relativePermittivity(400)).hasMessageContaining("水的相对介电常数");
        assertThatThrownBy(() -> Mobility.require("Xyz")).hasMessageContaining("迁移率未知");
        assertThatThrownBy(() -> Nernst.potential(ConstantSet.CODATA2018, 1, 0, 5, 310))
                .hasMessageContaining("膜内浓度 (mM) 必须是大于 0 的有限数");
        Lang.use(Lang.EN);
        assertThatThrownBy(() -> Ion.parse("Foo", null))
                .hasMessage("unknown ion 'Foo': write its charge (Foo+, Foo2-) or give its valence (--z, or a z column in a CSV; known ions: 'echem ions')");
        assertThatThrownBy(() -> Nernst.potential(ConstantSet.CODATA2018, 1, 0, 5, 310))
                .hasMessage("inside concentration (mM) must be a finite number > 0, got 0.0");
    }

    /** A key written in the code but missing from the bundles would show as the key itself. */
    @Test
    void everyKeyTheCodeNamesIsInTheBundles() throws IOException {
        Pattern key = Pattern.compile("\"((?:core|ljp|donnan|activity)\\.[A-Za-z0-9_.]+)\"");
        List<Path> sources = new ArrayList<>();
        try (Stream<Path> core = Files.list(Path.of("src/main/java/org/echem/core"))) {
            core.filter(p -> p.toString().endsWith(".java")).forEach(sources::add);
        }
        for (String calc : List.of("LjpCalc", "DonnanCalc", "ActivityCalc")) {
            sources.add(Path.of("src/main/java/org/echem/calc/" + calc + ".java"));
        }
        Set<String> missing = new TreeSet<>();
        int found = 0;
        for (Path p : sources) {
            Matcher m = key.matcher(Files.readString(p, StandardCharsets.UTF_8));
            while (m.find()) {
                found++;
                String k = m.group(1);
                if (k.endsWith(".")) { // a key completed in code ("core.donnan.bracket." + "closed"): see below
                    continue;
                }
                if (!Msg.has(Lang.EN, k) || !Msg.has(Lang.ZH, k)) {
                    missing.add(p.getFileName() + ": " + k);
                }
            }
        }
        for (String end : List.of("closed", "open")) {
            for (String k : List.of("core.donnan.bracket.", "core.donnan.noConvergence.")) {
                if (!Msg.has(Lang.EN, k + end) || !Msg.has(Lang.ZH, k + end)) {
                    missing.add(k + end);
                }
            }
        }
        for (String side : List.of("pipette", "bath")) {
            for (String k : List.of("ljp.error.twice.", "ljp.error.missing.", "ljp.error.noIons.",
                    "ljp.error.imbalance." + side + ".cations", "ljp.error.imbalance." + side + ".anions")) {
                String full = k.endsWith(".") ? k + side : k;
                if (!Msg.has(Lang.EN, full) || !Msg.has(Lang.ZH, full)) {
                    missing.add(full);
                }
            }
        }
        assertThat(found).isGreaterThan(200);
        assertThat(missing).isEmpty();
    }
}
