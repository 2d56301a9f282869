package org.echem.batch;

import java.io.Closeable;
import java.io.IOException;
import java.util.List;

/** Where a batch's records come from: a CSV file's records, or a sweep's grid made as it is read. */
interface Records extends Closeable {
    /** @return the next record (the first is the header), or null at the end */
    List<String> next() throws IOException;

    /** @return the line (or row) number of the record last returned, for messages */
    long line();
}
