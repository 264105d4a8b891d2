package org.briefingpack.config;

import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Map;

import org.briefingpack.render.FxRates;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Everything a user can set under {@code briefing.*}; {@code --input} and {@code --output} are
 * short aliases (see application.yml).
 *
 * @param input     folder of documents to read
 * @param output    folder that receives one run folder per run
 * @param schedule  cron expression; when set the process stays up and runs at each tick
 * @param templates folder with briefing.html, briefing.css and fonts; the shipped ones when unset
 * @param workers   render threads; 0 means one per core
 * @param force     rebuild every pack even where inputs did not change
 * @param runId     run folder name; give the id of a failed run to restart it where it failed
 * @param chunkSize documents extracted per transaction (a crash redoes at most this many)
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
        @DefaultValue Pdf pdf,
        @DefaultValue Fx fx,
        @DefaultValue Links links) {

    /**
     * @param pageSize       A4 or Letter
     * @param classification line printed on the cover ("OFFICIAL", "Internal"), none when blank
     * @param author         document metadata author
     * @param language       document language (BCP 47)
     * @param fixedTimestamp when set, the generation time printed and stored, for byte-identical output
     */
    public record Pdf(
            @DefaultValue("A4") String pageSize,
            @DefaultValue("") String classification,
            @DefaultValue("briefing-pack") String author,
            @DefaultValue("en") String language,
            Instant fixedTimestamp) {
    }

    /**
     * @param base     currency charts and the workbook convert into
     * @param rateDate the day the rates were taken
     * @param rates    units of base per unit of each currency
     */
    public record Fx(
            @DefaultValue("USD") String base,
            LocalDate rateDate,
            Map<String, BigDecimal> rates) {

        public FxRates toRates() {
            return new FxRates(base, rateDate, rates);
        }
    }

    /**
     * @param fetch whether resource links are fetched for title and status
     */
    public record Links(@DefaultValue("true") boolean fetch) {
    }

    public int effectiveWorkers() {
        return workers > 0 ? workers : Runtime.getRuntime().availableProcessors();
    }
}
