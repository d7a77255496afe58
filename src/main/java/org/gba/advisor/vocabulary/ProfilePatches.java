package org.gba.advisor.vocabulary;

import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonException;
import jakarta.json.JsonStructure;
import jakarta.json.JsonValue;
import java.io.StringReader;
import java.util.List;
import tools.jackson.core.JacksonException;

/**
 * Applies a JSON Patch (RFC 6902) or a JSON Merge Patch (RFC 7396) to a profile with Eclipse Parsson and
 * reads the result back as strictly as a submitted profile. A patch that cannot be applied names the
 * operation that failed; a result that cannot be read names the field.
 */
public final class ProfilePatches {
    private ProfilePatches() {
    }

    /** A patch could not be applied or did not give a readable profile. */
    public static class PatchException extends RuntimeException {
        private final Integer operation;
        private final String pointer;

        public PatchException(Integer operation, String pointer, String message) {
            super(message);
            this.operation = operation;
            this.pointer = pointer;
        }

        /** Index of the failing JSON Patch operation, or null when the whole patch or the result is at fault. */
        public Integer operation() {
            return operation;
        }

        /** JSON Pointer of the field of the patched profile at fault, when known. */
        public String pointer() {
            return pointer;
        }
    }

    /** Applies the operations one at a time, so a failure names its operation. */
    public static Profile applyJsonPatch(Profile base, String patchJson) {
        JsonArray operations;
        try {
            operations = Json.createReader(new StringReader(patchJson)).readArray();
        } catch (JsonException | IllegalStateException e) {
            throw new PatchException(null, null, "a JSON Patch is an array of operations");
        }
        JsonStructure doc = toJson(base);
        for (int i = 0; i < operations.size(); i++) {
            try {
                doc = Json.createPatch(Json.createArrayBuilder().add(operations.get(i)).build()).apply(doc);
            } catch (JsonException | ClassCastException | IllegalArgumentException e) {
                throw new PatchException(i, null, "operation " + i + " cannot be applied: " + e.getMessage());
            }
        }
        return read(doc.toString());
    }

    public static Profile applyMergePatch(Profile base, String mergePatchJson) {
        JsonValue patch;
        try {
            patch = Json.createReader(new StringReader(mergePatchJson)).readValue();
        } catch (JsonException e) {
            throw new PatchException(null, null, "a JSON Merge Patch is a JSON value: " + e.getMessage());
        }
        return read(Json.createMergePatch(patch).apply(toJson(base)).toString());
    }

    /** The JSON Patch operations as JSON text, for a patch built in code. */
    public static String toJson(List<?> operations) {
        return ProfileJson.MAPPER.writeValueAsString(operations);
    }

    private static JsonStructure toJson(Profile profile) {
        return Json.createReader(new StringReader(ProfileJson.MAPPER.writeValueAsString(profile))).read();
    }

    private static Profile read(String json) {
        try {
            return ProfileJson.MAPPER.readValue(json, Profile.class);
        } catch (ProfileFormException e) {
            // the first error of form names the field the patch broke
            Violation first = e.violations().get(0);
            throw new PatchException(null, ProfileJson.pointer(e) + first.pointer(), "the patched profile cannot be read: "
                    + first.message());
        } catch (JacksonException e) {
            throw new PatchException(null, ProfileJson.pointer(e), "the patched profile cannot be read: "
                    + e.getOriginalMessage().replaceAll("\\(class [^)]*\\)", "").trim());
        }
    }
}
