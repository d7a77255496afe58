package org.gba.advisor.profiles;

import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.gba.advisor.audit.AuditLog;
import org.gba.advisor.vocabulary.Profile;
import org.gba.advisor.vocabulary.ProfileJson;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.dao.PessimisticLockingFailureException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionTemplate;
import tools.jackson.databind.JsonNode;

/**
 * Submitted profiles as immutable versions in the database. A submission increments the profile's version
 * counter under its row lock and writes the version and its audit event in the same transaction, so
 * concurrent submissions get distinct consecutive versions and a failed one leaves nothing behind. Versions
 * are never updated or deleted.
 */
public class ProfileStore {
    public static final String FIXTURES = "fixtures";
    private static final Logger log = LoggerFactory.getLogger(ProfileStore.class);
    private static final int ATTEMPTS = 20;

    private final JdbcClient jdbc;
    private final TransactionTemplate tx;
    private final AuditLog audit;
    private final Clock clock;

    public ProfileStore(JdbcClient jdbc, TransactionTemplate tx, AuditLog audit, Clock clock) {
        this.jdbc = jdbc;
        this.tx = tx;
        this.audit = audit;
        this.clock = clock;
    }

    /** Who submitted a version, when, why, and the hash of its canonical JSON. */
    @Schema(name = "ProfileVersion", description = "Who submitted a version of a profile, when, why, and the hash of its canonical JSON")
    public record Version(String profileId, int version, String submittedBy, Instant submittedAt, String comment,
                          String hash) {
    }

    /** A version with its profile; {@code builtIn} for the places shipped in fixtures/. */
    public record Stored(Version version, Profile profile, boolean builtIn) {
    }

    /** One changed field between two versions: an RFC 6902 operation with the old value beside it. */
    public record FieldChange(@Schema(allowableValues = {"add", "remove", "replace"}, example = "replace") String op,
                              @Schema(description = "JSON Pointer of the field", example = "/year") String path,
                              @Schema(description = "The old value (absent for add)", example = "2022") JsonNode was,
                              @Schema(description = "The new value (absent for remove)", example = "2023") JsonNode now) {
    }

    /** Stores a new version of {@code profile}, which must already be valid. */
    public Version submit(Profile profile, String by, String comment) {
        for (int attempt = 1; ; attempt++) {
            try {
                return tx.execute(s -> insertVersion(profile, by, comment));
            } catch (DuplicateKeyException | PessimisticLockingFailureException e) {
                // Two first submissions of one id raced to create its row, or a lock wait timed out: the
                // transaction was rolled back whole, so it is safe to run it again.
                if (attempt == ATTEMPTS) {
                    throw e;
                }
            }
        }
    }

    /** Stores {@code moved}, the current profile with another parent, and records the change of hands. */
    public Version reparent(Stored current, Profile moved, String by, String comment) {
        for (int attempt = 1; ; attempt++) {
            try {
                return tx.execute(s -> {
                    Version v = insertVersion(moved, by, comment);
                    audit.record(by, "PROFILE_REPARENTED", v.profileId() + "@" + v.version(),
                            "parent " + current.profile().parent() + " -> " + moved.parent());
                    return v;
                });
            } catch (DuplicateKeyException | PessimisticLockingFailureException e) {
                if (attempt == ATTEMPTS) {
                    throw e;
                }
            }
        }
    }

    private Version insertVersion(Profile profile, String by, String comment) {
        String id = profile.id();
        int updated = jdbc.sql("update profile set latest_version = latest_version + 1 where id = ?").param(id).update();
        if (updated == 0) {
            jdbc.sql("insert into profile (id, latest_version, built_in) values (?, 1, ?)")
                    .params(id, FIXTURES.equals(by)).update();
        }
        int version = jdbc.sql("select latest_version from profile where id = ?").param(id).query(Integer.class).single();
        String body = ProfileJson.MAPPER.writeValueAsString(profile);
        Version v = new Version(id, version, by, clock.instant(), comment, hash(body));
        jdbc.sql("insert into profile_version (profile_id, version, body, body_hash, submitted_by, submitted_at, comment) "
                        + "values (?, ?, ?, ?, ?, ?, ?)")
                .params(id, version, body, v.hash(), by, OffsetDateTime.ofInstant(v.submittedAt(), ZoneOffset.UTC), comment)
                .update();
        audit.record(by, "PROFILE_SUBMITTED", id + "@" + version, comment);
        return v;
    }

