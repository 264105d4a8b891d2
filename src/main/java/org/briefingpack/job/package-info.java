/**
 * Wires the {@code briefingPackJob} (extract, render, publish), launches it once or on a schedule, and
 * keeps the per-run ledger that makes restarts exact. Holds no extraction or rendering logic.
 */
package org.briefingpack.job;
