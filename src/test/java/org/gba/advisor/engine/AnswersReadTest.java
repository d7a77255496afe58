package org.gba.advisor.engine;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.gba.advisor.testing.Fixtures;
import org.gba.advisor.testing.TestRules;
import org.gba.advisor.vocabulary.Answer;
import org.gba.advisor.vocabulary.Checklist;
import org.gba.advisor.vocabulary.ChecklistAnswer;
import org.gba.advisor.vocabulary.Profile;
import org.gba.advisor.vocabulary.Question;
import org.junit.jupiter.api.Test;

/** Which answers the rules' patterns can match: what a data-gap probe of an answer may skip, and why that is safe. */
class AnswersReadTest {
    private static final RuleBase RULES = TestRules.RULES;

    @Test
    void theRealRulesMatchEveryNoTheyDiagnoseAndOnlyTheYesTheyRead() throws IOException {
        AnswersRead read = AnswersRead.of(RuleBaseLoader.parsed(realDrl()));
        assertThat(read.all()).isFalse();
        assertThat(read.canMatch(Question.CROSS_BORDER_TIE, Answer.NO)).isTrue();
        assertThat(read.canMatch(Question.CROSS_BORDER_TIE, Answer.YES)).isFalse();
        assertThat(read.canMatch(Question.HK_MACAO_UNIVERSITY_TIE, Answer.YES)).isFalse();
        // read as yes, as no, and as not answered at all
        assertThat(read.canMatch(Question.INCUBATION_BASE, Answer.YES)).isTrue();
        assertThat(read.canMatch(Question.FACILITY_ACCESS, Answer.YES)).isTrue();
    }

    /** The claim itself, on every fixture: an answer no pattern can match leaves a fresh evaluation as it was. */
    @Test
    void anAnswerNoPatternCanMatchChangesNoEvidence() throws IOException {
        AnswersRead read = AnswersRead.of(RuleBaseLoader.parsed(realDrl()));
        int skipped = 0;
        int kept = 0;
        for (Profile p : Fixtures.all()) {
            Set<Question> known = Checklist.known(p).keySet();
            var before = RULES.evaluate(p).evidence();
            for (Question q : Checklist.applicable(p)) {
                for (Answer a : Answer.values()) {
                    if (known.contains(q)) {
                        continue;
                    }
                    if (read.canMatch(q, a)) {
                        kept++;
                        continue;
                    }
                    skipped++;
                    Profile answered = p.withAnswer(new ChecklistAnswer(q, a, "a test", null));
                    assertThat(RULES.evaluate(answered).evidence()).as(p.id() + " " + q + " " + a).isEqualTo(before);
                }
            }
        }
        assertThat(skipped).as("answers no pattern can match, over the fixtures").isGreaterThan(10);
        assertThat(kept).as("answers some pattern can match").isGreaterThan(10);
    }

    @Test
    void aConstraintItDoesNotUnderstandNarrowsNothing() {
        assertThat(read("not Answered(question == Question.CROSS_BORDER_TIE)").canMatch(Question.CROSS_BORDER_TIE,
                Answer.YES)).as("a not reads every answer of its question").isTrue();
        AnswersRead unequal = read("Answered(question != Question.CROSS_BORDER_TIE, no)");
        assertThat(unequal.canMatch(Question.INCUBATION_BASE, Answer.NO)).isTrue();
        assertThat(unequal.canMatch(Question.INCUBATION_BASE, Answer.YES)).isFalse();
        AnswersRead either = read("Answered(question == Question.CROSS_BORDER_TIE || question == Question.INCUBATION_BASE)");
        assertThat(either.canMatch(Question.FACILITY_ACCESS, Answer.YES)).isTrue();
        assertThat(read("Answered(question == Question.FACILITY_ACCESS, answer == Answer.YES)")
                .canMatch(Question.FACILITY_ACCESS, Answer.NO)).isFalse();
        assertThat(read("Answered(question == Question.FACILITY_ACCESS, answer == $a)")
                .canMatch(Question.FACILITY_ACCESS, Answer.NO)).isTrue();
    }

    @Test
    void aPatternOfATypeAnAnswerAlsoIsOrOneInsideAnAccumulateCounts() {
        assertThat(read("$o : Object()").all()).isTrue();
        assertThat(read("$t : Traceable()").all()).isTrue();
        assertThat(read("$n : Number() from accumulate(Answered(question == Question.SAR_INDUSTRY_PARTNER, yes), count(1))")
                .canMatch(Question.SAR_INDUSTRY_PARTNER, Answer.YES)).isTrue();
        assertThat(read("$p : Place()").canMatch(Question.SAR_INDUSTRY_PARTNER, Answer.YES)).isFalse();
    }

    private static AnswersRead read(String when) {
        return AnswersRead.of(RuleBaseLoader.parsed(Map.of("a.drl", "package models;\n\nrule \"r\"\nwhen\n    " + when
                + "\nthen\nend\n")));
    }

    private static Map<String, String> realDrl() throws IOException {
        Map<String, String> drl = new TreeMap<>();
        try (var files = Files.walk(TestRules.RULES_DIR)) {
            for (Path f : files.filter(f -> f.toString().endsWith(".drl")
                    && !TestRules.RULES_DIR.relativize(f).startsWith("region")).toList()) {
                drl.put(f.getFileName().toString(), Files.readString(f));
            }
        }
        return drl;
    }
}
