/** Rules for the one gathering a document is about: its name, dates and place. */
package org.briefingpack.extract.rule.event;
