package org.gba.advisor.workbook;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.io.ByteArrayInputStream;
import java.util.ArrayList;
import java.util.List;
import org.gba.advisor.access.Caller;
import org.gba.advisor.advice.Advice;
import org.gba.advisor.advice.AdviceService;
import org.gba.advisor.engine.RuleBase;
import org.gba.advisor.engine.RuleEngine;
import org.gba.advisor.http.KeyOptional;
import org.gba.advisor.http.Problems;
import org.gba.advisor.profiles.Neighbours;
import org.gba.advisor.profiles.ProfileAccess;
import org.gba.advisor.vocabulary.Figure;
import org.gba.advisor.vocabulary.InvalidProfileException;
import org.gba.advisor.vocabulary.Lang;
import org.gba.advisor.vocabulary.Profile;
import org.gba.advisor.vocabulary.ProfileReader;
import org.gba.advisor.vocabulary.ProfileValidator;
import org.gba.advisor.vocabulary.Violation;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import tools.jackson.databind.node.ObjectNode;

/**
 * Profiles as spreadsheets for officials who keep their figures in one: a profile (or an empty template) as an XLSX
 * workbook, one sheet per section, and a filled workbook back as the profile and its advice, every error named by
 * sheet and cell as well as by JSON Pointer; the indicators alone as CSV, both ways. Nothing is stored: an
 * official submits the profile given back as a version (POST /api/v1/profiles/{id}/versions).
 */
@RestController
@RequestMapping("/api/v1")
@Tag(name = "workbook", description = "Profiles as XLSX workbooks and indicators as CSV, for officials: download, "
        + "fill in, upload")
class WorkbookController {
    private static final String XLSX = ProfileWorkbook.MEDIA_TYPE;
    private static final String CSV = IndicatorCsv.MEDIA_TYPE;
    private static final String ID = "The profile's id";

    private final RuleEngine engine;
    private final ProfileAccess access;
    private final ProfileValidator validator;
    private final Neighbours neighbours;
    private final AdviceService advice;

    WorkbookController(RuleEngine engine, ProfileAccess access, ProfileValidator validator, Neighbours neighbours,
                       AdviceService advice) {
        this.engine = engine;
        this.access = access;
        this.validator = validator;
        this.neighbours = neighbours;
        this.advice = advice;
    }

    /** What a filled workbook gives: the profile read from it (units converted) and its advice. */
    @Schema(name = "WorkbookAnswer", description = "The profile read from a workbook, and its advice")
    record Answer(Profile profile, Advice advice) {
    }

    /** The indicators read from a CSV, units converted. */
    @Schema(name = "IndicatorsAnswer", description = "The indicators read from a CSV, units converted")
    record Indicators(List<Figure> indicators) {
    }

    @Operation(operationId = "getWorkbookTemplate", summary = "An empty profile workbook (XLSX) to fill in",
            description = "One sheet per section of a profile (Profile, Indicators, Assets, AssetFigures, Partners, "
                    + "Constraints, Checklist, Instruments, Reach), drop-down lists for every enumerated value and "
                    + "catalog code, a Lists sheet with every code's titles in Chinese and English and its unit, "
                    + "and a Help sheet. Every indicator, question and instrument of the catalog has its row.",
            responses = @ApiResponse(responseCode = "200", description = "The workbook",
                    content = @Content(mediaType = XLSX, schema = @Schema(type = "string", format = "binary"))))
    @GetMapping(path = "/workbook/template", produces = XLSX)
    ResponseEntity<byte[]> template() {
        return file(ProfileWorkbook.write(null, engine.current().catalog(), places()), XLSX, "profile-template.xlsx");
    }

    @Operation(operationId = "getProfileWorkbook", summary = "A stored profile as a workbook (XLSX)",
            description = "The version of the profile the caller may see (as getProfile), in the template's layout, "
                    + "so that it can be changed and uploaded again.",
            responses = @ApiResponse(responseCode = "200", description = "The workbook",
                    content = @Content(mediaType = XLSX, schema = @Schema(type = "string", format = "binary"))))
    @KeyOptional("planners and the place's officials get the latest version, and submitted places")
    @Problems("unknown-profile")
    @GetMapping(path = "/profiles/{id}/workbook", produces = XLSX)
    ResponseEntity<byte[]> workbook(@Parameter(description = ID, example = "dongguan") @PathVariable String id) {
        Profile p = access.forProfile(id, Caller.current()).profile();
        return file(ProfileWorkbook.write(p, engine.current().catalog(), places()), XLSX, id + ".xlsx");
    }

