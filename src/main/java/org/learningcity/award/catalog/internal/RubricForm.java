package org.learningcity.award.catalog.internal;

import java.util.ArrayList;
import java.util.List;

import org.learningcity.award.catalog.RubricChange;
import org.learningcity.award.catalog.RubricLevel;

/** The rubric edit form: the five levels' texts, each with the version it was read at. */
public class RubricForm {

	private List<LevelForm> levels = new ArrayList<>();

	static RubricForm of(List<RubricLevel> rubric) {
		RubricForm form = new RubricForm();
		rubric.forEach(level -> form.levels.add(new LevelForm(level.level(), level.description(), level.version())));
		return form;
	}

	List<RubricChange> changes() {
		return this.levels.stream()
			.map(l -> new RubricChange(l.getLevel(), l.getDescription(), l.getVersion()))
			.toList();
	}

	public List<LevelForm> getLevels() {
		return this.levels;
	}

	public void setLevels(List<LevelForm> levels) {
		this.levels = levels;
	}

	/** One level of the form. */
	public static class LevelForm {

		private Integer level;

		private String description;

		private Long version;

		public LevelForm() {
		}

		LevelForm(Integer level, String description, Long version) {
			this.level = level;
			this.description = description;
			this.version = version;
		}

		public Integer getLevel() {
			return this.level;
		}

		public void setLevel(Integer level) {
			this.level = level;
		}

		public String getDescription() {
			return this.description;
		}

		public void setDescription(String description) {
			this.description = description;
		}

		public Long getVersion() {
			return this.version;
		}

		public void setVersion(Long version) {
			this.version = version;
		}

	}

}
