import java.io.FileDescriptor;
import java.io.FileOutputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import ch.randelshofer.fastdoubleparser.JavaDoubleParser;
import org.echem.io.Numbers;
import org.echem.io.Utf8Buffer;

/**
 * The ceiling for bench/compare.sh: the least a JVM program does for the job `echem nernst --csv
 * FILE --precision 4` on the generated file, on every core. The file is read whole and cut into one
 * part per thread at line breaks; each thread parses its lines from the bytes (no strings, no CSV
 * quoting, no units, no checks), calculates, and formats with echem's number formatting; the parts
 * are written in order. Its output is echem's, byte for byte. Not part of echem.
 *
 * <p>Usage: {@code java -cp echem.jar:. HandSplit FILE [THREADS]}
 */
public class HandSplit {
    private static final double R = 8.31446261815324;
    private static final double F = 96485.33212331001;

    public static void main(String[] a) throws Exception {
        byte[] b = Files.readAllBytes(Path.of(a[0]));
        int threads = a.length > 1 ? Integer.parseInt(a[1]) : Runtime.getRuntime().availableProcessors();
        int header = indexOf(b, 0, '\n') + 1;
        List<Integer> cuts = new ArrayList<>(List.of(header));
        for (int i = 1; i < threads; i++) {
            int at = header + (int) ((long) (b.length - header) * i / threads);
            int next = Math.max(indexOf(b, at, '\n') + 1, cuts.get(cuts.size() - 1));
            cuts.add(next);
        }
        cuts.add(b.length);
        ExecutorService pool = Executors.newFixedThreadPool(threads, r -> {
            Thread t = new Thread(r);
            t.setDaemon(true); // a closed pipe ends the program, not a wait for the pool
            return t;
        });
        List<Future<Utf8Buffer>> parts = new ArrayList<>();
        for (int i = 0; i + 1 < cuts.size(); i++) {
            int from = cuts.get(i);
            int to = cuts.get(i + 1);
            parts.add(pool.submit(() -> lines(b, from, to)));
        }
        OutputStream out = new FileOutputStream(FileDescriptor.out);
        Utf8Buffer head = new Utf8Buffer(256);
        head.appendUtf8(b, 0, header - 1).append(",c_in_mM,c_out_mM,E_mV,slope_mV_per_decade\n");
        head.writeTo(out);
        for (Future<Utf8Buffer> p : parts) {
            p.get().writeTo(out);
        }
        out.flush();
    }

    private static int indexOf(byte[] b, int from, char c) {
        int i = from;
        while (i < b.length && b[i] != c) {
            i++;
        }
        return i;
    }

    /** @return the output lines of the input lines in {@code b[from, to)} */
    private static Utf8Buffer lines(byte[] b, int from, int to) {
        Utf8Buffer sb = new Utf8Buffer(Math.max(16, 2 * (to - from)));
        int p = from;
        while (p < to) {
            int end = indexOf(b, p, '\n');
            int c1 = indexOf(b, p, ',');
            int c2 = indexOf(b, c1 + 1, ',');
            int c3 = indexOf(b, c2 + 1, ',');
            int c4 = indexOf(b, c3 + 1, ',');
            int z = 0;
            boolean minus = b[c1 + 1] == '-';
            for (int i = c1 + (minus ? 2 : 1); i < c2; i++) {
                z = 10 * z + b[i] - '0';
            }
            z = minus ? -z : z;
            double cin = JavaDoubleParser.parseDouble(b, c2 + 1, c3 - c2 - 1);
            double cout = JavaDoubleParser.parseDouble(b, c3 + 1, c4 - c3 - 1);
            double t = JavaDoubleParser.parseDouble(b, c4 + 1, end - c4 - 1) + 273.15;
            double vt = R * t / F;
            sb.appendUtf8(b, p, end - p).append(',');
            Numbers.fixed(sb, cin, 4);
            sb.append(',');
            Numbers.fixed(sb, cout, 4);
            sb.append(',');
            Numbers.fixed(sb, vt / z * Math.log(cout / cin) * 1000, 4);
            sb.append(',');
            Numbers.fixed(sb, vt / z * Math.log(10) * 1000, 4);
            sb.append('\n');
            p = end + 1;
        }
        return sb;
    }
}
