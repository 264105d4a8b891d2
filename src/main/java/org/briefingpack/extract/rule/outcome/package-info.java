/**
 * Rules for what an event produced. {@link org.briefingpack.extract.rule.outcome.SentenceOutcomes} runs the
 * finders over each sentence in order (names after triggers, passives, quoted titles, labels ...), then the
 * steps that shape what they found (naming cues, coordination, money, counts, actors).
 */
package org.briefingpack.extract.rule.outcome;
