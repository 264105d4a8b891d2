/**
 * Distribution: the run's briefings as e-mail (over SMTP, or as {@code .eml} files in the run's outbox), each pack
 * sent to each recipient once, recorded in the job repository's database ({@link DistributionLedger}). Reads the
 * facts and the files a run wrote; must not render, extract, or know Spring Batch.
 */
package org.briefingpack.distribution;
