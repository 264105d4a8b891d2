/**
 * Incremental runs: the fingerprint of what shapes a pack besides its document, the last completed run as far
 * as reuse is concerned, and taking its unchanged packs over by hard link. Knows run folders, not Spring Batch.
 */
package org.briefingpack.reuse;
