package org.gba.advisor.advice;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import java.util.Map;
import java.util.concurrent.CancellationException;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Supplier;
import org.gba.advisor.engine.RuleBase;
import org.gba.advisor.vocabulary.Lang;
import org.gba.advisor.vocabulary.Profile;

/**
 * Remembers the language-neutral part of recent advice (the ranking and the data gaps, which cost one
 * evaluation plus one per probe) by rules version and the profile itself (a record, compared by value: cheaper than
 * writing it as JSON to hash it, which was a tenth of a request's time; hashed once per request, see {@link Key}). With it, the answer's JSON as written in
 * each language (all but its provenance), so that answering the same profile again writes bytes, not texts. The same
 * profile under the same rules always gives the same ranking, texts and JSON, so a hit changes nothing but the time;
 * a new rules version misses. It also remembers which profiles, as sent, passed validation under which rules version:
 * in the same {@link Entry}, so that one lookup serves a request's validation and its advice.
 * Portals ask for the same places again and again. Size 0 turns it off.
 *
 * <p>A profile is kept once it is asked for a second time (or by a second request while it is being computed), not
 * the first: planners' what-ifs and officials' new profiles are mostly asked once, and every one kept (about 50 KB:
 * the ranking, the data gaps and a language's JSON) outlived the young generation and cost the collector about
 * a fifth of a fresh advice (docs/performance.md). What is remembered of a profile answered once is its key's hash,
 * in a bounded set ten times the cache's size; two profiles sharing a hash only mean one is kept a request early.
 *
 * <p>Bounded by count and by weight: each entry weighs what it is estimated to hold ({@link Entry#bytes}), and at
 * least the budget's share of one entry (budget ÷ count), so that neither more profiles than the count nor more
 * bytes than the budget are kept. A profile of 200 assets answers about 840 KB of JSON; a count alone would let a
 * thousand of them fill the heap. An entry is weighed again each time an answer is written into it.
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

        /**
         * Estimated heap bytes of this core and its profile, with the answers written. Measured (heap after a full
         * collection over 200 copies, docs/performance.md): profile and core together 0.71-1.30 times the length
         * of one answer's JSON over five fixtures and profiles of 20 and 200 assets, so twice the longest answer;
         * before any answer is written, 1 KiB per data-gap probe (those measured 0.35-1.7 KiB per probe, the most
         * for small profiles, which the budget's share of an entry covers).
         */
        long bytes() {
            long answers = 0;
            long longest = 0;
            for (byte[] json : written.values()) {
                answers += json.length;
                longest = Math.max(longest, json.length);
            }
            long probes = 0;
            for (DataGaps.Gap gap : gaps.gaps()) {
                probes += gap.probes().size();
            }
            return longest > 0 ? answers + 2 * longest : 1024 * probes;
        }
    }

    /** One way of writing an answer: its language and whether it carries the counterfactuals. */
    record Variant(Lang lang, boolean counterfactuals) {
    }

    /** A core and whether it came from the cache. */
    record Lookup(Core core, boolean hit) {
    }

    /**
     * A profile under one rules version, as the cache's key. A profile is never changed once read (every
     * {@code with…} makes a new one), so it may serve as its own key; its hash (a walk over the whole tree of
     * records) is taken once, when the key is made, however often the key is looked up.
     */
    static final class Key {
        private final String version;
        private final Profile profile;
        private final int hash;

        Key(String version, Profile profile) {
            this.version = version;
            this.profile = profile;
            this.hash = 31 * version.hashCode() + profile.hashCode();
        }

        @Override
        public boolean equals(Object other) {
            return this == other || other instanceof Key k && hash == k.hash && version.equals(k.version)
                    && (profile == k.profile || profile.equals(k.profile));
        }

        @Override
        public int hashCode() {
            return hash;
        }
    }

    /**
     * What the cache knows of one profile under one rules version: that it passed validation, and its core once
     * computed. A request looks its profile up once and then uses this for both.
     */
    static final class Entry {
        private final Key key;
        private volatile boolean valid;
        /** Whether another request found this entry: the profile is asked for again, so it is kept. */
        private volatile boolean askedAgain;
        private final AtomicReference<CompletableFuture<Core>> core = new AtomicReference<>();

        private Entry(Key key) {
            this.key = key;
        }

        Profile profile() {
            return key.profile;
        }

        boolean valid() {
            return valid;
        }

        /** Estimated heap bytes held: those of the core once computed (a profile only checked weighs the floor). */
        long bytes() {
            CompletableFuture<Core> computed = core.get();
            return computed != null && computed.isDone() && !computed.isCompletedExceptionally()
                    ? computed.join().bytes() : 0;
        }
    }

    private final Cache<Key, Entry> entries;
    /** The hashes of the keys of profiles answered once and not kept. */
    private final Cache<Integer, Boolean> answeredOnce;

    /** At most {@code maximumSize} profiles, weighed as at least 1 MiB each (so bounded by count). */
    public AdviceCache(long maximumSize) {
        this(maximumSize, saturated(maximumSize, 1L << 20));
    }

    /**
     * At most {@code maximumSize} profiles and about {@code maximumBytes} of heap, whichever bounds first; off when
     * either is below one (a profile, a KiB). Weighed in KiB, each entry at least the budget's share of one
     * ({@code maximumBytes / maximumSize}).
     */
    public AdviceCache(long maximumSize, long maximumBytes) {
        long kib = maximumBytes / 1024;
        boolean on = maximumSize > 0 && kib > 0;
        int floor = (int) Math.min(Integer.MAX_VALUE, Math.max(1, kib / Math.max(1, maximumSize)));
        this.entries = on ? Caffeine.newBuilder().maximumWeight(Math.min(kib, saturated(maximumSize, floor)))
                .<Key, Entry>weigher((key, entry) -> (int) Math.min(Integer.MAX_VALUE,
                        Math.max(floor, (entry.bytes() + 1023) / 1024)))
                .build() : null;
        this.answeredOnce = on ? Caffeine.newBuilder().maximumSize(saturated(maximumSize, 10)).build() : null;
    }

    private static long saturated(long a, long b) {
        return a > Long.MAX_VALUE / b ? Long.MAX_VALUE : a * b;
    }

    public static AdviceCache off() {
        return new AdviceCache(0);
    }

    /**
     * The entry of this profile under these rules: the cached one, else a new one, which is kept only once the
     * profile passed validation or its core is asked for (so that invalid profiles take no room).
     */
    Entry entry(RuleBase rules, Profile profile) {
        Key key = new Key(rules.version(), profile);
        Entry known = entries == null ? null : entries.getIfPresent(key);
        if (known == null) {
            return new Entry(key);
        }
        known.askedAgain = true;
        return known;
    }

    /** The entry kept for this one's profile: itself, or the one another request kept meanwhile. */
    private Entry kept(Entry entry) {
        if (entries == null) {
            return entry;
        }
        Entry kept = entries.asMap().putIfAbsent(entry.key, entry);
        return kept == null ? entry : kept;
    }

    /**
     * The answer's JSON of a looked-up core in this language, written by {@code write} the first time; the entry is
     * then weighed again, if it is kept.
     */
    byte[] written(Entry entry, Core core, Lang lang, boolean counterfactuals, Supplier<byte[]> write) {
        int before = core.written.size();
        byte[] json = core.written(lang, counterfactuals, write);
        if (entries != null && core.written.size() != before) {
            weighAgain(entry);
        }
        return json;
    }

    /** Caffeine weighs an entry when it is written: a compute that keeps it as it is weighs it again. */
    private void weighAgain(Entry entry) {
        entries.asMap().computeIfPresent(entry.key, (key, kept) -> kept);
    }

    /** The estimated KiB of the profiles kept now, as weighed (after any eviction still pending). */
    long weight() {
        if (entries == null) {
            return 0;
        }
        entries.cleanUp();
        return entries.policy().eviction().orElseThrow().weightedSize().orElse(0);
    }

    /** How many profiles are kept now (after any eviction still pending). */
    long size() {
        if (entries == null) {
            return 0;
        }
        entries.cleanUp();
        return entries.estimatedSize();
    }

    /** Notes that the entry's profile passed validation under its rules; the entry to go on with. */
    Entry validated(Entry entry) {
        Entry kept = kept(entry);
        kept.valid = true;
        return kept;
    }

    /**
     * Once a checked profile was answered under another key (resolving its reach entries changed it): its entry,
     * which only says that it passed validation, is not kept if the profile is asked for the first time, as an
     * answered one would not be.
     */
    void answeredAs(Entry checked, Entry answered) {
        if (entries != null && checked != answered && checked.core.get() == null && !checked.askedAgain
                && answeredOnce.asMap().putIfAbsent(checked.key.hash, Boolean.TRUE) == null) {
            entries.asMap().remove(checked.key, checked);
        }
    }

    /** As {@link #get(Entry, Supplier)}, looking the profile up first. */
    Lookup get(RuleBase rules, Profile profile, Supplier<Core> compute) {
        return get(entry(rules, profile), compute);
    }

    /**
     * The cached core, or the computed one, saying which. A profile is computed once: requests for it that come
     * while it is being computed wait for that computation (a portal's page views of one place, all the cached
     * profiles at once after a new rules version), rather than each computing it again. It is computed on the
     * caller's thread, outside the cache's locks, so that requests for other profiles never wait; if it fails, it is
     * not kept, and one of the waiting requests computes it again.
     */
    Lookup get(Entry found, Supplier<Core> compute) {
        if (entries == null) {
            return new Lookup(compute.get(), false);
        }
        Entry entry = found.core.get() != null ? found : kept(found);
        while (true) {
            CompletableFuture<Core> earlier = entry.core.get();
            if (earlier != null) {
                entry.askedAgain = true;
                try {
                    return new Lookup(earlier.join(), true);
                } catch (CompletionException | CancellationException failed) {
                    entry.core.compareAndSet(earlier, null); // the failed computation is no longer kept: ask again
                    continue;
                }
            }
            CompletableFuture<Core> mine = new CompletableFuture<>();
            if (!entry.core.compareAndSet(null, mine)) {
                continue;
            }
            try {
                Core computed = compute.get();
                mine.complete(computed);
                if (!entry.askedAgain && answeredOnce.asMap().putIfAbsent(entry.key.hash, Boolean.TRUE) == null) {
                    entries.asMap().remove(entry.key, entry); // asked for the first time: answered, not kept
                } else {
                    weighAgain(entry); // kept: weighed with its core
                }
                return new Lookup(computed, false);
            } catch (RuntimeException | Error e) {
                entry.core.compareAndSet(mine, null);
                mine.completeExceptionally(e);
                throw e;
            }
        }
    }
}
