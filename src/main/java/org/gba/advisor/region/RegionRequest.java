package org.gba.advisor.region;

import io.swagger.v3.oas.annotations.media.Schema;
import java.util.List;
import org.gba.advisor.vocabulary.Profile;

/** Which places to evaluate together: built-in ones by id, submitted ones inline, or (both absent) all built-in. */
@Schema(description = "Places to evaluate together. Give profileIds (built-in), profiles (inline), or both; "
        + "with neither, all built-in profiles are evaluated. Place ids must be unique.")
public record RegionRequest(
        @Schema(description = "Ids of built-in profiles", example = "[\"hong-kong\", \"dongguan\", \"hengqin\", \"macao\"]")
        List<String> profileIds,
        @Schema(description = "Profiles submitted inline, validated like POST /api/v1/advice; errors are reported "
                + "under /profiles/N") List<Profile> profiles) {
}
