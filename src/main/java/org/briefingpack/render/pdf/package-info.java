/**
 * The PDF briefing (and its HTML twin): facts are turned into a view, the view into XHTML through the
 * editable Thymeleaf template, the XHTML into PDF through Flying Saucer. Reads only the facts model and the
 * template folder; never raw text, never the network.
 */
package org.briefingpack.render.pdf;
