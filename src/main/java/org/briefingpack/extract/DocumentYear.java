package org.briefingpack.extract;

import java.util.OptionalInt;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The year a document's file name gives it ("g20-bali-2022.txt", "2024-06-11 Berlin URC.pdf", "20241105_summit.txt"): the year that
 * dates which state none ("on 16 November", "11 and 12 June") fall in when the text names no year near them.
 * News copy leaves the year out because the reader knows it from the page; users keep it in the file name.
 */
public final class DocumentYear {

    // a year standing apart from other digits: not the 2024 of "report20245" or of a version "v12024"
    private static final Pattern YEAR = Pattern.compile(
            "(?<![0-9])(19[5-9][0-9]|20[0-9][0-9]|21[0-9][0-9])(?:(?:0[1-9]|1[0-2])(?:0[1-9]|[12][0-9]|3[01]))?(?![0-9])");

    private DocumentYear() {}

    /** The one year the file name holds; empty where it holds none or two different ones. */
    public static OptionalInt inFileName(String fileName) {
        if (fileName == null) {
            return OptionalInt.empty();
        }
        String name = fileName.replaceFirst("\\.[A-Za-z0-9]{1,5}$", "");
        Matcher m = YEAR.matcher(name);
        int year = 0;
        while (m.find()) {
            int found = Integer.parseInt(m.group(1));
            if (year != 0 && found != year) {
                return OptionalInt.empty(); // "cop28-2023-review-2025": which one the dates are in is not said
            }
            year = found;
        }
        return year == 0 ? OptionalInt.empty() : OptionalInt.of(year);
    }
}
