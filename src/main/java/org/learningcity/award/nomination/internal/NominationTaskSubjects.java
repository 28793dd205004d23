package org.learningcity.award.nomination.internal;

import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.learningcity.award.workflow.TaskSubjects;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * What a nomination process is about (business key: the application's id): the
 * application, its nomination once there is one, and its city, in one query by primary
 * key.
 */
@Component
class NominationTaskSubjects implements TaskSubjects {

	private final NamedParameterJdbcTemplate jdbc;

	NominationTaskSubjects(NamedParameterJdbcTemplate jdbc) {
		this.jdbc = jdbc;
	}

	@Override
	public boolean describes(String processKey) {
		return NominationProcess.KEY.equals(processKey);
	}

	@Override
	public Map<String, Subject> about(Collection<String> businessKeys) {
		List<Long> ids = TaskSubjects.ids(businessKeys);
		Map<String, Subject> about = new HashMap<>();
		if (ids.isEmpty()) {
			return about;
		}
		this.jdbc.query(
				"select a.id, n.id, a.city_id, c.name from application a join city c on c.id = a.city_id "
						+ "left join nomination n on n.application_id = a.id where a.id in (:ids)",
				Map.of("ids", ids), (rs) -> {
					long nomination = rs.getLong(2);
					about.put(Long.toString(rs.getLong(1)), new Subject(rs.getLong(1), rs.wasNull() ? null : nomination,
							rs.getLong(3), rs.getString(4)));
				});
		return about;
	}

}
