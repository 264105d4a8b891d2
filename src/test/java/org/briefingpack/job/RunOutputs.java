package org.briefingpack.job;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.TreeMap;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.briefingpack.model.Facts;
import org.briefingpack.model.FactsJson;
import tools.jackson.databind.JsonNode;

/** Reads back what a run wrote: its report by input file, a pack's facts, a PDF's text. */
final class RunOutputs {

    static final FactsJson JSON = new FactsJson();

    private RunOutputs() {}

    static JsonNode report(Path runDir) {
        return JSON.mapper().readTree(runDir.resolve("run-report.json").toFile());
    }

    /** The report's document entries keyed by input file name (each file must appear once). */
    static Map<String, JsonNode> entriesByFile(JsonNode report) {
        Map<String, JsonNode> byFile = new LinkedHashMap<>();
        for (JsonNode entry : report.get("documents")) {
            JsonNode previous = byFile.put(entry.get("file").asString(), entry);
            if (previous != null) {
                throw new AssertionError("run-report.json lists " + entry.get("file") + " twice");
            }
        }
        return byFile;
    }

    static Facts facts(Path documentDir) {
        return JSON.read(documentDir.resolve("facts.json"));
    }

    static int pdfPages(Path pdf) {
        try (PDDocument document = Loader.loadPDF(pdf.toFile())) {
            return document.getNumberOfPages();
        } catch (IOException e) {
            throw new UncheckedIOException("not a whole PDF: " + pdf, e);
        }
    }

    /** The PDF's text with runs of white space as one space; fails when PDFBox cannot load it. */
    static String pdfText(Path pdf) {
        try (PDDocument document = Loader.loadPDF(pdf.toFile())) {
            return new PDFTextStripper().getText(document).replaceAll("\\s+", " ");
        } catch (IOException e) {
            throw new UncheckedIOException("not a whole PDF: " + pdf, e);
        }
    }

    /** Every file under the folder with its SHA-256 and modification time: equal maps mean untouched files. */
    static Map<String, String> fingerprint(Path dir) throws IOException {
        Map<String, String> prints = new TreeMap<>();
        for (String file : JobTestFolders.filesUnder(dir)) {
            Path path = dir.resolve(file);
            try {
                byte[] digest = MessageDigest.getInstance("SHA-256").digest(Files.readAllBytes(path));
                prints.put(file, HexFormat.of().formatHex(digest) + " " + Files.getLastModifiedTime(path));
            } catch (NoSuchAlgorithmException e) {
                throw new IllegalStateException(e);
            }
        }
        return prints;
    }
}
