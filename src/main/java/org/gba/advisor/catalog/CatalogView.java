package org.gba.advisor.catalog;

import io.swagger.v3.oas.annotations.media.Schema;
import java.util.List;
import java.util.Map;
import org.gba.advisor.engine.RuleBase;
import org.gba.advisor.vocabulary.Catalog;
import org.gba.advisor.vocabulary.Lang;
import org.gba.advisor.vocabulary.Text;

/**
 * The catalog in one language, as {@code GET /api/v1/catalog} shows it: the paper's parts with their
 * sections, the indicators a profile may carry (with the thresholds the rules put on them), the codes a
 * profile may use, and every rule with its id, sentence, section, weight and reason.
 */
public record CatalogView(String lang, String rulesVersion, List<Item> elements, List<Item> functions,
                          List<Item> constraints, List<Model> models, List<Countermeasure> countermeasures,
                          List<Indicator> indicators, List<Code> assetFigures, List<Code> fields, List<Code> flows,
                          List<Code> assetTypes, List<Code> constraintTypes, List<RuleView> rules,
                          List<QuestionView> questions, List<InstrumentView> instruments, List<UnitView> units) {

    /** A checklist question: its wording and help, and the constraint a NO points to. */
    @Schema(name = "CatalogQuestion")
    public record QuestionView(String code, String text, String help, String constraint, String section,
                               boolean sar, boolean mainland) {
    }

    /** A policy instrument a profile may state as in force, and the actions it carries out. */
    @Schema(name = "CatalogInstrument")
    public record InstrumentView(String code, String title, List<String> carries, String section) {
    }

    /** The other names of a catalog unit that a profile may use: converted on reading, the original kept. */
    @Schema(name = "CatalogUnit")
    public record UnitView(String unit, List<Accepted> accepted) {
    }

    /** Names converting at one factor (and, for another currency, at the figure's year's rate). */
    @Schema(name = "CatalogAcceptedUnit")
    public record Accepted(List<String> names, double factor, String currency) {
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

    @Schema(name = "CatalogThreshold")
    public record Threshold(String name, double value, String fires, String why) {
    }

    @Schema(name = "CatalogCode")
    public record Code(String code, String title, String unit, String element) {
    }

    @Schema(name = "CatalogRule")
    public record RuleView(String id, String name, String section, String file, double weight, String reason,
                           List<String> thresholds) {
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
                            .map(t -> new Threshold(t.getKey(), t.getValue().value(), t.getValue().fires().name(),
                                    t.getValue().why()))
                            .toList();
                    return new Indicator(e.getKey(), i.title().in(lang), i.unit(), i.element(), i.min(), i.max(),
                            i.standard(), thresholds);
                }).toList(),
                c.assetFigures().entrySet().stream().map(e -> new Code(e.getKey(), e.getValue().title().in(lang),
                        e.getValue().unit(), null)).toList(),
                codes(c.fields(), lang), codes(c.flows(), lang),
                c.assetTypes().entrySet().stream().map(e -> new Code(e.getKey(), e.getValue().title().in(lang), null,
                        e.getValue().element())).toList(),
                c.constraintTypes().entrySet().stream().map(e -> new Code(e.getKey(),
                        e.getValue().title().in(lang), null, e.getValue().element())).toList(),
                rules.rules().values().stream().map(r -> new RuleView(r.id(), r.name(), r.section(), r.file(),
                        r.weight(), r.reason().in(lang), r.thresholds())).toList(),
                c.questions().entrySet().stream().map(e -> new QuestionView(e.getKey().name(),
                        e.getValue().text().in(lang), e.getValue().help().in(lang),
                        e.getValue().constraint() == null ? null : e.getValue().constraint().name(),
                        e.getValue().section(), e.getKey().appliesTo(org.gba.advisor.vocabulary.Jurisdiction.HONG_KONG),
                        e.getKey().appliesTo(org.gba.advisor.vocabulary.Jurisdiction.GUANGDONG))).toList(),
                c.instruments().entrySet().stream().map(e -> new InstrumentView(e.getKey(),
                        e.getValue().title().in(lang), e.getValue().carries().stream().map(Enum::name).toList(),
                        e.getValue().section())).toList(),
                c.units() == null ? List.of() : c.units().entrySet().stream().map(e -> new UnitView(e.getKey(),
                        e.getValue().stream().map(u -> new Accepted(u.names(), u.factor(), u.currency())).toList()))
                        .toList());
    }

    private static Item item(String id, Catalog.Entry e, Lang lang) {
        return new Item(id, e.title().in(lang), e.summary() == null ? null : e.summary().in(lang), e.section(),
                e.element(), null);
    }

    private static List<Code> codes(Map<String, Text> texts, Lang lang) {
        return texts.entrySet().stream().map(e -> new Code(e.getKey(), e.getValue().in(lang), null, null)).toList();
    }
}
