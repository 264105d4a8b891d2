package org.briefingpack.config;

import static org.assertj.core.api.Assertions.assertThat;

import org.briefingpack.extract.lexicon.LexiconException;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.BeanCreationException;
import org.springframework.boot.diagnostics.FailureAnalysis;

class LexiconFailureAnalyzerTest {

    @Test
    void aLexiconErrorDeepInBeanCreation_isReportedAsItsFileAndLine() {
        LexiconException cause = new LexiconException("stances.tsv", 12, "'suport' is not a stance");
        BeanCreationException failure =
                new BeanCreationException("extractor", "Failed to instantiate", new IllegalStateException(cause));

        FailureAnalysis analysis = new LexiconFailureAnalyzer().analyze(failure);

        assertThat(analysis.getDescription()).isEqualTo("lexicon/stances.tsv line 12: 'suport' is not a stance");
        assertThat(analysis.getAction()).startsWith("Correct line 12 of lexicon/stances.tsv");
    }
}
