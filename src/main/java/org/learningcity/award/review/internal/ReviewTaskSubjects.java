package org.learningcity.award.review.internal;

import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.learningcity.award.workflow.TaskSubjects;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * What a review process is about (business key: the nomination's id): the nomination, its
 * application and city, in one query by primary key for all of a person's review tasks.
 */
@Component
class ReviewTaskSubjects implements TaskSubjects {

	private final NamedParameterJdbcTemplate jdbc;

	ReviewTaskSubjects(NamedParameterJdbcTemplate jdbc) {
		this.jdbc = jdbc;
	}

	@Override
	public boolean describes(String processKey) {
		return ReviewProcess.KEY.equals(processKey);
	}

	@Override
	public Map<String, Subject> about(Collection<String> businessKeys) {
		List<Long> ids = TaskSubjects.ids(businessKeys);
		Map<String, Subject> about = new HashMap<>();
		if (ids.isEmpty()) {
			return about;
		}
		this.jdbc.query("select n.id, n.application_id, n.city_id, c.name from nomination n "
				+ "join city c on c.id = n.city_id where n.id in (:ids)", Map.of("ids", ids), (rs) -> {
					about.put(Long.toString(rs.getLong(1)),
							new Subject(rs.getLong(2), rs.getLong(1), rs.getLong(3), rs.getString(4)));
				});
		return about;
	}

}
