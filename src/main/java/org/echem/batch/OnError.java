package org.echem.batch;

/** What a batch does with a CSV row that cannot be computed (SPEC §4). */
public enum OnError {
    /** Stop, exit 3; the rows before it are written. */
    FAIL,
    /** Drop the row and count it on stderr. */
    SKIP,
    /** Keep the row with empty results and an error column. */
    MARK
}
