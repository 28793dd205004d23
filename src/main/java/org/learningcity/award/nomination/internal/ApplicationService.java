package org.learningcity.award.nomination.internal;

import java.util.List;
import java.util.Optional;

import org.learningcity.award.identity.CurrentUser;
import org.learningcity.award.nomination.ApplicationContent;
import org.learningcity.award.nomination.ApplicationView;
import org.learningcity.award.nomination.Applications;
import org.learningcity.award.nomination.AttachmentView;
import org.learningcity.award.nomination.MissingPart;
import org.springframework.stereotype.Service;

/** Stub: the real implementation follows. */
@Service
class ApplicationService implements Applications {

	@Override
	public ApplicationView start(long cycleId, long cityId) {
		throw new UnsupportedOperationException();
	}

	@Override
	public Optional<ApplicationView> find(long id) {
		return Optional.empty();
	}

	@Override
	public ApplicationView get(long id) {
		throw new UnsupportedOperationException();
	}

	@Override
	public ApplicationContent content(long id) {
		throw new UnsupportedOperationException();
	}

	@Override
	public List<ApplicationView> inCycle(long cycleId) {
		return List.of();
	}

	@Override
	public ApplicationView saveDraft(long id, ApplicationContent content) {
		throw new UnsupportedOperationException();
	}

	@Override
	public List<MissingPart> missingParts(long id) {
		return List.of();
	}

	@Override
	public ApplicationView submit(long id) {
		throw new UnsupportedOperationException();
	}

	@Override
	public List<AttachmentView> attachments(long id) {
		return List.of();
	}

	@Override
	public AttachmentView attach(long id, String originalFilename, byte[] content) {
		throw new UnsupportedOperationException();
	}

	@Override
	public void detach(long id, long attachmentId) {
		throw new UnsupportedOperationException();
	}

	@Override
	public boolean maySee(ApplicationView application, CurrentUser user) {
		return false;
	}

	@Override
	public ApplicationView markReturned(long id, String comment) {
		throw new UnsupportedOperationException();
	}

	@Override
	public ApplicationView markDeclined(long id, String comment) {
		throw new UnsupportedOperationException();
	}

	@Override
	public ApplicationView markNominated(long id, String endorsement) {
		throw new UnsupportedOperationException();
	}

	@Override
	public ApplicationView markClosed(long id, String reason) {
		throw new UnsupportedOperationException();
	}

}
