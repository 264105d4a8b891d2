package org.briefingpack.extract.rule;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.briefingpack.extract.annotate.AnnotatedSentence;
import org.briefingpack.model.Position;
import org.briefingpack.model.Theme;

/** What the rules have found in one document so far; the rules of later phases read it and add to it. */
public final class Findings {

    /** The event as the event rules fill it in; any field may stay null. */
    public static final class EventDraft {
        public String name;
        public AnnotatedSentence nameSentence;
        public LocalDate startDate;
        public LocalDate endDate;
        public AnnotatedSentence dateSentence;
        public String location;
        public String country;
        public AnnotatedSentence placeSentence;
    }

    public final EventDraft event = new EventDraft();
    public final List<Theme> themes = new ArrayList<>();
    /** Sentences that themes came from: outcome rules leave them alone. */
    public final Set<Integer> themeSentences = new LinkedHashSet<>();

    public final List<OutcomeDraft> outcomes = new ArrayList<>();
    public final List<Position> positions = new ArrayList<>();
}
