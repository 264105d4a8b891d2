/**
 * The {@code briefingPackJob} (extract, render partitioned over {@code briefing.workers} worker steps,
 * renderRun, publish) and its launcher: the Spring Batch wiring, readers, processors, writers and listeners.
 * Holds no extraction or rendering logic; run folders are {@code run}'s, reuse decisions {@code reuse}'s.
 */
package org.briefingpack.job;
