package org.learningcity.award.nomination.internal;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;

import org.learningcity.award.nomination.Applications;
import org.learningcity.award.nomination.Nominations;
import org.learningcity.award.workflow.OpenTask;
import org.learningcity.award.workflow.TaskTypeSupport;
import org.springframework.stereotype.Component;

/**
 * The nomination process's tasks in the inbox: the city completes its application on its
 * application page, the National Commission reviews on its page of the application, UIL
 * staff decide the eligibility on the nomination's eligibility page.
 */
@Component
class NominationTaskSupport implements TaskTypeSupport {

	static final String COMPLETE_APPLICATION = OpenTask.typeOf(NominationProcess.TASK_COMPLETE_APPLICATION);

	static final String NATCOM_REVIEW = OpenTask.typeOf(NominationProcess.TASK_NATCOM_REVIEW);

	static final String ELIGIBILITY_CHECK = OpenTask.typeOf(NominationProcess.TASK_ELIGIBILITY_CHECK);

	private static final Set<String> TYPES = Set.of(COMPLETE_APPLICATION, NATCOM_REVIEW, ELIGIBILITY_CHECK);

	private final Applications applications;

	private final Nominations nominations;

	NominationTaskSupport(Applications applications, Nominations nominations) {
		this.applications = applications;
		this.nominations = nominations;
	}

	@Override
	public boolean supports(String type) {
		return TYPES.contains(type);
	}

	@Override
	public String link(OpenTask task) {
		if (ELIGIBILITY_CHECK.equals(task.type()) && task.nominationId() != null) {
			return NominationLinks.eligibility(task.nominationId());
		}
		if (NATCOM_REVIEW.equals(task.type()) && task.applicationId() != null) {
			return NominationLinks.natcomApplication(task.applicationId());
		}
		if (task.applicationId() != null) {
			return NominationLinks.cityApplication(task.applicationId());
		}
		return "/tasks/" + task.id();
	}

	@Override
	public Map<String, Object> details(OpenTask task) {
		Map<String, Object> details = new LinkedHashMap<>();
		if (task.applicationId() != null) {
			this.applications.find(task.applicationId()).ifPresent(a -> details.put("application", a));
			if (COMPLETE_APPLICATION.equals(task.type())) {
				details.put("missingParts", this.applications.missingParts(task.applicationId()));
			}
		}
		if (task.nominationId() != null) {
			this.nominations.find(task.nominationId()).ifPresent(n -> details.put("nomination", n));
		}
		return details;
	}

}
