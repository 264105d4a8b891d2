/**
 * File output that a reader never sees half-written: write to a temporary file beside the target,
 * then move it into place atomically.
 */
package org.briefingpack.io;
