package org.gba.advisor.advice;

import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.gba.advisor.engine.facts.Parameters;
import org.gba.advisor.vocabulary.Checklist;
import org.gba.advisor.vocabulary.Figure;
import org.gba.advisor.vocabulary.Profile;
import org.gba.advisor.vocabulary.ProfileAsset;

/**
 * How much of what the rules can read a profile states: the indicators some threshold reads, the checklist
 * questions asked of the place (answered, or shown by an asset), and the banded figures of each of its own assets.
 * Below the parameters' share the advice is provisional.
 */
final class Coverage {
    private Coverage() {
    }

    static Advice.Coverage of(Profile profile, Parameters parameters) {
        Set<String> readIndicators = DataGaps.readIndicators(parameters, profile);
        int indicatorsStated = (int) profile.indicatorsOrEmpty().stream().map(Figure::code).distinct()
                .filter(readIndicators::contains).count();
        int questionsRead = Checklist.applicable(profile).size();
        int questionsStated = Checklist.known(profile).size();
        int figuresRead = 0;
        int figuresStated = 0;
        for (ProfileAsset asset : profile.assetsOrEmpty()) {
            List<String> read = DataGaps.readFigures(parameters, asset);
            Set<String> stated = new TreeSet<>();
            asset.figuresOrEmpty().forEach(f -> stated.add(f.code()));
            figuresRead += read.size();
            figuresStated += (int) read.stream().filter(stated::contains).count();
        }
        int readable = readIndicators.size() + questionsRead + figuresRead;
        int stated = indicatorsStated + questionsStated + figuresStated;
        double share = readable == 0 ? 0 : (double) stated / readable;
        double threshold = parameters.coverage().provisionalBelow();
        return new Advice.Coverage(Math.round(share * 1000) / 1000.0, stated, readable, share < threshold, threshold,
                List.of(new Advice.CoveragePart(Advice.GapKind.INDICATOR, indicatorsStated, readIndicators.size()),
                        new Advice.CoveragePart(Advice.GapKind.QUESTION, questionsStated, questionsRead),
                        new Advice.CoveragePart(Advice.GapKind.ASSET_FIGURE, figuresStated, figuresRead)),
                null);
    }
}
