package org.gba.advisor.advice;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import java.util.function.Supplier;
import org.gba.advisor.engine.RuleBase;
import org.gba.advisor.vocabulary.Profile;

/**
 * Remembers the language-neutral part of recent advice (the ranking and the data gaps, which cost one
 * evaluation plus one per probe) by rules version and the profile itself (a record, compared by value: cheaper than
 * writing it as JSON to hash it, which was a tenth of a request's time). The same profile under the same
 * rules always gives the same ranking, so a hit changes nothing but the time; a new rules version misses.
 * Portals ask for the same places again and again. Size 0 turns it off.
 */
public final class AdviceCache {
    /** What is kept: the ranking and its data gaps. */
    record Core(Ranked ranked, DataGaps.Result gaps, Robustness.Result robustness) {
    }

    /** A core and whether it came from the cache. */
    record Lookup(Core core, boolean hit) {
    }

    /** A profile is never changed once read (every {@code with…} makes a new one), so it may serve as its own key. */
    private record Key(String version, Profile profile) {
    }

    private final Cache<Key, Core> cache;

    public AdviceCache(long maximumSize) {
        this.cache = maximumSize > 0 ? Caffeine.newBuilder().maximumSize(maximumSize).build() : null;
    }

    public static AdviceCache off() {
        return new AdviceCache(0);
    }

    /** The cached core, or the computed one, saying which. */
    Lookup get(RuleBase rules, Profile profile, Supplier<Core> compute) {
        if (cache == null) {
            return new Lookup(compute.get(), false);
        }
        Key key = new Key(rules.version(), profile);
        Core cached = cache.getIfPresent(key);
        if (cached != null) {
            return new Lookup(cached, true);
        }
        // computed outside the cache's lock: two requests for one new profile may both compute it, never wait
        Core computed = compute.get();
        cache.put(key, computed);
        return new Lookup(computed, false);
    }
}
