/** Rules for the themes an event set out to address: listed agendas, agenda cues in prose. */
package org.briefingpack.extract.rule.theme;
