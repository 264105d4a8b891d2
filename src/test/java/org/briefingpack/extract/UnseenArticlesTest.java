package org.briefingpack.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.briefingpack.extract.figure.RuleBasedFigureRecognizer;
import org.briefingpack.extract.link.RuleBasedLinkRecognizer;
import org.briefingpack.extract.text.RuleBasedSentenceSplitter;
import org.briefingpack.ingest.DocumentReader;
import org.briefingpack.model.Facts;
import org.briefingpack.model.FactsJson;
import org.junit.jupiter.api.Test;

/** Articles written for this test (not from the dev corpus): the rules must carry over to new phrasings. */
class UnseenArticlesTest {

    private final RuleBasedFactsExtractor extractor = RuleBasedFactsExtractor.withDefaults(
            new RuleBasedSentenceSplitter(), new RuleBasedFigureRecognizer(), new RuleBasedLinkRecognizer());

    private Facts extract(String name) throws Exception {
        Path file = Path.of(getClass().getResource("/structure/samples/" + name).toURI());
        Facts facts = extractor.extract(new DocumentReader().read(file));
        Path out = Path.of("target/unseen-facts", name + ".json");
        Files.createDirectories(out.getParent());
        Files.write(out, new FactsJson().toBytes(facts));
        return facts;
    }

    @Test
    void readsANewsWireReportOfASummit() throws Exception {
        Facts facts = extract("g7-summit-news.txt");
        assertThat(facts.event().name()).contains("Hiroshima Summit");
        assertThat(facts.event().country()).isEqualTo("JP");
        assertThat(facts.event().location()).isEqualToIgnoringCase("Hiroshima");
        assertThat(facts.positions())
                .extracting(p -> p.actor().code() + ":" + p.stance())
                .contains(
                        "JP:HOSTED",
                        "JP:PLEDGED",
                        "CA:PLEDGED",
                        "DE:SUPPORTS",
                        "FR:SUPPORTS",
                        "CN:OPPOSES",
                        "BR:DECLINED");
        assertThat(facts.outcomes())
                .extracting(o -> o.name())
                .contains(
                        "Hiroshima Action Statement for Resilient Global Food Security",
                        "Coalition for Critical Minerals");
        assertThat(facts.themes())
                .extracting(t -> t.text())
                .containsExactly("nuclear disarmament", "economic security", "clean energy");
    }

    @Test
    void readsAMarkdownBriefingOfAClimateSummit() throws Exception {
        Facts facts = extract("africa-climate-summit.md");
        assertThat(facts.event().name()).isEqualTo("Africa Climate Summit");
        assertThat(facts.event().country()).isEqualTo("KE");
        assertThat(facts.themes()).hasSize(3);
        assertThat(facts.outcomes()).extracting(o -> o.name()).contains("Nairobi Declaration");
        assertThat(facts.positions())
                .extracting(p -> p.actor().code() + ":" + p.stance())
                .contains("KE:HOSTED", "AE:PLEDGED", "US:PLEDGED", "NG:SUPPORTS", "EG:SUPPORTS", "ZA:OPPOSES");
    }

    @Test
    void readsAnHtmlPressRelease() throws Exception {
        Facts facts = extract("nuclear-energy-summit.html");
        assertThat(facts.event().name()).isEqualTo("Nuclear Energy Summit");
        assertThat(facts.event().location()).isEqualTo("Brussels");
        assertThat(facts.event().country()).isEqualTo("BE");
        assertThat(facts.themes()).hasSize(3);
        assertThat(facts.outcomes())
                .extracting(o -> o.name())
                .contains("Joint Declaration on Nuclear Energy", "Nuclear Skills Initiative");
        assertThat(facts.positions())
                .extracting(p -> p.actor().code() + ":" + p.stance())
                .contains("BE:HOSTED", "NL:PLEDGED", "DE:DECLINED");
    }

    @Test
    void readsAProseReportWithPassiveSignaturesAndFunds() throws Exception {
        Facts facts = extract("food-security-summit.txt");
        assertThat(facts.event().name()).isEqualTo("Global Food Security Summit");
        assertThat(facts.event().location()).isEqualTo("Rome");
        assertThat(facts.event().country()).isEqualTo("IT");
        assertThat(facts.themes())
                .extracting(t -> t.text())
                .containsExactly("hunger", "water scarcity", "agricultural innovation");
        assertThat(facts.outcomes())
                .extracting(o -> o.name())
                .contains("Rome Compact on Food Systems", "Food Resilience Fund");
        assertThat(facts.outcomes())
                .filteredOn(o -> o.name().equals("Rome Compact on Food Systems"))
                .singleElement()
                .satisfies(o -> assertThat(o.count().value()).isEqualByComparingTo("45"));
        assertThat(facts.positions())
                .extracting(p -> p.actor().code() + ":" + p.stance())
                .contains("IT:SIGNED", "ES:SIGNED", "EG:SIGNED", "IT:PLEDGED", "AR:DECLINED", "NO:PLEDGED");
    }
}
