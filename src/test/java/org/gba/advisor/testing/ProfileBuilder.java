package org.gba.advisor.testing;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.gba.advisor.vocabulary.Answer;
import org.gba.advisor.vocabulary.AssetInReach;
import org.gba.advisor.vocabulary.AssetOrigin;
import org.gba.advisor.vocabulary.AssetStatus;
import org.gba.advisor.vocabulary.AssetType;
import org.gba.advisor.vocabulary.ChecklistAnswer;
import org.gba.advisor.vocabulary.ConstraintType;
import org.gba.advisor.vocabulary.Figure;
import org.gba.advisor.vocabulary.Flow;
import org.gba.advisor.vocabulary.InstrumentInForce;
import org.gba.advisor.vocabulary.Jurisdiction;
import org.gba.advisor.vocabulary.LocalizedName;
import org.gba.advisor.vocabulary.Partner;
import org.gba.advisor.vocabulary.PartnerKind;
import org.gba.advisor.vocabulary.PlaceKind;
import org.gba.advisor.vocabulary.Profile;
import org.gba.advisor.vocabulary.ProfileAsset;
import org.gba.advisor.vocabulary.ProfileConstraint;
import org.gba.advisor.vocabulary.Question;
import org.gba.advisor.vocabulary.Severity;
import org.gba.advisor.vocabulary.Subject;
import org.gba.advisor.vocabulary.SupplyChain;

/** Short, valid test profiles: {@code city("x").with(asset(INDUSTRIAL_CLUSTER).fields("drones")).build()}. */
public final class ProfileBuilder {
    public static final String SOURCE = "test";

    private final String id;
    private PlaceKind kind;
    private final Jurisdiction jurisdiction;
    private String parent;
    private final List<String> specialties = new ArrayList<>();
    private final List<Figure> indicators = new ArrayList<>();
    private final List<ProfileAsset> assets = new ArrayList<>();
    private final List<ProfileConstraint> constraints = new ArrayList<>();
    private final List<ChecklistAnswer> checklist = new ArrayList<>();
    private final List<InstrumentInForce> instruments = new ArrayList<>();
    private final List<AssetInReach> reach = new ArrayList<>();

    private ProfileBuilder(String id, PlaceKind kind, Jurisdiction jurisdiction) {
        this.id = id;
        this.kind = kind;
        this.jurisdiction = jurisdiction;
    }

    public static ProfileBuilder city(String id) {
        return new ProfileBuilder(id, PlaceKind.CITY, Jurisdiction.GUANGDONG);
    }

    public static ProfileBuilder sar(String id, Jurisdiction jurisdiction) {
        return new ProfileBuilder(id, PlaceKind.SAR, jurisdiction);
    }

    public static ProfileBuilder platform(String id) {
        return new ProfileBuilder(id, PlaceKind.PLATFORM, Jurisdiction.GUANGDONG);
    }

    public static AssetBuilder asset(AssetType type) {
        return new AssetBuilder(type);
    }

    /** Another kind of place, e.g. a DISTRICT of a city. */
    public ProfileBuilder kind(PlaceKind newKind) {
        this.kind = newKind;
        return this;
    }

    public ProfileBuilder parent(String parent) {
        this.parent = parent;
        return this;
    }

    public ProfileBuilder specialties(String... fields) {
        specialties.addAll(Arrays.asList(fields));
        return this;
    }

    public ProfileBuilder indicator(String code, double value) {
        String unit = TestRules.RULES.catalog().indicators().get(code).unit();
        indicators.add(new Figure(code, value, unit, 2022, SOURCE, null));
        return this;
    }

    public ProfileBuilder with(AssetBuilder asset) {
        assets.add(asset.build());
        return this;
    }

    /** A checklist answer, e.g. {@code answer(CROSS_BORDER_TIE, NO)}. */
    public ProfileBuilder answer(Question question, Answer answer) {
        checklist.add(new ChecklistAnswer(question, answer, SOURCE, null));
        return this;
    }

    /** An instrument in force, by its catalog code. */
    public ProfileBuilder inForce(String code, Integer since) {
        instruments.add(new InstrumentInForce(code, null, since, SOURCE, null));
        return this;
    }

    /** An asset of another place within reach (unresolved: resolve it with Neighbours before evaluating). */
    public ProfileBuilder reaches(String place, String asset, Double distanceKm) {
        reach.add(new AssetInReach(place, asset, distanceKm, SOURCE, null, null));
        return this;
    }

    public ProfileBuilder declare(ConstraintType type, Severity severity) {
        constraints.add(new ProfileConstraint(type, null, null, severity, SOURCE, null));
        return this;
    }

    public ProfileBuilder barrier(Flow flow, Severity severity) {
        constraints.add(new ProfileConstraint(ConstraintType.FLOW_BARRIER, flow, null, severity, SOURCE, null));
        return this;
    }

    /** A platform, district or zone belongs to a city: "test-city" unless the test names one. */
    public Profile build() {
        String parentCity = parent == null && kind.hasParent() ? "test-city" : parent;
        return new Profile(id, new LocalizedName(id + "（测试）", id + " (test)"), kind, jurisdiction, parentCity, 2022,
                specialties.isEmpty() ? null : List.copyOf(specialties), specialties.isEmpty() ? null : SOURCE,
                List.copyOf(indicators), List.copyOf(assets), List.copyOf(constraints), List.copyOf(checklist),
                List.copyOf(instruments), List.copyOf(reach), null);
    }

    /** One asset under construction in a test. */
    public static final class AssetBuilder {
        private final AssetType type;
        private String name;
        private final List<String> fields = new ArrayList<>();
        private final List<Partner> partners = new ArrayList<>();
        private Subject lead;
        private SupplyChain supplyChain;
        private AssetOrigin origin;
        private AssetStatus status;
        private final List<Figure> figures = new ArrayList<>();

        private AssetBuilder(AssetType type) {
            this.type = type;
            this.name = type.name().toLowerCase().replace('_', ' ');
        }

        public AssetBuilder named(String name) {
            this.name = name;
            return this;
        }

        public AssetBuilder fields(String... fields) {
            this.fields.addAll(Arrays.asList(fields));
            return this;
        }

        public AssetBuilder partner(String name, Jurisdiction jurisdiction) {
            partners.add(new Partner(name, jurisdiction, PartnerKind.UNIVERSITY));
            return this;
        }

        public AssetBuilder lead(Subject lead) {
            this.lead = lead;
            return this;
        }

        public AssetBuilder supplyChain(SupplyChain supplyChain) {
            this.supplyChain = supplyChain;
            return this;
        }

        public AssetBuilder origin(AssetOrigin origin) {
            this.origin = origin;
            return this;
        }

        public AssetBuilder underConstruction() {
            this.status = AssetStatus.UNDER_CONSTRUCTION;
            return this;
        }

        public AssetBuilder figure(String code, double value) {
            String unit = TestRules.RULES.catalog().assetFigures().get(code).unit();
            figures.add(new Figure(code, value, unit, 2022, SOURCE, null));
            return this;
        }

        ProfileAsset build() {
            return new ProfileAsset(type, name, fields.isEmpty() ? null : List.copyOf(fields),
                    partners.isEmpty() ? null : List.copyOf(partners), lead, supplyChain, origin, status, null,
                    figures.isEmpty() ? null : List.copyOf(figures), SOURCE, null);
        }
    }
}
