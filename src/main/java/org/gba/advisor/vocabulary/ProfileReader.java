package org.gba.advisor.vocabulary;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;

/**
 * A profile from a JSON tree with every error at once: its form ({@link ProfileForm}), then, for what is well formed,
 * its units converted ({@link Units}) and its content checked ({@link ProfileValidator}); a content error under a
 * field whose form is wrong is left out, as the form error says it already. Request bodies and workbooks are read
 * through it alike.
 */
public final class ProfileReader {
    private ProfileReader() {
    }

    /** The profile as far as it could be read (null where nothing could be), and every problem, sorted by pointer. */
    public record Read(Profile profile, List<Violation> problems) {
        public boolean ok() {
            return problems.isEmpty();
        }
    }

    /**
     * Reads the tree; with a catalog, converts units and, where the form has errors or {@code content} is asked
     * for, checks the content too.
     */
    public static Read read(JsonNode tree, Catalog catalog, ProfileValidator validator, boolean content) {
        ProfileForm.Checked checked = ProfileForm.check(tree);
        List<Violation> problems = new ArrayList<>(checked.violations());
        Profile bound;
        try {
            bound = ProfileJson.BINDER.treeToValue(checked.cleaned(), Profile.class);
        } catch (JacksonException e) {
            problems.add(new Violation(ProfileJson.pointer(e), ProfileJson.plainMessage(e)));
            return new Read(null, sorted(problems));
        }
        Profile converted = catalog == null ? bound : Units.normalise(bound, catalog);
        if (catalog != null && validator != null && (content || !problems.isEmpty())) {
            List<String> faulty = checked.violations().stream().map(Violation::pointer).toList();
            validator.validate(converted, catalog).stream()
                    .filter(v -> faulty.stream().noneMatch(f -> v.pointer().equals(f) || v.pointer().startsWith(f + "/")))
                    .forEach(problems::add);
        }
        return new Read(converted, sorted(problems));
    }

    private static List<Violation> sorted(List<Violation> all) {
        List<Violation> out = new ArrayList<>(new LinkedHashSet<>(all));
        out.sort(Comparator.comparing(Violation::pointer).thenComparing(Violation::message));
        return List.copyOf(out);
    }
}
