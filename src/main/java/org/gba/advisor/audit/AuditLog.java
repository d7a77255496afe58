package org.gba.advisor.audit;

import io.swagger.v3.oas.annotations.media.Schema;
import java.time.Clock;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The audit log. An event is written on the caller's connection, so inside a transaction it is committed or
 * rolled back with the change it records.
 */
public class AuditLog {
    private final JdbcClient jdbc;
    private final Clock clock;

    public AuditLog(JdbcClient jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    /** One event. */
    @Schema(name = "AuditEvent")
    public record Event(long id, Instant at, String actor, String action, String target, String detail) {
    }

    public void record(String actor, String action, String target, String detail) {
        jdbc.sql("insert into audit_event (at, actor, action, target, detail) values (?, ?, ?, ?, ?)")
                .params(OffsetDateTime.ofInstant(clock.instant(), ZoneOffset.UTC), actor, action, target,
                        detail == null || detail.length() <= 4000 ? detail : detail.substring(0, 4000))
                .update();
    }

    /** The newest events first, optionally of one action only. */
    public List<Event> recent(String action, int limit) {
        String where = action == null ? "" : " where action = :action";
        var spec = jdbc.sql("select id, at, actor, action, target, detail from audit_event" + where
                + " order by id desc fetch first :limit rows only").param("limit", limit);
        if (action != null) {
            spec = spec.param("action", action);
        }
        return spec.query((rs, n) -> new Event(rs.getLong("id"), rs.getObject("at", OffsetDateTime.class).toInstant(),
                rs.getString("actor"), rs.getString("action"), rs.getString("target"), rs.getString("detail"))).list();
    }
}
