package org.gba.advisor.vocabulary;

import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonException;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import jakarta.json.JsonStructure;
import jakarta.json.JsonValue;
import java.io.StringReader;
import java.util.List;
import java.util.Map;
import tools.jackson.core.JacksonException;

/**
 * Applies a JSON Patch (RFC 6902) or a JSON Merge Patch (RFC 7396) to a profile with Eclipse Parsson and
 * reads the result back as strictly as a submitted profile. A patch that cannot be applied names the
 * operation that failed; a result that cannot be read names the field.
 */
public final class ProfilePatches {
    /** The most operations one JSON Patch may have. */
    public static final int MAX_OPERATIONS = 100;
    /** The largest a patched profile may grow, in characters of compact JSON (the default body limit). */
    public static final int MAX_DOCUMENT_CHARS = 256 * 1024;

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

    /**
     * Applies the operations one at a time, so a failure names its operation. The number of operations and
     * the size of the document are bounded while patching, not after: twenty {@code copy} operations of a
     * list onto itself would otherwise double the profile twenty times.
     */
    public static Profile applyJsonPatch(Profile base, String patchJson) {
        JsonArray operations;
        try {
            operations = Json.createReader(new StringReader(patchJson)).readArray();
        } catch (JsonException | IllegalStateException e) {
            throw new PatchException(null, null, "a JSON Patch is an array of operations");
        }
        if (operations.size() > MAX_OPERATIONS) {
            throw new PatchException(MAX_OPERATIONS, null, "a JSON Patch has at most " + MAX_OPERATIONS
                    + " operations, not " + operations.size());
        }
        JsonStructure doc = toJson(base);
        for (int i = 0; i < operations.size(); i++) {
            JsonObject op = checkShape(i, operations.get(i));
            try {
                doc = Json.createPatch(Json.createArrayBuilder().add(op).build()).apply(doc);
            } catch (JsonException | ClassCastException | IllegalArgumentException | NullPointerException e) {
                // Parsson's messages name its classes and can hold the whole document: say it plainly instead.
                throw new PatchException(i, null, "operation " + i + " cannot be applied: " + whyNot(op, doc));
            }
            if (!op.getString("op").equals("remove") && !op.getString("op").equals("test")
                    && size(doc, MAX_DOCUMENT_CHARS) > MAX_DOCUMENT_CHARS) {
                throw new PatchException(i, null, "operation " + i + " makes the profile larger than "
                        + MAX_DOCUMENT_CHARS + " characters of JSON, the most a scenario may have");
            }
        }
        return read(doc.toString());
    }

    private static final java.util.Set<String> OPS = java.util.Set.of("add", "remove", "replace", "move", "copy", "test");

    /** An operation as RFC 6902 has it: a known op, a path and, as the op needs, a value or a from. */
    private static JsonObject checkShape(int i, JsonValue value) {
        String at = "operation " + i + ": ";
        if (value.getValueType() != JsonValue.ValueType.OBJECT) {
            throw new PatchException(i, null, at + "an operation is an object with op and path");
        }
        JsonObject op = value.asJsonObject();
        if (!(op.get("op") instanceof JsonString name) || !OPS.contains(name.getString())) {
            throw new PatchException(i, null, at + "op must be one of add, remove, replace, move, copy, test");
        }
        for (String member : name.getString().equals("move") || name.getString().equals("copy")
                ? List.of("path", "from") : List.of("path")) {
            if (!(op.get(member) instanceof JsonString pointer)) {
                throw new PatchException(i, null, at + member + " must be a JSON Pointer string");
            }
            String p = pointer.getString();
            if (!p.isEmpty() && (!p.startsWith("/") || p.matches(".*~([^01]|$).*"))) {
                throw new PatchException(i, null, at + member + " '" + shorten(p) + "' is not a JSON Pointer");
            }
        }
        if (List.of("add", "replace", "test").contains(name.getString()) && !op.containsKey("value")) {
            throw new PatchException(i, null, at + "'" + name.getString() + "' needs a value");
        }
        return op;
    }

    /** Why a well-formed operation does not apply to this document, in words. */
    private static String whyNot(JsonObject op, JsonStructure doc) {
        String kind = op.getString("op");
        String path = op.getString("path");
        if (kind.equals("move") || kind.equals("copy")) {
            String from = op.getString("from");
            if (!exists(doc, from)) {
                return "'" + shorten(from) + "' (from) is not in the profile";
            }
            if (kind.equals("move") && path.startsWith(from + "/")) {
                return "'" + shorten(from) + "' cannot be moved into itself";
            }
        }
        if (kind.equals("test") && exists(doc, path)) {
            return "the value at '" + shorten(path) + "' is not the one given";
        }
        boolean adds = kind.equals("add") || kind.equals("move") || kind.equals("copy");
        String target = adds ? parent(path) : path;
        if (!exists(doc, target)) {
            return "'" + shorten(target) + "' is not in the profile";
        }
        if (adds) {
            return "nothing can be added at '" + shorten(path) + "' (an array takes an index up to its size, or -)";
        }
        return "'" + shorten(path) + "' cannot be changed this way";
    }

    private static boolean exists(JsonStructure doc, String pointer) {
        try {
            return pointer.isEmpty() || Json.createPointer(pointer).containsValue(doc);
        } catch (JsonException | ClassCastException | IllegalArgumentException | NullPointerException e) {
            return false;
        }
    }

    private static String parent(String pointer) {
        int slash = pointer.lastIndexOf('/');
        return slash <= 0 ? "" : pointer.substring(0, slash);
    }

    private static String shorten(String s) {
        return s.length() <= 120 ? s : s.substring(0, 120) + "…";
    }

    /**
     * The length of a value written as compact JSON, counted only up to {@code limit}: the count stops as soon
     * as it passes it, so a document made large by shared copies is never walked, or written, whole.
     */
    static long size(JsonValue root, long limit) {
        java.util.ArrayDeque<JsonValue> todo = new java.util.ArrayDeque<>();
        todo.push(root);
        long n = 0;
        while (!todo.isEmpty() && n <= limit) {
            JsonValue v = todo.pop();
            switch (v.getValueType()) {
                case OBJECT -> {
                    n += 2;
                    for (Map.Entry<String, JsonValue> e : v.asJsonObject().entrySet()) {
                        n += e.getKey().length() + 4; // quotes, colon, comma
                        todo.push(e.getValue());
                    }
                }
                case ARRAY -> {
                    n += 2;
                    for (JsonValue item : v.asJsonArray()) {
                        n += 1;
                        todo.push(item);
                    }
                }
                case STRING -> n += ((JsonString) v).getString().length() + 2;
                default -> n += v.toString().length();
            }
        }
        return n;
    }

    public static Profile applyMergePatch(Profile base, String mergePatchJson) {
        JsonValue patch;
        try {
            patch = Json.createReader(new StringReader(mergePatchJson)).readValue();
        } catch (JsonException e) {
            throw new PatchException(null, null, "a JSON Merge Patch is a JSON value");
        }
        JsonValue merged = Json.createMergePatch(patch).apply(toJson(base));
        if (size(merged, MAX_DOCUMENT_CHARS) > MAX_DOCUMENT_CHARS) {
            throw new PatchException(null, null, "the merge patch makes the profile larger than "
                    + MAX_DOCUMENT_CHARS + " characters of JSON, the most a scenario may have");
        }
        return read(merged.toString());
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
            throw new PatchException(null, ProfileJson.pointer(e), "the patched profile cannot be read at '"
                    + ProfileJson.pointer(e) + "': " + ProfileJson.plainMessage(e));
        }
    }
}
