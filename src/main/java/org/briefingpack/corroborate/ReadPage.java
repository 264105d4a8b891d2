package org.briefingpack.corroborate;

import org.briefingpack.model.LinkRead;

/**
 * One resource page as read: what goes into facts.json, and the page's text for finding the sentence a
 * figure stands in (figures carry no quote of their own).
 *
 * @param read the page's {@code links[].read}
 * @param text the page's text as read, null when it was not read
 */
record ReadPage(LinkRead read, String text) {}
