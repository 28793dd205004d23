package org.learningcity.award.review.internal;

import java.sql.Types;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.learningcity.award.support.NotFoundException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.jdbc.support.KeyHolder;
import org.springframework.stereotype.Repository;

/**
 * The panels' tables: {@code review_panel}, {@code review_panel_member} and the declared
 * conflicts {@code expert_conflict}.
 */
@Repository
class PanelStore {

	static final String MEMBER = "MEMBER";

	static final String RESERVE = "RESERVE";

	private static final int[] PANEL_TYPES = { Types.BIGINT, Types.BIGINT, Types.TIMESTAMP_WITH_TIMEZONE,
			Types.VARCHAR };

	private static final int[] MEMBER_TYPES = { Types.BIGINT, Types.VARCHAR, Types.VARCHAR, Types.INTEGER,
			Types.TIMESTAMP_WITH_TIMEZONE, Types.VARCHAR };

	private final JdbcClient jdbc;

	/** For the batches of member rows and of a cycle's panels. */
	private final JdbcTemplate batches;

	PanelStore(JdbcClient jdbc, JdbcTemplate batches) {
		this.jdbc = jdbc;
		this.batches = batches;
	}

	/** The nominations of the cycle that have a panel. */
	Set<Long> nominationsWithPanel(long cycleId) {
		return new HashSet<>(this.jdbc.sql("select nomination_id from review_panel where cycle_id = ?")
			.param(cycleId)
			.query(Long.class)
			.list());
	}

	/** How many panels each expert sits on in the cycle (not as a reserve). */
	Map<String, Integer> loads(long cycleId) {
		Map<String, Integer> loads = new HashMap<>();
		this.jdbc
			.sql("select m.username, count(*) from review_panel_member m join review_panel p on p.id = m.panel_id"
					+ " where p.cycle_id = ? and m.role = 'MEMBER' group by m.username")
			.param(cycleId)
			.query((rs, row) -> loads.put(rs.getString(1), rs.getInt(2)))
			.list();
		return loads;
	}

	List<DeclaredConflict> declaredConflicts() {
		return this.jdbc.sql("select username, city_id from expert_conflict")
			.query((rs, row) -> new DeclaredConflict(rs.getString(1), rs.getLong(2)))
			.list();
	}

	/** The nomination's stored panel; not found without one. */
	StoredPanel get(long nominationId) {
		return find(nominationId).orElseThrow(() -> new NotFoundException("Panel of nomination", nominationId));
	}

	Optional<StoredPanel> find(long nominationId) {
		return this.jdbc
			.sql("select id, cycle_id, nomination_id, formed_at, formed_by from review_panel where nomination_id = ?")
			.param(nominationId)
			.query((rs, row) -> new StoredPanel(rs.getLong(1), rs.getLong(2), rs.getLong(3),
					rs.getObject(4, OffsetDateTime.class).toInstant(), rs.getString(5), new ArrayList<>(),
					new ArrayList<>()))
			.optional()
			.map(this::withMembers);
	}

	List<StoredPanel> inCycle(long cycleId) {
		Map<Long, StoredPanel> panels = new LinkedHashMap<>();
		this.jdbc
			.sql("select id, cycle_id, nomination_id, formed_at, formed_by from review_panel where cycle_id = ?"
					+ " order by id")
			.param(cycleId)
			.query((rs, row) -> new StoredPanel(rs.getLong(1), rs.getLong(2), rs.getLong(3),
					rs.getObject(4, OffsetDateTime.class).toInstant(), rs.getString(5), new ArrayList<>(),
					new ArrayList<>()))
			.list()
			.forEach((panel) -> panels.put(panel.id(), panel));
		this.jdbc
			.sql("select m.panel_id, m.username, m.role from review_panel_member m join review_panel p"
					+ " on p.id = m.panel_id where p.cycle_id = ? order by m.panel_id, m.role, m.position")
			.param(cycleId)
			.query((rs, row) -> {
				StoredPanel panel = panels.get(rs.getLong(1));
				(MEMBER.equals(rs.getString(3)) ? panel.experts() : panel.reserves()).add(rs.getString(2));
				return null;
			})
			.list();
		return new ArrayList<>(panels.values());
	}

