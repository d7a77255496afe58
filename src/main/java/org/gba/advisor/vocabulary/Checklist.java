package org.gba.advisor.vocabulary;

import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * What a profile says to each checklist question: its own answer, or the YES that one of its assets already gives
 * (a campus of a Hong Kong university answers HK_MACAO_UNIVERSITY_TIE). A question neither answered nor shown by an
 * asset is unknown. Only the place's own assets count: an asset within reach is a neighbour's.
 */
public final class Checklist {
    private static final Set<AssetType> FACILITIES = Set.of(AssetType.BIG_SCIENCE_FACILITY,
            AssetType.SUPERCOMPUTING_CENTRE);
    private static final Set<AssetType> INDUSTRY = Set.of(AssetType.INDUSTRIAL_CLUSTER, AssetType.LEADING_FIRM,
            AssetType.INCUBATOR_BASE, AssetType.SCIENCE_PARK);

    private Checklist() {
    }

    /**
     * One known answer: {@code path} is the JSON Pointer of the checklist entry, or of the asset that shows YES
     * ({@code derived}).
     */
    public record Known(Question question, Answer answer, String path, boolean derived, String source) {
        public boolean isYes() {
            return answer == Answer.YES;
        }
    }

    /** The questions asked of this place. */
    public static List<Question> applicable(Profile p) {
        return java.util.Arrays.stream(Question.values())
                .filter(q -> p.jurisdiction() == null || q.appliesTo(p.jurisdiction())).toList();
    }

    /** The known answer of every applicable question that has one; the profile's own answer first. */
    public static Map<Question, Known> known(Profile p) {
        Map<Question, Known> out = new EnumMap<>(Question.class);
        List<ChecklistAnswer> answers = p.checklistOrEmpty();
        for (int i = 0; i < answers.size(); i++) {
            ChecklistAnswer a = answers.get(i);
            if (a != null && a.question() != null && a.answer() != null && !out.containsKey(a.question())) {
                out.put(a.question(), new Known(a.question(), a.answer(), "/checklist/" + i, false, a.source()));
            }
        }
        var applicable = applicable(p);
        for (Question q : applicable) {
            if (!out.containsKey(q)) {
                shownByAsset(q, p).ifPresent(k -> out.put(q, k));
            }
        }
        out.keySet().retainAll(applicable);
        return out;
    }

    /**
     * The first own asset that answers YES to the question, if any; for FACILITY_ACCESS also a facility within
     * reach, since using a neighbour's facility is what that question asks.
     */
    public static Optional<Known> shownByAsset(Question q, Profile p) {
        List<ProfileAsset> assets = p.assetsOrEmpty();
        for (int i = 0; i < assets.size(); i++) {
            ProfileAsset a = assets.get(i);
            if (a != null && a.type() != null && p.jurisdiction() != null && shows(q, a, p.jurisdiction())) {
                return Optional.of(new Known(q, Answer.YES, "/assets/" + i, true, a.source()));
            }
        }
        if (q == Question.FACILITY_ACCESS) {
            List<AssetInReach> reach = p.reachOrEmpty();
            for (int i = 0; i < reach.size(); i++) {
                AssetInReach r = reach.get(i);
                if (r != null && r.resolved() != null && FACILITIES.contains(r.resolved().asset().type())) {
                    return Optional.of(new Known(q, Answer.YES, "/reach/" + i, true, r.source()));
                }
            }
        }
        return Optional.empty();
    }

    private static boolean shows(Question q, ProfileAsset a, Jurisdiction home) {
        return switch (q) {
            case CROSS_BORDER_TIE -> a.crossBorderFrom(home);
            case HK_MACAO_UNIVERSITY_TIE -> a.universityPartnerAcross(home).isPresent();
            case SAR_INDUSTRY_PARTNER -> INDUSTRY.contains(a.type()) && a.crossBorderFrom(home);
            case INCUBATED_LEADING_FIRM -> a.type() == AssetType.LEADING_FIRM
                    && (a.origin() == AssetOrigin.RESEARCH_RESULT || a.origin() == AssetOrigin.INCUBATOR);
            case INCUBATION_BASE -> a.type() == AssetType.INCUBATOR_BASE;
            case FACILITY_ACCESS -> FACILITIES.contains(a.type()) && a.status() != AssetStatus.UNDER_CONSTRUCTION;
        };
    }
}
