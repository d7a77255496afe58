package org.gba.advisor.engine;

import java.util.EnumMap;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.drools.drl.ast.descr.AccumulateDescr;
import org.drools.drl.ast.descr.BaseDescr;
import org.drools.drl.ast.descr.CollectDescr;
import org.drools.drl.ast.descr.ConditionalElementDescr;
import org.drools.drl.ast.descr.ExprConstraintDescr;
import org.drools.drl.ast.descr.PackageDescr;
import org.drools.drl.ast.descr.PatternDescr;
import org.gba.advisor.engine.facts.Answered;
import org.gba.advisor.vocabulary.Answer;
import org.gba.advisor.vocabulary.Question;

/**
 * Which checklist answers some pattern of the rules can match, read from the rules' parsed conditions: for each
 * {@code Answered(...)} pattern (in a {@code not}, an {@code exists}, an {@code accumulate} alike), the question and
 * answer its constraints pin down with a plain {@code question == Question.X}, {@code no}, {@code yes} or
 * {@code answer == Answer.NO}. Every other constraint is ignored, which only widens what a pattern is taken to match,
 * and a pattern of a type an {@code Answered} also is ({@code Object}, {@code Traceable}) matches every answer. An
 * answer no pattern can match changes no match when it is inserted: a data-gap probe of it cannot change the advice,
 * and is answered without firing.
 */
record AnswersRead(boolean all, Map<Question, Set<Answer>> read) {
    /** What a rule base that cannot be analysed is taken to read: everything. */
    static final AnswersRead EVERYTHING = new AnswersRead(true, Map.of());

    private static final Pattern QUESTION_IS = Pattern.compile("question\\s*==\\s*(?:Question\\s*\\.\\s*)?([A-Z_]+)");
    private static final Pattern ANSWER_IS = Pattern.compile(
            "(no|yes|isNo\\(\\)|isYes\\(\\)|answer\\s*==\\s*(?:Answer\\s*\\.\\s*)?(NO|YES))");

    AnswersRead {
        EnumMap<Question, Set<Answer>> copy = new EnumMap<>(Question.class);
        read.forEach((q, answers) -> copy.put(q, Set.copyOf(answers)));
        read = copy;
    }

    /** Whether some pattern of the rules can match {@code question} answered {@code answer}. */
    boolean canMatch(Question question, Answer answer) {
        return all || read.getOrDefault(question, Set.of()).contains(answer);
    }

    static AnswersRead of(Map<String, PackageDescr> parsed) {
        Map<Question, Set<Answer>> read = new EnumMap<>(Question.class);
        boolean[] all = {false};
        parsed.values().forEach(descr -> descr.getRules().forEach(rule -> visit(rule.getLhs(), read, all)));
        return all[0] ? EVERYTHING : new AnswersRead(false, read);
    }

    private static void visit(BaseDescr descr, Map<Question, Set<Answer>> read, boolean[] all) {
        if (descr instanceof PatternDescr pattern) {
            String type = simpleName(pattern.getObjectType());
            if (type.equals(Answered.class.getSimpleName())) {
                pinned(pattern, read, all);
            } else if (SUPERTYPES.contains(type)) {
                all[0] = true;
            }
            if (pattern.getSource() instanceof AccumulateDescr accumulate) {
                accumulate.getDescrs().forEach(d -> visit(d, read, all));
                if (accumulate.getInputPattern() != null) {
                    visit(accumulate.getInputPattern(), read, all);
                }
            } else if (pattern.getSource() instanceof CollectDescr collect) {
                visit(collect.getInputPattern(), read, all);
            }
        } else if (descr instanceof ConditionalElementDescr element) {
            element.getDescrs().forEach(d -> visit(d, read, all));
        }
    }

    /** The types an {@code Answered} is, other than itself: a pattern of one of them may match any answer. */
    private static final Set<String> SUPERTYPES = supertypes(Answered.class);

    private static Set<String> supertypes(Class<?> type) {
        Set<String> out = new HashSet<>();
        for (Class<?> c = type.getSuperclass(); c != null; c = c.getSuperclass()) {
            out.add(c.getSimpleName());
        }
        List<Class<?>> open = new java.util.ArrayList<>(List.of(type.getInterfaces()));
        while (!open.isEmpty()) {
            Class<?> i = open.remove(open.size() - 1);
            out.add(i.getSimpleName());
            open.addAll(List.of(i.getInterfaces()));
        }
        out.add(Object.class.getSimpleName());
        return out;
    }

    private static void pinned(PatternDescr pattern, Map<Question, Set<Answer>> read, boolean[] all) {
        Set<Question> questions = EnumSet.allOf(Question.class);
        Set<Answer> answers = EnumSet.allOf(Answer.class);
        for (BaseDescr d : pattern.getDescrs()) {
            if (!(d instanceof ExprConstraintDescr constraint)) {
                continue;
            }
            String expression = constraint.getExpression().strip();
            Matcher q = QUESTION_IS.matcher(expression);
            Matcher a = ANSWER_IS.matcher(expression);
            if (q.matches()) {
                questions.retainAll(questionNamed(q.group(1)));
            } else if (a.matches()) {
                boolean no = a.group(2) != null ? a.group(2).equals("NO") : a.group(1).toLowerCase().contains("no");
                answers.retainAll(EnumSet.of(no ? Answer.NO : Answer.YES));
            }
        }
        for (Question q : questions) {
            read.computeIfAbsent(q, k -> EnumSet.noneOf(Answer.class)).addAll(answers);
        }
    }

    /** The question of that name; every one if none is (the constraint is then not understood, so not narrowing). */
    private static Set<Question> questionNamed(String name) {
        try {
            return EnumSet.of(Question.valueOf(name));
        } catch (IllegalArgumentException e) {
            return EnumSet.allOf(Question.class);
        }
    }

    private static String simpleName(String type) {
        int dot = type.lastIndexOf('.');
        return dot < 0 ? type : type.substring(dot + 1);
    }
}
