package org.gba.advisor.engine;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.atomic.AtomicLong;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.drools.drl.ast.descr.PackageDescr;
import org.drools.drl.parser.DrlParser;
import org.drools.drl.parser.DroolsParserException;
import org.drools.model.codegen.ExecutableModelProject;
import org.gba.advisor.engine.facts.Parameters;
import org.gba.advisor.engine.facts.RegionData;
import org.gba.advisor.vocabulary.ActionId;
import org.gba.advisor.vocabulary.AssetOrigin;
import org.gba.advisor.vocabulary.AssetType;
import org.gba.advisor.vocabulary.Catalog;
import org.gba.advisor.vocabulary.ConstraintId;
import org.gba.advisor.vocabulary.Figure;
import org.gba.advisor.vocabulary.Jurisdiction;
import org.gba.advisor.vocabulary.LocalizedName;
import org.gba.advisor.vocabulary.LocalizedName;
import org.gba.advisor.vocabulary.ModelId;
import org.gba.advisor.vocabulary.Partner;
import org.gba.advisor.vocabulary.PartnerKind;
import org.gba.advisor.vocabulary.PlaceKind;
import org.gba.advisor.vocabulary.Profile;
import org.gba.advisor.vocabulary.ProfileAsset;
import org.gba.advisor.vocabulary.Question;
import org.gba.advisor.vocabulary.Subject;
import org.gba.advisor.vocabulary.SupplyChain;
import org.kie.api.KieBase;
import org.kie.api.KieServices;
import org.kie.api.builder.KieBuilder;
import org.kie.api.builder.KieFileSystem;
import org.kie.api.builder.Message;
import org.kie.api.builder.ReleaseId;
import org.kie.api.definition.KiePackage;
import org.kie.api.definition.rule.Rule;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.ObjectMapper;
import tools.jackson.dataformat.yaml.YAMLMapper;

/**
 * Reads a rules folder (DRL files, {@code parameters.yaml}, {@code catalog.yaml}, the data files of
 * {@code region/}), compiles it in the chosen {@link Mode} and checks that rules, weights and catalog agree.
 * Any problem is reported with its file and line and no rule base is made.
 *
 * <p>The DRL files under {@code region/} are compiled into a second rule base of their own: they reason over
 * many places in one session, and the single-place rules must never see such a session (they would mix the
 * places' facts).
 */
public final class RuleBaseLoader {
    /**
     * How the DRL is compiled. Classic (interpreted MVEL constraints, then JIT-compiled by Drools) keeps the
     * line of every error; the executable model turns the rules into Java first. docs/performance.md compares them.
     */
    public enum Mode { CLASSIC, EXECUTABLE_MODEL }

    public static final String PARAMETERS = "parameters.yaml";
    public static final String CATALOG = "catalog.yaml";
    /** The folder of the rules that reason across places; its DRL files form the region rule base. */
    public static final String REGION = "region/";

