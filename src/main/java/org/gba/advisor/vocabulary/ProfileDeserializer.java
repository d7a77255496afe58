package org.gba.advisor.vocabulary;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.function.Supplier;
import tools.jackson.core.JacksonException;
import tools.jackson.core.JsonParser;
import tools.jackson.databind.DeserializationContext;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ValueDeserializer;
import tools.jackson.databind.json.JsonMapper;

/**
 * Reads a profile so that every error is reported at once: the tree is checked for form first ({@link ProfileForm});
 * with a catalog, figures in a unit a person uses are converted ({@link Units}) and, where the form has errors, the
 * content of what is well formed is checked too, so one answer names them all. Without errors of form the profile is
 * returned, and its content is the caller's to check (as it checks every profile).
 */
final class ProfileDeserializer extends ValueDeserializer<Profile> {
    private final JsonMapper binder;
    private final Supplier<Catalog> catalog;
    private final ProfileValidator validator;

    ProfileDeserializer(JsonMapper binder, Supplier<Catalog> catalog, ProfileValidator validator) {
        this.binder = binder;
        this.catalog = catalog;
        this.validator = validator;
    }

    @Override
    public Profile deserialize(JsonParser p, DeserializationContext ctxt) {
        JsonNode tree = ctxt.readTree(p);
        ProfileForm.Checked checked = ProfileForm.check(tree);
        List<Violation> problems = new ArrayList<>(checked.violations());
        Profile bound;
        try {
            bound = binder.treeToValue(checked.cleaned(), Profile.class);
        } catch (JacksonException e) {
            problems.add(new Violation(ProfileJson.pointer(e), "the value has the wrong form"));
            throw new ProfileFormException(p, sorted(problems));
        }
        Catalog known = catalog == null ? null : catalog.get();
        Profile converted = known == null ? bound : Units.normalise(bound, known);
        if (problems.isEmpty()) {
            return converted;
        }
        if (known != null && validator != null) {
            List<String> faulty = checked.violations().stream().map(Violation::pointer).toList();
            validator.validate(converted, known).stream()
                    .filter(v -> faulty.stream().noneMatch(f -> v.pointer().equals(f) || v.pointer().startsWith(f + "/")))
                    .forEach(problems::add);
        }
        throw new ProfileFormException(p, sorted(problems));
    }

    private static List<Violation> sorted(List<Violation> all) {
        List<Violation> out = new ArrayList<>(new LinkedHashSet<>(all));
        out.sort(Comparator.comparing(Violation::pointer).thenComparing(Violation::message));
        return out;
    }

    @Override
    public Class<?> handledType() {
        return Profile.class;
    }
}
