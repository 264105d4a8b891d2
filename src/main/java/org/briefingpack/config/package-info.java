/**
 * The {@code briefing.*} settings record and the wiring of the plain (framework-free) reading, extraction
 * and rendering classes into beans. Imported only from above (job, launch, the application): each part's own
 * settings record lives in that part's package.
 */
package org.briefingpack.config;
