package org.learningcity.award.jury.internal;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.learningcity.award.jury.Vote;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * The jury's tables: {@code jury_member}, {@code jury_session}, {@code jury_ballot},
 * {@code jury_vote}, {@code jury_decision} and {@code jury_awardee}.
 */
@Repository
class JuryStore {

	private final JdbcClient jdbc;

	JuryStore(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	// --- members and session

	/** The cycle's jurors, by username. */
	List<Member> members(long cycleId) {
		return this.jdbc.sql("select username, chair from jury_member where cycle_id = ? order by username")
			.param(cycleId)
			.query((rs, row) -> new Member(rs.getString(1), rs.getBoolean(2)))
			.list();
	}

	void replaceMembers(long cycleId, List<String> usernames, String chair, String actor, Instant now) {
		this.jdbc.sql("delete from jury_member where cycle_id = ?").param(cycleId).update();
		for (String username : usernames) {
			this.jdbc
				.sql("insert into jury_member (cycle_id, username, chair, added_by, added_at) values (?, ?, ?, ?, ?)")
				.params(cycleId, username, username.equals(chair), actor, utc(now))
				.update();
		}
	}

	Optional<Session> session(long cycleId) {
		return this.jdbc.sql("select seated_at, due_at from jury_session where cycle_id = ?")
			.param(cycleId)
			.query((rs, row) -> new Session(rs.getObject(1, OffsetDateTime.class).toInstant(),
					rs.getObject(2, OffsetDateTime.class).toInstant()))
			.optional();
	}

	void createSession(long cycleId, Instant seatedAt, Instant dueAt) {
		this.jdbc.sql("insert into jury_session (cycle_id, seated_at, due_at) values (?, ?, ?)")
			.params(cycleId, utc(seatedAt), utc(dueAt))
			.update();
	}

	// --- ballots

	Optional<Ballot> ballot(long cycleId, String juror) {
		return ballots(cycleId).stream().filter(b -> b.juror().equals(juror)).findFirst();
	}

	List<Ballot> ballots(long cycleId) {
		List<Ballot> ballots = new ArrayList<>(this.jdbc.sql(
				"select id, juror, status, remark, updated_at, cast_at from jury_ballot where cycle_id = ? order by juror")
			.param(cycleId)
			.query((rs, row) -> new Ballot(rs.getLong(1), rs.getString(2), BallotStatus.valueOf(rs.getString(3)),
					rs.getString(4), rs.getObject(5, OffsetDateTime.class).toInstant(),
					instant(rs.getObject(6, OffsetDateTime.class)), new LinkedHashMap<>()))
			.list());
		Map<Long, Ballot> byId = new LinkedHashMap<>();
		ballots.forEach(b -> byId.put(b.id(), b));
		this.jdbc.sql(
				"select v.ballot_id, v.nomination_id, v.choice from jury_vote v join jury_ballot b on b.id = v.ballot_id"
						+ " where b.cycle_id = ? order by v.nomination_id")
			.param(cycleId)
			.query((rs, row) -> byId.get(rs.getLong(1)).votes().put(rs.getLong(2), Vote.valueOf(rs.getString(3))))
			.list();
		return ballots;
	}

	/** Stores the juror's ballot with these votes, replacing the earlier ones. */
	void saveBallot(long cycleId, String juror, BallotStatus status, String remark, Map<Long, Vote> votes,
			Instant now) {
		Optional<Long> existing = this.jdbc.sql("select id from jury_ballot where cycle_id = ? and juror = ?")
			.params(cycleId, juror)
			.query(Long.class)
			.optional();
		Instant castAt = (status == BallotStatus.CAST) ? now : null;
		long id;
		if (existing.isPresent()) {
			id = existing.get();
			this.jdbc.sql("update jury_ballot set status = ?, remark = ?, updated_at = ?, cast_at = ? where id = ?")
				.params(status.name(), remark, utc(now), utc(castAt), id)
				.update();
			this.jdbc.sql("delete from jury_vote where ballot_id = ?").param(id).update();
		}
		else {
			this.jdbc.sql(
					"insert into jury_ballot (cycle_id, juror, status, remark, updated_at, cast_at) values (?, ?, ?, ?, ?, ?)")
				.params(cycleId, juror, status.name(), remark, utc(now), utc(castAt))
				.update();
			id = this.jdbc.sql("select id from jury_ballot where cycle_id = ? and juror = ?")
				.params(cycleId, juror)
				.query(Long.class)
				.single();
		}
		for (Map.Entry<Long, Vote> vote : votes.entrySet()) {
			this.jdbc.sql("insert into jury_vote (ballot_id, nomination_id, choice) values (?, ?, ?)")
				.params(id, vote.getKey(), vote.getValue().name())
				.update();
		}
	}

	/** Closes the juror's ballot unfinished (its draft votes stay, uncounted). */
	void closeBallot(long cycleId, String juror, Instant now) {
		Optional<Ballot> ballot = ballot(cycleId, juror);
		if (ballot.isPresent() && ballot.get().status() == BallotStatus.CAST) {
			return;
		}
		saveBallot(cycleId, juror, BallotStatus.CLOSED, ballot.map(Ballot::remark).orElse(null),
				ballot.map(Ballot::votes).orElse(Map.of()), now);
	}

	// --- decision

	Optional<StoredDecision> decision(long cycleId) {
		return this.jdbc.sql(
				"select statement, tally_snapshot, decided_by, decided_at, announced_at from jury_decision where cycle_id = ?")
			.param(cycleId)
			.query((rs, row) -> new StoredDecision(cycleId, awardees(cycleId), rs.getString(1), rs.getString(2),
					rs.getString(3), rs.getObject(4, OffsetDateTime.class).toInstant(),
					instant(rs.getObject(5, OffsetDateTime.class))))
			.optional();
	}

	private List<Long> awardees(long cycleId) {
		return this.jdbc.sql("select nomination_id from jury_awardee where cycle_id = ? order by nomination_id")
			.param(cycleId)
			.query(Long.class)
			.list();
	}

	void saveDecision(long cycleId, List<Long> awardees, String statement, String tallySnapshot, String decidedBy,
			Instant decidedAt) {
		this.jdbc.sql(
				"insert into jury_decision (cycle_id, statement, tally_snapshot, decided_by, decided_at) values (?, ?, ?, ?, ?)")
			.params(cycleId, statement, tallySnapshot, decidedBy, utc(decidedAt))
			.update();
		for (Long nomination : awardees) {
			this.jdbc.sql("insert into jury_awardee (cycle_id, nomination_id) values (?, ?)")
				.params(cycleId, nomination)
				.update();
		}
	}

	/**
	 * Marks the decision announced.
	 * @return whether this call marked it (false if it was announced already)
	 */
	boolean markAnnounced(long cycleId, Instant now) {
		return this.jdbc.sql("update jury_decision set announced_at = ? where cycle_id = ? and announced_at is null")
			.params(utc(now), cycleId)
			.update() == 1;
	}

	private static OffsetDateTime utc(Instant instant) {
		return (instant != null) ? instant.atOffset(ZoneOffset.UTC) : null;
	}

	private static Instant instant(OffsetDateTime time) {
		return (time != null) ? time.toInstant() : null;
	}

	/** A juror of a cycle. */
	record Member(String username, boolean chair) {
	}

	/** When the jury was seated and its votes are due. */
	record Session(Instant seatedAt, Instant dueAt) {
	}

	/** Where a juror's ballot stands. */
	enum BallotStatus {

		DRAFT, CAST, CLOSED

	}

	/** A juror's ballot: the votes per nomination id. */
	record Ballot(long id, String juror, BallotStatus status, String remark, Instant updatedAt, Instant castAt,
			Map<Long, Vote> votes) {
	}

	/** The decision as stored, the tally as JSON. */
	record StoredDecision(long cycleId, List<Long> awardees, String statement, String tallySnapshot, String decidedBy,
			Instant decidedAt, Instant announcedAt) {
	}

}
