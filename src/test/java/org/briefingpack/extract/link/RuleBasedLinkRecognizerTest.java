package org.briefingpack.extract.link;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.stream.Stream;
import org.briefingpack.model.Link;
import org.briefingpack.testsupport.RandomText;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.MethodSource;

class RuleBasedLinkRecognizerTest {

    private final RuleBasedLinkRecognizer recognizer = new RuleBasedLinkRecognizer();

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', quoteCharacter = '`', textBlock = """
            plain URL                   | `See https://unfccc.int/cop28 now`               | https://unfccc.int/cop28             | https://unfccc.int/cop28             | unfccc.int
            full stop after URL         | `Site: https://www.cop28.com/en/?form=MG0AV3.`   | https://www.cop28.com/en/?form=MG0AV3 | https://www.cop28.com/en/           | www.cop28.com
            comma after URL             | `at https://a.org/x, while`                      | https://a.org/x                      | https://a.org/x                      | a.org
            semicolon, colon, !, ?      | `https://a.org/x;: and`                          | https://a.org/x                      | https://a.org/x                      | a.org
            question mark at the end    | `Did you see https://a.org/x?`                   | https://a.org/x                      | https://a.org/x                      | a.org
            exclamation at the end      | `Read https://a.org/x!`                          | https://a.org/x                      | https://a.org/x                      | a.org
            URL in parentheses          | `(https://unfccc.int/topics/global-stocktake).`  | https://unfccc.int/topics/global-stocktake | https://unfccc.int/topics/global-stocktake | unfccc.int
            balanced parentheses kept   | `see https://en.wikipedia.org/wiki/COP_(UN).`    | https://en.wikipedia.org/wiki/COP_(UN) | https://en.wikipedia.org/wiki/COP_(UN) | en.wikipedia.org
            URL in square brackets      | `[https://a.org/x]`                              | https://a.org/x                      | https://a.org/x                      | a.org
            URL in straight quotes      | `"https://a.org/x"`                              | https://a.org/x                      | https://a.org/x                      | a.org
            URL in typographic quotes   | `“https://a.org/x”`                              | https://a.org/x                      | https://a.org/x                      | a.org
            URL in single quotes        | `'https://a.org/x'.`                             | https://a.org/x                      | https://a.org/x                      | a.org
            URL in angle brackets       | `<https://a.org/x>`                              | https://a.org/x                      | https://a.org/x                      | a.org
            URL then ellipsis           | `https://a.org/x… more`                          | https://a.org/x                      | https://a.org/x                      | a.org
            URL then en dash            | `https://a.org/x–and more`                       | https://a.org/x                      | https://a.org/x                      | a.org
            bare www                    | `Official page: www.un.org/en/summit-of-the-future` | www.un.org/en/summit-of-the-future | https://www.un.org/en/summit-of-the-future | www.un.org
            bare www with full stop     | `Visit www.g20.org.`                             | www.g20.org                          | https://www.g20.org                  | www.g20.org
            upper-case host             | `HTTPS://WWW.GOV.UK/Government/News`             | HTTPS://WWW.GOV.UK/Government/News   | https://www.gov.uk/Government/News   | www.gov.uk
            port and user kept          | `http://user@Example.org:8080/a`                 | http://user@Example.org:8080/a       | http://user@example.org:8080/a       | example.org
            fragment dropped            | `https://a.org/x#programme`                      | https://a.org/x#programme            | https://a.org/x                      | a.org
            utm parameters dropped      | `https://a.org/x?utm_source=t&utm_medium=s&utm_campaign=c` | https://a.org/x?utm_source=t&utm_medium=s&utm_campaign=c | https://a.org/x | a.org
            upper-case UTM dropped      | `https://a.org/x?UTM_Source=t`                   | https://a.org/x?UTM_Source=t         | https://a.org/x                      | a.org
            other parameters kept       | `https://korea.net/view?articleId=1&koreanId=2&utm_source=tw` | https://korea.net/view?articleId=1&koreanId=2&utm_source=tw | https://korea.net/view?articleId=1&koreanId=2 | korea.net
            parameter order kept        | `https://a.org/?b=2&fbclid=x&a=1`                | https://a.org/?b=2&fbclid=x&a=1      | https://a.org/?b=2&a=1               | a.org
            form dropped                | `https://a.org/?form=MG0AV3`                     | https://a.org/?form=MG0AV3           | https://a.org/                       | a.org
            format is no form           | `https://a.org/?format=pdf&platform=web`         | https://a.org/?format=pdf&platform=web | https://a.org/?format=pdf&platform=web | a.org
            gclid and msclkid dropped   | `https://a.org/x?gclid=1&msclkid=2&id=3`         | https://a.org/x?gclid=1&msclkid=2&id=3 | https://a.org/x?id=3              | a.org
            mailchimp ids dropped       | `https://a.org/x?mc_cid=1&mc_eid=2`              | https://a.org/x?mc_cid=1&mc_eid=2    | https://a.org/x                      | a.org
            igshid and ref_src dropped  | `https://a.org/x?igshid=1&ref_src=twsrc`         | https://a.org/x?igshid=1&ref_src=twsrc | https://a.org/x                    | a.org
            _ga and yclid dropped       | `https://a.org/x?_ga=2.1&yclid=5&dclid=6`        | https://a.org/x?_ga=2.1&yclid=5&dclid=6 | https://a.org/x                   | a.org
            ref is kept                 | `https://a.org/x?ref=section`                    | https://a.org/x?ref=section          | https://a.org/x?ref=section          | a.org
            tracking then fragment      | `https://cop29.az/en/home?utm_source=b&utm_medium=html#news` | https://cop29.az/en/home?utm_source=b&utm_medium=html#news | https://cop29.az/en/home | cop29.az
            empty parameters skipped    | `https://a.org/x?&a=1&&utm_id=2`                 | https://a.org/x?&a=1&&utm_id=2       | https://a.org/x?a=1                  | a.org
            parameter without value     | `https://a.org/x?print&utm_source=a`             | https://a.org/x?print&utm_source=a   | https://a.org/x?print                | a.org
            path case kept              | `https://www.mea.gov.in/Images/CPV/G20-Declaration.pdf?fbclid=IwAR3kQe_xT9` | https://www.mea.gov.in/Images/CPV/G20-Declaration.pdf?fbclid=IwAR3kQe_xT9 | https://www.mea.gov.in/Images/CPV/G20-Declaration.pdf | www.mea.gov.in
            percent encoding kept       | `https://a.org/a%20b?q=c%26d`                    | https://a.org/a%20b?q=c%26d          | https://a.org/a%20b?q=c%26d          | a.org
            markdown emphasis star      | `*https://a.org/x*`                              | https://a.org/x                      | https://a.org/x                      | a.org
            markdown link in plain text | `[https://a.org/x](https://a.org/x) here`       | https://a.org/x                      | https://a.org/x                      | a.org
            glued after a bracket       | `(see:https://a.org/x)`                          | https://a.org/x                      | https://a.org/x                      | a.org
            """)
    void recognize_findsTheUrlAsWrittenAndNormalisesIt(
            String description, String text, String url, String normalized, String host) {
        assertThat(recognizer.recognize(text, List.of())).singleElement().isEqualTo(Link.of(url, normalized, host));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', quoteCharacter = '`', textBlock = """
            bare domain without www     | `see un.org for details`
            scheme without host         | `the http:// prefix`
            host without a dot          | `http://intranet/page`
            www glued to a word         | `thewww.example.org`
            www inside an e-mail        | `write to info@www.example.org`
            mail address                | `mailto:someone@example.org`
            ftp address                 | `ftp://files.example.org/x`
            scheme glued to a word      | `xhttps://a.org`
            only punctuation            | `https://...`
            """)
    void recognize_ignoresWhatIsNoWebAddress(String description, String text) {
        assertThat(recognizer.recognize(text, List.of())).isEmpty();
    }

    @Test
    void recognize_keepsDocumentOrderAndDeduplicatesOnTheNormalisedForm() {
        String text = "First https://a.org/x?utm_source=1 then www.b.org/y, again https://a.org/x#top "
                + "and http://a.org/x/ and https://A.ORG/x?fbclid=2.";
        List<Link> links = recognizer.recognize(
                text,
                List.of(
                        "https://b.org/y",
                        "https://c.org/z?utm_medium=m",
                        "/relative",
                        "mailto:x@y.org",
                        "https://c.org/z"));
        assertThat(links)
                .extracting(Link::normalized)
                .containsExactly("https://a.org/x", "https://www.b.org/y", "https://b.org/y", "https://c.org/z");
        assertThat(links.get(0).url()).isEqualTo("https://a.org/x?utm_source=1");
    }

    @Test
    void recognize_addressesWrittenAsIpv6LiteralsOrOneNumber_soTheAddressGuardCanRefuseThem() {
        List<Link> links = recognizer.recognize(
                "Admin at http://[::1]:8080/admin, metadata at http://[FD00::1]/x and http://2130706433/ or"
                        + " http://0x7f000001/y; not http://[nope]/ nor http://intranet/.",
                List.of());
        assertThat(links).extracting(Link::host).containsExactly("[::1]", "[fd00::1]", "2130706433", "0x7f000001");
        assertThat(links.get(0).url()).isEqualTo("http://[::1]:8080/admin");
    }

    @Test
    void recognize_takesMarkupLinksAfterTheTextAddresses() {
        List<Link> links = recognizer.recognize(
                "Official page: www.un.org/en/summit",
                List.of("https://www.un.org/sites/pact.pdf", "https://news.un.org/en/?utm_source=UN+News"));
        assertThat(links)
                .extracting(Link::normalized)
                .containsExactly(
                        "https://www.un.org/en/summit", "https://www.un.org/sites/pact.pdf", "https://news.un.org/en/");
    }

    @Test
    void recognize_acceptsMissingInput() {
        assertThat(recognizer.recognize(null, null)).isEmpty();
        assertThat(recognizer.recognize("", List.of(" "))).isEmpty();
    }

    // A work bound, not a benchmark: a linear pass over these megabyte inputs takes a second or two even on a
    // loaded shared 2-core machine, a quadratic one would take hours, so 20 s only fails on a real regression.
    @Test
    @Timeout(120) // a hang only: a linear pass takes seconds even on a loaded machine
    void recognize_isLinearOnHostileInput() {
        String longUrl = "https://a.org/" + "x".repeat(1 << 20);
        // scanned in linear time, then left out: longer than MAX_URL_CHARS
        assertThat(recognizer.recognize(longUrl, List.of())).isEmpty();
        String closers = "https://a.org/" + ")".repeat(1 << 19);
        assertThat(recognizer.recognize(closers, List.of()))
                .singleElement()
                .extracting(Link::url)
                .isEqualTo("https://a.org/");
        String prefixes = "http://".repeat(150_000);
        assertThat(recognizer.recognize(prefixes, List.of())).hasSizeLessThanOrEqualTo(1);
        String wws = "www.".repeat(250_000);
        assertThat(recognizer.recognize(wws, List.of())).hasSizeLessThanOrEqualTo(1);
        String many = "https://a.org/p ".repeat(100_000);
        assertThat(recognizer.recognize(many, List.of())).hasSize(1);
    }

    /** Characters that URLs, their punctuation and tracking parameters are made of. */
    private static final String URL_ALPHABET = "htps:/w.A?&=#)( um_";

    static Stream<Long> seeds() {
        return RandomText.seeds(300);
    }

    @ParameterizedTest(name = "seed {0}")
    @MethodSource("seeds")
    void recognize_neverThrowsAndGivesHostsInLowerCase(long seed) {
        RandomText random = RandomText.withSeed(seed);
        String text = random.from(URL_ALPHABET, 300);
        assertHostsInLowerCaseAndNoFragments(
                random.describe(text),
                RandomText.failuresNaming(random.describe(text), () -> recognizer.recognize(text, List.of(text))));
    }

    @ParameterizedTest(name = "seed {0}")
    @MethodSource("seeds")
    void recognize_onUrlsWrappedInPunctuation_givesHostsInLowerCaseAndUrlsAsWritten(long seed) {
        RandomText random = RandomText.withSeed(seed);
        String text = random.textWithUrls(5);
        List<Link> links =
                RandomText.failuresNaming(random.describe(text), () -> recognizer.recognize(text, List.of(text)));
        assertHostsInLowerCaseAndNoFragments(random.describe(text), links);
        // Addresses found in the text and in the markup list (here the text again) are both slices of it.
        assertThat(links)
                .as(random.describe(text))
                .extracting(Link::url)
                .allSatisfy(url -> assertThat(text).contains(url));
    }

    private static void assertHostsInLowerCaseAndNoFragments(String description, List<Link> links) {
        for (Link link : links) {
            assertThat(link.host())
                    .as(description + ", link " + link)
                    .isLowerCase()
                    .isNotEmpty();
            assertThat(link.normalized())
                    .as(description + ", link " + link)
                    .startsWith("http")
                    .doesNotContain("#");
        }
    }

    @Test
    void recognize_whenAnAddressIsLongerThanAnyoneCanFollow_leavesItOut() {
        String longest = "https://example.org/" + "a".repeat(RuleBasedLinkRecognizer.MAX_URL_CHARS - 20);
        String tooLong = longest + "b";

        assertThat(recognizer.recognize("See " + longest + " now.", List.of()))
                .extracting(Link::url)
                .containsExactly(longest);
        assertThat(recognizer.recognize("See " + tooLong + " now.", List.of(tooLong)))
                .isEmpty();
        assertThat(recognizer.recognize("Source: https://example.org/" + "ab/".repeat(350_000), List.of()))
                .isEmpty();
    }
}
