package org.briefingpack.distribution;

import java.time.Duration;
import java.util.List;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.util.unit.DataSize;

/**
 * Who gets the run's briefings and how ({@code briefing.distribution.*}). Nothing is sent unless a recipient is
 * configured, in {@code recipients} or a route.
 *
 * @param mode              {@code send} over SMTP ({@code spring.mail.*}), or {@code outbox}: each message written
 *                          as an {@code .eml} file under the run folder, nothing sent and nothing recorded
 * @param per               {@code digest}: one message per recipient list with every briefing it gets; or
 *                          {@code document}: one message per briefing
 * @param from              the sender address
 * @param recipients        who gets every briefing of every run
 * @param routes            who else gets the briefings of an event or a country
 * @param maxAttachmentSize the most a message attaches; a briefing past it is linked instead
 * @param baseUrl           where the output folder is published ({@code https://intranet/briefings}); the link
 *                          for a briefing not attached, else the file's path
 * @param attachWorkbook    attach the run's {@code commitments.xlsx} too
 * @param attempts          tries per message before its recipients are reported undelivered
 * @param backoff           wait before the second try, doubled before each further one
 */
public record DistributionSettings(
        @DefaultValue("send") Mode mode,
        @DefaultValue("digest") Per per,
        @DefaultValue("briefing-pack@localhost") String from,
        List<String> recipients,
        List<Route> routes,
        @DefaultValue("10MB") DataSize maxAttachmentSize,
        String baseUrl,
        @DefaultValue("false") boolean attachWorkbook,
        @DefaultValue("3") int attempts,
        @DefaultValue("2s") Duration backoff) {

    public DistributionSettings {
        recipients = recipients == null ? List.of() : List.copyOf(recipients);
        routes = routes == null ? List.of() : List.copyOf(routes);
        attempts = Math.max(1, attempts);
        backoff = backoff == null ? Duration.ZERO : backoff;
    }

    public enum Mode {
        SEND,
        OUTBOX
    }

    public enum Per {
        DIGEST,
        DOCUMENT
    }

    /**
     * Extra recipients for some briefings: those whose event name (case aside) is {@code event}, or whose facts
     * name the country {@code country} (ISO 3166-1 alpha-2: the event's country, or a party to a position or an
     * outcome). A route with both asks for both.
     */
    public record Route(String event, String country, List<String> to) {
        public Route {
            to = to == null ? List.of() : List.copyOf(to);
        }
    }

    /** True when some recipient is configured: otherwise the run distributes nothing. */
    public boolean active() {
        return !recipients.isEmpty()
                || routes.stream().anyMatch(route -> !route.to().isEmpty());
    }
}
