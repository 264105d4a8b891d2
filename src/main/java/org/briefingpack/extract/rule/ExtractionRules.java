package org.briefingpack.extract.rule;

import java.util.List;
import org.briefingpack.extract.annotate.ActorGazetteer;
import org.briefingpack.extract.rule.event.EventDatesRule;
import org.briefingpack.extract.rule.event.EventHostRule;
import org.briefingpack.extract.rule.event.EventNameRule;
import org.briefingpack.extract.rule.event.EventPlaceRule;
import org.briefingpack.extract.rule.event.VisitEventName;
import org.briefingpack.extract.rule.outcome.OutcomeCoreference;
import org.briefingpack.extract.rule.outcome.SentenceOutcomes;
import org.briefingpack.extract.rule.position.PledgeTableRule;
import org.briefingpack.extract.rule.position.StanceRules;
import org.briefingpack.extract.rule.theme.PurposeThemes;
import org.briefingpack.extract.rule.theme.SessionThemes;
import org.briefingpack.extract.rule.theme.ThemeListRule;
import org.briefingpack.extract.rule.theme.ThemeProseRule;
import org.briefingpack.extract.rule.theme.ThemeTidy;

/** The rules of extraction in the order they run, with the lexicons shipped under {@code resources/lexicon}. */
public final class ExtractionRules {

    private ExtractionRules() {}

    public static RuleEngine defaults(ActorGazetteer gazetteer) {
        OutcomeTypes outcomeTypes = OutcomeTypes.fromClasspath();
        OutcomeNames names = OutcomeNames.fromClasspath(outcomeTypes);
        GatheringText gatheringText = GatheringText.fromClasspath();
        List<Rule> rules = new java.util.ArrayList<>();
        // the event first: positions ask whether a "hosted" names it
        rules.add(EventNameRule.fromClasspath());
        rules.add(new VisitEventName());
        rules.add(EventDatesRule.fromClasspath());
        rules.add(EventPlaceRule.fromClasspath(gazetteer));
        // themes before outcomes: a theme's sentence names no outcome
        rules.add(ThemeListRule.fromClasspath(outcomeTypes));
        ThemeProseRule themeProse = ThemeProseRule.fromClasspath();
        rules.add(themeProse);
        rules.add(PurposeThemes.fromClasspath(names.types()));
        rules.add(themeProse.singleThemeInPassing());
        rules.add(SessionThemes.fromClasspath());
        rules.add(ThemeTidy.fromClasspath());
        rules.add(SentenceOutcomes.fromClasspath(names, gazetteer, gatheringText));
        rules.add(new OutcomeCoreference(names.types(), gazetteer, gatheringText));
        rules.addAll(StanceRules.fromClasspath(names, gazetteer, gatheringText));
        rules.add(new PledgeTableRule(gazetteer));
        rules.add(new PastParagraphs());
        rules.add(new IntroducedNames(gazetteer));
        rules.add(new EventHostRule());
        return new RuleEngine(rules);
    }
}
