package org.echem.core;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

class TransporterTest {
    @ParameterizedTest(name = "{0}: {1}, net charge {2}, ATP {3}")
    @CsvSource(delimiter = '|', value = {
        // SPEC §9 fixed points (forward = resting mammalian cell), each with the source in Transporter
        "ncx         | Na=3,Ca=-1      |  1 | 0",   // Reeves & Hale 1984
        "nka         | Na=-3,K=2       | -1 | 1",   // Post & Jolly 1957
        "pmca        | Ca=-1,H=2       |  0 | 1",   // Niggli et al. 1982; Thomas 2009
        "kcc2        | K=-1,Cl=-1      |  0 | 0",   // Payne 1997
        "nkcc1       | Na=1,K=1,Cl=2   |  0 | 0",   // Russell 2000
        "nhe         | Na=1,H=-1       |  0 | 0",   // Aronson 1985
        "ae          | Cl=1,HCO3=-1    |  0 | 0",   // Alper 2009
        "h-k-symport | H=1,K=1         |  2 | 0",   // Maathuis & Sanders 1994
    })
    void namedStoichiometries(String name, String stoich, int netCharge, int atp) {
        Transporter t = Transporter.named(name);
        assertThat(t).isNotNull();
        assertThat(t.stoichLabel()).isEqualTo(stoich);
        assertThat(t.netCharge()).isEqualTo(netCharge);
        assertThat(t.electroneutral()).isEqualTo(netCharge == 0);
        assertThat(t.atpPerCycle()).isEqualTo(atp);
        assertThat(t.source()).isNotBlank();
        assertThat(t.description()).isNotBlank();
    }

    @Test
    void lookup() {
        assertThat(Transporter.named("NCX")).isSameAs(Transporter.NCX);
        assertThat(Transporter.named(" nka ")).isSameAs(Transporter.NKA);
        assertThat(Transporter.named("sglt1")).isNull();
        assertThat(Transporter.named((String) null)).isNull();
        assertThat(Transporter.named()).hasSize(8);
    }

    @Test
    void reversed() {
        Transporter r = Transporter.NKA.reversed();
        assertThat(r.stoichLabel()).isEqualTo("Na=3,K=-2");
        assertThat(r.atpPerCycle()).isEqualTo(-1);
        assertThat(r.netCharge()).isEqualTo(1);
        assertThat(r.reversed().stoichiometry()).isEqualTo(Transporter.NKA.stoichiometry());
    }

    @Test
    void invalidStoichiometries() {
        Ion na = new Ion("Na", 1);
        assertThatThrownBy(() -> Transporter.custom(List.of(), 0)).isInstanceOf(DomainException.class)
                .hasMessageContaining("empty");
        assertThatThrownBy(() -> new Transporter.Stoich(na, 0)).hasMessageContaining("must not be 0");
        assertThatThrownBy(() -> Transporter.custom(List.of(new Transporter.Stoich(na, 1), new Transporter.Stoich(na, 2)), 0))
                .hasMessageContaining("twice");
        assertThatThrownBy(() -> new Transporter.Stoich(null, 1)).isInstanceOf(DomainException.class);
    }
}
