package org.gba.advisor.ruleset;

import io.swagger.v3.oas.annotations.media.Schema;
import java.nio.charset.StandardCharsets;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import org.gba.advisor.audit.AuditLog;
import org.gba.advisor.engine.RuleBaseLoader;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Rule sets in the database: numbered, immutable bundles of the rules folder's files, and the publications that
 * say which one every instance serves (the newest). A publication and its audit event are written in one
 * transaction; on PostgreSQL the same transaction sends a notification that every listening instance receives
 * when it commits.
 */
public class RuleSets {
    /** The PostgreSQL channel a publication is announced on. */
    public static final String CHANNEL = "advisor_rules";
    private final JdbcClient jdbc;
    private final TransactionTemplate tx;
    private final AuditLog audit;
    private final Clock clock;
    private final boolean postgres;

    public RuleSets(JdbcClient jdbc, TransactionTemplate tx, AuditLog audit, Clock clock, boolean postgres) {
        this.jdbc = jdbc;
        this.tx = tx;
        this.audit = audit;
        this.clock = clock;
        this.postgres = postgres;
    }

    /** Where a version came from. */
    public enum Origin {
        /** rules/ on disk, stored as the first version of an empty store */
        SEED,
        /** an instance's rules/ folder, by a reload */
        FOLDER,
        /** a bundle of files sent by an admin, e.g. a developer's local rules/ */
        UPLOAD,
        /** an analyst's edits of numbers and texts in the workbench */
        WORKBENCH
    }

    /** Whether a version is only a draft, was published once, or is the one every instance should serve. */
    public enum State { DRAFT, PUBLISHED, ACTIVE }

    /** One stored version of the rules: who made it, when, why, from which version, and its content's hash. */
    @Schema(name = "RuleSetVersion")
    public record Version(int version, String hash, Integer basedOn, String author, Instant createdAt, String comment,
                          Origin origin, State state) {
    }

    /** One publication: a version made the one every instance serves. */
    @Schema(name = "RuleSetPublication")
    public record Publication(long id, int version, String publishedBy, Instant publishedAt, String comment) {
    }

    /** What one instance said it serves, when it last said so. */
    @Schema(name = "RulesInstance")
    public record InstanceState(String instance, String mode, Integer servingVersion, String servingHash,
                                Integer failedVersion, String failure, Instant seenAt) {
    }

    /** The newest publication: the version every instance should serve. */
    public Optional<Publication> active() {
        return jdbc.sql(PUBLICATIONS + " order by id desc fetch first 1 rows only").query(RuleSets::publication).optional();
    }

    /** Every publication, newest first. */
    public List<Publication> publications() {
        return jdbc.sql(PUBLICATIONS + " order by id desc").query(RuleSets::publication).list();
    }

    public List<Version> list() {
        Integer active = active().map(Publication::version).orElse(null);
        return jdbc.sql(VERSIONS + " order by version desc").query((rs, n) -> version(rs, active)).list();
    }

    public Optional<Version> find(int version) {
        Integer active = active().map(Publication::version).orElse(null);
        return jdbc.sql(VERSIONS + " where version = ?").param(version).query((rs, n) -> version(rs, active)).optional();
    }

    /** The files of a version, by their names in a rules folder. */
    public Map<String, byte[]> files(int version) {
        Map<String, byte[]> files = new TreeMap<>();
        jdbc.sql("select name, content from rule_set_file where version = ?").param(version)
                .query((ResultSet rs) -> {
                    files.put(rs.getString("name"), rs.getString("content").getBytes(StandardCharsets.UTF_8));
                });
        return files;
    }

    /** Stores a new version of these files (which must compile: the caller checked). */
    public Version create(Map<String, byte[]> files, Integer basedOn, String author, String comment, Origin origin) {
        return tx.execute(s -> insert(files, basedOn, author, comment, origin));
    }

    private Version insert(Map<String, byte[]> files, Integer basedOn, String author, String comment, Origin origin) {
        String hash = RuleBaseLoader.version(files);
        Instant now = clock.instant();
        GeneratedKeyHolder key = new GeneratedKeyHolder();
        jdbc.sql("insert into rule_set (hash, based_on, author, created_at, comment, origin) values (?, ?, ?, ?, ?, ?)")
                .params(hash, basedOn, author, OffsetDateTime.ofInstant(now, ZoneOffset.UTC), comment, origin.name())
                .update(key, "version");
        int version = key.getKeyAs(Number.class).intValue();
        files.forEach((name, bytes) -> {
            if (RuleBaseLoader.isRuleFile(name)) {
                jdbc.sql("insert into rule_set_file (version, name, content) values (?, ?, ?)")
                        .params(version, name, new String(bytes, StandardCharsets.UTF_8)).update();
            }
        });
        audit.record(author, "RULES_VERSION_SAVED", "rules@" + version, origin + " " + hash + ": " + comment);
        return new Version(version, hash, basedOn, author, now, comment, origin, State.DRAFT);
    }

