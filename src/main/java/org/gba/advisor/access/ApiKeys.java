package org.gba.advisor.access;

import io.swagger.v3.oas.annotations.media.Schema;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Arrays;
import java.util.Base64;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.gba.advisor.audit.AuditLog;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * API keys. A key is 32 random bytes shown once when issued; only its SHA-256 is stored (a salted slow hash
 * adds nothing for a key of 256 bits of entropy, and a plain digest can be looked up directly).
 */
public class ApiKeys {
    static final String PREFIX = "gba_";
    private static final SecureRandom RANDOM = new SecureRandom();

    private final JdbcClient jdbc;
    private final TransactionTemplate tx;
    private final AuditLog audit;
    private final Clock clock;

    public ApiKeys(JdbcClient jdbc, TransactionTemplate tx, AuditLog audit, Clock clock) {
        this.jdbc = jdbc;
        this.tx = tx;
        this.audit = audit;
        this.clock = clock;
    }

    /** A key just issued: {@code key} is shown this once. */
    @Schema(name = "IssuedKey", description = "A key just issued: the key itself is shown in this answer only")
    public record Issued(String id, String key, Role role, Set<String> places, String label) {
    }

    /** A stored key, without its secret. */
    @Schema(name = "KeyInfo", description = "A stored key, without its secret")
    public record KeyInfo(String id, Role role, Set<String> places, String label, String createdBy, Instant createdAt,
                          Instant revokedAt) {
    }

    public Issued create(Role role, Set<String> places, String label, String actor) {
        if (role == Role.OFFICIAL && places.isEmpty()) {
            throw new IllegalArgumentException("an official key needs at least one place");
        }
        String id = "k-" + HexFormat.of().formatHex(random(6));
        String key = PREFIX + Base64.getUrlEncoder().withoutPadding().encodeToString(random(32));
        Set<String> sorted = new TreeSet<>(role == Role.OFFICIAL ? places : Set.of());
        tx.executeWithoutResult(s -> {
            jdbc.sql("insert into api_key (id, key_hash, role, places, label, created_by, created_at) "
                            + "values (?, ?, ?, ?, ?, ?, ?)")
                    .params(id, hash(key), role.name(), String.join(",", sorted), label, actor, now()).update();
            audit.record(actor, "KEY_CREATED", id, role + (sorted.isEmpty() ? "" : " " + sorted) + " " + label);
        });
        return new Issued(id, key, role, sorted, label);
    }

    /** The caller a presented key stands for, if it is a live key. */
    public Optional<Caller> authenticate(String presented) {
        if (presented == null || !presented.startsWith(PREFIX) || presented.length() > 200) {
            return Optional.empty();
        }
        return jdbc.sql("select id, role, places from api_key where key_hash = ? and revoked_at is null")
                .param(hash(presented))
                .query((rs, n) -> new Caller(rs.getString("id"), Role.valueOf(rs.getString("role")),
                        places(rs.getString("places"))))
                .optional();
    }

    public List<KeyInfo> list() {
        return jdbc.sql("select * from api_key order by created_at, id").query((rs, n) -> new KeyInfo(
                rs.getString("id"), Role.valueOf(rs.getString("role")), places(rs.getString("places")),
                rs.getString("label"), rs.getString("created_by"),
                rs.getObject("created_at", OffsetDateTime.class).toInstant(),
                Optional.ofNullable(rs.getObject("revoked_at", OffsetDateTime.class)).map(OffsetDateTime::toInstant)
                        .orElse(null))).list();
    }

    /** Revokes a key; false if there is no live key with that id. */
    public boolean revoke(String id, String actor) {
        Boolean done = tx.execute(s -> {
            int n = jdbc.sql("update api_key set revoked_at = ? where id = ? and revoked_at is null")
                    .params(now(), id).update();
            if (n == 1) {
                audit.record(actor, "KEY_REVOKED", id, null);
            }
            return n == 1;
        });
        return Boolean.TRUE.equals(done);
    }

    /**
     * Issues the first admin key if there is no key at all; empty otherwise. The claim row makes this happen
     * once even when several instances start together on an empty database.
     */
    public Optional<Issued> bootstrapAdmin() {
        try {
            return tx.execute(s -> {
                if (jdbc.sql("select count(*) from api_key").query(Integer.class).single() > 0) {
                    return Optional.<Issued>empty();
                }
                jdbc.sql("insert into one_time_claim (name, claimed_at) values ('first-admin-key', ?)").param(now())
                        .update();
                return Optional.of(create(Role.ADMIN, Set.of(), "first admin key, printed at first start", "system"));
            });
        } catch (DuplicateKeyException e) {
            return Optional.empty(); // another instance issued it
        }
    }

    static String hash(String key) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
                    .digest(key.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private static Set<String> places(String joined) {
        return joined.isBlank() ? Set.of()
                : Arrays.stream(joined.split(",")).collect(Collectors.toCollection(TreeSet::new));
    }

    private OffsetDateTime now() {
        return OffsetDateTime.ofInstant(clock.instant(), ZoneOffset.UTC);
    }

    private static byte[] random(int n) {
        byte[] bytes = new byte[n];
        RANDOM.nextBytes(bytes);
        return bytes;
    }
}
