/**
 * Wires the {@code briefingPackJob} (extract, render partitioned over {@code briefing.workers} worker steps,
 * renderRun, publish), launches it once or on a schedule, keeps the per-run ledger that makes restarts
 * exact, and reuses unchanged documents' packs from the last completed run (incremental runs). Holds no
 * extraction or rendering logic.
 */
package org.briefingpack.job;
