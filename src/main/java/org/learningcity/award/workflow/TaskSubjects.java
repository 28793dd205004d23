package org.learningcity.award.workflow;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;

/**
 * What the instances of a module's process are about, read from the module's own tables
 * in one batched lookup: the inbox shows the city of every task without a query per task
 * and without process variables. Implement it as a bean in the module that owns the
 * process.
 */
public interface TaskSubjects {

	/** Whether this describes the instances of the process with this key. */
	boolean describes(String processKey);

	/**
	 * What the instances with these business keys are about, in one lookup.
	 * @return by business key; a key the module does not know is left out
	 */
	Map<String, Subject> about(Collection<String> businessKeys);

	/**
	 * The business keys that are ids (every process keys its instances by the id of what
	 * it is about), as numbers; any other key is left out.
	 */
	static List<Long> ids(Collection<String> businessKeys) {
		List<Long> ids = new ArrayList<>();
		for (String key : businessKeys) {
			try {
				ids.add(Long.valueOf(key));
			}
			catch (NumberFormatException ex) {
				// not one of ours
			}
		}
		return ids;
	}

	/**
	 * What a process instance is about.
	 *
	 * @param applicationId the application, if any
	 * @param nominationId the nomination, if any
	 * @param cityId the city
	 * @param cityName its name
	 */
	record Subject(Long applicationId, Long nominationId, Long cityId, String cityName) {
	}

}
