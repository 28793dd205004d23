package org.learningcity.award.nomination;

import org.learningcity.award.identity.CurrentUser;

/**
 * Who else may read an application's attachments besides its city, its National
 * Commission and UIL staff: a module that gives people an application to read (the review
 * module's experts on its panel) says so by implementing this as a bean. The nomination
 * module asks every such bean before it refuses.
 */
public interface ApplicationReaders {

	/** Whether this person may read the application and download its attachments now. */
	boolean mayRead(long applicationId, CurrentUser user);

}
