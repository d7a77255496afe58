package org.gba.advisor.advice;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import java.util.Map;
import java.util.concurrent.CancellationException;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Supplier;
import org.gba.advisor.engine.RuleBase;
import org.gba.advisor.vocabulary.Lang;
import org.gba.advisor.vocabulary.Profile;

/**
 * Remembers the language-neutral part of recent advice (the ranking and the data gaps, which cost one
 * evaluation plus one per probe) by rules version and the profile itself (a record, compared by value: cheaper than
 * writing it as JSON to hash it, which was a tenth of a request's time). With it, the answer's JSON as written in
 * each language (all but its provenance), so that answering the same profile again writes bytes, not texts. The same
 * profile under the same rules always gives the same ranking, texts and JSON, so a hit changes nothing but the time;
 * a new rules version misses. It also remembers which profiles, as sent, passed validation under which rules version.
 * Portals ask for the same places again and again. Size 0 turns it off.
 */
public final class AdviceCache {
    /** What is kept: the ranking and its data gaps, and the answers written from them so far. */
    record Core(Ranked ranked, DataGaps.Result gaps, Robustness.Result robustness, Map<Variant, byte[]> written) {
        Core(Ranked ranked, DataGaps.Result gaps, Robustness.Result robustness) {
            this(ranked, gaps, robustness, new ConcurrentHashMap<>(4));
        }

        /**
         * The answer's JSON in this language, with or without counterfactuals, written by {@code write} the first
         * time. Written outside any lock: two first requests may both write it, never wait for each other.
         */
        byte[] written(Lang lang, boolean counterfactuals, Supplier<byte[]> write) {
            Variant variant = new Variant(lang, counterfactuals);
            byte[] json = written.get(variant);
            if (json == null) {
                json = write.get();
                written.putIfAbsent(variant, json);
            }
            return json;
        }
    }

    /** One way of writing an answer: its language and whether it carries the counterfactuals. */
    record Variant(Lang lang, boolean counterfactuals) {
    }

    /** A core and whether it came from the cache. */
    record Lookup(Core core, boolean hit) {
    }

    /** A profile is never changed once read (every {@code with…} makes a new one), so it may serve as its own key. */
    private record Key(String version, Profile profile) {
    }

    private final Cache<Key, CompletableFuture<Core>> cache;
    private final Cache<Key, Boolean> valid;

    public AdviceCache(long maximumSize) {
        this.cache = maximumSize > 0 ? Caffeine.newBuilder().maximumSize(maximumSize).build() : null;
        this.valid = maximumSize > 0 ? Caffeine.newBuilder().maximumSize(maximumSize).build() : null;
    }

    public static AdviceCache off() {
        return new AdviceCache(0);
    }

    /**
     * The cached core, or the computed one, saying which. A profile is computed once: requests for it that come
     * while it is being computed wait for that computation (a portal's page views of one place, all the cached
     * profiles at once after a new rules version), rather than each computing it again. It is computed on the
     * caller's thread, outside the cache's locks, so that requests for other profiles never wait; if it fails, it is
     * not kept, and one of the waiting requests computes it again.
     */
    Lookup get(RuleBase rules, Profile profile, Supplier<Core> compute) {
        if (cache == null) {
            return new Lookup(compute.get(), false);
        }
        Key key = new Key(rules.version(), profile);
        CompletableFuture<Core> mine = new CompletableFuture<>();
        CompletableFuture<Core> earlier = cache.asMap().putIfAbsent(key, mine);
        if (earlier != null) {
            try {
                return new Lookup(earlier.join(), true);
            } catch (CompletionException | CancellationException failed) {
                return get(rules, profile, compute); // the failed computation is no longer kept: ask again
            }
        }
        try {
            Core computed = compute.get();
            mine.complete(computed);
            return new Lookup(computed, false);
        } catch (RuntimeException | Error e) {
            cache.asMap().remove(key, mine);
            mine.completeExceptionally(e);
            throw e;
        }
    }

    /** Whether this very profile passed validation under these rules (their catalog) before. */
    boolean knownValid(RuleBase rules, Profile profile) {
        return valid != null && valid.getIfPresent(new Key(rules.version(), profile)) != null;
    }

    /** Notes that the profile passed validation under these rules. */
    void validated(RuleBase rules, Profile profile) {
        if (valid != null) {
            valid.put(new Key(rules.version(), profile), Boolean.TRUE);
        }
    }
}
