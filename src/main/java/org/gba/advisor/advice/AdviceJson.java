package org.gba.advisor.advice;

import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import org.springframework.http.MediaType;
import tools.jackson.databind.json.JsonMapper;

/**
 * Writes an answer as the application's JSON mapper writes an {@link Advice}, from the JSON of all but its
 * provenance (kept with the cached ranking) and the provenance of this answer. The provenance is the advice's last
 * property (properties keep their declared order), so the two pieces joined are byte for byte what the mapper
 * writes for the whole advice ({@code AdviceJsonTest}).
 */
final class AdviceJson {
    private static final byte[] PROVENANCE = ",\"provenance\":".getBytes(StandardCharsets.UTF_8);

    private final JsonMapper json;

    AdviceJson(JsonMapper json) {
        this.json = json;
    }

    /** The advice's JSON without its provenance. */
    byte[] withoutProvenance(Advice advice) {
        return json.writeValueAsBytes(advice.withProvenance(null));
    }

    /** The whole answer's JSON. */
    byte[] bytes(AdviceService.Reply reply) {
        byte[] rest = reply.rest();
        byte[] provenance = json.writeValueAsBytes(reply.provenance());
        int comma = rest.length > 2 ? 0 : 1; // "{}": nothing before the provenance, so no comma
        int name = PROVENANCE.length - comma;
        byte[] out = new byte[rest.length - 1 + name + provenance.length + 1];
        System.arraycopy(rest, 0, out, 0, rest.length - 1);
        System.arraycopy(PROVENANCE, comma, out, rest.length - 1, name);
        System.arraycopy(provenance, 0, out, rest.length - 1 + name, provenance.length);
        out[out.length - 1] = '}';
        return out;
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
