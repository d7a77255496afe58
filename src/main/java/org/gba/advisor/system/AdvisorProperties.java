package org.gba.advisor.system;

import java.nio.file.Path;
import java.time.Duration;
import org.gba.advisor.engine.RuleBaseLoader;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.util.unit.DataSize;

/**
 * Where the rules and the sample profiles are read from at start-up, and the limits of a request.
 *
 * @param rulesDir    the rules folder (DRL files, parameters.yaml, catalog.yaml)
 * @param fixturesDir the folder of built-in sample profiles
 * @param rulesMode   how the rules are compiled: CLASSIC (default) or EXECUTABLE_MODEL
 * @param maxBodySize the largest request body accepted; a larger one is a 413
 * @param body        how long a body may take to arrive (408 past it) and how many may be arriving at once
 * @param compiledRulesDir where classic builds of the rules are kept, so that a start with DRL compiled before reads
 *                    it back instead of compiling it again; empty: nowhere
 */
@ConfigurationProperties("advisor")
public record AdvisorProperties(@DefaultValue("rules") String rulesDir, @DefaultValue("fixtures") String fixturesDir,
                                @DefaultValue("CLASSIC") RuleBaseLoader.Mode rulesMode,
                                @DefaultValue("256KB") DataSize maxBodySize,
                                @DefaultValue Body body,
                                @DefaultValue("data/compiled-rules") String compiledRulesDir) {

    /**
     * The rules folder on the file system, relative to the working directory. The folders are bound as text: bound
     * as a Path, Spring looks for the name on the classpath first, so a test resource folder called "rules" was
     * taken for the rules.
     */
    public Path rulesPath() {
        return Path.of(rulesDir);
    }

    /** Where compiled rule bases are kept between starts, or null for nowhere. */
    public Path compiledRulesPath() {
        return compiledRulesDir.isBlank() ? null : Path.of(compiledRulesDir);
    }

    /** The sample profiles' folder on the file system, relative to the working directory. */
    public Path fixturesPath() {
        return Path.of(fixturesDir);
    }

    /**
     * Bodies on their way in.
     *
     * @param timeout           the time from the request's headers to the last byte of its body
     * @param maxPending        bodies arriving at once, overall
     * @param maxPendingPerClient bodies arriving at once from one client address
     */
    public record Body(@DefaultValue("10s") Duration timeout, @DefaultValue("256") int maxPending,
                       @DefaultValue("32") int maxPendingPerClient) {
    }
}
