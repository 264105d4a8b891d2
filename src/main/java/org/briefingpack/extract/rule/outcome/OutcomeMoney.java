package org.briefingpack.extract.rule.outcome;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.briefingpack.extract.FoundFigure;
import org.briefingpack.extract.annotate.Mention;
import org.briefingpack.extract.annotate.PhraseMatcher;
import org.briefingpack.extract.rule.ActorGroups;
import org.briefingpack.extract.rule.OutcomeDraft;
import org.briefingpack.model.OutcomeType;

/**
 * Each money figure goes to the outcome whose phrase holds it or that stands nearest before it in the same
 * clause; money that no outcome takes but that a funding trigger introduces ("Germany pledged $100 million
 * to the fund") is an outcome of its own, named after its target or its donor.
 */
final class OutcomeMoney implements OutcomeFinder {

    private static final Pattern TO_NAME =
            Pattern.compile("^\\s+(to|for|into|in|through|via|under)\\s+((?:the\\s+)?[^,;.]{2,80})");
    private static final Pattern LEADING_THE = Pattern.compile("^the\\s+(?=\\p{Lu})");
    private static final Pattern DEAL_SUBJECT = Pattern.compile(
            "^(?:The|A|An)\\s+((?:[\\p{L}-]+\\s+){0,3}?(?:decision|deal|agreement|accord|goal|text|settlement)"
                    + "(?:\\s+(?:on|for|of)\\s+(?:[\\p{L}-]+\\s+){0,4}?[\\p{L}-]+)?)\\s+"
                    + "(?:commits|calls|sets|provides|requires|includes|establishes|obliges|asks|pledges|promises)\\b");

    private final PhraseMatcher fundingTriggers;

    OutcomeMoney(List<String> fundingTriggers) {
        this.fundingTriggers = PhraseMatcher.of(fundingTriggers);
    }

    @Override
    public void find(OutcomeScope scope) {
        List<FoundFigure> money = scope.money;
        if (money.isEmpty()) {
            return;
        }
        String text = scope.text();
        List<PhraseMatcher.Hit> funding = fundingTriggers.find(scope.tokens());
        List<OutcomeDraft> named = new ArrayList<>(scope.drafts);
        for (FoundFigure f : money) {
            OutcomeDraft owner = null;
            for (OutcomeDraft d : named) {
                if (d.start <= f.start()
                        && d.money == null
                        && !separated(text, d.end, f.start())
                        && (owner == null || d.start > owner.start)) {
                    owner = d;
                }
            }
            if (owner != null && (f.start() <= owner.end || nextDraftAfter(named, owner, f.start()))) {
                owner.money = f;
                continue;
            }
            boolean introduced = funding.stream().anyMatch(h -> h.end() <= f.start());
            if (!introduced) {
                continue;
            }
            int previousMoney = money.stream()
                    .filter(g -> g.end() <= f.start())
                    .mapToInt(FoundFigure::end)
                    .max()
                    .orElse(0);
            List<Mention> group = ActorGroups.nearestBefore(scope.sentence, previousMoney, f.start());
            OutcomeDraft d = new OutcomeDraft(null, f.start(), f.end());
            d.moneyOnly = true;
            d.money = f;
            d.actors.addAll(ActorGroups.distinct(group));
            Matcher to = TO_NAME.matcher(text.substring(f.end()));
            boolean hasTo = to.find();
            String toward = hasTo ? to.group(2).strip() : null;
            String preposition = hasTo ? to.group(1) : null;
            String who =
                    group.isEmpty() ? null : group.get(group.size() - 1).actor().name();
            String target = toward == null ? null : LEADING_THE.matcher(toward).replaceFirst("");
            Matcher deal = DEAL_SUBJECT.matcher(text);
            if (group.isEmpty() && deal.find()) {
                // "The decision on the new goal commits developed countries to ... $300 billion"
                d.name = deal.group(1);
                d.fixedType = OutcomeType.AGREEMENT;
                d.moneyOnly = false;
            } else if (target != null
                    && Character.isUpperCase(target.charAt(0))
                    && scope.gazetteer.byName(target).isEmpty()) {
                d.name = target;
            } else {
                d.name = (who == null ? "Funding pledge" : who + " pledge")
                        + (toward == null ? "" : " " + preposition + " " + toward);
            }
            scope.drafts.add(d);
        }
        scope.drafts.sort((a, b) -> Integer.compare(a.start, b.start));
    }

    private static boolean nextDraftAfter(List<OutcomeDraft> drafts, OutcomeDraft owner, int offset) {
        return drafts.stream().noneMatch(d -> d != owner && d.start > owner.start && d.start < offset);
    }

    private static boolean separated(String text, int from, int to) {
        if (from >= to) {
            return false;
        }
        String between = text.substring(from, to);
        return between.contains(";") || between.contains(". ");
    }
}
