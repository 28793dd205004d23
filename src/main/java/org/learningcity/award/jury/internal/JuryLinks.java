package org.learningcity.award.jury.internal;

import org.learningcity.award.cycle.Cycles;
import org.springframework.stereotype.Component;

/** The jury's pages, and the cycle's title for mails. */
@Component
class JuryLinks {

	private final Cycles cycles;

	JuryLinks(Cycles cycles) {
		this.cycles = cycles;
	}

	String cycleTitle(long cycleId) {
		return this.cycles.get(cycleId).settings().title();
	}

	/** Staff's page of the cycle's jury: its members, chair and the tally. */
	static String juryPage(long cycleId) {
		return "/cycles/" + cycleId + "/jury";
	}

	/** The juror's voting page. */
	static String votePage(String taskId) {
		return "/jury/votes/" + taskId;
	}

	/** The page where staff or the chair finalize the decision. */
	static String finalizePage(long cycleId) {
		return "/jury/cycles/" + cycleId + "/decision";
	}

	/** The public results page. */
	static String decisionPage(long cycleId) {
		return "/cycles/" + cycleId + "/decision";
	}

	/** A nomination's dossier (the dossier module's page). */
	static String dossier(long nominationId) {
		return "/nominations/" + nominationId + "/dossier";
	}

}
