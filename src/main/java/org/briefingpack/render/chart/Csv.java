package org.briefingpack.render.chart;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;

/**
 * A small RFC 4180 CSV builder: UTF-8, a header row, quotes only where a cell needs them. Text that a
 * spreadsheet would run as a formula (=, +, -, @ first) gets a leading apostrophe: names come from documents.
 */
final class Csv {

    private final StringBuilder text = new StringBuilder();

    Csv(String... header) {
        row((Object[]) header);
    }

    Csv row(Object... cells) {
        for (int i = 0; i < cells.length; i++) {
            if (i > 0) {
                text.append(',');
            }
            text.append(escape(cells[i]));
        }
        text.append("\r\n");
        return this;
    }

    byte[] bytes() {
        return text.toString().getBytes(StandardCharsets.UTF_8);
    }

    @Override
    public String toString() {
        return text.toString();
    }

    private static String escape(Object cell) {
        if (cell == null) {
            return "";
        }
        String s = cell instanceof BigDecimal d ? d.toPlainString() : cell.toString();
        if (cell instanceof CharSequence && !s.isEmpty() && "=+-@\t\r".indexOf(s.charAt(0)) >= 0) {
            s = "'" + s;
        }
        if (s.indexOf(',') >= 0 || s.indexOf('"') >= 0 || s.indexOf('\n') >= 0 || s.indexOf('\r') >= 0) {
            return '"' + s.replace("\"", "\"\"") + '"';
        }
        return s;
    }
}
