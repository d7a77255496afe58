package org.gba.advisor.vocabulary;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * Everything the advisor can name, with texts in both languages and the paper's sections. Loaded with the
 * rules from {@code rules/catalog.yaml}, so that a change of wording is a change of rules version.
 */
public record Catalog(
        Map<String, Entry> elements,
        Map<String, Entry> functions,
        Map<String, ConstraintEntry> constraints,
        Map<String, ModelEntry> models,
        Map<String, CountermeasureEntry> countermeasures,
        Map<String, IndicatorEntry> indicators,
        Map<String, FigureEntry> assetFigures,
        Map<String, FieldEntry> fields,
        Map<String, Text> flows,
        Map<String, Entry> assetTypes,
        Map<String, Entry> constraintTypes,
        Map<Question, QuestionEntry> questions,
        Map<String, InstrumentEntry> instruments,
        Map<String, Text> notices,
        Map<String, Text> changes,
        Map<String, List<UnitEntry>> units,
        Map<String, CurrencyEntry> currencies) {

    /**
     * Other names of a catalog unit, or units that convert to it: {@code factor} of the catalog unit per one of
     * these, and, for a sum in another currency, its {@code currency} (converted at the year's rate).
     */
    public record UnitEntry(List<String> names, double factor, String currency) {
    }

    /** A currency other than the yuan: its annual average rates by year, or its peg to another currency. */
    public record CurrencyEntry(Text title, Map<Integer, Rate> rates, Peg peg) {
        public Map<Integer, Rate> ratesOrEmpty() {
            return rates == null ? Map.of() : rates;
        }
    }

    /** Yuan per unit of a currency over one year, and where the rate comes from. */
    public record Rate(double yuanPerUnit, String source) {
    }

    /** A currency fixed to another: {@code unitsPerPegged} of it buy one of {@code currency}. */
    public record Peg(String currency, double unitsPerPegged, String source) {
    }

    /** The accepted other units of a catalog unit (none where the catalog lists none). */
    public List<UnitEntry> unitsFor(String unit) {
        return units == null || unit == null ? List.of() : units.getOrDefault(unit, List.of());
    }

    public Map<String, CurrencyEntry> currenciesOrEmpty() {
        return currencies == null ? Map.of() : currencies;
    }

    /**
     * A checklist question: its wording and help, its element, the constraint its NO points to (if any) and the
     * section behind it.
     */
    public record QuestionEntry(Text text, Text help, String element, ConstraintId constraint, String section) {
    }

    /** A policy instrument a place may have in force and the actions it carries out. */
    public record InstrumentEntry(Text title, List<ActionId> carries, String section) {
    }

    /** A named thing with a summary, the paper section behind it and, where it has one, its element. */
    public record Entry(Text title, Text summary, String section, String element) {
    }

    /** A constraint C1–C4 or one of its parts (C3a …), which names its parent. */
    public record ConstraintEntry(Text title, Text summary, String section, String element, String parent) {
    }

    /** A practice model with the facets of the paper's table 1 and its cases. */
    public record ModelEntry(Text title, Text summary, Text lead, Text cooperation, String function,
                             String section, List<Text> cases) {
    }

    /** A countermeasure and its concrete actions. */
    public record CountermeasureEntry(Text title, Text summary, String section, Map<String, ActionEntry> actions) {
    }

    /**
     * One action. {@code text} is the general wording; each of {@code templates}, where present, is a wording
     * made specific to a place, with placeholders such as {place}, {fields} or {facility} filled from evidence.
     * {@code extend} is the wording when an instrument carrying the action out is already in force ({instrument}).
     */
    public record ActionEntry(Text title, Text text, Map<String, Text> templates, Text extend, String section) {

        public Map<String, Text> templatesOrEmpty() {
            return templates == null ? Map.of() : templates;
        }
    }

    /** An indicator a profile may carry, with its unit, bounds and the standard it follows. */
    public record IndicatorEntry(Text title, String unit, String element, double min, double max,
                                 String standard) {
    }

    /** A figure an asset may carry. */
    public record FigureEntry(Text title, String unit, double min, double max) {
    }

    /** How engine.facts.DeclaredConstraint and Answered write their labels: "TYPE[:FLOW] (SEVERITY)", "QUESTION: NO". */
    private static final java.util.regex.Pattern CONSTRAINT_LABEL =
            java.util.regex.Pattern.compile("^([A-Z_]+)(?::([A-Z_]+))? \\(([A-Z]+)\\)$");
    private static final java.util.regex.Pattern ANSWER_LABEL =
            java.util.regex.Pattern.compile("^([A-Z_]+): (YES|NO)( \\(shown by an asset\\))?$");

    /**
     * A fact's label in {@code lang}, from the codes the engine writes it with ("BIG_SCIENCE_FACILITY: name",
     * "FLOW_BARRIER:DATA (HIGH)", "gerd-gdp", "asset: teams-served", "CROSS_BORDER_TIE: NO"): each code replaced by
     * its title; a label it does not recognise as it is.
     */
    public String factLabel(String kind, String label, Lang lang) {
        if (kind == null || label == null) {
            return label;
        }
        int colon = label.indexOf(": ");
        return switch (kind) {
            case "figure" -> {
                int last = label.lastIndexOf(": ");
                FigureEntry figure = last < 0 ? null : assetFigures.get(label.substring(last + 2));
                yield figure == null ? label : label.substring(0, last + 2) + figure.title().in(lang);
            }
            case "indicator" -> indicators.containsKey(label) ? indicators.get(label).title().in(lang) : label;
            case "asset" -> colon > 0 && assetTypes.containsKey(label.substring(0, colon))
                    ? assetTypes.get(label.substring(0, colon)).title().in(lang) + label.substring(colon) : label;
            case "constraint" -> constraintLabel(label, lang);
            case "answer" -> answerLabel(label, lang);
            default -> label;
        };
    }

    private String constraintLabel(String label, Lang lang) {
        java.util.regex.Matcher m = CONSTRAINT_LABEL.matcher(label);
        if (!m.matches() || !constraintTypes.containsKey(m.group(1))) {
            return label;
        }
        String flow = m.group(2) == null || !flows.containsKey(m.group(2)) ? "" : "（" + flows.get(m.group(2)).in(lang) + "）";
        if (lang == Lang.EN && !flow.isEmpty()) {
            flow = " (" + flows.get(m.group(2)).in(lang) + ")";
        }
        Text severity = notices.get("severity-" + m.group(3));
        return constraintTypes.get(m.group(1)).title().in(lang) + flow
                + (severity == null ? "" : lang == Lang.ZH ? "，严重程度：" + severity.in(lang) : ", severity " + severity.in(lang));
    }

    private static Question questionNamed(String name) {
        for (Question q : Question.values()) {
            if (q.name().equals(name)) {
                return q;
            }
        }
        return null;
    }

    private String answerLabel(String label, Lang lang) {
        java.util.regex.Matcher m = ANSWER_LABEL.matcher(label);
        Question question = m.matches() ? questionNamed(m.group(1)) : null;
        if (question == null || !questions.containsKey(question) || !notices.containsKey("answer-" + m.group(2))) {
            return label;
        }
        return questions.get(question).text().in(lang) + " " + notices.get("answer-" + m.group(2)).in(lang)
                + (m.group(3) == null || !notices.containsKey("answer-shown") ? "" : notices.get("answer-shown").in(lang));
    }

    /**
     * A field of research or industry, in both languages, under at most one broader field ({@code parent}), so that
     * fields form one vocabulary: life science ⊃ biomedicine, electronic information ⊃ chip design …
     */
    public record FieldEntry(String zh, String en, String parent) {

        public Text title() {
            return new Text(zh, en);
        }

        public String in(Lang lang) {
            return title().in(lang);
        }
    }

    /** The same catalog with other fields, e.g. to check a vocabulary before it is used. */
    public Catalog withFields(Map<String, FieldEntry> otherFields) {
        return new Catalog(elements, functions, constraints, models, countermeasures, indicators, assetFigures,
                otherFields, flows, assetTypes, constraintTypes, questions, instruments, notices, changes, units,
                currencies);
    }

    /** The fields' titles alone, by code. */
    public Map<String, Text> fieldTitles() {
        Map<String, Text> out = new java.util.LinkedHashMap<>();
        fields.forEach((code, f) -> out.put(code, f.title()));
        return out;
    }

    /** How research in {@code research} stands to work in {@code other}: exact, broader, narrower, sibling or none. */
    public FieldRelation relation(String research, String other) {
        if (research.equals(other)) {
            return FieldRelation.EXACT;
        }
        if (ancestors(other).contains(research)) {
            return FieldRelation.BROADER;
        }
        if (ancestors(research).contains(other)) {
            return FieldRelation.NARROWER;
        }
        String parent = parentOf(research);
        return parent != null && parent.equals(parentOf(other)) ? FieldRelation.SIBLING : FieldRelation.NONE;
    }

    /** The broader fields of {@code field}, nearest first; empty for a top-level or unknown field. */
    public List<String> ancestors(String field) {
        List<String> out = new java.util.ArrayList<>();
        for (String p = parentOf(field); p != null && !out.contains(p) && !p.equals(field); p = parentOf(p)) {
            out.add(p);
        }
        return out;
    }

    private String parentOf(String field) {
        FieldEntry e = fields.get(field);
        return e == null ? null : e.parent();
    }

    /** Problems of the catalog's own structure: a field whose parent is unknown, or fields that are their own ancestors. */
    public List<String> problems() {
        List<String> out = new java.util.ArrayList<>();
        fields.forEach((code, f) -> {
            if (f.parent() == null) {
                return;
            }
            if (!fields.containsKey(f.parent())) {
                out.add("fields." + code + ": unknown parent '" + f.parent() + "'");
            }
            java.util.Set<String> seen = new java.util.HashSet<>();
            for (String p = f.parent(); p != null; p = parentOf(p)) {
                if (p.equals(code) || !seen.add(p)) {
                    out.add("fields." + code + ": its parents form a cycle");
                    break;
                }
            }
        });
        return out;
    }

    public Optional<ActionEntry> action(String id) {
        return countermeasures.values().stream()
                .map(cm -> cm.actions().get(id))
                .filter(a -> a != null)
                .findFirst();
    }

    /** The countermeasure an action belongs to, e.g. CM2 for CM2b. */
    public Optional<String> countermeasureOf(String actionId) {
        return countermeasures.entrySet().stream()
                .filter(e -> e.getValue().actions().containsKey(actionId))
                .map(Map.Entry::getKey)
                .findFirst();
    }


    /** Every text of the catalog, named by where it sits, for the both-languages check. */
    public Stream<Map.Entry<String, Text>> allTexts() {
        Stream.Builder<Map.Entry<String, Text>> out = Stream.builder();
        elements.forEach((k, v) -> add(out, "elements." + k, v.title(), v.summary()));
        functions.forEach((k, v) -> add(out, "functions." + k, v.title(), v.summary()));
        constraints.forEach((k, v) -> add(out, "constraints." + k, v.title(), v.summary()));
        models.forEach((k, v) -> {
            add(out, "models." + k, v.title(), v.summary(), v.lead(), v.cooperation());
            v.cases().forEach(c -> add(out, "models." + k + ".cases", c));
        });
        countermeasures.forEach((k, v) -> {
            add(out, "countermeasures." + k, v.title(), v.summary());
            v.actions().forEach((a, action) -> {
                add(out, "actions." + a, action.title(), action.text());
                action.templatesOrEmpty().forEach((t, text) -> add(out, "actions." + a + ".templates." + t, text));
                add(out, "actions." + a + ".extend", action.extend());
            });
        });
        indicators.forEach((k, v) -> add(out, "indicators." + k, v.title()));
        assetFigures.forEach((k, v) -> add(out, "assetFigures." + k, v.title()));
        fields.forEach((k, v) -> add(out, "fields." + k, v.title()));
        flows.forEach((k, v) -> add(out, "flows." + k, v));
        assetTypes.forEach((k, v) -> add(out, "assetTypes." + k, v.title()));
        constraintTypes.forEach((k, v) -> add(out, "constraintTypes." + k, v.title()));
        changes.forEach((k, v) -> add(out, "changes." + k, v));
        questions.forEach((k, v) -> add(out, "questions." + k, v.text(), v.help()));
        instruments.forEach((k, v) -> add(out, "instruments." + k, v.title()));
        notices.forEach((k, v) -> add(out, "notices." + k, v));
        currenciesOrEmpty().forEach((k, v) -> add(out, "currencies." + k, v.title()));
        return out.build();
    }

    private static void add(Stream.Builder<Map.Entry<String, Text>> out, String where, Text... texts) {
        for (int i = 0; i < texts.length; i++) {
            out.add(Map.entry(texts.length == 1 ? where : where + "#" + i,
                    texts[i] == null ? new Text(null, null) : texts[i]));
        }
    }
}
