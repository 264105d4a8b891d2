package org.briefingpack.testsupport;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import java.util.stream.Stream;

/** Finds LibreOffice for the tests that check against it (they skip, saying so, where it is absent). */
public final class LibreOffice {

    private LibreOffice() {}

    /** {@code soffice} (or {@code libreoffice}) on the PATH. */
    public static Optional<Path> program() {
        return onPath("soffice").or(() -> onPath("libreoffice"));
    }

    /** Writer, not only Calc: the word processor's library stands next to the program. */
    public static boolean hasWriter(Path program) {
        try (Stream<Path> list = Files.list(program.toRealPath().getParent())) {
            return list.anyMatch(p -> p.getFileName().toString().startsWith("libswlo"));
        } catch (IOException e) {
            return false;
        }
    }

    private static Optional<Path> onPath(String program) {
        String path = System.getenv("PATH");
        if (path == null) {
            return Optional.empty();
        }
        return Stream.of(path.split(File.pathSeparator))
                .map(p -> Path.of(p, program))
                .filter(Files::isExecutable)
                .findFirst();
    }
}
