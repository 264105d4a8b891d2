/**
 * Renderers: each reads only {@link org.briefingpack.model.Facts} (never raw text) and writes files.
 * Human formatting of money and dates lives here once, in {@link org.briefingpack.render.HumanFormat}.
 */
package org.briefingpack.render;
