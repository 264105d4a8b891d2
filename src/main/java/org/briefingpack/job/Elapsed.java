package org.briefingpack.job;

import java.util.concurrent.TimeUnit;

/** Milliseconds since a {@link System#nanoTime()} reading, for the timings in logs and the run report. */
final class Elapsed {

    private Elapsed() {}

    static long millisSince(long startedNanos) {
        return TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - startedNanos);
    }
}
