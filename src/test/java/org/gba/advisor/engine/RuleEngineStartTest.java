package org.gba.advisor.engine;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Executor;
import org.gba.advisor.testing.RulesFolder;
import org.gba.advisor.testing.TestRules;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * An engine that compiles its first rule base on a thread of its own: what it gives before the compile is done
 * (the folder's catalog and parameters, no rule base), what it gives after, and a folder that does not compile.
 */
class RuleEngineStartTest {
    @TempDir
    Path tmp;

    /** Runs nothing until asked: the compile is "still running" until then. */
    static final class Held implements Executor {
        final List<Runnable> tasks = new ArrayList<>();

        @Override
        public void execute(Runnable task) {
            tasks.add(task);
        }

        void runAll() {
            tasks.forEach(Runnable::run);
        }
    }

    @Test
    void beforeTheCompileIsDoneThereIsNoRuleBaseButTheFolderIsReadAndAfterItTheCompiledOneServes() {
        Held held = new Held();
        RuleEngine engine = RuleEngine.starting(TestRules.RULES_DIR, new RuleBaseLoader(), held);
        assertThat(held.tasks).hasSize(1);
        assertThat(engine.compiledOrNull()).isNull();
        assertThat(engine.initialSources().catalog().indicators()).containsKey("basic-research-share");
        assertThat(engine.initialSources().parameters().reach()).isNotNull();
        assertThat(engine.initialSources().files()).containsKey("parameters.yaml");

        held.runAll();
        RuleBase compiled = engine.compiledOrNull();
        assertThat(compiled).isNotNull();
        assertThat(engine.current()).isSameAs(compiled);
        assertThat(engine.awaitFirst()).isSameAs(compiled);
        assertThat(compiled.version()).isEqualTo(TestRules.RULES.version());
        assertThat(compiled.catalog()).isSameAs(engine.initialSources().catalog());
    }

    @Test
    void currentWaitsForTheFirstCompile() throws Exception {
        Held held = new Held();
        RuleEngine engine = RuleEngine.starting(TestRules.RULES_DIR, new RuleBaseLoader(), held);
        RuleBase[] seen = new RuleBase[1];
        Thread request = new Thread(() -> seen[0] = engine.current());
        request.start();
        request.join(300);
        assertThat(request.isAlive()).as("waits while the compile has not run").isTrue();
        held.runAll();
        request.join(10_000);
        assertThat(seen[0]).isNotNull().isSameAs(engine.compiledOrNull());
    }

    @Test
    void aFolderWhoseDrlDoesNotCompileNeverGivesARuleBaseAndSaysWhy() {
        Path rules = RulesFolder.copyTo(tmp.resolve("rules"));
        RulesFolder.edit(rules.resolve("diagnosis/c1-community.drl"), s -> s.replace(
                "Answered(question == Question.CROSS_BORDER_TIE, no)", "Answered(question == Question.CROSS_BORDER_TIE, no"));
        RuleEngine engine = RuleEngine.starting(rules, new RuleBaseLoader(), Runnable::run);
        assertThat(engine.compiledOrNull()).isNull();
        for (Runnable call : List.<Runnable>of(engine::awaitFirst, engine::current)) {
            assertThatThrownBy(call::run).isInstanceOf(RuleBaseException.class)
                    .satisfies(e -> assertThat(((RuleBaseException) e).problems())
                            .anySatisfy(p -> assertThat(p).matches("diagnosis/c1-community\\.drl:\\d+: .+")));
        }
        assertThat(engine.compiledOrNull()).isNull();
    }

    @Test
    void aBrokenParametersFileIsRefusedAtOnceBeforeAnyCompile() {
        Path rules = RulesFolder.copyTo(tmp.resolve("rules"));
        RulesFolder.edit(rules.resolve("parameters.yaml"), s -> s.replaceFirst("(?m)^rules:\n", "rules:\n  - not a map\n"));
        Held held = new Held();
        assertThatThrownBy(() -> RuleEngine.starting(rules, new RuleBaseLoader(), held))
                .isInstanceOf(RuleBaseException.class).hasMessageContaining("parameters.yaml");
        assertThat(held.tasks).as("nothing was left to compile").isEmpty();
    }

    @Test
    void aRuleBaseSwappedInBeforeTheFirstCompileIsDoneStaysInService() {
        Held held = new Held();
        RuleEngine engine = RuleEngine.starting(TestRules.RULES_DIR, new RuleBaseLoader(), held);
        RuleBase other = new RuleBaseLoader().load(TestRules.RULES_DIR);
        engine.swap(other);
        held.runAll();
        assertThat(engine.current()).isSameAs(other);
        assertThat(engine.awaitFirst()).isSameAs(other);
    }
}