	private StoredPanel withMembers(StoredPanel panel) {
		this.jdbc.sql("select username, role from review_panel_member where panel_id = ? order by role, position")
			.param(panel.id())
			.query((rs, row) -> {
				(MEMBER.equals(rs.getString(2)) ? panel.experts() : panel.reserves()).add(rs.getString(1));
				return null;
			})
			.list();
		return panel;
	}

	/** Stores a new panel; fails on the unique nomination if it has one already. */
	long insert(long cycleId, long nominationId, Instant at, String by) {
		KeyHolder keys = new GeneratedKeyHolder();
		this.jdbc
			.sql("insert into review_panel (cycle_id, nomination_id, formed_at, formed_by, version)"
					+ " values (?, ?, ?, ?, 0)")
			.params(cycleId, nominationId, at.atOffset(ZoneOffset.UTC), by)
			.update(keys, "id");
		return keys.getKey().longValue();
	}

	/**
	 * Stores a cycle's new panels with their members and reserves: two batches and a
	 * query whatever their number (a 3,000-city cycle's panels were 24,000 statements,
	 * each its own round trip, when stored one by one with {@link #insert} and
	 * {@link #setMembers}). Each is stored as those two leave it.
	 * @throws org.springframework.dao.DuplicateKeyException if a nomination has a panel
	 * already
	 */
	void insertAll(long cycleId, List<AssignedPanel> panels, Instant at, String by) {
		OffsetDateTime when = at.atOffset(ZoneOffset.UTC);
		List<Object[]> rows = new ArrayList<>(panels.size());
		panels.forEach((panel) -> rows.add(new Object[] { cycleId, panel.nominationId(), when, by }));
		// version 1: a panel whose members were set once, as setMembers counts
		this.batches.batchUpdate("insert into review_panel (cycle_id, nomination_id, formed_at, formed_by, version)"
				+ " values (?, ?, ?, ?, 1)", rows, PANEL_TYPES);
		Map<Long, Long> ids = new HashMap<>();
		this.jdbc.sql("select nomination_id, id from review_panel where cycle_id = ?")
			.param(cycleId)
			.query((rs, row) -> ids.put(rs.getLong(1), rs.getLong(2)))
			.list();
		List<Object[]> members = new ArrayList<>();
		for (AssignedPanel panel : panels) {
			long panelId = ids.get(panel.nominationId());
			addRows(members, panelId, MEMBER, panel.experts(), when, by);
			addRows(members, panelId, RESERVE, panel.reserves(), when, by);
		}
		insertMembers(members);
	}

	/** Replaces the members and reserves of a panel. */
	void setMembers(long panelId, List<String> experts, List<String> reserves, Instant at, String by) {
		this.jdbc.sql("delete from review_panel_member where panel_id = ?").param(panelId).update();
		OffsetDateTime when = at.atOffset(ZoneOffset.UTC);
		List<Object[]> members = new ArrayList<>(experts.size() + reserves.size());
		addRows(members, panelId, MEMBER, experts, when, by);
		addRows(members, panelId, RESERVE, reserves, when, by);
		insertMembers(members);
		this.jdbc.sql("update review_panel set version = version + 1 where id = ?").param(panelId).update();
	}

	/** A member row per username of the role, positions from 1 in the list's order. */
	private static void addRows(List<Object[]> rows, long panelId, String role, List<String> usernames,
			OffsetDateTime at, String by) {
		for (int i = 0; i < usernames.size(); i++) {
			rows.add(new Object[] { panelId, usernames.get(i), role, i + 1, at, by });
		}
	}

	/** Stores member rows in one JDBC batch. */
	private void insertMembers(List<Object[]> rows) {
		if (!rows.isEmpty()) {
			this.batches.batchUpdate("insert into review_panel_member (panel_id, username, role, position, "
					+ "added_at, added_by) values (?, ?, ?, ?, ?, ?)", rows, MEMBER_TYPES);
		}
	}

	/**
	 * A panel as stored.
	 *
	 * @param id the panel's row
	 * @param cycleId the cycle
	 * @param nominationId the nomination
	 * @param formedAt when
	 * @param formedBy who
	 * @param experts members in order
	 * @param reserves reserves in order
	 */
	record StoredPanel(long id, long cycleId, long nominationId, Instant formedAt, String formedBy,
			List<String> experts, List<String> reserves) {

	}

}
