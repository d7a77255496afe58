package org.gba.advisor.system;

import java.nio.file.Path;
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
 */
@ConfigurationProperties("advisor")
public record AdvisorProperties(@DefaultValue("rules") Path rulesDir, @DefaultValue("fixtures") Path fixturesDir,
                                @DefaultValue("CLASSIC") RuleBaseLoader.Mode rulesMode,
                                @DefaultValue("256KB") DataSize maxBodySize) {
}
