package org.gba.advisor.access;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.util.List;
import java.util.Set;
import org.gba.advisor.http.InvalidRequestException;
import org.gba.advisor.http.KeyRequired;
import org.gba.advisor.http.Problems;
import org.gba.advisor.vocabulary.Violation;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.server.ResponseStatusException;

/** Key management for admins: issue (the key is in the answer, once), list, revoke. */
@RestController
@RequestMapping(path = "/api/v1/keys", produces = MediaType.APPLICATION_JSON_VALUE)
@Tag(name = "keys", description = "API keys and their roles: issue, list, revoke (admins)")
class KeyController {
    private final ApiKeys keys;

    KeyController(ApiKeys keys) {
        this.keys = keys;
    }

    /**
     * A key to issue: an official's needs the places (profile ids, as long as a profile id may be) it is assigned
     * to; 30 of them fit the stored list.
     */
    @Schema(description = "A key to issue. An official's key needs the places (profile ids) it is assigned to.")
    record NewKey(@Schema(example = "OFFICIAL") @NotNull Role role,
                  @io.swagger.v3.oas.annotations.media.ArraySchema(schema = @Schema(example = "zhuhai"))
                  @Size(max = 30) Set<@NotNull @Size(max = 60) @Pattern(regexp = "[a-z0-9]+(-[a-z0-9]+)*") String> places,
                  @Schema(example = "Zhuhai statistics bureau") @NotBlank @Size(max = 200) String label) {
    }

    @Operation(operationId = "issueKey", summary = "Issue a key",
            description = "Issues a key with a role (official, planner, portal, admin, metrics) and, for an official, its "
                    + "places. The key itself is in this answer only: only its SHA-256 is stored.",
            responses = @ApiResponse(responseCode = "201", description = "Issued"))
    @KeyRequired("admins")
    @PostMapping(consumes = MediaType.APPLICATION_JSON_VALUE)
    ResponseEntity<ApiKeys.Issued> create(@Valid @RequestBody NewKey request) {
        Set<String> places = request.places() == null ? Set.of() : request.places();
        if (request.role() == Role.OFFICIAL && places.isEmpty()) {
            throw new InvalidRequestException(List.of(new Violation("/places", "an official key needs at least one place")));
        }
        return ResponseEntity.status(HttpStatus.CREATED)
                .body(keys.create(request.role(), places, request.label(), Caller.current().keyId()));
    }

    @Operation(operationId = "listKeys", summary = "Every key issued, without its secret",
            description = "Each key's id, role, places, label, who issued it and when, and when it was revoked.")
    @KeyRequired("admins")
    @GetMapping
    List<ApiKeys.KeyInfo> list() {
        return keys.list();
    }

    @Operation(operationId = "revokeKey", summary = "Revoke a key",
            description = "The key is refused (401) from now on, on every instance.",
            responses = @ApiResponse(responseCode = "204", description = "Revoked"))
    @KeyRequired("admins")
    @Problems("not-found")
    @DeleteMapping("/{id}")
    ResponseEntity<Void> revoke(@Parameter(description = "The key's id (not the key)", example = "k_3f9a2c")
                                @PathVariable String id) {
        if (!keys.revoke(id, Caller.current().keyId())) {
            throw new ResponseStatusException(HttpStatus.NOT_FOUND, "There is no live key with id '" + id + "'.");
        }
        return ResponseEntity.noContent().build();
    }
}
