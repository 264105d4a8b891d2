package org.briefingpack.extract.rule.position;

import java.util.List;
import org.briefingpack.extract.annotate.ActorGazetteer;
import org.briefingpack.extract.lexicon.LexiconFile;
import org.briefingpack.extract.rule.GatheringText;
import org.briefingpack.extract.rule.OutcomeNames;
import org.briefingpack.extract.rule.Rule;

/** The position rules in the order they run. */
public final class StanceRules {

    private StanceRules() {}

    public static List<Rule> fromClasspath(OutcomeNames names, ActorGazetteer gazetteer, GatheringText gatheringText) {
        StanceWords words = StanceWords.fromClasspath(names);
        StanceTriggers triggers = StanceTriggers.fromClasspath();
        return List.of(
                new TriggeredStances(triggers, words),
                AgreedGifts.fromClasspath(words),
                StatementAuthors.fromClasspath(triggers),
                new DocumentStances(
                        triggers,
                        words,
                        gazetteer,
                        gatheringText,
                        LexiconFile.read("event-nouns.txt").words()),
                StanceNouns.fromClasspath(words),
                PossessivePledges.fromClasspath(gazetteer),
                SumsFromDonors.fromClasspath(),
                SumsInActorsFunding.fromClasspath(),
                IncludedSignatories.fromClasspath(),
                IncludedAbsentees.fromClasspath(triggers),
                ExceptedAbsentees.fromClasspath(triggers),
                RelativeClauseLists.fromClasspath(triggers),
                new MembersInApposition(triggers),
                GroupMembersListed.fromClasspath(triggers),
                AllPresentSigned.fromClasspath(triggers),
                ListHeadStances.fromClasspath(),
                ContinuedLists.fromClasspath(),
                PossessiveStances.fromClasspath(),
                HostTitles.fromClasspath(),
                OpeningHosts.fromClasspath(),
                HyphenatedHosts.fromClasspath(gazetteer),
                new HyphenatedBackers(gazetteer),
                VenueCountryHosts.fromClasspath(gazetteer),
                new VisitHosts(gazetteer),
                new CityHosts(triggers, words, gazetteer),
                ThankedHosts.fromClasspath(),
                new SharedStances(),
                CounterpartStances.fromClasspath(names.types()),
                new JoinedInActs(triggers),
                new VoteSides(),
                new NewMembers(),
                new RestatedPledges());
    }
}
