package org.briefingpack.render.workbook;

import static org.assertj.core.api.Assertions.assertThat;
import static org.briefingpack.render.workbook.WorkbookFixtures.FX;
import static org.briefingpack.render.workbook.WorkbookFixtures.allFixtures;
import static org.briefingpack.render.workbook.WorkbookFixtures.hostile;
import static org.briefingpack.render.workbook.WorkbookFixtures.run;

import java.io.InputStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.poi.openxml4j.opc.OPCPackage;
import org.apache.poi.openxml4j.opc.PackageAccess;
import org.apache.poi.openxml4j.opc.PackagePart;
import org.apache.poi.xssf.usermodel.XSSFRelation;
import org.apache.xmlbeans.XmlError;
import org.apache.xmlbeans.XmlObject;
import org.apache.xmlbeans.XmlOptions;
import org.briefingpack.model.Facts;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openxmlformats.schemas.drawingml.x2006.chart.ChartSpaceDocument;
import org.openxmlformats.schemas.drawingml.x2006.spreadsheetDrawing.CTDrawing;
import org.openxmlformats.schemas.spreadsheetml.x2006.main.StyleSheetDocument;
import org.openxmlformats.schemas.spreadsheetml.x2006.main.TableDocument;
import org.openxmlformats.schemas.spreadsheetml.x2006.main.WorkbookDocument;
import org.openxmlformats.schemas.spreadsheetml.x2006.main.WorksheetDocument;

/**
 * Validates every sheet, table, drawing, chart, the styles and the workbook part against the
 * OOXML schema: Excel "repairs" files that break it, and we have no Excel to open them with.
 */
class WorkbookSchemaTest {

    private static final String XML_NAMESPACE = "http://www.w3.org/XML/1998/namespace";

    @TempDir
    Path dir;

    @Test
    void everyPart_isValidAgainstTheOoxmlSchema() throws Exception {
        List<Facts> facts = new ArrayList<>(allFixtures());
        facts.add(hostile());
        Path file = dir.resolve("schema.xlsx");
        new CommitmentsWorkbookWriter(FX).write(run(facts, List.of()), file);
        List<String> problems = new ArrayList<>();
        int checked = 0;
        try (OPCPackage pkg = OPCPackage.open(file.toFile(), PackageAccess.READ)) {
            for (PackagePart part : pkg.getParts()) {
                Parser parser = parserFor(part.getContentType());
                if (parser == null) {
                    continue;
                }
                XmlObject xml;
                try (InputStream in = part.getInputStream()) {
                    xml = parser.parse(in);
                }
                List<XmlError> errors = new ArrayList<>();
                if (!xml.validate(new XmlOptions().setErrorListener(errors))) {
                    errors.stream()
                            // xml:space="preserve" on <t> is what Excel itself writes for text with
                            // edge spaces or line breaks; the transitional schema just omits it.
                            .filter(e -> !e.getMessage().contains("space@" + XML_NAMESPACE))
                            .forEach(e -> problems.add(part.getPartName() + ": " + e));
                }
                checked++;
            }
        }
        assertThat(problems).isEmpty();
        // 7 sheets + 8 tables + drawing + chart + styles + workbook
        assertThat(checked).isEqualTo(19);
    }

    @FunctionalInterface
    private interface Parser {
        XmlObject parse(InputStream in) throws Exception;
    }

    private static Parser parserFor(String type) {
        if (type.equals(XSSFRelation.WORKSHEET.getContentType())) {
            return WorksheetDocument.Factory::parse;
        } else if (type.equals(XSSFRelation.TABLE.getContentType())) {
            return TableDocument.Factory::parse;
        } else if (type.equals(XSSFRelation.DRAWINGS.getContentType())) {
            // The lite schema jar has no wsDr document type; parse the root as its CTDrawing content, as POI does.
            return in -> CTDrawing.Factory.parse(in, new XmlOptions().setLoadReplaceDocumentElement(null));
        } else if (type.equals(XSSFRelation.CHART.getContentType())) {
            return ChartSpaceDocument.Factory::parse;
        } else if (type.equals(XSSFRelation.STYLES.getContentType())) {
            return StyleSheetDocument.Factory::parse;
        } else if (type.equals(XSSFRelation.WORKBOOK.getContentType())) {
            return WorkbookDocument.Factory::parse;
        }
        return null;
    }
}
