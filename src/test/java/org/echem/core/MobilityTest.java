package org.echem.core;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class MobilityTest {

    /** The ions the brief and SPEC §9 ask for, with their charge at pH 7.2–7.4 (SPEC "Fixed points"). */
    @ParameterizedTest
    @CsvSource({
        "K, 1", "Na, 1", "Cs, 1", "Li, 1", "NH4, 1", "H, 1", "Ca, 2", "Mg, 2", "Ba, 2",
        "Cl, -1", "F, -1", "Br, -1", "I, -1", "Gluconate, -1", "Methanesulfonate, -1", "Aspartate, -1",
        "Glutamate, -1", "HEPES, -1", "EGTA, -2", "ATP, -4", "GTP, -4", "Phosphocreatine, -2", "SO4, -2",
        "H2PO4, -1", "HCO3, -1", "TEA, 1", "NMDG, 1",
    })
    void coversThePatchClampIons(String name, int z) {
        Mobility.Entry e = Mobility.require(name);
        assertThat(e.z()).isEqualTo(z);
        assertThat(e.source()).isNotBlank();
        assertThat(e.relative()).isBetween(0.05, 5.0);
    }

    /**
     * Relative mobilities (D/D_K = λ⁰/(|z|·73.5)) against the UNSW / JPCalc tables as LJPcalc's
     * IonTable.md lists them (Barry): the conversion of Lange's equivalent conductivities agrees.
     */
    @ParameterizedTest
    @CsvSource({
        "Mg, 0.361", "SO4, 0.544", "Na, 0.682", "Cs, 1.05", "Li, 0.526", "Cl, 1.0382", "F, 0.753", "Br, 1.063",
        "I, 1.0456", "TEA, 0.444", "HCO3, 0.605", "Methanesulfonate, 0.664", "Gluconate, 0.33", "HEPES, 0.30",
        "EGTA, 0.24", "ATP, 0.15", "NMDG, 0.33", "Aspartate, 0.30", "Glutamate, 0.26",
    })
    void relativeMobilityMatchesBarrysTables(String name, double u) {
        assertThat(Mobility.require(name).relative()).isCloseTo(u, within(0.003));
    }

    @Test
    void equivalentConductivityAndRelativeMobilityAgree() {
        for (Mobility.Entry e : Mobility.table()) {
            assertThat(e.relative() * Math.abs(e.z()) * Mobility.K_CONDUCTIVITY).isCloseTo(e.lambda(),
                    within(1e-12 * e.lambda()));
        }
        assertThat(Mobility.require("K").relative()).isEqualTo(1.0);
        assertThat(Mobility.relativeFromConductivity(59.5, 2)).isCloseTo(59.5 / 147, within(1e-15));
    }

    @ParameterizedTest
    @CsvSource({
        "gluc, Gluconate", "GLUCONATE, Gluconate", "MeSO3, Methanesulfonate", "CH3SO3, Methanesulfonate",
        "mesylate, Methanesulfonate", "Asp, Aspartate", "PCr, Phosphocreatine", "tetraethylammonium, TEA",
        "hepes, HEPES", "Ca2+, Ca", "Ca++, Ca", "Cl-, Cl", "SO4 2-, SO4", "SO42-, SO4", "H2PO4-, H2PO4",
        "EGTA(2-), EGTA", "ATP4-, ATP", "NH4+, NH4", "K+, K", "Mg²⁺, Mg",
    })
    void lookupIsCaseInsensitiveWithAliasesAndCharges(String written, String name) {
        assertThat(Mobility.lookup(written)).map(Mobility.Entry::name).contains(name);
    }

    @Test
    void unknownIonsAndContradictingChargesAreReported() {
        assertThat(Mobility.lookup("Glu")).isEmpty(); // gluconate or glutamate: no guess
        assertThat(Mobility.lookup("MES")).map(Mobility.Entry::name).contains("MES"); // the buffer, not mesylate
        assertThatThrownBy(() -> Mobility.require("Foo")).isInstanceOf(DomainException.class)
                .hasMessageContaining("'Foo'");
        assertThatThrownBy(() -> Mobility.lookup("EGTA(3-)")).isInstanceOf(DomainException.class)
                .hasMessageContaining("-2");
        assertThatThrownBy(() -> Mobility.lookup("K-")).isInstanceOf(DomainException.class);
    }
}
