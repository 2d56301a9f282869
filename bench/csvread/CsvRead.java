import de.siegmar.fastcsv.reader.CsvReader;
import de.siegmar.fastcsv.reader.CsvRecord;
import java.io.BufferedReader;
import java.io.FileInputStream;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.echem.io.CsvInput;

/**
 * For bench/csvread.sh: reads every record of a CSV file and every field as a string, with FastCSV
 * 4.1.0 (as echem's batch did, configured the same) or with echem's reader. Not part of echem.
 */
public class CsvRead {
  public static void main(String[] a) throws Exception {
    long fields = 0;
    long chars = 0;
    try (InputStream in = new FileInputStream(a[1])) {
      if (a[0].equals("fastcsv")) {
        BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8), 1 << 16);
        try (CsvReader<CsvRecord> csv = CsvReader.builder().skipEmptyLines(true).allowMissingFields(true)
            .allowExtraFields(true).ofCsvRecord(r)) {
          for (CsvRecord rec : csv) {
            for (String f : rec.getFields()) {
              fields++;
              chars += f.length();
            }
          }
        }
      } else {
        CsvInput csv = new CsvInput(in, ',');
        for (List<String> rec = csv.next(); rec != null; rec = csv.next()) {
          for (String f : rec) {
            fields++;
            chars += f.length();
          }
        }
      }
    }
    System.out.println(fields + " fields, " + chars + " chars");
  }
}
