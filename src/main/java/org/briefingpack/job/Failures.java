package org.briefingpack.job;

/** How a failure is named in the log and the run report: its type and message, never a stack trace. */
final class Failures {

    private Failures() {}

    static String describe(Throwable e) {
        String message = e.getMessage();
        return e.getClass().getSimpleName() + (message == null || message.isBlank() ? "" : ": " + message);
    }
}
