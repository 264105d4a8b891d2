package org.briefingpack.render.workbook;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class SheetWriterTest {

    @Test
    void url_pastTheSheetsLinkBudgetIsPlainTextAndCounted() throws IOException {
        SXSSFWorkbook workbook = new SXSSFWorkbook();
        try {
            SheetWriter sheet = new SheetWriter(workbook, workbook.createSheet("S"), new Styles(workbook), 2);
            for (int i = 0; i < 3; i++) {
                Row row = sheet.newRow();
                sheet.url(row, 0, "https://example.org/" + i);
            }
            assertThat(sheet.linksOmitted()).isEqualTo(1);
            ByteArrayOutputStream bytes = new ByteArrayOutputStream();
            workbook.write(bytes);
            try (XSSFWorkbook read = new XSSFWorkbook(new ByteArrayInputStream(bytes.toByteArray()))) {
                XSSFSheet s = read.getSheet("S");
                assertThat(s.getHyperlinkList()).hasSize(2);
                assertThat(s.getRow(2).getCell(0).getHyperlink()).isNull();
                assertThat(s.getRow(2).getCell(0).getStringCellValue()).isEqualTo("https://example.org/2");
            }
        } finally {
            workbook.dispose();
            workbook.close();
        }
    }

    @ParameterizedTest
    @CsvSource(
            nullValues = "NULL",
            value = {
                "https://www.gov.uk/government/topical-events/ai-seoul-summit-2024, https://www.gov.uk/government/topical-events/ai-seoul-summit-2024",
                "http://example.org/a?b=c&d=e, http://example.org/a?b=c&d=e",
                "'  https://example.org/  ', https://example.org/",
                "javascript:alert(1), NULL",
                "file:///etc/passwd, NULL",
                "https://exa mple.org/, NULL",
                "mailto:someone@example.org, NULL",
                "www.example.org, NULL",
            })
    void webAddress_acceptsOnlyParsableHttpAddresses(String url, String expected) {
        assertThat(SheetWriter.webAddress(url)).isEqualTo(expected);
    }
}
