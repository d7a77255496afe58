package org.gba.advisor.architecture;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.Architectures.layeredArchitecture;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.springframework.web.bind.annotation.RestController;

/** docs/architecture.md, enforced: layers that point one way, features in one order, no cycles. */
class ArchitectureTest {
    private static final String ROOT = "org.gba.advisor";
    /** What Spring AOT generates at package time (Foo__BeanDefinitions …): Spring's wiring, not our layers. */
    private static final Pattern AOT_GENERATED = Pattern.compile(".*__[A-Za-z]+\\.class");
    private static final JavaClasses MAIN = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .withImportOption(location -> !location.matches(AOT_GENERATED))
            .importPackages(ROOT);

    /** Which features each feature may import (besides the vocabulary, the engine and http): the table of the doc. */
    static final Map<String, Set<String>> FEATURES = Map.of(
            "audit", Set.of(),
            "access", Set.of("audit"),
            "profiles", Set.of("access", "audit"),
            "catalog", Set.of(),
            "advice", Set.of("profiles", "access"),
            "scenario", Set.of("advice", "profiles"),
            "region", Set.of("profiles"),
            "ruleset", Set.of("advice", "profiles", "audit", "access"),
            "workbook", Set.of("advice", "profiles", "access"),
            "bench", Set.of());

    @Test
    void layersPointOneWay() {
        layeredArchitecture().consideringOnlyDependenciesInLayers()
                .layer("vocabulary").definedBy(ROOT + ".vocabulary..")
                .layer("engine").definedBy(ROOT + ".engine..")
                .layer("http").definedBy(ROOT + ".http..")
                .layer("features").definedBy(FEATURES.keySet().stream().map(f -> ROOT + "." + f + "..")
                        .toArray(String[]::new))
                .layer("system").definedBy(ROOT + ".system..")
                .whereLayer("system").mayNotBeAccessedByAnyLayer()
                .whereLayer("features").mayOnlyBeAccessedByLayers("system")
                .whereLayer("http").mayOnlyBeAccessedByLayers("features", "system")
                .whereLayer("engine").mayOnlyBeAccessedByLayers("features", "system")
                .whereLayer("vocabulary").mayOnlyBeAccessedByLayers("engine", "http", "features", "system")
                .check(MAIN);
    }

    @Test
    void theFactsTheRulesReasonOnKnowNothingOfHowTheyAreCompiled() {
        noClasses().that().resideInAPackage(ROOT + ".engine.facts..")
                .should().dependOnClassesThat().resideInAPackage(ROOT + ".engine")
                .check(MAIN);
    }

    @Test
    void theVocabularyAndTheEngineArePlainJava() {
        noClasses().that().resideInAnyPackage(ROOT + ".vocabulary..", ROOT + ".engine..")
                .should().dependOnClassesThat().resideInAnyPackage("org.springframework..", "jakarta.servlet..")
                .check(MAIN);
    }

    @TestFactory
    List<DynamicTest> eachFeatureImportsOnlyTheFeaturesBelowIt() {
        return FEATURES.entrySet().stream().map(e -> DynamicTest.dynamicTest(e.getKey(), () -> {
            Set<String> forbidden = new TreeSet<>(FEATURES.keySet());
            forbidden.remove(e.getKey());
            forbidden.removeAll(e.getValue());
            if (!forbidden.isEmpty()) {
                noClasses().that().resideInAPackage(ROOT + "." + e.getKey() + "..")
                        .should().dependOnClassesThat().resideInAnyPackage(forbidden.stream()
                                .map(f -> ROOT + "." + f + "..").toArray(String[]::new))
                        .check(MAIN);
            }
        })).toList();
    }

    @Test
    void noCyclesBetweenPackages() {
        slices().matching(ROOT + ".(**)").should().beFreeOfCycles().check(MAIN);
    }

    @Test
    void controllersArePackagePrivate() {
        classes().that().areAnnotatedWith(RestController.class).should().notBePublic().check(MAIN);
    }

    @Test
    void everyPackageSaysWhatItIsFor() {
        MAIN.stream().map(c -> c.getPackageName()).filter(p -> p.startsWith(ROOT + ".")).distinct()
                .forEach(p -> org.assertj.core.api.Assertions.assertThat(
                        MAIN.stream().anyMatch(c -> c.getPackageName().equals(p) && c.getSimpleName().equals("package-info")))
                        .as("package-info.java in " + p).isTrue());
    }
}
