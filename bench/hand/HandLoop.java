import java.io.*;
import java.nio.charset.StandardCharsets;
import ch.randelshofer.fastdoubleparser.JavaDoubleParser;
import org.echem.io.Numbers;
import org.echem.io.Utf8Buffer;
/**
 * The ceiling for bench/batch.sh: a hand-written loop doing exactly the work of
 * `echem nernst --csv FILE --precision 4` on the generated file (no CSV quoting rules, no units, no
 * validation), with the same number parsing and formatting. Not part of echem.
 */
public class HandLoop {
  public static void main(String[] a) throws Exception {
    double R = 8.31446261815324, F = 96485.33212331001;
    try (BufferedReader r = new BufferedReader(new InputStreamReader(new FileInputStream(a[0]), StandardCharsets.UTF_8), 1 << 16);
         OutputStream w = new FileOutputStream(FileDescriptor.out)) {
      String line = r.readLine();
      Utf8Buffer sb = new Utf8Buffer(1 << 16);
      sb.append(line).append(",c_in_mM,c_out_mM,E_mV,slope_mV_per_decade\n"); // ion, z, temp_C: the input's columns
      while ((line = r.readLine()) != null) {
        int c1 = line.indexOf(','), c2 = line.indexOf(',', c1 + 1), c3 = line.indexOf(',', c2 + 1), c4 = line.indexOf(',', c3 + 1);
        int z = Integer.parseInt(line, c1 + 1, c2, 10);
        double cin = JavaDoubleParser.parseDouble(line, c2 + 1, c3 - c2 - 1);
        double cout = JavaDoubleParser.parseDouble(line, c3 + 1, c4 - c3 - 1);
        double t = JavaDoubleParser.parseDouble(line, c4 + 1, line.length() - c4 - 1) + 273.15;
        double vt = R * t / F;
        double e = vt / z * Math.log(cout / cin) * 1000;
        sb.append(line).append(',');
        Numbers.fixed(sb, cin, 4); sb.append(','); Numbers.fixed(sb, cout, 4); sb.append(',');
        Numbers.fixed(sb, e, 4); sb.append(',');
        Numbers.fixed(sb, vt / z * Math.log(10) * 1000, 4); sb.append('\n');
        if (sb.length() > 32768) { sb.writeTo(w); }
      }
      sb.writeTo(w);
    }
  }
}
