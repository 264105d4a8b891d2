package org.briefingpack.render.workbook;

import java.net.URI;
import java.util.List;
import org.apache.poi.ss.usermodel.Row;
import org.briefingpack.model.Facts;
import org.briefingpack.model.Link;

/** The Resources sheet: every web address the documents give, as a link, with host, title and status. */
final class ResourcesSheet extends TableSheet {

    ResourcesSheet(SheetWriter sheet) {
        super(
                sheet,
                CommitmentsWorkbookWriter.RESOURCES,
                List.of(
                        Column.wrapped("Summit", 32),
                        Column.plain("URL", 60),
                        Column.plain("Host", 26),
                        Column.wrapped("Title", 44),
                        Column.plain("Status", 10),
                        Column.plain("Fetched at (UTC)", 20)));
    }

    @Override
    void add(int index, Facts facts) {
        String summit = CommitmentsWorkbookWriter.summit(facts);
        for (Link link : facts.links()) {
            String address = link.normalized() != null ? link.normalized() : link.url();
            Row row = summitRow(summit);
            sheet.url(row, 1, address);
            table.text(row, 2, link.host() != null ? link.host() : host(address));
            table.text(row, 3, link.title());
            table.text(row, 4, link.status());
            sheet.dateTime(row, 5, link.fetchedAt());
        }
    }

    private static String host(String address) {
        if (address == null) {
            return null;
        }
        try {
            return URI.create(address.strip()).getHost();
        } catch (IllegalArgumentException e) {
            return null;
        }
    }
}
