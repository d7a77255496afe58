package org.gba.advisor.system;

import java.nio.file.Path;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Where the rules and the sample profiles are read from at start-up.
 *
 * @param rulesDir    the rules folder (DRL files, parameters.yaml, catalog.yaml)
 * @param fixturesDir the folder of built-in sample profiles
 */
@ConfigurationProperties("advisor")
public record AdvisorProperties(@DefaultValue("rules") Path rulesDir, @DefaultValue("fixtures") Path fixturesDir) {
}
