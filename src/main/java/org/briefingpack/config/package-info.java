/**
 * Typed configuration ({@code briefing.*} in application.yml, environment, command line).
 */
package org.briefingpack.config;
