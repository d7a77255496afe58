package org.gba.advisor.vocabulary;

import java.math.BigDecimal;
import java.math.MathContext;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.TreeSet;

/**
 * Converts a figure given in a unit a person uses (亿元, billion yuan, HK$ million …) to its catalog unit, with the
 * factors and the currencies' annual average rates of the catalog's {@code units} and {@code currencies}; the figure
 * keeps what was given as its {@code original}. A unit the catalog does not list, or a currency without a rate for
 * the figure's year, is left as it is, and {@link #refusal} says why it cannot be converted.
 */
public final class Units {
    private static final MathContext SIGNIFICANT = new MathContext(12);

    private Units() {
    }

    /** The profile with every convertible figure (indicators, asset figures) in its catalog unit. */
    public static Profile normalise(Profile p, Catalog catalog) {
        if (p == null || catalog == null) {
            return p;
        }
        boolean changed = false;
        List<Figure> indicators = new ArrayList<>();
        for (Figure f : p.indicatorsOrEmpty()) {
            Figure c = f == null ? null : convert(f, unitOf(f.code(), catalog, true), catalog).orElse(f);
            changed |= c != f;
            indicators.add(c);
        }
        List<ProfileAsset> assets = new ArrayList<>();
        for (ProfileAsset a : p.assetsOrEmpty()) {
            if (a == null || a.figures() == null) {
                assets.add(a);
                continue;
            }
            List<Figure> figures = new ArrayList<>();
            boolean assetChanged = false;
            for (Figure f : a.figures()) {
                Figure c = f == null ? null : convert(f, unitOf(f.code(), catalog, false), catalog).orElse(f);
                assetChanged |= c != f;
                figures.add(c);
            }
            changed |= assetChanged;
            assets.add(assetChanged ? a.withFigures(figures) : a);
        }
        if (!changed) {
            return p;
        }
        return p.withIndicators(p.indicators() == null ? null : indicators).withAssets(p.assets() == null ? null : assets);
    }

    /** The catalog unit of an indicator or asset figure code, or null for an unknown code. */
    public static String unitOf(String code, Catalog catalog, boolean indicator) {
        if (code == null) {
            return null;
        }
        if (indicator) {
            Catalog.IndicatorEntry e = catalog.indicators().get(code);
            return e == null ? null : e.unit();
        }
        Catalog.FigureEntry e = catalog.assetFigures().get(code);
        return e == null ? null : e.unit();
    }

    /** The figure in {@code target}, where its unit is another name of it or converts to it. */
    public static Optional<Figure> convert(Figure f, String target, Catalog catalog) {
        if (target == null || f.unit() == null || f.value() == null || f.unit().equals(target)) {
            return Optional.empty();
        }
        Optional<Catalog.UnitEntry> entry = entry(f.unit(), target, catalog);
        if (entry.isEmpty()) {
            return Optional.empty();
        }
        double factor = entry.get().factor();
        String how = "× " + plain(factor) + " (1 " + f.unit() + " = " + plain(factor) + " × " + target + ")";
        if (entry.get().currency() != null) {
            Optional<Rate> rate = rate(entry.get().currency(), f.year(), catalog);
            if (rate.isEmpty()) {
                return Optional.empty();
            }
            factor *= rate.get().yuanPerUnit();
            how = "× " + plain(entry.get().factor()) + " × " + plain(rate.get().yuanPerUnit()) + " yuan per "
                    + entry.get().currency() + " (" + rate.get().source() + ")";
        }
        double value = new BigDecimal(f.value() * factor).round(SIGNIFICANT).doubleValue();
        return Optional.of(f.converted(value, target, how));
    }

    /** Why a figure in {@code unit} cannot be taken as {@code target}: the accepted units, or the missing rate. */
    public static String refusal(String code, String unit, Integer year, String target, Catalog catalog) {
        Optional<Catalog.UnitEntry> entry = entry(unit, target, catalog);
        if (entry.isPresent() && entry.get().currency() != null) {
            String currency = entry.get().currency();
            return "'" + code + "' in '" + unit + "' needs the " + currency + " rate of " + year + ", and the "
                    + "catalog has " + currency + " rates for " + years(currency, catalog) + " only: convert it to '"
                    + target + "', or add the year's annual average rate with its source to rules/catalog.yaml";
        }
        TreeSet<String> accepted = new TreeSet<>();
        catalog.unitsFor(target).forEach(e -> accepted.addAll(e.names()));
        return "'" + code + "' is measured in '" + target + "', not '" + unit + "'"
                + (accepted.isEmpty() ? "" : "; also accepted and converted: " + String.join(", ", accepted));
    }

    /** A yearly rate, resolved through a peg. */
    record Rate(double yuanPerUnit, String source) {
    }

    static Optional<Rate> rate(String currency, Integer year, Catalog catalog) {
        Catalog.CurrencyEntry c = catalog.currenciesOrEmpty().get(currency);
        if (c == null || year == null) {
            return Optional.empty();
        }
        if (c.peg() != null) {
            return rate(c.peg().currency(), year, catalog).map(r -> new Rate(r.yuanPerUnit() / c.peg().unitsPerPegged(),
                    r.source() + "; " + c.peg().source()));
        }
        Catalog.Rate r = c.ratesOrEmpty().get(year);
        return r == null ? Optional.empty() : Optional.of(new Rate(r.yuanPerUnit(), r.source()));
    }

    private static String years(String currency, Catalog catalog) {
        Catalog.CurrencyEntry c = catalog.currenciesOrEmpty().get(currency);
        while (c != null && c.peg() != null) {
            c = catalog.currenciesOrEmpty().get(c.peg().currency());
        }
        return c == null || c.ratesOrEmpty().isEmpty() ? "no year" : new TreeSet<>(c.ratesOrEmpty().keySet()).toString();
    }

    private static Optional<Catalog.UnitEntry> entry(String unit, String target, Catalog catalog) {
        String wanted = key(unit);
        return catalog.unitsFor(target).stream()
                .filter(e -> e.names().stream().anyMatch(n -> key(n).equals(wanted))).findFirst();
    }

    private static String key(String unit) {
        return unit == null ? "" : unit.toLowerCase(Locale.ROOT).replaceAll("\\s+", "");
    }

    private static String plain(double d) {
        return new BigDecimal(d).round(SIGNIFICANT).stripTrailingZeros().toPlainString();
    }
}
