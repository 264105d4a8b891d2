package org.briefingpack.config;

import java.nio.file.Path;
import java.time.Duration;
import org.briefingpack.distribution.DistributionSettings;
import org.briefingpack.links.LinkSettings;
import org.briefingpack.render.FxRates;
import org.briefingpack.render.pdf.PdfSettings;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Everything a user can set under {@code briefing.*}; {@code --input} and {@code --output} are
 * short aliases (see application.yml). The settings of one part are that part's own record
 * ({@link PdfSettings}, {@link FxRates}, {@link LinkSettings}), kept in the package it configures.
 *
 * @param input     folder of documents to read
 * @param output    folder that receives one run folder per run
 * @param schedule  cron expression; when set the process stays up and runs at each tick
 * @param templates folder with briefing.html, briefing.css and fonts; the shipped ones when unset
 * @param workers   render threads; 0 means one per core
 * @param force     rebuild every pack even where inputs did not change
 * @param runId     run folder name; give the id of a failed run to restart it where it failed
 * @param chunkSize documents extracted per transaction (a crash redoes at most this many)
 * @param maxPages  PDFs with more pages are skipped with the reason
 * @param distribution who gets the briefings by e-mail ({@link DistributionSettings}); nobody by default
 * @param scheduleLockTtl with {@code schedule}: how long the schedule lock outlives an instance that died holding
 *     it (renewed every third of it while a run goes on)
 * @param renderBudget how long one document's briefing may take to render; past it the document is FAILED with
 *     the reason and the run goes on
 */
@ConfigurationProperties("briefing")
public record BriefingProperties(
        @DefaultValue("input") Path input,
        @DefaultValue("output") Path output,
        String schedule,
        Path templates,
        @DefaultValue("0") int workers,
        @DefaultValue("false") boolean force,
        String runId,
        @DefaultValue("10") int chunkSize,
        @DefaultValue("1000") int maxPages,
        @DefaultValue PdfSettings pdf,
        @DefaultValue FxRates fx,
        @DefaultValue LinkSettings links,
        @DefaultValue DistributionSettings distribution,
        @DefaultValue("60s") Duration scheduleLockTtl,
        @DefaultValue("120s") Duration renderBudget) {

    public int effectiveWorkers() {
        return workers > 0 ? workers : Runtime.getRuntime().availableProcessors();
    }
}
