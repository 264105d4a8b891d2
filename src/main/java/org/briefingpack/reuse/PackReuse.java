package org.briefingpack.reuse;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.briefingpack.io.AtomicFiles;

/**
 * Takes files over from an earlier run folder: a hard link where the file system allows (no bytes copied,
 * and runs never write a file in place, so the two names never diverge), else a copy written atomically.
 * Either way a reader never sees half a file. Stateless.
 */
public final class PackReuse {

    private PackReuse() {}

    /**
     * Links {@code outputs} (relative to {@code fromRunDir}, under {@code fromFolder}) into {@code toRunDir} under
     * {@code toFolder}; returns the new relative names in the same order.
     */
    public static List<String> take(
            Path fromRunDir, String fromFolder, Path toRunDir, String toFolder, List<String> outputs) {
        List<String> taken = new ArrayList<>(outputs.size());
        for (String output : outputs) {
            String renamed = rename(output, fromFolder, toFolder);
            link(fromRunDir.resolve(output), toRunDir.resolve(renamed));
            taken.add(renamed);
        }
        return taken;
    }

    /** A path relative to a run folder, moved from one document folder to another ("a/x.pdf" to "b/x.pdf"). */
    public static String rename(String output, String fromFolder, String toFolder) {
        String prefix = fromFolder + "/";
        return output.startsWith(prefix) && !fromFolder.equals(toFolder)
                ? toFolder + "/" + output.substring(prefix.length())
                : output;
    }

    public static void link(Path source, Path target) {
        try {
            Files.createDirectories(target.getParent());
            // a restart after a crash may find the link already there
            Files.deleteIfExists(target);
            try {
                Files.createLink(target, source);
            } catch (IOException | UnsupportedOperationException | SecurityException e) {
                AtomicFiles.write(target, Files.readAllBytes(source));
            }
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot take " + source + " over into " + target, e);
        }
    }
}
