package org.briefingpack.links;

import java.io.ByteArrayOutputStream;
import java.net.http.HttpResponse;
import java.nio.ByteBuffer;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.Flow;
import java.util.concurrent.TimeUnit;

/**
 * The first bytes of a response body, at most a cap. Reading stops (and the connection is dropped)
 * once the cap is reached, so a 5 GB "page" costs at most the cap in memory and bandwidth.
 *
 * @param bytes     what was read
 * @param truncated true when reading stopped at the cap (whatever followed was never read)
 */
record CappedBody(byte[] bytes, boolean truncated) {

    static final CappedBody EMPTY = new CappedBody(new byte[0], false);

    /**
     * Reads at most {@code cap} bytes (0: none at all) and fails with a TimeoutException when the
     * body takes longer than {@code timeout}: the client's own request timeout stops at the headers.
     */
    static HttpResponse.BodySubscriber<CappedBody> subscriber(long cap, Duration timeout) {
        return new Subscriber(cap, timeout);
    }

    /** Flow callbacks arrive one at a time (reactive-streams rule 1.3), so the buffer needs no lock. */
    private static final class Subscriber implements HttpResponse.BodySubscriber<CappedBody> {

        private final long cap;
        private final CompletableFuture<CappedBody> result = new CompletableFuture<>();
        private final ByteArrayOutputStream buffer = new ByteArrayOutputStream();
        private volatile Flow.Subscription subscription;

        Subscriber(long cap, Duration timeout) {
            this.cap = cap;
            result.orTimeout(timeout.toMillis(), TimeUnit.MILLISECONDS);
            // However the result ends (cap, timeout, caller gave up), stop the transfer.
            result.whenComplete((body, error) -> cancel());
        }

        @Override
        public void onSubscribe(Flow.Subscription s) {
            subscription = s;
            if (cap <= 0) {
                result.complete(EMPTY);
            } else if (result.isDone()) {
                s.cancel();
            } else {
                s.request(1);
            }
        }

        @Override
        public void onNext(List<ByteBuffer> items) {
            if (result.isDone()) {
                return;
            }
            for (ByteBuffer item : items) {
                long room = cap - buffer.size();
                int take = (int) Math.min(room, item.remaining());
                byte[] chunk = new byte[take];
                item.get(chunk);
                buffer.write(chunk, 0, take);
                if (buffer.size() >= cap) {
                    result.complete(new CappedBody(buffer.toByteArray(), true));
                    return;
                }
            }
            subscription.request(1);
        }

        @Override
        public void onError(Throwable error) {
            result.completeExceptionally(error);
        }

        @Override
        public void onComplete() {
            result.complete(new CappedBody(buffer.toByteArray(), false));
        }

        @Override
        public CompletionStage<CappedBody> getBody() {
            return result;
        }

        private void cancel() {
            Flow.Subscription s = subscription;
            if (s != null) {
                s.cancel();
            }
        }
    }
}
