package org.gba.advisor.catalog;

import io.swagger.v3.oas.annotations.media.Schema;
import java.util.List;
import java.util.Map;
import org.gba.advisor.engine.RuleBase;
import org.gba.advisor.vocabulary.ActionId;
import org.gba.advisor.vocabulary.Catalog;
import org.gba.advisor.vocabulary.Lang;
import org.gba.advisor.vocabulary.Text;

/**
 * The catalog in one language, as {@code GET /api/v1/catalog} shows it: the paper's parts with their
 * sections, the indicators a profile may carry (with the thresholds the rules put on them), the codes a
 * profile may use (with the bands of the asset figures), the checklist questions and the instruments a place
 * may have in force, and every rule with its id, sentence, section, weight, reason and what it reads.
 */
public record CatalogView(String lang, String rulesVersion, List<Item> elements, List<Item> functions,
                          List<Item> constraints, List<Model> models, List<Countermeasure> countermeasures,
                          List<Indicator> indicators, List<Figure> assetFigures, List<Field> fields, List<Code> flows,
                          List<Code> assetTypes, List<Code> constraintTypes, List<Question> questions,
                          List<Instrument> instruments, List<RuleView> rules, List<UnitView> units) {

    /** The other names of a catalog unit that a profile may use: converted on reading, the original kept. */
    @Schema(name = "CatalogUnit")
    public record UnitView(String unit, List<Accepted> accepted) {
    }

    @Schema(name = "CatalogAcceptedUnit")
    public record Accepted(List<String> names, double factor, String currency) {
    }

    /** A yes/no question of the checklist, asked of places on one side of the boundary or both. */
    @Schema(name = "CatalogQuestion")
    public record Question(String code, String text, String help, String element, String constraint, String section,
                           String appliesTo) {
    }

    /** A policy instrument a place may have in force, and the actions it carries out. */
    @Schema(name = "CatalogInstrument")
    public record Instrument(String code, String title, List<String> carries, String section) {
    }

    /** An asset figure, the asset types it is read for and its bands. */
    @Schema(name = "CatalogFigure")
    public record Figure(String code, String title, String unit, List<String> assetTypes, List<Band> bands) {
    }

    @Schema(name = "CatalogBand")
    public record Band(double from, double factor, String why) {
    }

    @Schema(name = "CatalogItem")
    public record Item(String id, String title, String summary, String section, String element, String parent) {
    }

    @Schema(name = "CatalogModel")
    public record Model(String id, String title, String summary, String lead, String cooperation, String function,
                        String section, List<String> cases) {
    }

    @Schema(name = "CatalogCountermeasure")
    public record Countermeasure(String id, String title, String summary, String section, List<Action> actions) {
    }

    @Schema(name = "CatalogAction")
    public record Action(String id, String title, String text, String section) {
    }

    @Schema(name = "CatalogIndicator")
    public record Indicator(String code, String title, String unit, String element, double min, double max,
                            String standard, List<Threshold> thresholds) {
    }

    /**
     * A threshold a rule puts on an indicator: its value (for a count read {@code per} another indicator, per that
     * indicator), the side where its rule fires, the places it applies to and the kinds with a value of their own.
     */
    @Schema(name = "CatalogThreshold")
    public record Threshold(String name, double value, String unit, String per, String fires, String appliesTo,
                            Map<String, Double> byKind, String why) {
    }

    @Schema(name = "CatalogCode")
    public record Code(String code, String title, String unit, String element) {
    }

    /** A field of the one vocabulary, with the broader field it belongs to (null at the top). */
    @Schema(name = "CatalogField")
    public record Field(String code, String title, String parent) {
    }

    @Schema(name = "CatalogRule")
    public record RuleView(String id, String name, String section, String file, double weight, String reason,
                           List<String> thresholds, List<String> figures) {
    }

    public static CatalogView of(RuleBase rules, Lang lang) {
        Catalog c = rules.catalog();
        return new CatalogView(lang.code(), rules.version(),
                c.elements().entrySet().stream().map(e -> item(e.getKey(), e.getValue(), lang)).toList(),
                c.functions().entrySet().stream().map(e -> item(e.getKey(), e.getValue(), lang)).toList(),
                c.constraints().entrySet().stream().map(e -> new Item(e.getKey(), e.getValue().title().in(lang),
                        e.getValue().summary().in(lang), e.getValue().section(), e.getValue().element(),
                        e.getValue().parent())).toList(),
                c.models().entrySet().stream().map(e -> {
                    Catalog.ModelEntry m = e.getValue();
                    return new Model(e.getKey(), m.title().in(lang), m.summary().in(lang), m.lead().in(lang),
                            m.cooperation().in(lang), m.function(), m.section(),
                            m.cases().stream().map(t -> t.in(lang)).toList());
                }).toList(),
                c.countermeasures().entrySet().stream().map(e -> new Countermeasure(e.getKey(),
                        e.getValue().title().in(lang), e.getValue().summary().in(lang), e.getValue().section(),
                        e.getValue().actions().entrySet().stream().map(a -> new Action(a.getKey(),
                                a.getValue().title().in(lang), a.getValue().text().in(lang), a.getValue().section()))
                                .toList())).toList(),
                c.indicators().entrySet().stream().map(e -> {
                    Catalog.IndicatorEntry i = e.getValue();
                    List<Threshold> thresholds = rules.parameters().thresholds().entrySet().stream()
                            .filter(t -> t.getValue().indicator().equals(e.getKey()))
                            .map(t -> new Threshold(t.getKey(), t.getValue().value(), t.getValue().unit(),
                                    t.getValue().per(), t.getValue().fires().name(),
                                    t.getValue().appliesTo() == null ? "ANY" : t.getValue().appliesTo(),
                                    t.getValue().byKind() == null ? Map.of() : t.getValue().byKind().entrySet().stream()
                                            .collect(java.util.stream.Collectors.toMap(k -> k.getKey().name(),
                                                    Map.Entry::getValue, (a, b) -> a, java.util.TreeMap::new)),
                                    t.getValue().why()))
                            .toList();
                    return new Indicator(e.getKey(), i.title().in(lang), i.unit(), i.element(), i.min(), i.max(),
                            i.standard(), thresholds);
                }).toList(),
                c.assetFigures().entrySet().stream().map(e -> {
                    var bands = rules.parameters().figures().get(e.getKey());
                    return new Figure(e.getKey(), e.getValue().title().in(lang), e.getValue().unit(),
                            bands.assetTypes().stream().map(Enum::name).toList(),
                            bands.bands().stream().map(b -> new Band(b.from(), b.factor(), b.why())).toList());
                }).toList(),
                c.fields().entrySet().stream().map(e -> new Field(e.getKey(), e.getValue().in(lang),
                        e.getValue().parent())).toList(),
                codes(c.flows(), lang),
                c.assetTypes().entrySet().stream().map(e -> new Code(e.getKey(), e.getValue().title().in(lang), null,
                        e.getValue().element())).toList(),
                c.constraintTypes().entrySet().stream().map(e -> new Code(e.getKey(),
                        e.getValue().title().in(lang), null, e.getValue().element())).toList(),
                c.questions().entrySet().stream().map(e -> new Question(e.getKey().name(), e.getValue().text().in(lang),
                        e.getValue().help() == null ? null : e.getValue().help().in(lang), e.getValue().element(),
                        e.getValue().constraint() == null ? null : e.getValue().constraint().id(), e.getValue().section(),
                        appliesTo(e.getKey()))).toList(),
                c.instruments().entrySet().stream().map(e -> new Instrument(e.getKey(), e.getValue().title().in(lang),
                        e.getValue().carries().stream().map(ActionId::id).toList(), e.getValue().section())).toList(),
                rules.rules().values().stream().map(r -> new RuleView(r.id(), r.name(), r.section(), r.file(),
                        r.weight(), r.reason().in(lang), r.thresholds(), r.figures())).toList(),
                c.units() == null ? List.of() : c.units().entrySet().stream().map(e -> new UnitView(e.getKey(),
                        e.getValue().stream().map(u -> new Accepted(u.names(), u.factor(), u.currency())).toList()))
                        .toList());
    }

    private static String appliesTo(org.gba.advisor.vocabulary.Question q) {
        boolean mainland = q.appliesTo(org.gba.advisor.vocabulary.Jurisdiction.GUANGDONG);
        boolean sar = q.appliesTo(org.gba.advisor.vocabulary.Jurisdiction.HONG_KONG);
        return mainland && sar ? "ANY" : mainland ? "MAINLAND" : "SAR";
    }

    private static Item item(String id, Catalog.Entry e, Lang lang) {
        return new Item(id, e.title().in(lang), e.summary() == null ? null : e.summary().in(lang), e.section(),
                e.element(), null);
    }

    private static List<Code> codes(Map<String, Text> texts, Lang lang) {
        return texts.entrySet().stream().map(e -> new Code(e.getKey(), e.getValue().in(lang), null, null)).toList();
    }
}