    private static final Logger log = LoggerFactory.getLogger(RuleBaseLoader.class);
    private static final AtomicLong BUILDS = new AtomicLong();
    private static final Pattern SECTION = Pattern.compile("§\\d+(\\.\\d+)*");
    private static final String CONSTRAINT_TYPE = "org.gba.advisor.vocabulary.ConstraintType";
    private static final Pattern CONSTRAINT_TYPE_IMPORT =
            Pattern.compile("(?m)^import\\s+" + Pattern.quote(CONSTRAINT_TYPE) + "\\s*;[ \\t]*$");
    private static final Pattern STATEFUL_CALL = Pattern.compile("\\b(insert|update|modify|delete|retract)\\s*\\(");
    private static final Pattern RULE_START = Pattern.compile("(?m)^\\s*rule\\s");
    private static final Pattern COLLECTED = Pattern.compile("\\b(?:collect|accumulate)\\s*\\(\\s*(?:\\$\\w+\\s*:\\s*)?(\\w+)\\s*\\(");
    private static final Pattern FIGURE_READ = Pattern.compile("(?i)figure|bands?\\s*\\(");
    /** A call that reads an asset's figures other than through {@code bands(...)}, with its argument list. */
    private static final Pattern DIRECT_FIGURE_CALL =
            Pattern.compile("\\b(?:figure|hasFigure|band|bestBand|figureRef)\\s*\\(([^()]*)\\)");
    private static final Pattern BANDS_CALL = Pattern.compile("\\bbands\\s*\\(([^()]*)\\)");
    private static final Pattern FIGURE_CALL =
            Pattern.compile("\\b(?:figure|hasFigure|band|bestBand|figureRef|bands|getFigures)\\s*\\(|\\bfigures\\b");
    private static final Pattern ASSET_PATTERN = Pattern.compile("(?:(\\$\\w+)\\s*:\\s*)?\\bAsset\\s*\\(");
    private static final Pattern WATCH = Pattern.compile("\\G\\s*@watch\\s*\\(([^)]*)\\)");
    private static final Pattern QUOTED = Pattern.compile("\"([^\"]*)\"");
    private static final Pattern CONSTRAINT_TYPE_USE = Pattern.compile("(?<![\\w.])ConstraintType\\.");
    private static final ObjectMapper YAML = YAMLMapper.builder()
            .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .enable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES)
            .build();

    private final Mode mode;
    private final EvaluationObserver observer;
    private final CompiledRules compiledRules;

    /** The classic DRL build, observed by nobody. */
    public RuleBaseLoader() {
        this(Mode.CLASSIC, EvaluationObserver.NONE);
    }

    public RuleBaseLoader(Mode mode) {
        this(mode, EvaluationObserver.NONE);
    }

    public RuleBaseLoader(Mode mode, EvaluationObserver observer) {
        this(mode, observer, CompiledRules.none());
    }

    /** As {@link #RuleBaseLoader(Mode, EvaluationObserver)}, keeping classic builds in {@code kept}. */
    public RuleBaseLoader(Mode mode, EvaluationObserver observer, CompiledRules kept) {
        this.mode = mode;
        this.observer = observer;
        this.compiledRules = kept;
    }

    public Mode mode() {
        return mode;
    }

    public RuleBase load(Path folder) {
        return load(readFolder(folder), realFolder(folder).toString(), null);
    }

    /**
     * Compiles a bundle of rule files by their names in a rules folder ({@code models/m1.drl},
     * {@code parameters.yaml} …), e.g. a version from the store. Where {@code sameDrlAs} has the very same DRL
     * files, its compiled rule bases are shared instead of compiled again: parameters and catalog reach the rules
     * as globals and facts, so a change of numbers or texts alone needs no compile (the checks still all run).
     */
    public RuleBase load(Map<String, byte[]> bundle, String origin, RuleBase sameDrlAs) {
        return compile(prepare(bundle, origin), sameDrlAs);
    }

    /**
     * A bundle of rule files read and checked as far as it can be without compiling its DRL: the parameters, the
     * catalog and the region data parsed and checked against each other. Cheap (no Drools); {@link #compile} makes
     * the rule base.
     */
    public record Sources(Map<String, byte[]> files, String origin, Parameters parameters, Catalog catalog,
                          RegionData regionData, Map<String, String> drl, Map<String, String> regionDrl) {
    }

    /** Reads a folder's rule files and checks what can be checked without compiling; throws on any problem. */
    public Sources prepare(Path folder) {
        return prepare(readFolder(folder), realFolder(folder).toString());
    }

    /** Reads a bundle's rule files and checks what can be checked without compiling; throws on any problem. */
    public Sources prepare(Map<String, byte[]> bundle, String origin) {
        Map<String, byte[]> files = new TreeMap<>();
        bundle.forEach((name, bytes) -> {
            if (isRuleFile(name)) {
                files.put(name, bytes);
            }
        });
        String root = origin;
        List<String> problems = new ArrayList<>();
        Parameters parameters = readYaml(files, PARAMETERS, Parameters.class, problems);
        Catalog catalog = readYaml(files, CATALOG, Catalog.class, problems);
        if (parameters != null) {
            problems.addAll(parameters.problems().stream().map(p -> PARAMETERS + ": " + p).toList());
        }
        if (catalog != null) {
            problems.addAll(catalog.problems().stream().map(p -> CATALOG + ": " + p).toList());
        }
        Map<String, String> drl = new TreeMap<>();
        Map<String, String> regionDrl = new TreeMap<>();
        files.forEach((name, bytes) -> {
            if (name.endsWith(".drl")) {
                (name.startsWith(REGION) ? regionDrl : drl).put(name, new String(bytes, StandardCharsets.UTF_8));
            }
        });
        if (drl.isEmpty()) {
            problems.add(root + ": no .drl files found");
        }
        RegionData regionData = null;
        if (!regionDrl.isEmpty()) {
            regionData = readYaml(files, RegionData.FILE, RegionData.class, problems);
            if (regionData != null && catalog != null) {
                problems.addAll(regionData.problems(catalog));
            }
        }
        if (!problems.isEmpty()) {
            throw new RuleBaseException(problems);
        }
        return new Sources(files, root, parameters, catalog, regionData, drl, regionDrl);
    }

    /**
     * Compiles prepared sources and checks the rules against their parameters and catalog; throws on any problem.
     * Where {@code sameDrlAs} has the very same DRL files, its compiled rule bases are shared (see {@link #load}).
     */
    public RuleBase compile(Sources sources, RuleBase sameDrlAs) {
        try {
            return compile(sources, sameDrlAs, true);
        } catch (ReadBackRefused refused) {
            log.warn("Rules read back from {} failed their checks ({}); compiling them afresh", compiledRules,
                    refused.getMessage());
            return compile(sources, sameDrlAs, false);
        }
    }

    /** A rule base read back from {@link CompiledRules} failed the checks a compiled one passed: it is forgotten. */
    private static final class ReadBackRefused extends RuntimeException {
        ReadBackRefused(String message) {
            super(message, null, false, false);
        }
    }

    /** A rule base, the key it is kept under (null: not kept) and whether it was read back rather than compiled. */
    private record Built(KieBase base, String key, boolean readBack) {
    }

    private RuleBase compile(Sources sources, RuleBase sameDrlAs, boolean mayReadBack) {
        Map<String, byte[]> files = sources.files();
        String root = sources.origin();
        Parameters parameters = sources.parameters();
        Catalog catalog = sources.catalog();
        RegionData regionData = sources.regionData();
        Map<String, String> drl = sources.drl();
        Map<String, String> regionDrl = sources.regionDrl();
        List<String> problems = new ArrayList<>();
        long start = System.nanoTime();
        boolean reuse = sameDrlAs != null && sameDrlAs.mode() == mode && drlOf(sameDrlAs).equals(drlOf(files));
        Built main = reuse ? new Built(sameDrlAs.kieBase(), null, false) : build(drl, mayReadBack);
        Built region = reuse ? new Built(sameDrlAs.regionBase(), null, false)
                : regionDrl.isEmpty() ? null : build(regionDrl, mayReadBack);
        KieBase kieBase = main.base();
        KieBase regionBase = region == null ? null : region.base();
        List<Built> built = region == null ? List.of(main) : List.of(main, region);
        long readBack = built.stream().filter(Built::readBack).count();
        Map<String, String> allDrl = new TreeMap<>(drl);
        allDrl.putAll(regionDrl);
        RuleBase loaded = null;
        try {
            Map<String, RuleInfo> rules = checkRules(regionBase == null ? List.of(kieBase) : List.of(kieBase,
                    regionBase), filesOfRules(allDrl), parameters, catalog, problems);
            log.info("Loaded {} rules from {} DRL files in {} ({} of them across places; {} build{}, {} ms)",
                    rules.size(), allDrl.size(), root, regionDrl.size(), mode, reuse ? ", DRL compiled before"
                            : readBack > 0 ? ", " + readBack + " of " + built.size() + " rule bases read back" : "",
                    (System.nanoTime() - start) / 1_000_000);
            Map<String, PackageDescr> parsed = parsed(drl);
            List<String> stateful = statefulConsequences(parsed);
            if (!stateful.isEmpty()) {
                log.warn("Data-gap probes evaluate each variant afresh: these rules insert, change or delete facts "
                        + "other than with insertLogical: {}", stateful);
            }
            loaded = new RuleBase(kieBase, regionBase, regionData, parameters, catalog, version(files),
                    Instant.now(), files, rules, mode, observer, probing(drl, parsed, stateful.isEmpty()));
            problems.addAll(checkThresholdReads(loaded, rules));
        } catch (RuntimeException | LinkageError | StackOverflowError e) {
            if (loaded != null) {
                loaded.close();
            }
            refuseReadBack(built, readBack, e.toString());
            throw e;
        }
        if (!problems.isEmpty()) {
            loaded.close();
            refuseReadBack(built, readBack, String.join("; ", problems));
            throw new RuleBaseException(problems);
        }
        // kept only once they passed every check, and before anyone else uses them
        built.stream().filter(b -> b.key() != null && !b.readBack()).forEach(b -> compiledRules.write(b.key(),
                b.base()));
        return loaded;
    }

    /** If any rule base was read back, forgets it and asks for a fresh compile instead of the failure. */
    private void refuseReadBack(List<Built> built, long readBack, String why) {
        if (readBack > 0) {
            built.stream().filter(Built::readBack).forEach(b -> compiledRules.forget(b.key()));
            throw new ReadBackRefused(why);
        }
    }

    /**
     * Evaluates a place that states every indicator once, so that every threshold a rule reads is read, and
     * checks each read is of a threshold that exists and that a rule's entry names: a rule cannot read a number
     * that its entry does not show.
     */
    private static List<String> checkThresholdReads(RuleBase rules, Map<String, RuleInfo> infos) {
        List<Figure> every = rules.catalog().indicators().entrySet().stream()
                .map(e -> new Figure(e.getKey(), e.getValue().min(), e.getValue().unit(), 2000, "dry run", null))
                .toList();
        Profile probe = new Profile("rules-dry-run", new LocalizedName("检查", "dry run"), PlaceKind.CITY,
                Jurisdiction.GUANGDONG, null, 2000, List.of(), null, every, dryRunAssets(rules.parameters()), List.of(),
                List.of(), List.of(), List.of(), null);
        List<String> problems = new ArrayList<>();
        java.util.Set<String> read;
        try {
            read = Parameters.recordingReads(() -> rules.dryRun(probe));
        } catch (RunawayRulesException e) {
            return List.of("the rules fire without end for a place that states every indicator: " + e.getMessage());
        } catch (RuntimeException e) {
            // Drools names the rule and its file; our own cause names what is wrong with the threshold.
            Throwable cause = e;
            while (cause.getCause() != null && !(cause instanceof IllegalArgumentException)) {
                cause = cause.getCause();
            }
            return List.of(String.valueOf(cause.getMessage()) + " — " + String.valueOf(e.getMessage())
                    .replaceAll("\\s+", " "));
        }
        java.util.Set<String> named = new java.util.TreeSet<>();
        infos.values().forEach(r -> named.addAll(r.thresholds()));
        infos.values().forEach(r -> r.figures().forEach(f -> named.add(Parameters.FIGURE_READ + f)));
        read.stream().filter(t -> !named.contains(t)).forEach(t -> problems.add(
                "a rule reads the " + (t.startsWith(Parameters.FIGURE_READ) ? "figure " + t.substring(
                        Parameters.FIGURE_READ.length()) : "threshold " + t) + " but no rule names it under rules: in "
                        + PARAMETERS));
        return problems;
    }

    /** One asset of every type, tied across the boundary and carrying every figure its type may have. */
    private static List<ProfileAsset> dryRunAssets(Parameters parameters) {
        List<ProfileAsset> out = new ArrayList<>();
        for (AssetType type : AssetType.values()) {
            List<Figure> figures = parameters.figures() == null ? List.of() : parameters.figures().entrySet().stream()
                    .filter(e -> e.getValue().assetTypes().contains(type))
                    .map(e -> new Figure(e.getKey(), 1.0, "count", 2000, "dry run", null)).toList();
            out.add(new ProfileAsset(type, LocalizedName.of(type.name()), List.of("biomedicine"),
                    List.of(new Partner(LocalizedName.of("across"), Jurisdiction.HONG_KONG, PartnerKind.UNIVERSITY)),
                    Subject.GOVERNMENT,
                    SupplyChain.COMPLETE, AssetOrigin.RESEARCH_RESULT, null, null, figures, "dry run", null));
        }
        return out;
    }

    private static Path realFolder(Path folder) {
        try {
            // Files.walk does not follow a symbolic link to the folder itself.
            return folder.toRealPath();
        } catch (IOException e) {
            throw new RuleBaseException(List.of(folder.toAbsolutePath() + ": rules folder not found"));
        }
    }

    /** The rule files of a folder by their names in it: DRL files, parameters, catalog and region data. */
    public static Map<String, byte[]> readFolder(Path folder) {
        Path root = realFolder(folder);
        Map<String, byte[]> files = new TreeMap<>();
        try (Stream<Path> paths = Files.walk(root)) {
            for (Path p : paths.filter(Files::isRegularFile).toList()) {
                String name = root.relativize(p).toString().replace('\\', '/');
                if (isRuleFile(name)) {
                    files.put(name, Files.readAllBytes(p));
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return files;
    }

    /** Whether a name in a rules folder is one of its rule files (anything else there is ignored). */
    public static boolean isRuleFile(String name) {
        boolean regionData = name.startsWith(REGION) && name.endsWith(".yaml");
        return name.endsWith(".drl") || name.equals(PARAMETERS) || name.equals(CATALOG) || regionData;
    }

    private static Map<String, String> drlOf(RuleBase rules) {
        Map<String, byte[]> files = new TreeMap<>();
        rules.files().forEach(name -> files.put(name, rules.file(name).orElseThrow()));
        return drlOf(files);
    }

    private static Map<String, String> drlOf(Map<String, byte[]> files) {
        Map<String, String> out = new TreeMap<>();
        files.forEach((name, bytes) -> {
            if (name.endsWith(".drl")) {
                out.put(name, new String(bytes, StandardCharsets.UTF_8));
            }
        });
        return out;
    }

    private static <T> T readYaml(Map<String, byte[]> files, String name, Class<T> type, List<String> problems) {
        byte[] bytes = files.get(name);
        if (bytes == null) {
            problems.add(name + ": missing from the rules folder");
            return null;
        }
        try {
            return YAML.readValue(bytes, type);
        } catch (JacksonException e) {
            String line = e.getLocation() == null ? "" : ":" + e.getLocation().getLineNr();
            problems.add(name + line + ": " + e.getOriginalMessage());
            return null;
        }
    }

    /**
     * A rule base of DRL files: in a classic build, the one {@link CompiledRules} kept for the very same DRL where
     * {@code mayReadBack}, else compiled (and to be kept, once it passed its checks, under the key it carries).
     */
    private Built build(Map<String, String> drl, boolean mayReadBack) {
        String key = mode == Mode.CLASSIC && compiledRules.enabled() ? compiledRules.key(drl) : null;
        KieBase before = key != null && mayReadBack ? compiledRules.read(key) : null;
        if (before != null) {
            return new Built(before, key, true);
        }
        KieServices ks = KieServices.get();
        // Each build gets its own release id; a shared one would be overwritten in the KieRepository.
        ReleaseId releaseId = ks.newReleaseId("org.gba.advisor", "rules", "1.0." + BUILDS.incrementAndGet());
        return new Built(compile(drl, ks, releaseId), key, false);
    }

    private KieBase compile(Map<String, String> drl, KieServices ks, ReleaseId releaseId) {
        KieFileSystem kfs = ks.newKieFileSystem();
        kfs.generateAndWritePomXML(releaseId);
        drl.forEach((name, text) -> kfs.write("src/main/resources/" + name,
                mode == Mode.EXECUTABLE_MODEL ? forExecutableModel(text) : text));
        KieBuilder builder = mode == Mode.EXECUTABLE_MODEL
                ? ks.newKieBuilder(kfs).buildAll(ExecutableModelProject.class)
                : ks.newKieBuilder(kfs).buildAll();
        List<String> problems = new ArrayList<>();
        for (Message m : builder.getResults().getMessages()) {
            String where = m.getPath() == null ? "" : m.getPath().replaceFirst("^src/main/resources/", "");
            String at = where + (m.getLine() > 0 ? ":" + m.getLine() : "");
            String text = m.getText().replaceAll("\\s+", " ").trim();
            if (m.getLevel() == Message.Level.ERROR) {
                problems.add(at + ": " + text);
            } else {
                log.warn("{}: {}", at, text);
            }
        }
        if (!problems.isEmpty()) {
            throw new RuleBaseException(problems);
        }
        KieBase kieBase = ks.newKieContainer(releaseId).getKieBase();
        ks.getRepository().removeKieModule(releaseId);
        return kieBase;
    }

    /**
     * The executable model's generated Java imports Drools' own {@code org.drools.model.Index.ConstraintType},
     * which collides with our imported {@code ConstraintType} (Drools 10.2.0). Naming ours in full avoids the
     * clash without touching the rule files; the import line becomes blank so error lines still match.
     */
    static String forExecutableModel(String drl) {
        return CONSTRAINT_TYPE_USE.matcher(CONSTRAINT_TYPE_IMPORT.matcher(drl).replaceAll(""))
                .replaceAll(CONSTRAINT_TYPE + ".");
    }

    /**
     * Reads every rule's id, section and file from the compiled rule bases and checks them against the parameters
     * and the catalog, both ways: a rule without its entry, an entry without its rule, a threshold no rule names or
     * a named one that does not exist, and a target id without its catalog texts (or the reverse) refuse the load.
     */
    private static Map<String, RuleInfo> checkRules(List<KieBase> kieBases, Map<String, String> fileOfRule,
                                                    Parameters parameters, Catalog catalog, List<String> problems) {
        Map<String, RuleInfo> rules = new TreeMap<>();
        for (KiePackage pkg : kieBases.stream().flatMap(k -> k.getKiePackages().stream()).toList()) {
            for (Rule rule : pkg.getRules()) {
                String file = fileOfRule.getOrDefault(rule.getPackageName() + "/" + rule.getName(), "?");
                String where = file + ": rule \"" + rule.getName() + "\"";
                Object id = rule.getMetaData().get("id");
                Object source = rule.getMetaData().get("source");
                if (id == null) {
                    problems.add(where + " has no @id");
                    continue;
                }
                if (source == null || !SECTION.matcher(source.toString()).find()) {
                    problems.add(where + " has no @source naming a paper section (§…)");
                }
                if (rules.containsKey(id.toString())) {
                    problems.add(where + " repeats the id " + id + " of " + rules.get(id.toString()).file());
                }
                Parameters.RuleEntry entry = parameters.rules().get(id.toString());
                if (entry == null) {
                    problems.add(where + ": no entry for " + id + " under rules: in " + PARAMETERS);
                } else {
                    if (entry.reason() == null || !entry.reason().complete()) {
                        problems.add(PARAMETERS + ": rules." + id + " (" + where + ") needs a reason in zh and en");
                    }
                    entry.thresholdsOrEmpty().stream().filter(t -> !parameters.thresholds().containsKey(t))
                            .forEach(t -> problems.add(PARAMETERS + ": rules." + id + " (" + where
                                    + ") names the threshold " + t + ", which is not under thresholds:"));
                    entry.figuresOrEmpty().stream().filter(f -> parameters.figures() == null
                                    || !parameters.figures().containsKey(f))
                            .forEach(f -> problems.add(PARAMETERS + ": rules." + id + " (" + where
                                    + ") names the figure " + f + ", which is not under figures:"));
                }
                rules.put(id.toString(), new RuleInfo(id.toString(), rule.getName(), String.valueOf(source), file,
                        entry == null ? 0.0 : entry.weight(), entry == null ? null : entry.reason(),
                        entry == null ? List.of() : entry.thresholdsOrEmpty(),
                        entry == null ? List.of() : entry.figuresOrEmpty()));
            }
        }
        parameters.rules().keySet().stream().filter(r -> !rules.containsKey(r))
                .forEach(r -> problems.add(PARAMETERS + ": rules." + r + " belongs to no rule"));
        java.util.Set<String> named = new java.util.HashSet<>();
        parameters.rules().values().stream().filter(java.util.Objects::nonNull)
                .forEach(r -> named.addAll(r.thresholdsOrEmpty()));
        parameters.thresholds().keySet().stream().filter(t -> !named.contains(t))
                .forEach(t -> problems.add(PARAMETERS + ": threshold " + t + " is read by no rule (none names it)"));
        java.util.Set<String> namedFigures = new java.util.HashSet<>();
        parameters.rules().values().stream().filter(java.util.Objects::nonNull)
                .forEach(r -> namedFigures.addAll(r.figuresOrEmpty()));
        if (parameters.figures() != null) {
            parameters.figures().keySet().stream().filter(f -> !namedFigures.contains(f))
                    .forEach(f -> problems.add(PARAMETERS + ": figure " + f + " is read by no rule (none names it)"));
            catalog.assetFigures().keySet().stream().filter(f -> !parameters.figures().containsKey(f))
                    .forEach(f -> problems.add(CATALOG + ": asset figure " + f + " has no bands in " + PARAMETERS
                            + " (a figure no rule reads should not be asked for)"));
            parameters.figures().keySet().stream().filter(f -> !catalog.assetFigures().containsKey(f))
                    .forEach(f -> problems.add(PARAMETERS + ": figures." + f + " is not an asset figure of " + CATALOG));
        }
        problems.addAll(targetProblems(catalog));
        parameters.thresholds().forEach((name, t) -> {
            if (!catalog.indicators().containsKey(t.indicator())) {
                problems.add(PARAMETERS + ": thresholds." + name + " reads " + t.indicator() + ", not an indicator of "
                        + CATALOG);
            }
            if (t.per() != null && !catalog.indicators().containsKey(t.per())) {
                problems.add(PARAMETERS + ": thresholds." + name + " is per " + t.per() + ", not an indicator of "
                        + CATALOG);
            }
        });
        return new LinkedHashMap<>(rules);
    }

    /** The rules name targets by the paper's fixed ids; the catalog must give texts to exactly those. */
    private static List<String> targetProblems(Catalog catalog) {
        List<String> problems = new ArrayList<>();
        compare(problems, "constraints", catalog.constraints().keySet(),
                java.util.Arrays.stream(ConstraintId.values()).map(ConstraintId::id).toList());
        compare(problems, "models", catalog.models().keySet(),
                java.util.Arrays.stream(ModelId.values()).map(ModelId::id).toList());
        List<String> actions = new ArrayList<>();
        catalog.countermeasures().forEach((cm, entry) -> entry.actions().keySet().forEach(a -> {
            actions.add(a);
            if (!a.startsWith(cm)) {
                problems.add(CATALOG + ": countermeasures." + cm + ".actions." + a + " belongs to another countermeasure");
            }
        }));
        compare(problems, "actions", actions, java.util.Arrays.stream(ActionId.values()).map(ActionId::id).toList());
        compare(problems, "questions", catalog.questions() == null ? List.of()
                        : catalog.questions().keySet().stream().map(Enum::name).toList(),
                java.util.Arrays.stream(Question.values()).map(Enum::name).toList());
        if (catalog.instruments() != null) {
            catalog.instruments().forEach((code, i) -> {
                if (i.carries() == null || i.carries().isEmpty()) {
                    problems.add(CATALOG + ": instruments." + code + " carries out no action");
                }
            });
        }
        for (String notice : List.of("provisional", "inForce")) {
            if (catalog.notices() == null || catalog.notices().get(notice) == null) {
                problems.add(CATALOG + ": notices." + notice + " is missing");
            }
        }
        return problems;
    }

    private static void compare(List<String> problems, String what, java.util.Collection<String> inCatalog,
                                List<String> ids) {
        ids.stream().filter(i -> !inCatalog.contains(i))
                .forEach(i -> problems.add(CATALOG + ": " + what + " has no entry for " + i));
        inCatalog.stream().filter(i -> !ids.contains(i))
                .forEach(i -> problems.add(CATALOG + ": " + what + "." + i + " is not one of the paper's ids " + ids));
    }

    /**
     * Which file each rule ({@code package/name}) comes from, read by Drools' own DRL parser: the executable model
     * keeps no resource on its compiled rules. Called after a successful compile, so every file parses.
     */
    private static Map<String, String> filesOfRules(Map<String, String> drl) {
        Map<String, String> out = new HashMap<>();
        drl.forEach((name, text) -> {
            try {
                PackageDescr pkg = new DrlParser().parse(false, text);
                pkg.getRules().forEach(r -> out.put(pkg.getName() + "/" + r.getName(), name));
            } catch (DroolsParserException e) {
                throw new RuleBaseException(List.of(name + ": " + e.getMessage()));
            }
        });
        return out;
    }

    /**
     * The rules ({@code file: name}) whose consequence inserts, changes or deletes a fact other than with
     * {@code insertLogical}: a fact such a rule derives would outlive the match it came from, so variants of a profile
     * cannot be evaluated incrementally in one session (RuleBase#incremental).
     */
    static List<String> statefulConsequences(Map<String, PackageDescr> parsed) {
        List<String> out = new ArrayList<>();
        parsed.forEach((name, descr) -> {
            for (var rule : descr.getRules()) {
                if (STATEFUL_CALL.matcher(String.valueOf(rule.getConsequence())).find()) {
                    out.add(name + ": " + rule.getName());
                }
            }
        });
        return out;
    }

    /** Each DRL file parsed once, for the analyses that read the rules' structure. */
    static Map<String, PackageDescr> parsed(Map<String, String> drl) {
        Map<String, PackageDescr> out = new LinkedHashMap<>();
        drl.forEach((name, text) -> {
            try {
                out.put(name, new DrlParser().parse(false, text));
            } catch (DroolsParserException e) {
                throw new RuleBaseException(List.of(name + ": " + e.getMessage()));
            }
        });
        return out;
    }

    /**
     * What the rules' text says about evaluating variants of a profile in one session (ProbeSession): whether they
     * may be, which kinds of fact a {@code collect} or {@code accumulate} reads, and whether a rule that has one
     * reads asset figures.
     */
    static ProbeSession.Probing probing(Map<String, String> drl, Map<String, PackageDescr> parsed,
                                        boolean incremental) {
        java.util.Set<FactMapper.Kind> collected = java.util.EnumSet.noneOf(FactMapper.Kind.class);
        boolean figures = false;
        for (String text : drl.values()) {
            for (String rule : RULE_START.split(text)) {
                java.util.regex.Matcher m = COLLECTED.matcher(rule);
                boolean any = false;
                while (m.find()) {
                    collected.addAll(FactMapper.kindsOf(m.group(1)));
                    any = true;
                }
                figures |= any && FIGURE_READ.matcher(rule).find();
            }
        }
        return new ProbeSession.Probing(incremental, collected, figures, figuresWatched(drl), bandedOnly(drl),
                AnswersRead.of(parsed));
    }

    /**
     * The asset figures the rules read only through {@code bands(...)} (so only in points, never in whether a rule
     * fires): every code named in a {@code bands} call and in no other figure read. If some read does not name its
     * codes as literals, none is.
     */
    static java.util.Set<String> bandedOnly(Map<String, String> drl) {
        java.util.Set<String> banded = new java.util.TreeSet<>();
        java.util.Set<String> direct = new java.util.TreeSet<>();
        for (String text : drl.values()) {
            String code = withoutComments(text).replaceAll("@watch\\s*\\([^)]*\\)", "");
            java.util.regex.Matcher b = BANDS_CALL.matcher(code);
            while (b.find()) {
                if (!literals(b.group(1), banded)) {
                    return java.util.Set.of();
                }
            }
            java.util.regex.Matcher d = DIRECT_FIGURE_CALL.matcher(code);
            while (d.find()) {
                // band(params, "code") names the code second; every argument that is not a literal must be params
                if (!literals(d.group(1).replaceAll("\\bparams\\s*,", ""), direct)) {
                    return java.util.Set.of();
                }
            }
            if (Pattern.compile("\\bfigures\\b|getFigures").matcher(code).find()) {
                return java.util.Set.of();
            }
        }
        banded.removeAll(direct);
        return java.util.Set.copyOf(banded);
    }

    /** Adds the quoted codes of an argument list to {@code out}; false if some argument is not a quoted literal. */
    private static boolean literals(String arguments, java.util.Set<String> out) {
        for (String argument : arguments.split(",")) {
            String a = argument.strip();
            if (a.isEmpty()) {
                continue;
            }
            java.util.regex.Matcher q = QUOTED.matcher(a);
            if (!q.matches()) {
                return false;
            }
            out.add(q.group(1));
        }
        return true;
    }

    /**
     * Whether every {@code Asset} pattern whose figures its rule reads (in its constraints, or through its variable
     * anywhere in the rule) watches them ({@code @watch(figures)}): then a change of an asset's figures alone may be
     * told to the engine as such, and only those patterns are matched again.
     */
    static boolean figuresWatched(Map<String, String> drl) {
        for (String text : drl.values()) {
            for (String rule : RULE_START.split(withoutComments(text))) {
                java.util.regex.Matcher m = ASSET_PATTERN.matcher(rule);
                while (m.find()) {
                    int close = closingParenthesis(rule, m.end() - 1);
                    if (close < 0) {
                        return false;
                    }
                    String variable = m.group(1);
                    boolean reads = FIGURE_CALL.matcher(rule.substring(m.end(), close)).find()
                            || variable != null && Pattern.compile(Pattern.quote(variable) + "\\s*\\.\\s*(?:"
                            + FIGURE_CALL.pattern() + ")").matcher(rule).find();
                    java.util.regex.Matcher w = WATCH.matcher(rule);
                    boolean watched = w.find(close + 1) && w.start() == close + 1
                            && w.group(1).matches(".*(?:\\bfigures\\b|\\*).*") && !w.group(1).contains("!figures");
                    if (reads && !watched) {
                        return false;
                    }
                }
            }
        }
        return true;
    }

    /** The index of the parenthesis that closes the one at {@code open}, skipping string literals; -1 if none. */
    private static int closingParenthesis(String text, int open) {
        int depth = 0;
        boolean quoted = false;
        for (int i = open; i < text.length(); i++) {
            char c = text.charAt(i);
            if (quoted) {
                if (c == '\\') {
                    i++;
                } else if (c == '"') {
                    quoted = false;
                }
            } else if (c == '"') {
                quoted = true;
            } else if (c == '(') {
                depth++;
            } else if (c == ')' && --depth == 0) {
                return i;
            }
        }
        return -1;
    }

    private static String withoutComments(String drl) {
        return drl.replaceAll("(?m)//.*$", "").replaceAll("(?s)/\\*.*?\\*/", "");
    }

    /** The version of a bundle of rule files: {@code sha256:} of their names and contents. */
    public static String version(Map<String, byte[]> files) {
        try {
            MessageDigest sha = MessageDigest.getInstance("SHA-256");
            new TreeMap<>(files).forEach((name, bytes) -> {
                if (!isRuleFile(name)) {
                    return;
                }
                sha.update(name.getBytes(StandardCharsets.UTF_8));
                sha.update((byte) 0);
                sha.update(bytes);
                sha.update((byte) 0);
            });
            return "sha256:" + HexFormat.of().formatHex(sha.digest()).substring(0, 16);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