    @Operation(operationId = "readWorkbook", summary = "A filled workbook read: the profile and its advice",
            description = "Reads a workbook of the template's layout into a profile, converts its units, checks it "
                    + "as POST /api/v1/advice does and answers with the profile and its advice. Every error comes "
                    + "at once, each with its JSON Pointer and its `cell` (e.g. `Indicators!D5`). Nothing is stored.",
            requestBody = @io.swagger.v3.oas.annotations.parameters.RequestBody(required = true,
                    description = "An XLSX workbook",
                    content = @Content(mediaType = XLSX, schema = @Schema(type = "string", format = "binary"))))
    @Problems("invalid-workbook")
    @PostMapping(path = "/workbook", consumes = XLSX, produces = MediaType.APPLICATION_JSON_VALUE)
    Answer read(@RequestBody byte[] body, Lang lang) {
        ProfileWorkbook.Parsed parsed = ProfileWorkbook.read(new ByteArrayInputStream(body));
        RuleBase rules = engine.current();
        Profile profile = checked(parsed, parsed.tree(), rules, parsed.problems());
        return new Answer(profile, advice.advise(profile, lang));
    }

    @Operation(operationId = "getIndicatorsTemplateCsv", summary = "The indicator sheet alone as an empty CSV",
            description = "One row per catalog indicator (code, titles, catalog unit), the value, unit, year and "
                    + "source left to fill in. UTF-8 with a byte-order mark.",
            responses = @ApiResponse(responseCode = "200", description = "The CSV",
                    content = @Content(mediaType = CSV, schema = @Schema(type = "string"))))
    @GetMapping(path = "/workbook/indicators.csv", produces = CSV)
    ResponseEntity<byte[]> indicatorsTemplate() {
        return file(IndicatorCsv.write(List.of(), engine.current().catalog()), CSV, "indicators.csv");
    }

    @Operation(operationId = "getProfileIndicatorsCsv", summary = "A stored profile's indicators as CSV",
            description = "The indicators of the version the caller may see, then every other catalog indicator "
                    + "with its value blank.",
            responses = @ApiResponse(responseCode = "200", description = "The CSV",
                    content = @Content(mediaType = CSV, schema = @Schema(type = "string"))))
    @KeyOptional("planners and the place's officials get the latest version, and submitted places")
    @Problems("unknown-profile")
    @GetMapping(path = "/profiles/{id}/indicators.csv", produces = CSV)
    ResponseEntity<byte[]> indicatorsCsv(@Parameter(description = ID, example = "dongguan") @PathVariable String id) {
        Profile p = access.forProfile(id, Caller.current()).profile();
        return file(IndicatorCsv.write(p.indicatorsOrEmpty(), engine.current().catalog()), CSV, id + "-indicators.csv");
    }

    @Operation(operationId = "readIndicatorsCsv", summary = "A filled indicator CSV read: the indicators",
            description = "Reads the rows with a value, converts their units and checks them as a profile's "
                    + "indicators are checked; every error comes at once, with its pointer and `cell`.",
            requestBody = @io.swagger.v3.oas.annotations.parameters.RequestBody(required = true,
                    description = "The CSV, UTF-8", content = @Content(mediaType = CSV, schema = @Schema(type = "string"))))
    @Problems("invalid-workbook")
    @PostMapping(path = "/workbook/indicators", consumes = CSV, produces = MediaType.APPLICATION_JSON_VALUE)
    Indicators readCsv(@RequestBody byte[] body) {
        ProfileWorkbook.Parsed parsed = IndicatorCsv.read(body);
        ObjectNode tree = parsed.tree().deepCopy();
        // the indicators are checked inside a stand-in profile, and only their own errors are reported
        tree.put("id", "csv").put("kind", "CITY").put("jurisdiction", "GUANGDONG").put("year", 2000);
        tree.putObject("name").put("zh", "csv").put("en", "csv");
        ProfileReader.Read read = ProfileReader.read(tree, engine.current().catalog(), validator, true);
        List<Violation> problems = read.problems().stream().filter(v -> v.pointer().startsWith("/indicators"))
                .map(v -> v.at(parsed.cellOf(v.pointer()))).toList();
        if (!problems.isEmpty()) {
            throw new InvalidProfileException(problems);
        }
        return new Indicators(read.profile().indicatorsOrEmpty());
    }

    private Profile checked(ProfileWorkbook.Parsed parsed, ObjectNode tree, RuleBase rules, List<Violation> earlier) {
        ProfileReader.Read read = ProfileReader.read(tree, rules.catalog(), validator, true);
        List<Violation> problems = new ArrayList<>(earlier);
        read.problems().forEach(v -> problems.add(v.at(parsed.cellOf(v.pointer()))));
        Profile profile = read.profile();
        if (problems.isEmpty()) {
            try {
                profile = neighbours.resolve(profile, Caller.current(), rules.parameters().reach());
            } catch (InvalidProfileException e) {
                e.violations().forEach(v -> problems.add(v.at(parsed.cellOf(v.pointer()))));
            }
        }
        if (!problems.isEmpty()) {
            throw new InvalidProfileException(problems);
        }
        return profile;
    }

    private List<String> places() {
        return access.listFor(Caller.current()).stream().map(s -> s.profile().id()).sorted().toList();
    }

    private static ResponseEntity<byte[]> file(byte[] body, String type, String name) {
        return ResponseEntity.ok()
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment().filename(name).build().toString())
                .contentType(MediaType.parseMediaType(type)).body(body);
    }
}
