package org.gba.advisor.advice;

import io.swagger.v3.oas.annotations.media.Schema;
import java.time.Clock;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import org.gba.advisor.engine.RuleBase;
import org.gba.advisor.profiles.ProfileStore;
import org.gba.advisor.vocabulary.ProfileJson;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.jdbc.support.KeyHolder;

/**
 * Advice given for stored profile versions: the profile version, the rules version, the hash of the input and
 * the ranking (ids, ranks, scores), so that any past answer can be replayed with the rules in service and the
 * differences listed.
 */
public class AdviceRecords {
    private final JdbcClient jdbc;
    private final ProfileStore store;
    private final Clock clock;

    public AdviceRecords(JdbcClient jdbc, ProfileStore store, Clock clock) {
        this.jdbc = jdbc;
        this.store = store;
        this.clock = clock;
    }

    /** One ranked id, as recorded. */
    @Schema(name = "RecordedEntry")
    public record Entry(String id, int rank, double score) {
    }

    /** The ranking as recorded: enough to compare with another ranking. */
    @Schema(name = "RecordedOutcome")
    public record Outcome(List<Entry> constraints, List<Entry> models, List<Entry> recommendations) {
        static Outcome of(Ranked r) {
            return new Outcome(entries(r.constraints()), entries(r.models()), entries(r.actions()));
        }

        Ranked toRanked() {
            return new Ranked(items(constraints), items(models), items(recommendations), null);
        }

        private static List<Entry> entries(List<Ranked.Item> items) {
            return items.stream().map(i -> new Entry(i.id(), i.rank(), i.score())).toList();
        }

        private static List<Ranked.Item> items(List<Entry> entries) {
            return entries.stream().map(e -> new Ranked.Item(e.id(), e.rank(), e.score(), List.of())).toList();
        }
    }

    /** A recorded answer. */
    @Schema(name = "AdviceRecord", description = "An answer given to a key, as recorded for replay")
    public record Record(long id, String profileId, int profileVersion, String rulesVersion, String inputHash,
                         Instant givenAt, String givenTo, Outcome outcome) {
    }

    /** A recorded answer beside what the rules replayed with (in service, or a version asked for) say now. */
    @Schema(name = "AdviceReplay")
    public record Replay(Record record, String rulesVersionNow, boolean inputUnchanged, List<Change> changes) {
    }

    public long record(ProfileStore.Stored stored, RuleBase rules, Ranked ranked, String givenTo) {
        KeyHolder key = new GeneratedKeyHolder();
        jdbc.sql("insert into advice_record (profile_id, profile_version, rules_version, input_hash, outcome, "
                        + "given_at, given_to) values (?, ?, ?, ?, ?, ?, ?)")
                .params(stored.version().profileId(), stored.version().version(), rules.version(),
                        stored.version().hash(), ProfileJson.MAPPER.writeValueAsString(Outcome.of(ranked)),
                        OffsetDateTime.ofInstant(clock.instant(), ZoneOffset.UTC), givenTo)
                .update(key, "id");
        return key.getKeyAs(Number.class).longValue();
    }

    public Optional<Record> find(long id) {
        return jdbc.sql(SELECT + " where id = ?").param(id).query(AdviceRecords::map).optional();
    }

    public List<Record> forProfile(String profileId, int limit) {
        return jdbc.sql(SELECT + " where profile_id = ? order by id desc fetch first " + limit + " rows only")
                .param(profileId).query(AdviceRecords::map).list();
    }

    /** Evaluates the recorded profile version again with {@code rules} and lists what changed since. */
    public Replay replay(Record record, RuleBase rules) {
        ProfileStore.Stored stored = store.version(record.profileId(), record.profileVersion()).orElseThrow();
        Ranked now = AdviceService.rank(rules, stored.profile());
        return new Replay(record, rules.version(), ProfileStore.hash(stored.profile()).equals(record.inputHash()),
                now.changesFrom(record.outcome().toRanked()));
    }

    private static final String SELECT = "select id, profile_id, profile_version, rules_version, input_hash, outcome, "
            + "given_at, given_to from advice_record";

    private static Record map(java.sql.ResultSet rs, int n) throws java.sql.SQLException {
        return new Record(rs.getLong("id"), rs.getString("profile_id"), rs.getInt("profile_version"),
                rs.getString("rules_version"), rs.getString("input_hash"),
                rs.getObject("given_at", OffsetDateTime.class).toInstant(), rs.getString("given_to"),
                ProfileJson.MAPPER.readValue(rs.getString("outcome"), Outcome.class));
    }
}
