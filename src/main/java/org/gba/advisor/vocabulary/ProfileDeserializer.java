package org.gba.advisor.vocabulary;

import java.util.function.Supplier;
import tools.jackson.core.JsonParser;
import tools.jackson.databind.DeserializationContext;
import tools.jackson.databind.ValueDeserializer;

/**
 * Reads a profile in a request body so that every error is reported at once ({@link ProfileReader}): with errors of
 * form, the content of what is well formed is checked too, and all of them are thrown together. Without errors of
 * form the profile (its units converted where a catalog is given) is returned, its content the caller's to check.
 */
final class ProfileDeserializer extends ValueDeserializer<Profile> {
    private final Supplier<Catalog> catalog;
    private final ProfileValidator validator;

    ProfileDeserializer(Supplier<Catalog> catalog, ProfileValidator validator) {
        this.catalog = catalog;
        this.validator = validator;
    }

    @Override
    public Profile deserialize(JsonParser p, DeserializationContext ctxt) {
        ProfileReader.Read read = ProfileReader.read(ctxt.readTree(p), catalog == null ? null : catalog.get(),
                validator, false);
        if (!read.ok()) {
            throw new ProfileFormException(p, read.problems());
        }
        return read.profile();
    }

    @Override
    public Class<?> handledType() {
        return Profile.class;
    }
}
