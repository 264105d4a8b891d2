/**
 * The facts model of {@code shared/spec/facts-v1.md} as immutable records, and its JSON mapping.
 * Nothing else lives here: no extraction, no rendering, no I/O beyond (de)serialising facts.
 */
package org.briefingpack.model;
