package org.echem.cli;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/**
 * ljp, donnan and activity speak Chinese with --lang zh: help, --explain, notes and errors, in the
 * chapter's terms; English is what it was, and the machine formats do not change with the language.
 */
class LjpDonnanActivityZhTest {
    private static CliResult zh(String... args) {
        String[] all = new String[args.length + 2];
        System.arraycopy(args, 0, all, 0, args.length);
        all[args.length] = "--lang";
        all[args.length + 1] = "zh";
        return CliResult.run(all);
    }

    @Test
    void ljpHelpAndExplanation() {
        CliResult help = zh("ljp", "--help");
        help.should().succeeded().outContains("液接电位 LJP = V_bath - V_pipette", "电中性", "迁移率",
                "echem ljp --pipette k-gluconate --bath acsf");
        assertThat(help.out()).doesNotContain("Liquid junction potential LJP", "Each side must be electroneutral");
        assertThat(CliResult.run("ljp", "--help").out())
                .contains("Liquid junction potential LJP = V_bath - V_pipette between a patch pipette's\n")
                .contains("the temperature enters through RT/F only. Each side must be electroneutral.");

        String[] example = {"ljp", "--pipette", "Cs=135,F=135,Na=10,Cl=10", "--bath", "Na=145,Cl=145", "--method",
            "henderson", "--temp", "20", "--explain"};
        CliResult z = zh(example);
        z.should().succeeded().outContains("液接电位", "Henderson 方程", "电极内液", "浴液", "符号：");
        assertThat(z.out()).doesNotContain("Ions: z, mobility", "pipette ");
        CliResult en = CliResult.run(example);
        en.should().outContains("Liquid junction potential LJP = V_bath − V_pipette (Barry and Lynch 1991),",
                "Henderson: LJP = (RT/F)·(A/B)·ln(S_p/S_b)", "Sign: LJP = V_bath - V_pipette;");
        assertThat(en.out()).doesNotContain("液接电位");

        zh("ljp", "--pipette", "K=145,Na=13,Mg=1,HEPES=5,Gluconate=145,Cl=10", "--bath", "acsf", "--temp", "20",
                "--explain").should().succeeded().outContains("稳态 Nernst–Planck", "打靶", "常数集");
        zh("ljp", "--pipette", "Na=50,Cl=50", "--bath", "K=50,Cl=50", "--explain").should().succeeded()
                .outContains("所有离子均为一价：闭式解", "Brent 法");
    }

    @Test
    void ljpErrors() {
        zh("ljp", "--pipette", "K=140,Cl=130", "--bath", "acsf").should().exitedWith(2)
                .errContains("电极内液不满足电中性：Σ z·c = +10 mM", "--balance Cl");
        CliResult en = CliResult.run("ljp", "--pipette", "K=140,Cl=130", "--bath", "acsf");
        en.should().errContains("the pipette solution is not electroneutral: Σ z·c = +10 mM (cations exceed anions"
                + " by 10 mM of charge); expected Σ z·c = 0");
        zh("ljp", "--pipette", "K=140,Y=140", "--bath", "acsf").should().errContains("'Y' 的迁移率未知", "--z Y=-1");
    }

    @Test
    void donnanExplanationAndNotes() {
        String[] example = {"donnan", "--in", "K=100", "--out", "K=100,Cl=100", "--impermeant", "Pr=50", "--z",
            "Pr=-2", "--volumes", "1:10", "--explain"};
        CliResult z = zh(example);
        z.should().succeeded().outContains("唐南平衡", "能斯特平衡", "封闭体系", "渗透不平衡", "钠钾泵", "最终浓度：");
        assertThat(z.out()).doesNotContain("Final concentrations", "Osmotic imbalance");
        CliResult en = CliResult.run(example);
        en.should().outContains("Gibbs–Donnan equilibrium, closed setting (two compartments, V_in/V_out = 0.1)",
                "Osmotic imbalance: Δπ = (", "as the Na+/K+ pump does");
        zh("donnan", "--bath", "Na=150,Cl=150", "--fixed-charge", "-50mM", "--explain").should().succeeded()
                .outContains("开放体系", "固定电荷");
        zh("donnan", "--in", "Na=100", "--out", "Na=100,Cl=100").should().exitedWith(2)
                .errContains("缺少", "没有不可透过的电荷就没有唐南平衡可算");
        zh("donnan", "--help").should().succeeded().outContains("唐南比 r", "约定：");
    }

    @Test
    void activityExplanationAndNotes() {
        String[] example = {"activity", "--electrolyte", "Na=150,Cl=150", "--ion", "Na", "--model", "edh", "--explain"};
        CliResult z = zh(example);
        z.should().succeeded().outContains("离子强度 I = ½·Σ c·z²", "扩展 Debye–Hückel 方程", "警告：", "活度",
                "能斯特方程对活度成立");
        CliResult en = CliResult.run(example);
        en.should().outContains("Ionic strength I = ½·Σ c·z² = ½·(150·1² + 150·(-1)²) = 150 mM",
                "Warning: I = 150 mM is above the range of the edh model");
        assertThat(en.out()).doesNotContain("离子强度");
        zh("activity", "--help").should().succeeded().outContains("活度系数 γ", "（超出适用范围：给出警告）");
        zh("activity", "--electrolyte", "Na=150,Cl=150", "--temp", "120").should().exitedWith(2)
                .errContains("水的相对介电常数");
    }

    @Test
    void coreErrorsSpeakChinese() {
        zh("nernst", "--ion", "Foo", "--in", "1", "--out", "2").should().exitedWith(2)
                .errContains("未知离子 'Foo'：请写出其电荷（Foo+、Foo2-）");
        CliResult.run("nernst", "--ion", "Foo", "--in", "1", "--out", "2").should().exitedWith(2)
                .errContains("unknown ion 'Foo': write its charge (Foo+, Foo2-) or give its valence (--z, or a z column");
    }

    @Test
    void machineFormatsAreTheSameInBothLanguages() {
        String[][] runs = {
            {"ljp", "--pipette", "k-gluconate", "--bath", "acsf", "--vm-measured", "-48", "--format", "json"},
            {"ljp", "--pipette", "K=140,Cl=130", "--bath", "acsf", "--balance", "Cl", "--format", "csv"},
            {"donnan", "--bath", "Na=150,Cl=150", "--fixed-charge", "-50mM", "--format", "json"},
            {"activity", "--electrolyte", "K=3M,Cl=3M", "--format", "csv"},
        };
        for (String[] r : runs) {
            CliResult en = CliResult.run(r);
            en.should().succeeded();
            assertThat(zh(r).out()).as(String.join(" ", r)).isEqualTo(en.out());
        }
    }
}
