package org.gba.advisor.advice;

import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Arrays;
import java.util.Objects;
import org.springframework.http.MediaType;
import tools.jackson.databind.json.JsonMapper;

/**
 * Writes an answer as the application's JSON mapper writes an {@link Advice}, from the JSON of all but its
 * provenance (kept with the cached ranking) and the provenance of this answer. The provenance is the advice's last
 * property (properties keep their declared order), so the two pieces joined are byte for byte what the mapper
 * writes for the whole advice ({@code AdviceJsonTest}). Of the provenance, what names the rules (their version,
 * when they were loaded, the engine) is written by the mapper once per rules version and kept as bytes; an answer
 * adds its time, its counts and whether it was cached. Where the mapper would write those otherwise than this class
 * does (another date format, say), it writes every provenance itself.
 */
final class AdviceJson {
    private static final byte[] PROVENANCE = ",\"provenance\":".getBytes(StandardCharsets.UTF_8);
    private static final byte[] EVALUATED_AT = "\"evaluatedAt\":".getBytes(StandardCharsets.UTF_8);
    private static final byte[] ENGINE = ",\"engine\":".getBytes(StandardCharsets.UTF_8);

    private final JsonMapper json;
    /** Whether the mapper writes an instant as its ISO-8601 string, as {@link Instant#toString()} does. */
    private final boolean isoInstants;
    private volatile Fixed fixed;

    /**
     * The provenance's JSON that is the same for every answer of one rules version: up to the name of its time
     * ({@code head}) and from the engine's name to its end ({@code tail}). Null parts: the mapper writes it all.
     */
    private record Fixed(String version, Instant loadedAt, String engine, byte[] head, byte[] tail) {
        boolean of(Advice.Provenance p) {
            return Objects.equals(version, p.rulesVersion()) && Objects.equals(loadedAt, p.rulesLoadedAt())
                    && Objects.equals(engine, p.engine());
        }
    }

    AdviceJson(JsonMapper json) {
        this.json = json;
        this.isoInstants = writesIsoInstants(json);
    }

    private static boolean writesIsoInstants(JsonMapper json) {
        for (Instant sample : new Instant[] {Instant.EPOCH, Instant.parse("2026-12-02T05:04:03.120Z"),
                Instant.parse("2026-12-02T05:04:03.123456Z"), Instant.parse("1999-12-31T23:59:59.987654321Z")}) {
            if (!json.writeValueAsString(sample).equals("\"" + sample + "\"")) {
                return false;
            }
        }
        return true;
    }

    /** The advice's JSON without its provenance. */
    byte[] withoutProvenance(Advice advice) {
        return json.writeValueAsBytes(advice.withProvenance(null));
    }

    /** The whole answer's JSON. */
    byte[] bytes(AdviceService.Reply reply) {
        byte[] rest = reply.rest();
        byte[] provenance = provenance(reply.provenance());
        int comma = rest.length > 2 ? 0 : 1; // "{}": nothing before the provenance, so no comma
        int name = PROVENANCE.length - comma;
        byte[] out = new byte[rest.length - 1 + name + provenance.length + 1];
        System.arraycopy(rest, 0, out, 0, rest.length - 1);
        System.arraycopy(PROVENANCE, comma, out, rest.length - 1, name);
        System.arraycopy(provenance, 0, out, rest.length - 1 + name, provenance.length);
        out[out.length - 1] = '}';
        return out;
    }

    /** The provenance's JSON, from the parts kept for its rules version. */
    byte[] provenance(Advice.Provenance p) {
        if (p == null || p.evaluatedAt() == null) {
            return json.writeValueAsBytes(p);
        }
        Fixed f = fixed;
        if (f == null || !f.of(p)) {
            fixed = f = fixed(p);
        }
        return f.head() == null ? json.writeValueAsBytes(p) : join(f, p);
    }

    /** The fixed parts, cut from the mapper's JSON of {@code p}, if joining them again gives that very JSON. */
    private Fixed fixed(Advice.Provenance p) {
        Fixed none = new Fixed(p.rulesVersion(), p.rulesLoadedAt(), p.engine(), null, null);
        if (!isoInstants) {
            return none;
        }
        byte[] whole = json.writeValueAsBytes(p);
        // a string value's quotes are escaped, so these names, quotes included, can only be the properties
        int time = indexOf(whole, EVALUATED_AT, 0);
        int engine = time < 0 ? -1 : indexOf(whole, ENGINE, time);
        if (engine < 0) {
            return none;
        }
        Fixed cut = new Fixed(p.rulesVersion(), p.rulesLoadedAt(), p.engine(),
                Arrays.copyOfRange(whole, 0, time + EVALUATED_AT.length), Arrays.copyOfRange(whole, engine, whole.length));
        return Arrays.equals(join(cut, p), whole) ? cut : none;
    }

    private static byte[] join(Fixed f, Advice.Provenance p) {
        byte[] varying = ('"' + p.evaluatedAt().toString() + "\",\"evaluationMicros\":" + p.evaluationMicros()
                + ",\"rulesFired\":" + p.rulesFired() + ",\"evaluations\":" + p.evaluations() + ",\"cached\":"
                + p.cached()).getBytes(StandardCharsets.ISO_8859_1);
        byte[] out = new byte[f.head().length + varying.length + f.tail().length];
        System.arraycopy(f.head(), 0, out, 0, f.head().length);
        System.arraycopy(varying, 0, out, f.head().length, varying.length);
        System.arraycopy(f.tail(), 0, out, f.head().length + varying.length, f.tail().length);
        return out;
    }

    private static int indexOf(byte[] in, byte[] part, int from) {
        outer:
        for (int i = from; i <= in.length - part.length; i++) {
            for (int j = 0; j < part.length; j++) {
                if (in[i + j] != part[j]) {
                    continue outer;
                }
            }
            return i;
        }
        return -1;
    }

    /** Sends the answer as a 200 with its length. */
    void send(AdviceService.Reply reply, HttpServletResponse response) throws IOException {
        byte[] body = bytes(reply);
        response.setContentType(MediaType.APPLICATION_JSON_VALUE);
        response.setContentLength(body.length);
        OutputStream out = response.getOutputStream();
        out.write(body);
    }
}
