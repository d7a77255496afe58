package org.gba.advisor.access;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import io.github.bucket4j.Bucket;
import io.github.bucket4j.ConsumptionProbe;
import io.github.bucket4j.EstimationProbe;
import java.time.Duration;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;
import org.gba.advisor.audit.AuditLog;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Failed authentication per client, as a token bucket (Bucket4j): each wrong or revoked key takes a token, and
 * a client without tokens is refused (429) before its key is even looked up, good keys included, until the
 * bucket refills. A burst that empties a bucket is written to the audit log once, with its count, so that
 * guessing is visible without every guess growing the database.
 */
final class FailedKeyThrottle {
    private static final Logger log = LoggerFactory.getLogger(FailedKeyThrottle.class);

    private final int capacity;
    private final Duration period;
    private final AuditLog audit;
    private final Cache<String, Client> clients;

    FailedKeyThrottle(int capacity, Duration period, AuditLog audit) {
        this.capacity = capacity;
        this.period = period;
        this.audit = audit;
        // bounded, and a client is forgotten once its bucket would be full again anyway
        this.clients = Caffeine.newBuilder().maximumSize(100_000).expireAfterAccess(period.multipliedBy(2)).build();
    }

    private final class Client {
        final Bucket bucket = Bucket.builder()
                .addLimit(l -> l.capacity(capacity).refillGreedy(capacity, period)).build();
        final AtomicLong failures = new AtomicLong();
        final AtomicLong refused = new AtomicLong();
        final AtomicBoolean throttled = new AtomicBoolean();
    }

    /** Seconds until this client may try a key again, or 0 if it may now. */
    long retryAfterSeconds(String client) {
        Client c = clients.getIfPresent(client);
        if (c == null) {
            return 0;
        }
        EstimationProbe probe = c.bucket.estimateAbilityToConsume(1);
        if (probe.canBeConsumed()) {
            c.throttled.set(false);
            return 0;
        }
        c.refused.incrementAndGet();
        return seconds(probe.getNanosToWaitForRefill());
    }

    /** Records one wrong or revoked key from this client. */
    void failed(String client) {
        Client c = clients.get(client, k -> new Client());
        long failures = c.failures.incrementAndGet();
        ConsumptionProbe probe = c.bucket.tryConsumeAndReturnRemaining(1);
        if (probe.getRemainingTokens() == 0 && c.throttled.compareAndSet(false, true)) {
            String detail = failures + " wrong or revoked keys so far (" + c.refused.get() + " attempts refused while "
                    + "throttled); more than " + capacity + " in " + period.toSeconds() + " s: refused for "
                    + seconds(c.bucket.estimateAbilityToConsume(1).getNanosToWaitForRefill()) + " s";
            log.warn("Failed authentication from {} throttled: {}", client, detail);
            audit.record("anonymous", "AUTH_FAILURES_THROTTLED", "client " + client, detail);
        }
    }

    private static long seconds(long nanos) {
        return Math.max(1, (nanos + 999_999_999L) / 1_000_000_000L);
    }
}
