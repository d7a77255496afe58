package org.gba.advisor.engine.facts;

import org.gba.advisor.vocabulary.Answer;
import org.gba.advisor.vocabulary.Question;

/**
 * Rule fact: a checklist question with a known answer, stated by the profile or shown by one of its assets. An
 * unknown question has no fact at all, so a rule that diagnoses a lack must match an explicit {@code no}.
 */
public final class Answered implements Traceable {
    private final Question question;
    private final Answer answer;
    private final String path;
    private final boolean derived;
    private final String source;

    public Answered(Question question, Answer answer, String path, boolean derived, String source) {
        this.question = question;
        this.answer = answer;
        this.path = path;
        this.derived = derived;
        this.source = source;
    }

    public Question getQuestion() { return question; }
    public Answer getAnswer() { return answer; }
    public boolean isYes() { return answer == Answer.YES; }
    public boolean isNo() { return answer == Answer.NO; }
    /** The answer was shown by an asset rather than stated. */
    public boolean isDerived() { return derived; }

    @Override
    public FactRef ref() {
        return new FactRef(path, "answer", question.name() + ": " + answer.name() + (derived ? " (shown by an asset)" : ""),
                null, null, null, null, source);
    }
}
