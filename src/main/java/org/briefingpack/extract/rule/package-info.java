/**
 * The rules that read an annotated document and find its facts, in phases: the event, themes, outcomes,
 * positions, then coreference and the event's host. Each rule is a small class with a test of its own;
 * {@link org.briefingpack.extract.rule.RuleEngine} holds them in order. Words and patterns come from the
 * lexicon files, read once at start.
 */
package org.briefingpack.extract.rule;
