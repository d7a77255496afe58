package org.gba.advisor.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.gba.advisor.AdvisorApplication;
import org.gba.advisor.engine.RuleBaseException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.web.server.context.WebServerInitializedEvent;
import org.springframework.context.ApplicationListener;

/**
 * A broken DRL file stops the service from starting, and the failure names the file, line and problem. The DRL is
 * compiled beside the context's start, so this also shows that the web server never listened meanwhile.
 */
class BrokenRulesStartupTest {
    @TempDir
    Path tmp;

    @Test
    void startUpFailsNamingTheBrokenFile() throws IOException {
        Path rules = tmp.resolve("rules");
        Files.createDirectories(rules.resolve("models"));
        for (String f : new String[] {"parameters.yaml", "catalog.yaml"}) {
            Files.copy(Path.of("rules", f), rules.resolve(f));
        }
        Files.writeString(rules.resolve("models/broken.drl"), """
                package models;
                rule "Half a rule"
                when
                    Place(
                then
                end
                """);
        List<Object> served = new CopyOnWriteArrayList<>();
        assertThatThrownBy(() -> new SpringApplicationBuilder(AdvisorApplication.class)
                .listeners((ApplicationListener<WebServerInitializedEvent>) served::add)
                .run("--server.port=0", "--advisor.rules-dir=" + rules))
                .hasRootCauseInstanceOf(RuleBaseException.class)
                .rootCause().satisfies(e -> assertThat(((RuleBaseException) e).problems())
                        .anySatisfy(p -> assertThat(p).startsWith("models/broken.drl:")));
        assertThat(served).as("the web server never listened").isEmpty();
    }
}
