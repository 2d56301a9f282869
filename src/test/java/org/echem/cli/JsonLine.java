package org.echem.cli;

/** A minimal reader of one flat JSON object, enough for tests of echem's JSON Lines. */
final class JsonLine {
    private JsonLine() {}

    /** @return the text of {@code field} (unquoted for strings), or null when absent */
    static String field(String line, String field) {
        String key = "\"" + field + "\":";
        int i = line.indexOf(key);
        if (i < 0) {
            return null;
        }
        int start = i + key.length();
        if (line.charAt(start) == '"') {
            StringBuilder b = new StringBuilder();
            for (int j = start + 1; j < line.length(); j++) {
                char c = line.charAt(j);
                if (c == '\\') {
                    b.append(line.charAt(++j));
                } else if (c == '"') {
                    return b.toString();
                } else {
                    b.append(c);
                }
            }
            throw new IllegalArgumentException("unterminated string in " + line);
        }
        int end = start;
        while (end < line.length() && line.charAt(end) != ',' && line.charAt(end) != '}') {
            end++;
        }
        return line.substring(start, end);
    }
}
