package org.gba.advisor.access;

import io.swagger.v3.oas.annotations.Operation;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.util.List;
import java.util.Set;
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
class KeyController {
    private final ApiKeys keys;

    KeyController(ApiKeys keys) {
        this.keys = keys;
    }

    /**
     * A key to issue: an official's needs the places (profile ids, as long as a profile id may be) it is assigned
     * to; 30 of them fit the stored list.
     */
    record NewKey(@NotNull Role role,
                  @Size(max = 30) Set<@NotNull @Size(max = 60) @Pattern(regexp = "[a-z0-9]+(-[a-z0-9]+)*") String> places,
                  @NotBlank @Size(max = 200) String label) {
    }

    @Operation(summary = "Issue a key (admin); the key itself is shown in this answer only")
    @PostMapping(consumes = MediaType.APPLICATION_JSON_VALUE)
    ResponseEntity<ApiKeys.Issued> create(@Valid @RequestBody NewKey request) {
        Set<String> places = request.places() == null ? Set.of() : request.places();
        if (request.role() == Role.OFFICIAL && places.isEmpty()) {
            throw new ResponseStatusException(HttpStatus.BAD_REQUEST, "An official key needs at least one place.");
        }
        return ResponseEntity.status(HttpStatus.CREATED)
                .body(keys.create(request.role(), places, request.label(), Caller.current().keyId()));
    }

    @GetMapping
    List<ApiKeys.KeyInfo> list() {
        return keys.list();
    }

    @DeleteMapping("/{id}")
    ResponseEntity<Void> revoke(@PathVariable String id) {
        if (!keys.revoke(id, Caller.current().keyId())) {
            throw new ResponseStatusException(HttpStatus.NOT_FOUND, "There is no live key with id '" + id + "'.");
        }
        return ResponseEntity.noContent().build();
    }
}
