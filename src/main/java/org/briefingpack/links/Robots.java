package org.briefingpack.links;

import crawlercommons.robots.BaseRobotRules;
import crawlercommons.robots.SimpleRobotRulesParser;
import java.time.Duration;
import java.util.List;
import java.util.Locale;

/**
 * What a host's robots.txt lets this job fetch (RFC 9309, parsed by crawler-commons: the group for our
 * product token else {@code *}, Allow/Disallow by longest match, Crawl-delay), or why nothing may be fetched
 * from the host at all.
 *
 * @param rules   the parsed rules; null when {@code failure} is set
 * @param failure the status every link on the host gets when robots.txt could not be had: the host did not
 *                answer ({@code timeout}, {@code unreachable}, a refusal), or answered 5xx
 *                ({@code robots-unavailable}: RFC 9309 says assume everything is disallowed)
 */
record Robots(BaseRobotRules rules, String failure) {

    /** A Crawl-delay above this is capped: a hostile robots.txt cannot hold a run for hours. */
    static final Duration MAX_CRAWL_DELAY = Duration.ofSeconds(30);

    /** RFC 9309 asks crawlers to read at least 500 KiB of a robots.txt; the rest is ignored. */
    static final long MAX_SIZE = 512L * 1024;

    /** What the fetch of robots.txt found, as the rules for its host. */
    static Robots of(LinkCheck check, String agentToken) {
        String status = check.status();
        if (LinkStatus.isOk(status)) {
            BaseRobotRules rules = new SimpleRobotRulesParser()
                    .parseContent(
                            check.finalUrl(),
                            check.body(),
                            check.contentType(),
                            List.of(agentToken.toLowerCase(Locale.ROOT)));
            return new Robots(rules, null);
        }
        if (status != null && status.startsWith(LinkStatus.HTTP_PREFIX)) {
            int code = parseCode(status);
            if (code >= 500 || code == 429) {
                return new Robots(null, LinkStatus.ROBOTS_UNAVAILABLE);
            }
            // 4xx (no robots.txt, or not for us to see): everything may be fetched
            return new Robots(new SimpleRobotRulesParser().failedFetch(404), null);
        }
        if (LinkStatus.TOO_MANY_REDIRECTS.equals(status)) {
            return new Robots(new SimpleRobotRulesParser().failedFetch(404), null);
        }
        return new Robots(null, status);
    }

    boolean allows(String url) {
        return rules != null && rules.isAllowed(url);
    }

    /** The pause between requests to this host: ours, or the site's Crawl-delay when it asks for more. */
    Duration delay(Duration configured) {
        Duration ours = configured == null ? Duration.ZERO : configured;
        if (rules == null || rules.getCrawlDelay() == BaseRobotRules.UNSET_CRAWL_DELAY || rules.getCrawlDelay() <= 0) {
            return ours;
        }
        Duration asked = Duration.ofMillis(rules.getCrawlDelay());
        if (asked.compareTo(MAX_CRAWL_DELAY) > 0) {
            asked = MAX_CRAWL_DELAY;
        }
        return asked.compareTo(ours) > 0 ? asked : ours;
    }

    private static int parseCode(String status) {
        try {
            return Integer.parseInt(status.substring(LinkStatus.HTTP_PREFIX.length()));
        } catch (NumberFormatException e) {
            return 500;
        }
    }
}
