package org.briefingpack.distribution;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import org.briefingpack.model.Actor;
import org.briefingpack.model.DocumentInfo;
import org.briefingpack.model.Event;
import org.briefingpack.model.Facts;
import org.briefingpack.model.Position;
import org.briefingpack.model.Stance;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.springframework.util.unit.DataSize;

/** Who gets a briefing: the run list always, a route when its event name or country code is in the facts. */
class RecipientsTest {

    private static final Briefing PARIS = new Briefing(
            "paris-ai-summit-2025",
            new Facts(
                    Facts.SCHEMA,
                    new DocumentInfo("paris-ai-summit-2025", "paris-ai-summit-2025.txt", "0".repeat(64), 100),
                    new Event(
                            "Paris AI Summit",
                            LocalDate.of(2025, 2, 10),
                            LocalDate.of(2025, 2, 11),
                            "Paris",
                            "FR",
                            List.of()),
                    List.of(),
                    List.of(),
                    List.of(new Position(new Actor("India", "IN"), Stance.SIGNED, null, List.of(), List.of())),
                    List.of(),
                    List.of()),
            Path.of("briefing.pdf"),
            "a".repeat(64));

    @ParameterizedTest(name = "event={0} country={1} -> {2}")
    @CsvSource(delimiter = '|', nullValues = "-", textBlock = """
            Paris AI Summit | -  | desk@example.org,route@example.org
            PARIS ai summit | -  | desk@example.org,route@example.org
            Paris           | -  | desk@example.org
            -               | fr | desk@example.org,route@example.org
            -               | IN | desk@example.org,route@example.org
            -               | US | desk@example.org
            Paris AI Summit | US | desk@example.org
            Paris AI Summit | FR | desk@example.org,route@example.org
            -               | -  | desk@example.org
            """)
    void recipients_areTheRunListAndEveryMatchingRoute(String event, String country, String expected) {
        DistributionSettings settings = settings(
                List.of(" Desk@Example.org "),
                List.of(new DistributionSettings.Route(event, country, List.of("route@example.org"))));

        assertThat(new Recipients(settings).of(PARIS)).containsExactly(expected.split(","));
    }

    @ParameterizedTest(name = "{0} briefings, {1} updated -> {2}")
    @CsvSource(delimiter = '|', textBlock = """
            1 | 0 | Briefing: Paris AI Summit, 10–11 February 2025
            1 | 1 | Updated briefing: Paris AI Summit, 10–11 February 2025
            2 | 0 | Briefings: Paris AI Summit (10–11 February 2025); Paris AI Summit (10–11 February 2025)
            2 | 1 | Briefings (1 updated): Paris AI Summit (10–11 February 2025); Paris AI Summit (10–11 February 2025)
            2 | 2 | Updated briefings: Paris AI Summit (10–11 February 2025); Paris AI Summit (10–11 February 2025)
            5 | 0 | Briefings: Paris AI Summit (10–11 February 2025); Paris AI Summit (10–11 February 2025); Paris AI Summit (10–11 February 2025); and 2 more
            """)
    void subject_namesTheEventsAndDates(int briefings, int updated, String expected) {
        List<MessageContent.BriefingBlock> blocks = new java.util.ArrayList<>();
        for (int i = 0; i < briefings; i++) {
            blocks.add(MessageContent.block(new Delivery.Item(PARIS, i < updated), true, "link"));
        }

        assertThat(MessageContent.subject(blocks)).isEqualTo(expected);
    }

    private static DistributionSettings settings(List<String> recipients, List<DistributionSettings.Route> routes) {
        return new DistributionSettings(
                DistributionSettings.Mode.SEND,
                DistributionSettings.Per.DIGEST,
                "from@example.org",
                recipients,
                routes,
                DataSize.ofMegabytes(10),
                null,
                false,
                3,
                Duration.ofSeconds(2));
    }
}
