package org.briefingpack.run;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.format.ResolverStyle;
import java.time.temporal.ChronoUnit;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Run ids, which are also run folder names: {@code 2026-11-25T06-00-00Z}, the UTC second a run started, so
 * folders sort by time. A restart names its run by id, so an id from the command line is checked here too.
 */
public final class RunIds {

    private static final DateTimeFormatter FORMAT = DateTimeFormatter.ofPattern("uuuu-MM-dd'T'HH-mm-ss'Z'", Locale.ROOT)
            .withZone(ZoneOffset.UTC)
            .withResolverStyle(ResolverStyle.STRICT);
    private static final Pattern SHAPE = Pattern.compile("\\d{4}-\\d{2}-\\d{2}T\\d{2}-\\d{2}-\\d{2}Z");

    private RunIds() {}

    /** A run id for {@code now} that names no existing run folder (bumped a second at a time). */
    public static String next(Path outputDir, Instant now) {
        Instant candidate = now.truncatedTo(ChronoUnit.SECONDS);
        while (Files.exists(outputDir.resolve(FORMAT.format(candidate)))) {
            candidate = candidate.plusSeconds(1);
        }
        return FORMAT.format(candidate);
    }

    /** The run id of the second {@code time} falls in: a scheduled tick's run is named by the tick's time. */
    public static String of(Instant time) {
        return FORMAT.format(time.truncatedTo(ChronoUnit.SECONDS));
    }

    /** The time a run id names; empty for an id given by hand in another shape. */
    public static Optional<Instant> timeOf(String runId) {
        try {
            return Optional.of(LocalDateTime.parse(runId, FORMAT).toInstant(ZoneOffset.UTC));
        } catch (DateTimeParseException e) {
            return Optional.empty();
        }
    }

    /**
     * Accepts only ids in the run-id format, a real UTC second: anything else ({@code latest}, which names the
     * pointer to the last completed run; {@code LATEST}, the file holding its id; a path; an option) is refused,
     * so a run id always names a run folder and nothing else.
     */
    public static String check(String runId) {
        if (runId == null || !SHAPE.matcher(runId).matches() || timeOf(runId).isEmpty()) {
            throw new IllegalArgumentException("Run id '" + runId + "' is not a run id: a run id is the UTC second"
                    + " a run started, as its folder under the output folder is named (e.g. 2026-11-25T06-00-00Z)");
        }
        return runId;
    }
}