    /** Stores each fixture as version 1 of its id unless that id is already stored. */
    public int seed(Collection<Profile> fixtures) {
        int added = 0;
        for (Profile p : fixtures) {
            try {
                Boolean fresh = tx.execute(s -> {
                    if (jdbc.sql("select count(*) from profile where id = ?").param(p.id()).query(Integer.class)
                            .single() > 0) {
                        return false;
                    }
                    insertVersion(p, FIXTURES, "built-in fixture");
                    return true;
                });
                added += Boolean.TRUE.equals(fresh) ? 1 : 0;
            } catch (DuplicateKeyException e) {
                // another instance seeded it at the same moment
            }
        }
        if (added > 0) {
            log.info("Stored {} built-in profiles as their first versions", added);
        }
        return added;
    }

    public Optional<Stored> current(String id) {
        return jdbc.sql(SELECT + " where v.profile_id = ? and v.version = p.latest_version").param(id)
                .query(ProfileStore::stored).optional();
    }

    public Optional<Stored> version(String id, int version) {
        return jdbc.sql(SELECT + " where v.profile_id = ? and v.version = ?").params(id, version)
                .query(ProfileStore::stored).optional();
    }

    /** The current version of every stored profile, by id. */
    public List<Stored> currentAll() {
        return jdbc.sql(SELECT + " where v.version = p.latest_version order by v.profile_id")
                .query(ProfileStore::stored).list();
    }

    /** Every version of a profile, oldest first; empty if there is no such profile. */
    public List<Version> versions(String id) {
        return jdbc.sql("select profile_id, version, submitted_by, submitted_at, comment, body_hash "
                        + "from profile_version where profile_id = ? order by version").param(id)
                .query((rs, n) -> version(rs)).list();
    }

    /** The fields that differ from version {@code from} to version {@code to}. */
    public static List<FieldChange> diff(Profile from, Profile to) {
        JsonObject a = json(from);
        JsonObject b = json(to);
        List<FieldChange> changes = new ArrayList<>();
        for (JsonValue op : Json.createDiff(a, b).toJsonArray()) {
            JsonObject o = op.asJsonObject();
            String path = o.getString("path");
            String kind = o.getString("op");
            JsonValue was = kind.equals("add") ? null : Json.createPointer(path).getValue(a);
            JsonValue now = o.get("value");
            changes.add(new FieldChange(kind, path, node(was), node(now)));
        }
        return changes;
    }

    /** SHA-256 of a profile's canonical JSON: the same facts give the same hash. */
    public static String hash(Profile profile) {
        return hash(ProfileJson.MAPPER.writeValueAsString(profile));
    }

    private static final String SELECT = "select v.profile_id, v.version, v.submitted_by, v.submitted_at, v.comment, "
            + "v.body_hash, v.body, p.built_in from profile_version v join profile p on p.id = v.profile_id";

    private static Stored stored(ResultSet rs, int n) throws SQLException {
        return new Stored(version(rs), ProfileJson.MAPPER.readValue(rs.getString("body"), Profile.class),
                rs.getBoolean("built_in"));
    }

    private static Version version(ResultSet rs) throws SQLException {
        return new Version(rs.getString("profile_id"), rs.getInt("version"), rs.getString("submitted_by"),
                rs.getObject("submitted_at", OffsetDateTime.class).toInstant(), rs.getString("comment"),
                rs.getString("body_hash"));
    }

    private static JsonObject json(Profile p) {
        return Json.createReader(new StringReader(ProfileJson.MAPPER.writeValueAsString(p))).readObject();
    }

    private static JsonNode node(JsonValue v) {
        return v == null ? null : ProfileJson.MAPPER.readTree(v.toString());
    }

    private static String hash(String body) {
        try {
            return "sha256:" + java.util.HexFormat.of().formatHex(
                    MessageDigest.getInstance("SHA-256").digest(body.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
