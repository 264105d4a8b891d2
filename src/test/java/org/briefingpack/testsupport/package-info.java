/**
 * Test support shared by several packages: seeded random inputs for robustness tests
 * ({@link org.briefingpack.testsupport.RandomText}). Holds no production code and no assertions.
 */
package org.briefingpack.testsupport;
