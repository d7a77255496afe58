package org.gba.advisor.profiles;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.gba.advisor.audit.AuditLog;
import org.gba.advisor.testing.Fixtures;
import org.gba.advisor.testing.Profiles;
import org.gba.advisor.vocabulary.Profile;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The store against the configured database: H2 in memory by default, PostgreSQL when .ci/run sets
 * SPRING_DATASOURCE_URL. Every test uses fresh ids, so the tests also hold on a database used before.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.NONE)
class ProfileStoreTest {
    @Autowired
    ProfileStore store;
    @Autowired
    TransactionTemplate tx;
    @Autowired
    AuditLog audit;

    @Test
    void theBuiltInProfilesAreStoredAsFirstVersionsFromTheFixtures() {
        for (Profile fixture : Fixtures.all()) {
            ProfileStore.Stored first = store.version(fixture.id(), 1).orElseThrow();
            assertThat(first.builtIn()).isTrue();
            assertThat(first.version().submittedBy()).isEqualTo(ProfileStore.FIXTURES);
            assertThat(first.profile()).isEqualTo(fixture);
        }
        assertThat(store.seed(Fixtures.all())).as("seeding again adds nothing").isZero();
    }

    @Test
    void eachSubmissionIsANewVersionAndOldVersionsStayAsTheyWere() {
        String id = Profiles.freshId("zhongshan");
        Profile v1 = Profiles.withId(Fixtures.get("zhongshan"), id);
        Profile v2 = Profiles.withYear(Profiles.withNote(v1, "revised"), 2023);

        ProfileStore.Version first = store.submit(v1, "k-official", "first");
        ProfileStore.Version second = store.submit(v2, "k-official", "year and note");

        assertThat(first.version()).isEqualTo(1);
        assertThat(second.version()).isEqualTo(2);
        assertThat(store.current(id).orElseThrow().profile()).isEqualTo(v2);
        assertThat(store.current(id).orElseThrow().builtIn()).isFalse();
        assertThat(store.version(id, 1).orElseThrow().profile()).isEqualTo(v1);
        assertThat(store.versions(id)).extracting(ProfileStore.Version::comment).containsExactly("first", "year and note");
        assertThat(store.versions(id).get(0).hash()).isEqualTo(ProfileStore.hash(v1)).isNotEqualTo(second.hash());
        assertThat(audit.recent("PROFILE_SUBMITTED", 1000)).extracting(AuditLog.Event::target)
                .contains(id + "@1", id + "@2");
    }

    @Test
    void theDiffNamesEachChangedFieldWithOldAndNewValue() {
        Profile v1 = Profiles.withId(Fixtures.get("zhongshan"), "x");
        Profile v2 = Profiles.withYear(Profiles.withNote(v1, "revised"), 2023);
        Map<String, ProfileStore.FieldChange> byPath = ProfileStore.diff(v1, v2).stream()
                .collect(Collectors.toMap(ProfileStore.FieldChange::path, c -> c));
        assertThat(byPath).containsOnlyKeys("/year", "/note");
        assertThat(byPath.get("/year").op()).isEqualTo("replace");
        assertThat(byPath.get("/year").was().asInt()).isEqualTo(v1.year());
        assertThat(byPath.get("/year").now().asInt()).isEqualTo(2023);
        assertThat(ProfileStore.diff(v1, v1)).isEmpty();
    }

    @Test
    void concurrentSubmissionsOfOneProfileAreAllKeptAsDistinctCompleteVersions() throws Exception {
        String id = Profiles.freshId("dongguan");
        Profile base = Profiles.withId(Fixtures.get("dongguan"), id);
        int threads = 12;
        int each = 8;
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        List<Future<ProfileStore.Version>> futures = new ArrayList<>();
        try {
            for (int t = 0; t < threads; t++) {
                for (int i = 0; i < each; i++) {
                    String note = "thread " + t + " submission " + i;
                    Callable<ProfileStore.Version> submit = () -> store.submit(Profiles.withNote(base, note),
                            "k-test", note);
                    futures.add(pool.submit(submit));
                }
            }
            List<ProfileStore.Version> made = new ArrayList<>();
            for (Future<ProfileStore.Version> f : futures) {
                made.add(f.get());
            }
            int total = threads * each;
            assertThat(made).extracting(ProfileStore.Version::version).doesNotHaveDuplicates()
                    .containsExactlyInAnyOrderElementsOf(IntStream.rangeClosed(1, total).boxed().toList());
            List<ProfileStore.Version> stored = store.versions(id);
            assertThat(stored).hasSize(total);
            Set<String> notes = new HashSet<>();
            for (ProfileStore.Version v : stored) {
                Profile p = store.version(id, v.version()).orElseThrow().profile();
                // complete: the whole profile, as submitted with that comment, with a hash that matches it
                assertThat(p).isEqualTo(Profiles.withNote(base, v.comment()));
                assertThat(ProfileStore.hash(p)).isEqualTo(v.hash());
                notes.add(p.note());
            }
            assertThat(notes).hasSize(total);
            assertThat(store.current(id).orElseThrow().version().version()).isEqualTo(total);
        } finally {
            pool.shutdownNow();
        }
    }

    @Test
    void aFailedTransactionLeavesNothingHalfWritten() {
        String id = Profiles.freshId("jiangmen");
        Profile v1 = Profiles.withId(Fixtures.get("jiangmen"), id);
        store.submit(v1, "k-test", "kept");

        assertThatThrownBy(() -> tx.executeWithoutResult(s -> {
            store.submit(Profiles.withNote(v1, "lost"), "k-test", "rolled back");
            throw new IllegalStateException("failure after the version was written");
        })).hasMessageContaining("failure after");

        assertThat(store.versions(id)).extracting(ProfileStore.Version::comment).containsExactly("kept");
        assertThat(store.current(id).orElseThrow().profile()).isEqualTo(v1);
        assertThat(audit.recent("PROFILE_SUBMITTED", 1000)).extracting(AuditLog.Event::target)
                .contains(id + "@1").doesNotContain(id + "@2");
        // and the counter was rolled back too: the next submission is version 2, not 3
        assertThat(store.submit(Profiles.withNote(v1, "next"), "k-test", "next").version()).isEqualTo(2);
    }

    @Test
    void aFailedFirstSubmissionLeavesNoProfileBehind() {
        String id = Profiles.freshId("huizhou");
        Profile v1 = Profiles.withId(Fixtures.get("huizhou"), id);
        assertThatThrownBy(() -> tx.executeWithoutResult(s -> {
            store.submit(v1, "k-test", "rolled back");
            throw new IllegalStateException("failure");
        })).isInstanceOf(IllegalStateException.class);
        assertThat(store.current(id)).isEmpty();
        assertThat(store.versions(id)).isEmpty();
        assertThat(store.currentAll()).extracting(s -> s.profile().id()).doesNotContain(id);
    }
}
