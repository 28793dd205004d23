package org.learningcity.award.cycle.internal;

import java.net.URI;
import java.util.List;

import org.learningcity.award.cycle.CycleSettings;
import org.learningcity.award.cycle.Cycles;
import org.learningcity.award.support.NotFoundException;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * {@code /api/cycles}: every signed-in person reads cycles; UIL staff (and admins)
 * create, edit and open them.
 */
@RestController
@RequestMapping("/api/cycles")
class CycleApiController {

	private final Cycles cycles;

	private final CycleProblems problems;

	CycleApiController(Cycles cycles, CycleProblems problems) {
		this.cycles = cycles;
		this.problems = problems;
	}

	@GetMapping
	List<CycleJson> all() {
		return this.cycles.all().stream().map(CycleJson::of).toList();
	}

	@GetMapping("/{id}")
	CycleJson one(@PathVariable String id) {
		return CycleJson.of(this.cycles.get(parse(id)));
	}

	@PostMapping
	@PreAuthorize("hasAnyRole('UIL_STAFF','ADMIN')")
	ResponseEntity<CycleJson> create(@RequestBody CycleInput input) {
		CycleJson created = CycleJson.of(this.cycles.create(checked(input)));
		return ResponseEntity.created(URI.create("/api/cycles/" + created.id())).body(created);
	}

	@PutMapping("/{id}")
	@PreAuthorize("hasAnyRole('UIL_STAFF','ADMIN')")
	CycleJson update(@PathVariable String id, @RequestBody CycleInput input) {
		long cycleId = parse(id);
		this.cycles.get(cycleId);
		return CycleJson.of(this.cycles.update(cycleId, checked(input)));
	}

	@PostMapping("/{id}/open")
	@PreAuthorize("hasAnyRole('UIL_STAFF','ADMIN')")
	CycleJson open(@PathVariable String id) {
		return CycleJson.of(this.cycles.open(parse(id)));
	}

	private CycleSettings checked(CycleInput input) {
		return this.problems.accepted(input);
	}

	/** Ids are opaque: one that cannot be a cycle's is simply not found. */
	static long parse(String id) {
		try {
			return Long.parseLong(id);
		}
		catch (NumberFormatException ex) {
			throw new NotFoundException("Award cycle", id);
		}
	}

}
