/**
 * Starts the job from the process: once at start-up with an exit code, or at each tick of
 * {@code briefing.schedule}. Holds no job logic: it calls {@link org.briefingpack.job.BriefingPackLauncher}.
 */
package org.briefingpack.launch;
