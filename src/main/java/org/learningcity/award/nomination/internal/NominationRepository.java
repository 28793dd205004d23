package org.learningcity.award.nomination.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

import org.learningcity.award.nomination.NominationStatus;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.jdbc.support.KeyHolder;
import org.springframework.stereotype.Repository;

/** The {@code nomination} table. */
@Repository
class NominationRepository {

	/** The unique constraint that keeps the quota. */
	static final String SLOT_CONSTRAINT = "uq_nomination_slot";

	/** The unique constraint that lets an application be nominated once. */
	static final String APPLICATION_CONSTRAINT = "uq_nomination_application";

	private static final String SELECT = """
			select n.*, c.name as city_name, k.region_code
			from nomination n join city c on c.id = n.city_id join country k on k.code = n.country_code
			""";

	private final JdbcClient jdbc;

	NominationRepository(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/**
	 * Inserts a nomination in the slot; two nominations of one country in one cycle
	 * cannot take the same slot ({@link #SLOT_CONSTRAINT}).
	 */
	long insert(long applicationId, long cycleId, long cityId, String countryCode, int slot, String endorsement,
			String nominatedBy, Instant at) {
		KeyHolder key = new GeneratedKeyHolder();
		this.jdbc.sql("""
				insert into nomination (application_id, cycle_id, city_id, country_code, slot, endorsement, status,
				                        nominated_by, nominated_at)
				values (?, ?, ?, ?, ?, ?, ?, ?, ?)
				""")
			.params(applicationId, cycleId, cityId, countryCode, slot, endorsement, NominationStatus.NOMINATED.name(),
					nominatedBy, Timestamp.from(at))
			.update(key, "id");
		return key.getKey().longValue();
	}

	/** The slots the country's nominations take in the cycle. */
	List<Integer> takenSlots(long cycleId, String countryCode) {
		return this.jdbc.sql("select slot from nomination where cycle_id = ? and country_code = ? order by slot")
			.params(cycleId, countryCode)
			.query(Integer.class)
			.list();
	}

	Optional<Row> find(long id) {
		return this.jdbc.sql(SELECT + " where n.id = ?").param(id).query(NominationRepository::row).optional();
	}

	Optional<Row> findByApplication(long applicationId) {
		return this.jdbc.sql(SELECT + " where n.application_id = ?")
			.param(applicationId)
			.query(NominationRepository::row)
			.optional();
	}

	List<Row> inCycle(long cycleId) {
		return this.jdbc.sql(SELECT + " where n.cycle_id = ? order by n.country_code, n.slot")
			.param(cycleId)
			.query(NominationRepository::row)
			.list();
	}

	/**
	 * Records the eligibility decision of a nomination still waiting for one.
	 * @return whether it was waiting (false: decided already)
	 */
	boolean decide(long id, NominationStatus status, String reason, String decidedBy, Instant at) {
		return this.jdbc.sql("""
				update nomination
				set status = ?, eligibility_reason = ?, eligibility_decided_by = ?, eligibility_decided_at = ?,
				    version = version + 1
				where id = ? and status = ?
				""")
			.params(status.name(), reason, decidedBy, Timestamp.from(at), id, NominationStatus.NOMINATED.name())
			.update() == 1;
	}

	/**
	 * Moves the cycle's nominations with these ids from one status to another.
	 * @return how many moved
	 */
	int move(long cycleId, java.util.Collection<Long> ids, NominationStatus from, NominationStatus to) {
		int moved = 0;
		for (Long id : ids) {
			moved += this.jdbc.sql(
					"update nomination set status = ?, version = version + 1 where id = ? and cycle_id = ? and status = ?")
				.params(to.name(), id, cycleId, from.name())
				.update();
		}
		return moved;
	}

	/** Moves every nomination of the cycle in one status to another. */
	int moveAll(long cycleId, NominationStatus from, NominationStatus to) {
		return this.jdbc
			.sql("update nomination set status = ?, version = version + 1 where cycle_id = ? and status = ?")
			.params(to.name(), cycleId, from.name())
			.update();
	}

	/** Notes why the rules could not decide, while the nomination waits for a person. */
	void noteUndecided(long id, String reason) {
		this.jdbc.sql("update nomination set eligibility_reason = ?, version = version + 1 where id = ? and status = ?")
			.params(reason, id, NominationStatus.NOMINATED.name())
			.update();
	}

	private static Row row(ResultSet rs, int rowNum) throws SQLException {
		Timestamp decidedAt = rs.getTimestamp("eligibility_decided_at");
		return new Row(rs.getLong("id"), rs.getLong("application_id"), rs.getLong("cycle_id"), rs.getLong("city_id"),
				rs.getString("city_name"), rs.getString("country_code"), rs.getString("region_code"), rs.getInt("slot"),
				NominationStatus.valueOf(rs.getString("status")), rs.getString("endorsement"),
				rs.getString("eligibility_reason"), rs.getString("eligibility_decided_by"),
				(decidedAt != null) ? decidedAt.toInstant() : null, rs.getString("nominated_by"),
				rs.getTimestamp("nominated_at").toInstant());
	}

	/** A row of the table, with its city's name and region. */
	record Row(long id, long applicationId, long cycleId, long cityId, String cityName, String countryCode,
			String region, int slot, NominationStatus status, String endorsement, String eligibilityReason,
			String eligibilityDecidedBy, Instant eligibilityDecidedAt, String nominatedBy, Instant nominatedAt) {

		org.learningcity.award.nomination.NominationView toView() {
			return new org.learningcity.award.nomination.NominationView(this.id, this.applicationId, this.cycleId,
					this.cityId, this.cityName, this.countryCode, this.region, this.slot, this.status, this.endorsement,
					this.eligibilityReason, this.eligibilityDecidedBy, this.eligibilityDecidedAt, this.nominatedBy,
					this.nominatedAt);
		}

	}

}
