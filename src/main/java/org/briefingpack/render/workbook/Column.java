package org.briefingpack.render.workbook;

/**
 * A table column: its header (also the Excel table column name), a fixed width in characters, and
 * whether long text wraps within that width.
 */
record Column(String header, int width, boolean wrap) {

    static Column plain(String header, int width) {
        return new Column(header, width, false);
    }

    static Column wrapped(String header, int width) {
        return new Column(header, width, true);
    }
}
