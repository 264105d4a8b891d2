package org.briefingpack.extract.figure;

import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.OptionalInt;
import org.briefingpack.extract.FigureRecognizer;
import org.briefingpack.extract.FoundFigure;

/**
 * Every MONEY, COUNT, PERCENT and DATE figure of a text, in document order: four small
 * recognizers over one token list, figures inside URLs dropped, overlaps resolved by
 * {@link OverlapResolver}. Holds only immutable lexicon data, so one instance serves every thread.
 */
public final class RuleBasedFigureRecognizer implements FigureRecognizer {

    private final MoneyRecognizer money;
    private final PercentRecognizer percent;
    private final DateRecognizer date;
    private final CountRecognizer count;
    private final OverlapResolver resolver = new OverlapResolver();

    /** Uses the lexicon shipped under {@code lexicon/figures/}. */
    public RuleBasedFigureRecognizer() {
        this(FigureLexicon.load());
    }

    /** Dates a weekday in a text that states no year by the system clock's today. */
    public RuleBasedFigureRecognizer(FigureLexicon lexicon) {
        this(lexicon, Clock.systemDefaultZone());
    }

    /**
     * Dates a weekday in a text that states no year ("Tuesday, 2 November") by the clock's today: the
     * latest such day not after it. A fixed clock makes that deterministic.
     */
    public RuleBasedFigureRecognizer(FigureLexicon lexicon, Clock clock) {
        this.money = new MoneyRecognizer(lexicon);
        this.percent = new PercentRecognizer(lexicon);
        this.date = new DateRecognizer(lexicon, clock);
        this.count = new CountRecognizer(lexicon);
    }

    @Override
    public List<FoundFigure> recognize(String text, OptionalInt documentYear) {
        if (text == null || text.isEmpty()) {
            return List.of();
        }
        Tokens tokens = Tokens.of(text);
        UrlSpans urls = UrlSpans.find(text);
        List<FoundFigure> candidates = new ArrayList<>();
        candidates.addAll(money.find(tokens));
        candidates.addAll(percent.find(tokens));
        candidates.addAll(date.find(tokens, urls, documentYear.orElse(0)));
        candidates.addAll(count.find(tokens));
        candidates.removeIf(f -> urls.overlaps(f.start(), f.end()));
        return List.copyOf(resolver.resolve(candidates));
    }
}
