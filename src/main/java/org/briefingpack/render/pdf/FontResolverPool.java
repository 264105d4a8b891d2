package org.briefingpack.render.pdf;

import java.util.concurrent.ConcurrentLinkedDeque;
import java.util.function.Function;

/**
 * Lends {@link ReusableFontResolver}s to renders, one render per resolver at a time. The pool grows to the
 * number of renders running at once (the render workers) and no further. Thread-safe.
 */
final class FontResolverPool {

    private final ConcurrentLinkedDeque<ReusableFontResolver> idle = new ConcurrentLinkedDeque<>();

    /** Runs {@code render} with a resolver of its own and takes the resolver back afterwards, also on failure. */
    <T> T withResolver(Function<ReusableFontResolver, T> render) {
        ReusableFontResolver resolver = idle.pollFirst();
        if (resolver == null) {
            resolver = new ReusableFontResolver();
        }
        try {
            return render.apply(resolver);
        } finally {
            // Most recently used first: its fonts are the likeliest to be the ones the next render needs.
            idle.offerFirst(resolver);
        }
    }

    /** Resolvers waiting for a render (for tests). */
    int idleCount() {
        return idle.size();
    }
}
