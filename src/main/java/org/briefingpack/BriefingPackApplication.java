package org.briefingpack;

import java.util.Arrays;
import org.briefingpack.config.BriefingProperties;
import org.briefingpack.launch.BriefingPackRunner;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * briefing-pack: reads the input folder, writes a briefing pack per document and a run workbook.
 * Runs once and exits with a documented code, or stays up when a schedule is set.
 */
// Only the packages with Spring components are scanned: the others (extraction rules, renderers, the model)
// are plain classes wired in BriefingComponents, and reading each of their class files at start-up cost a
// one-shot run about a fifth of Spring's start-up (docs/performance.md).
@SpringBootApplication(
        scanBasePackages = {"org.briefingpack.config", "org.briefingpack.job", "org.briefingpack.launch"})
@EnableConfigurationProperties(BriefingProperties.class)
public class BriefingPackApplication {

    static final String USAGE = """
            briefing-pack: turns summit and conference write-ups into a briefing pack.

            Usage: java -jar target/briefing-pack.jar [options]     (or ./mvnw spring-boot:run)

            Options (each is also a Spring property: application.yml, environment, --name=value):
              --input=DIR                       documents to read (.txt, .md, .html, .htm); default input
              --output=DIR                      where run folders go; default output
              --briefing.schedule="CRON"        stay up and run at each tick, e.g. "0 0 6 * * MON-FRI"
              --briefing.run-id=ID              restart the failed run ID where it stopped
              --briefing.templates=DIR          your own briefing.html / briefing.css / fonts
              --briefing.workers=N              render threads (default: one per core)
              --briefing.force=true             rebuild every pack even if nothing changed
              --briefing.pdf.page-size=Letter   A4 (default) or Letter
              --briefing.pdf.classification=T   classification line on the cover
              --briefing.pdf.fixed-timestamp=T  ISO instant printed instead of the run time (byte-identical output)
              --briefing.pdf.archive=true       PDF/A-3b briefings with facts.json embedded
              --briefing.distribution.recipients=A,B   e-mail the briefings (with --spring.mail.host=HOST)
              --briefing.distribution.mode=outbox      write the e-mail as .eml files under the run folder instead
              --briefing.fx.rates.EUR=1.08      exchange rates into USD (see application.yml)
              --briefing.links.fetch=false      do not fetch resource links
              --spring.datasource.url=URL       job repository (default: H2 file under data/)
              --help                            this text

            Exit codes: 0 every document packed; 1 run failed (restart with --briefing.run-id);
            2 usage or configuration error; 3 completed, some documents skipped or failed, or some
            recipients did not get their e-mail (see run-report.json); 4 refused: another run holds the output folder, or the run id already completed.
            """;

    public static void main(String[] args) {
        if (Arrays.stream(args).anyMatch(arg -> arg.equals("--help") || arg.equals("-h"))) {
            System.out.print(USAGE);
            return;
        }
        ConfigurableApplicationContext context = SpringApplication.run(BriefingPackApplication.class, args);
        // Scheduled mode keeps running on the scheduler's threads; otherwise exit with the run's code.
        boolean scheduled =
                context.getBeanProvider(BriefingPackRunner.class).stream().anyMatch(BriefingPackRunner::isScheduled);
        if (!scheduled) {
            System.exit(SpringApplication.exit(context));
        }
    }
}
