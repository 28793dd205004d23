package org.learningcity.award.nomination.internal;

import java.time.Instant;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import com.fasterxml.jackson.databind.ser.std.ToStringSerializer;
import org.learningcity.award.nomination.ApplicationContent;
import org.learningcity.award.nomination.ApplicationStatus;
import org.learningcity.award.nomination.ApplicationView;
import org.learningcity.award.nomination.AttachmentView;
import org.learningcity.award.nomination.MissingPart;

/** An application in full, as {@code GET /api/applications/{id}} returns it. */
record ApplicationJson(@JsonSerialize(using = ToStringSerializer.class) long id,
		@JsonSerialize(using = ToStringSerializer.class) long cycleId,
		@JsonSerialize(using = ToStringSerializer.class) long cityId, String cityName, String countryCode,
		ApplicationStatus status, boolean consentGiven, boolean endorsementGiven, Instant submittedAt,
		String lastComment, long version, Map<String, String> narratives,
		Map<String, ApplicationContent.Indicator> indicators, ApplicationContent.Consent consent,
		ApplicationContent.Endorsement endorsement, List<AttachmentView> attachments, List<MissingPart> missing) {

	static ApplicationJson of(ApplicationView view, ApplicationContent content, List<AttachmentView> attachments,
			List<MissingPart> missing) {
		return new ApplicationJson(view.id(), view.cycleId(), view.cityId(), view.cityName(), view.countryCode(),
				view.status(), view.consentGiven(), view.endorsementGiven(), view.submittedAt(), view.lastComment(),
				view.version(), content.narratives(), content.indicators(), content.consent(), content.endorsement(),
				attachments, missing);
	}

}
