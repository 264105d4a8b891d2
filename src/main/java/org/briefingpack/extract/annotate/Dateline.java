package org.briefingpack.extract.annotate;

import java.time.LocalDate;

/**
 * Where (and when) a news story was filed: "GLASGOW, Scotland (AP) —", "New Delhi:", "Bali, November 16th:".
 * The place a story was filed from is not always where the event was.
 *
 * @param place   the place as written, title case ("Glasgow")
 * @param country its ISO code where the gazetteer knows the place, else null
 * @param date    the date the dateline gives, else null
 * @param start   offset of the dateline in the document text
 * @param end     offset just after its closing dash or colon (and the space after it)
 */
public record Dateline(String place, String country, LocalDate date, int start, int end) {}
