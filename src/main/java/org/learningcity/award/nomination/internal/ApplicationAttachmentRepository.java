package org.learningcity.award.nomination.internal;

import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;

interface ApplicationAttachmentRepository extends JpaRepository<ApplicationAttachment, Long> {

	List<ApplicationAttachment> findByApplicationIdOrderByIdAsc(long applicationId);

	long countByApplicationId(long applicationId);

}
