package org.learningcity.award.notification.internal;

import java.util.EnumMap;
import java.util.Map;

import org.learningcity.award.notification.Category;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Transactional;

/**
 * Which optional categories a person also wants by mail. Mail is on unless the person
 * turned it off; categories that are not optional are always mailed.
 */
@Repository
class MailPreferences {

	private final JdbcClient jdbc;

	MailPreferences(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	boolean wantsMail(long accountId, Category category) {
		if (!category.isMailOptional()) {
			return true;
		}
		return this.jdbc.sql("select by_mail from notification_preference where account_id = ? and category = ?")
			.params(accountId, category.name())
			.query(Boolean.class)
			.optional()
			.orElse(true);
	}

	/** Every optional category with the person's choice. */
	Map<Category, Boolean> of(long accountId) {
		Map<Category, Boolean> choices = new EnumMap<>(Category.class);
		for (Category category : Category.values()) {
			if (category.isMailOptional()) {
				choices.put(category, true);
			}
		}
		this.jdbc.sql("select category, by_mail from notification_preference where account_id = ?")
			.param(accountId)
			.query((rs, row) -> Map.entry(rs.getString("category"), rs.getBoolean("by_mail")))
			.list()
			.forEach(e -> {
				Category category = Category.valueOf(e.getKey());
				if (category.isMailOptional()) {
					choices.put(category, e.getValue());
				}
			});
		return choices;
	}

	@Transactional
	void save(long accountId, Map<Category, Boolean> choices) {
		this.jdbc.sql("delete from notification_preference where account_id = ?").param(accountId).update();
		choices.forEach((category, byMail) -> {
			if (category.isMailOptional()) {
				this.jdbc.sql("insert into notification_preference (account_id, category, by_mail) values (?, ?, ?)")
					.params(accountId, category.name(), byMail)
					.update();
			}
		});
	}

}
