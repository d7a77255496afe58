package org.gba.advisor.testing;

import java.util.List;
import java.util.Map;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import org.gba.advisor.vocabulary.AssetOrigin;
import org.gba.advisor.vocabulary.AssetType;
import org.gba.advisor.vocabulary.Catalog;
import org.gba.advisor.vocabulary.ConstraintType;
import org.gba.advisor.vocabulary.Flow;
import org.gba.advisor.vocabulary.Jurisdiction;
import org.gba.advisor.vocabulary.Severity;
import org.gba.advisor.vocabulary.Subject;
import org.gba.advisor.vocabulary.SupplyChain;

/**
 * Random valid profiles for the property tests: every kind of place, indicators and asset figures anywhere in
 * their bounds, assets of every type with or without partners, declared constraints of every kind.
 */
public final class GeneratedProfiles {
    private final Catalog catalog;

    public GeneratedProfiles(Catalog catalog) {
        this.catalog = catalog;
    }

    /** One asset of a generated profile. */
    public record AssetRecipe(AssetType type, List<String> fields, Jurisdiction partner, Subject lead, SupplyChain chain,
                              AssetOrigin origin, boolean underConstruction, Map<String, Double> figures) {
    }

    /** One declared constraint of a generated profile. */
    public record ConstraintRecipe(ConstraintType type, Flow flow, Severity severity) {
    }

    /** A kind of place: 0 a city, 1 Hong Kong, 2 Macao, 3 a platform. */
    public Arbitrary<Integer> kinds() {
        return Arbitraries.of(0, 1, 2, 3);
    }

    /** Catalog fields, at most three. */
    public Arbitrary<List<String>> fields() {
        return Arbitraries.of(List.copyOf(catalog.fields().keySet())).list().uniqueElements().ofMaxSize(3);
    }

    /** Indicators as fractions of their ranges (see {@link #build}). */
    public Arbitrary<Map<String, Double>> indicators() {
        return Arbitraries.maps(Arbitraries.of(catalog.indicators().keySet()), Arbitraries.doubles().between(0, 1))
                .ofMaxSize(catalog.indicators().size());
    }

    public Arbitrary<List<AssetRecipe>> assets() {
        return Combinators.combine(
                Arbitraries.of(AssetType.class),
                fields(),
                Arbitraries.of(Jurisdiction.class).injectNull(0.5),
                Arbitraries.of(Subject.class).injectNull(0.5),
                Arbitraries.of(SupplyChain.class).injectNull(0.5),
                Arbitraries.of(AssetOrigin.class).injectNull(0.5),
                Arbitraries.of(true, false),
                Arbitraries.maps(Arbitraries.of(catalog.assetFigures().keySet()), Arbitraries.doubles().between(0, 1))
                        .ofMaxSize(2)).as(AssetRecipe::new).list().ofMaxSize(6);
    }

    public Arbitrary<List<ConstraintRecipe>> constraints() {
        return Combinators.combine(Arbitraries.of(ConstraintType.class), Arbitraries.of(Flow.class),
                Arbitraries.of(Severity.class)).as(ConstraintRecipe::new).list().ofMaxSize(4);
    }

    /** The place, its indicators, assets and constraints; the caller adds what else it draws. */
    public ProfileBuilder build(int kind, Map<String, Double> indicators, List<AssetRecipe> assets,
                                List<ConstraintRecipe> constraints, List<String> specialties) {
        ProfileBuilder b = switch (kind) {
            case 0 -> ProfileBuilder.city("fuzz-city");
            case 1 -> ProfileBuilder.sar("fuzz-hk", Jurisdiction.HONG_KONG);
            case 2 -> ProfileBuilder.sar("fuzz-mo", Jurisdiction.MACAO);
            default -> ProfileBuilder.platform("fuzz-platform").parent("fuzz-city")
                    .specialties(specialties.toArray(String[]::new));
        };
        // a fraction of each indicator's range, so every value is in bounds and both sides of a threshold occur
        indicators.forEach((code, f) -> b.indicator(code, scale(catalog.indicators().get(code).min(),
                catalog.indicators().get(code).max(), f)));
        for (AssetRecipe a : assets) {
            ProfileBuilder.AssetBuilder asset = ProfileBuilder.asset(a.type()).fields(a.fields().toArray(String[]::new));
            if (a.partner() != null) {
                asset.partner("partner university", a.partner());
            }
            if (a.lead() != null) {
                asset.lead(a.lead());
            }
            if (a.chain() != null) {
                asset.supplyChain(a.chain());
            }
            if (a.origin() != null) {
                asset.origin(a.origin());
            }
            if (a.underConstruction()) {
                asset.underConstruction();
            }
            a.figures().forEach((code, f) -> asset.figure(code, scale(catalog.assetFigures().get(code).min(),
                    catalog.assetFigures().get(code).max(), f)));
            b.with(asset);
        }
        for (ConstraintRecipe c : constraints) {
            if (c.type() == ConstraintType.FLOW_BARRIER) {
                b.barrier(c.flow(), c.severity());
            } else {
                b.declare(c.type(), c.severity());
            }
        }
        return b;
    }

    private static double scale(double min, double max, double fraction) {
        // huge ranges (counts up to millions) are sampled logarithmically so small values occur too
        double span = max - min;
        return span > 1000 ? min + Math.min(span, Math.pow(span + 1, fraction) - 1) : min + span * fraction;
    }
}
