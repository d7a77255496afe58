package org.gba.advisor.vocabulary;

import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.util.ArrayList;
import java.util.List;

/**
 * The facts about one city, SAR, cooperation platform, district or zone. Indicators, assets and constraints each
 * belong to one of the ecosystem elements E1–E4 through their catalog type, so the profile stays flat to write. What
 * is not stated is unknown: the checklist answers the yes/no facts rules would otherwise read from silence.
 */
@Schema(description = "Facts about a Bay Area city, SAR, cooperation platform, district or zone, evaluated by the rules. "
        + "Whatever is left out is unknown, never taken as zero or no.")
public record Profile(
        @Schema(description = "Lower-case slug", example = "dongguan")
        @NotBlank @Size(max = 60) @Pattern(regexp = "[a-z0-9]+(-[a-z0-9]+)*") String id,
        @NotNull @Valid LocalizedName name,
        @NotNull PlaceKind kind,
        @NotNull Jurisdiction jurisdiction,
        @Schema(description = "Id of the city a platform, district or zone belongs to", example = "zhuhai")
        @Size(max = 60) @Pattern(regexp = "[a-z0-9]+(-[a-z0-9]+)*") String parent,
        @Schema(description = "The year the profile describes", example = "2022")
        @NotNull @Min(1980) @Max(2100) Integer year,
        @Schema(description = "Catalog field codes the place is designated to specialise in (platforms, §5.3)")
        @Size(max = 20) List<@NotNull @Pattern(regexp = "[a-z0-9]+(-[a-z0-9]+)*") String> specialties,
        @Schema(description = "Source of the specialties")
        @Size(max = 400) String specialtiesSource,
        @Size(max = 100) List<@NotNull @Valid Figure> indicators,
        @Size(max = 200) List<@NotNull @Valid ProfileAsset> assets,
        @Size(max = 50) List<@NotNull @Valid ProfileConstraint> constraints,
        @Schema(description = "Answers to the catalog's yes/no questions; a question left out is unknown")
        @Size(max = 20) List<@NotNull @Valid ChecklistAnswer> checklist,
        @Schema(description = "Policy instruments already in force")
        @Size(max = 50) List<@NotNull @Valid InstrumentInForce> instruments,
        @Schema(description = "Assets of neighbouring places within reach")
        @Size(max = 20) List<@NotNull @Valid AssetInReach> reach,
        @Size(max = 1000) String note) {

    /** The same profile with {@code figure} as its indicator of that code: replaced where known, else added. */
    public Profile withIndicator(Figure figure) {
        List<Figure> changed = new ArrayList<>();
        indicatorsOrEmpty().stream().filter(f -> !f.code().equals(figure.code())).forEach(changed::add);
        changed.add(figure);
        return withIndicators(changed);
    }

    /** The same profile without its constraint at {@code index}. */
    public Profile withoutConstraint(int index) {
        List<ProfileConstraint> changed = new ArrayList<>(constraintsOrEmpty());
        changed.remove(index);
        return withConstraints(changed);
    }

    /** The same profile with one more asset. */
    public Profile withAsset(ProfileAsset asset) {
        List<ProfileAsset> changed = new ArrayList<>(assetsOrEmpty());
        changed.add(asset);
        return withAssets(changed);
    }

    /** The same profile with {@code answer} as its answer to that question: replaced where answered, else added. */
    public Profile withAnswer(ChecklistAnswer answer) {
        List<ChecklistAnswer> changed = new ArrayList<>();
        checklistOrEmpty().stream().filter(a -> a.question() != answer.question()).forEach(changed::add);
        changed.add(answer);
        return withChecklist(changed);
    }

    public Profile withId(String newId) {
        return new Profile(newId, name, kind, jurisdiction, parent, year, specialties, specialtiesSource, indicators,
                assets, constraints, checklist, instruments, reach, note);
    }

    public Profile withParent(String newParent) {
        return new Profile(id, name, kind, jurisdiction, newParent, year, specialties, specialtiesSource, indicators,
                assets, constraints, checklist, instruments, reach, note);
    }

    public Profile withYear(Integer newYear) {
        return new Profile(id, name, kind, jurisdiction, parent, newYear, specialties, specialtiesSource, indicators,
                assets, constraints, checklist, instruments, reach, note);
    }

    public Profile withIndicators(List<Figure> newIndicators) {
        return new Profile(id, name, kind, jurisdiction, parent, year, specialties, specialtiesSource, newIndicators,
                assets, constraints, checklist, instruments, reach, note);
    }

    public Profile withAssets(List<ProfileAsset> newAssets) {
        return new Profile(id, name, kind, jurisdiction, parent, year, specialties, specialtiesSource, indicators,
                newAssets, constraints, checklist, instruments, reach, note);
    }

    public Profile withConstraints(List<ProfileConstraint> newConstraints) {
        return new Profile(id, name, kind, jurisdiction, parent, year, specialties, specialtiesSource, indicators,
                assets, newConstraints, checklist, instruments, reach, note);
    }

    public Profile withChecklist(List<ChecklistAnswer> newChecklist) {
        return new Profile(id, name, kind, jurisdiction, parent, year, specialties, specialtiesSource, indicators,
                assets, constraints, newChecklist, instruments, reach, note);
    }

    public Profile withInstruments(List<InstrumentInForce> newInstruments) {
        return new Profile(id, name, kind, jurisdiction, parent, year, specialties, specialtiesSource, indicators,
                assets, constraints, checklist, newInstruments, reach, note);
    }

    public Profile withReach(List<AssetInReach> newReach) {
        return new Profile(id, name, kind, jurisdiction, parent, year, specialties, specialtiesSource, indicators,
                assets, constraints, checklist, instruments, newReach, note);
    }

    public List<String> specialtiesOrEmpty() {
        return specialties == null ? List.of() : specialties;
    }

    public List<Figure> indicatorsOrEmpty() {
        return indicators == null ? List.of() : indicators;
    }

    public List<ProfileAsset> assetsOrEmpty() {
        return assets == null ? List.of() : assets;
    }

    public List<ProfileConstraint> constraintsOrEmpty() {
        return constraints == null ? List.of() : constraints;
    }

    public List<ChecklistAnswer> checklistOrEmpty() {
        return checklist == null ? List.of() : checklist;
    }

    public List<InstrumentInForce> instrumentsOrEmpty() {
        return instruments == null ? List.of() : instruments;
    }

    public List<AssetInReach> reachOrEmpty() {
        return reach == null ? List.of() : reach;
    }
}