    /** Makes {@code version} the one every instance serves, and tells them (PostgreSQL: NOTIFY on commit). */
    public Publication publish(int version, String by, String comment) {
        return tx.execute(s -> insertPublication(version, by, comment));
    }

    private Publication insertPublication(int version, String by, String comment) {
        Instant now = clock.instant();
        GeneratedKeyHolder key = new GeneratedKeyHolder();
        jdbc.sql("insert into rule_set_publication (version, published_by, published_at, comment) values (?, ?, ?, ?)")
                .params(version, by, OffsetDateTime.ofInstant(now, ZoneOffset.UTC), comment).update(key, "id");
        audit.record(by, "RULES_PUBLISHED", "rules@" + version, comment);
        if (postgres) {
            jdbc.sql("select pg_notify(?, ?)").params(CHANNEL, Integer.toString(version)).query((ResultSet rs) -> { });
        }
        return new Publication(key.getKeyAs(Number.class).longValue(), version, by, now, comment);
    }

    /**
     * On an empty store, stores {@code files} as version 1 and publishes it, once for all instances (a claim
     * row that a second instance starting at the same moment cannot take). Returns whether this call did it.
     */
    public boolean seedIfEmpty(Map<String, byte[]> files, String by) {
        if (active().isPresent()) {
            return false;
        }
        try {
            return Boolean.TRUE.equals(tx.execute(s -> {
                jdbc.sql("insert into one_time_claim (name, claimed_at) values ('rules-seed', ?)")
                        .param(OffsetDateTime.ofInstant(clock.instant(), ZoneOffset.UTC)).update();
                Version v = insert(files, null, by, "rules/ as found on the first start", Origin.SEED);
                insertPublication(v.version(), by, "the first version");
                return true;
            }));
        } catch (DuplicateKeyException e) {
            return false; // another instance seeded the store
        }
    }

    /** Records what this instance serves now (its row is its own). */
    public void report(InstanceState state) {
        Object[] values = {state.mode(), state.servingVersion(), state.servingHash(), state.failedVersion(),
                state.failure() == null || state.failure().length() <= 4000 ? state.failure()
                        : state.failure().substring(0, 4000),
                OffsetDateTime.ofInstant(state.seenAt(), ZoneOffset.UTC), state.instance()};
        int updated = jdbc.sql("update rules_instance set rules_mode = ?, serving_version = ?, serving_hash = ?, "
                + "failed_version = ?, failure = ?, seen_at = ? where instance_id = ?").params(values).update();
        if (updated == 0) {
            jdbc.sql("insert into rules_instance (rules_mode, serving_version, serving_hash, failed_version, failure, "
                    + "seen_at, instance_id) values (?, ?, ?, ?, ?, ?, ?)").params(values).update();
        }
    }

    /** The instances that reported within {@code within}, by id. */
    public List<InstanceState> instances(Duration within) {
        return jdbc.sql("select instance_id, rules_mode, serving_version, serving_hash, failed_version, failure, seen_at "
                        + "from rules_instance where seen_at >= ? order by instance_id")
                .param(OffsetDateTime.ofInstant(clock.instant().minus(within), ZoneOffset.UTC))
                .query((rs, n) -> new InstanceState(rs.getString("instance_id"), rs.getString("rules_mode"),
                        (Integer) rs.getObject("serving_version", Integer.class), rs.getString("serving_hash"),
                        (Integer) rs.getObject("failed_version", Integer.class), rs.getString("failure"),
                        rs.getObject("seen_at", OffsetDateTime.class).toInstant())).list();
    }

    private static final String VERSIONS = "select version, hash, based_on, author, created_at, comment, origin, "
            + "(select count(*) from rule_set_publication p where p.version = rule_set.version) as publications "
            + "from rule_set";
    private static final String PUBLICATIONS = "select id, version, published_by, published_at, comment "
            + "from rule_set_publication";

    private static Version version(ResultSet rs, Integer active) throws SQLException {
        int v = rs.getInt("version");
        State state = active != null && active == v ? State.ACTIVE
                : rs.getInt("publications") > 0 ? State.PUBLISHED : State.DRAFT;
        return new Version(v, rs.getString("hash"), rs.getObject("based_on", Integer.class), rs.getString("author"),
                rs.getObject("created_at", OffsetDateTime.class).toInstant(), rs.getString("comment"),
                Origin.valueOf(rs.getString("origin")), state);
    }

    private static Publication publication(ResultSet rs, int n) throws SQLException {
        return new Publication(rs.getLong("id"), rs.getInt("version"), rs.getString("published_by"),
                rs.getObject("published_at", OffsetDateTime.class).toInstant(), rs.getString("comment"));
    }
}
