package org.gba.advisor.system;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.boot.context.properties.source.MapConfigurationPropertySource;

/** The folders are read from the working directory, never from a classpath resource of the same name. */
class AdvisorPropertiesTest {

    private static AdvisorProperties bind(Map<String, String> values) {
        return new Binder(new MapConfigurationPropertySource(values)).bindOrCreate("advisor", AdvisorProperties.class);
    }

    @Test
    void aFolderNamedLikeAClasspathResourceIsStillTheWorkingDirectorysOne() {
        // "static" is on the classpath (src/main/resources/static); bound as a Path it became that resource's folder,
        // which is how a test resource folder called "rules" once replaced the rules of every Spring test
        AdvisorProperties p = bind(Map.of("advisor.rules-dir", "static", "advisor.fixtures-dir", "db"));
        assertThat(p.rulesPath()).isEqualTo(Path.of("static"));
        assertThat(p.fixturesPath()).isEqualTo(Path.of("db"));
    }

    @Test
    void theDefaultsAreTheRepositorysFolders() {
        AdvisorProperties p = bind(Map.of());
        assertThat(p.rulesPath()).isEqualTo(Path.of("rules"));
        assertThat(p.fixturesPath()).isEqualTo(Path.of("fixtures"));
        assertThat(p.compiledRulesPath()).isEqualTo(Path.of("data/compiled-rules"));
    }

    @Test
    void anEmptyCompiledRulesFolderKeepsNothing() {
        assertThat(bind(Map.of("advisor.compiled-rules-dir", "")).compiledRulesPath()).isNull();
        assertThat(bind(Map.of("advisor.compiled-rules-dir", " ")).compiledRulesPath()).isNull();
        assertThat(bind(Map.of("advisor.compiled-rules-dir", "/var/cache/rules")).compiledRulesPath())
                .isEqualTo(Path.of("/var/cache/rules"));
    }
}
