package org.briefingpack.job;

/** Process exit codes, documented in the README so schedulers can act on them. */
public final class ExitCodes {
    /** The run completed and every input file got a pack. */
    public static final int OK = 0;
    /** The run failed; restart it with {@code --briefing.run-id=<id>} to finish it. */
    public static final int FAILED = 1;
    /** The command line or configuration is wrong. */
    public static final int USAGE = 2;
    /**
     * The run completed, but some input files were skipped or failed, or some recipients did not get their message
     * (see run-report.json).
     */
    public static final int COMPLETED_WITH_SKIPS = 3;
    /** Nothing was done: another run holds the output folder, or the run id already completed. */
    public static final int REFUSED = 4;

    private ExitCodes() {}
}
