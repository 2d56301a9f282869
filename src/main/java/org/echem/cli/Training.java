package org.echem.cli;

import org.echem.batch.Batch;
import org.echem.calc.Subcommand;

import java.io.ByteArrayInputStream;
import java.io.OutputStream;
import java.io.PrintWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;

/**
 * The training run of {@code bin/echem}'s class-data sharing archive: one process that does what
 * users do most, so that the classes of each are in the archive. A one-off calculation, then a
 * CSV batch long enough to start the calculating thread. Output is discarded; not a user command.
 */
public final class Training {
    private Training() {}

    public static void main(String[] args) {
        EchemCli.skipReflectiveConverters();
        run();
    }

    /** @return the exit codes of the two runs */
    static int[] run() {
        PrintWriter err = new PrintWriter(Writer.nullWriter());
        int oneOff = EchemCli.run(new ByteArrayInputStream(new byte[0]), OutputStream.nullOutputStream(), err,
                Subcommand.NERNST.command(), "--ion", "K", "--in", "140", "--out", "5");
        StringBuilder csv = new StringBuilder("ion,z,in_mM,out_mM,temp_C\n");
        for (int i = 0; i < 3 * Batch.chunkRows(); i++) {
            // a unit in a cell now and then: the row function's path as well as the short path for plain rows
            csv.append(i % 2 == 0 ? "K,1," : "Na,1,").append(100 + i % 40).append(i % 5 == 0 ? ".5mM," : ".5,")
                    .append(5 + i % 7).append(",37\n");
        }
        int batch = EchemCli.run(new ByteArrayInputStream(csv.toString().getBytes(StandardCharsets.UTF_8)),
                OutputStream.nullOutputStream(), err, Subcommand.NERNST.command(), "--csv", "-", "--precision", "4");
        return new int[] {oneOff, batch};
    }
}
