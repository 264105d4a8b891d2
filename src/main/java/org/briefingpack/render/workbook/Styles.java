package org.briefingpack.render.workbook;

import java.util.HashMap;
import java.util.Map;
import org.apache.poi.ss.usermodel.BorderStyle;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.DataFormat;
import org.apache.poi.ss.usermodel.FillPatternType;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.IndexedColors;
import org.apache.poi.ss.usermodel.VerticalAlignment;
import org.apache.poi.ss.usermodel.Workbook;
import org.briefingpack.render.HumanFormat;

/**
 * The cell styles of one workbook, made once and shared by its cells (Excel caps a workbook at
 * 64,000 styles, so never one per cell). Belongs to a single write; not shared between threads.
 */
final class Styles {

    static final String DATE_FORMAT = "yyyy-mm-dd";
    static final String DATE_TIME_FORMAT = "yyyy-mm-dd hh:mm:ss";
    static final String INTEGER_FORMAT = "#,##0";
    static final String DECIMAL_FORMAT = "#,##0.0#";

    private final Workbook workbook;
    private final DataFormat formats;
    private final Font bodyFont;
    private final Font linkFont;
    private final Map<String, CellStyle> byKey = new HashMap<>();

    final CellStyle header;
    final CellStyle title;
    final CellStyle label;

    Styles(Workbook workbook) {
        this.workbook = workbook;
        this.formats = workbook.createDataFormat();
        // An explicit body font: POI's default font names the theme's "minor" font without shipping
        // a theme, and LibreOffice then falls back to a smaller face than the headers get.
        bodyFont = workbook.createFont();
        bodyFont.setFontName("Calibri");
        bodyFont.setFontHeightInPoints((short) 11);

        Font headerFont = workbook.createFont();
        headerFont.setFontName("Calibri");
        headerFont.setFontHeightInPoints((short) 11);
        headerFont.setBold(true);
        headerFont.setColor(IndexedColors.WHITE.getIndex());
        header = workbook.createCellStyle();
        header.setFont(headerFont);
        header.setFillForegroundColor(IndexedColors.DARK_TEAL.getIndex());
        header.setFillPattern(FillPatternType.SOLID_FOREGROUND);
        header.setBorderBottom(BorderStyle.THIN);
        header.setVerticalAlignment(VerticalAlignment.CENTER);
        header.setWrapText(true);

        Font titleFont = workbook.createFont();
        titleFont.setFontName("Calibri");
        titleFont.setBold(true);
        titleFont.setFontHeightInPoints((short) 14);
        title = workbook.createCellStyle();
        title.setFont(titleFont);

        Font labelFont = workbook.createFont();
        labelFont.setFontName("Calibri");
        labelFont.setFontHeightInPoints((short) 11);
        labelFont.setBold(true);
        label = workbook.createCellStyle();
        label.setFont(labelFont);
        label.setVerticalAlignment(VerticalAlignment.TOP);

        linkFont = workbook.createFont();
        linkFont.setFontName("Calibri");
        linkFont.setFontHeightInPoints((short) 11);
        linkFont.setUnderline(Font.U_SINGLE);
        linkFont.setColor(IndexedColors.BLUE.getIndex());
    }

    /** Plain or wrapped text; quote-prefixed where the text could be read as a formula. */
    CellStyle text(boolean wrap, boolean quotePrefixed) {
        return byKey.computeIfAbsent("text:" + wrap + ":" + quotePrefixed, key -> {
            CellStyle style = top();
            style.setWrapText(wrap);
            style.setQuotePrefixed(quotePrefixed);
            return style;
        });
    }

    CellStyle link() {
        return byKey.computeIfAbsent("link", key -> {
            CellStyle style = top();
            style.setFont(linkFont);
            return style;
        });
    }

    CellStyle date() {
        return formatted(DATE_FORMAT);
    }

    CellStyle dateTime() {
        return formatted(DATE_TIME_FORMAT);
    }

    /** Whole numbers get no decimals; others up to two. */
    CellStyle number(boolean whole) {
        return formatted(whole ? INTEGER_FORMAT : DECIMAL_FORMAT);
    }

    /** Exchange rates: up to six decimals, since ¥1 is $0.00694. */
    CellStyle rate() {
        return formatted("0.0#####");
    }

    CellStyle percent(boolean whole) {
        return formatted(whole ? "0%" : "0.0#%");
    }

    CellStyle money(String currency, boolean whole) {
        return formatted(moneyFormat(currency, whole));
    }

    /**
     * The number format for an amount in a currency: {@code $#,##0}, {@code "€"#,##0},
     * {@code "CHF "#,##0.00}. The symbol is the one people read elsewhere in the pack.
     */
    static String moneyFormat(String currency, boolean whole) {
        return currencyLiteral(currency) + (whole ? INTEGER_FORMAT : "#,##0.00");
    }

    /** The currency symbol as a number-format literal: {@code $}, {@code "€"}, {@code "CHF "}, or empty. */
    static String currencyLiteral(String currency) {
        String prefix = HumanFormat.currencyPrefix(currency).replace("\"", "");
        if (prefix.isEmpty()) {
            return "";
        }
        // "$" is a literal Excel takes bare; anything else is quoted so no reader mistakes it for a code.
        return "$".equals(prefix) ? prefix : "\"" + prefix + "\"";
    }

    private CellStyle formatted(String format) {
        return byKey.computeIfAbsent("format:" + format, key -> {
            CellStyle style = top();
            style.setDataFormat(formats.getFormat(format));
            return style;
        });
    }

    private CellStyle top() {
        CellStyle style = workbook.createCellStyle();
        style.setFont(bodyFont);
        style.setVerticalAlignment(VerticalAlignment.TOP);
        return style;
    }
}
