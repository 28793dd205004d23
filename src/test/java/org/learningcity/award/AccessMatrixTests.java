package org.learningcity.award;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.autoconfigure.web.servlet.AutoConfigureMockMvc;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.request;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Each role × each page and endpoint → the status it must get. One row per endpoint; the
 * columns are the demo accounts of each role. A new endpoint gets a row here.
 */
@SpringBootTest
@AutoConfigureMockMvc
@ActiveProfiles("test")
class AccessMatrixTests {

	/** The columns: who asks. {@code anonymous} sends no credentials. */
	static final List<String> WHO = List.of("anonymous", "admin", "staff", "natcom-ie", "city-cork", "expert-01",
			"juror-01");

	// @formatter:off
	/** method path [body] | expected status per column of WHO. 302 = sent to the sign-in page. */
	static final String MATRIX = """
			GET  /                                           | 302 200 200 200 200 200 200
			GET  /catalog                                    | 302 200 200 200 200 200 200
			GET  /catalog/measurements/3.1.1.a               | 302 200 200 200 200 200 200
			GET  /catalog/measurements/3.1.1.a/rubric        | 302 200 200 403 403 403 403
			GET  /network                                    | 302 200 200 200 200 200 200
			GET  /cycles                                     | 302 200 200 403 403 403 403
			GET  /cycles/new                                 | 302 200 200 403 403 403 403
			GET  /accounts                                   | 302 200 200 403 403 403 403
			GET  /accounts/new                               | 302 200 200 403 403 403 403
			GET  /account                                    | 302 200 200 200 200 200 200
			GET  /notifications                              | 302 200 200 200 200 200 200
			GET  /notifications/preferences                  | 302 200 200 200 200 200 200
			GET  /mail                                       | 302 200 200 403 403 403 403
			GET  /mail/templates                             | 302 200 200 403 403 403 403
			GET  /actuator/health                            | 200 200 200 200 200 200 200
			GET  /actuator/metrics                           | 302 200 403 403 403 403 403
			GET  /api/me                                     | 401 200 200 200 200 200 200
			GET  /api/catalog/features                       | 401 200 200 200 200 200 200
			GET  /api/catalog/measurements?source=EXPERT_REVIEW | 401 200 200 200 200 200 200
			GET  /api/regions                                | 401 200 200 200 200 200 200
			GET  /api/countries                              | 401 200 200 200 200 200 200
			GET  /api/cities                                 | 401 200 200 200 200 200 200
			GET  /api/cycles                                 | 401 200 200 200 200 200 200
			POST /api/cycles {}                              | 401 422 422 403 403 403 403
			GET  /applications                               | 302 200 200 200 200 403 403
			GET  /applications/999999999                     | 302 404 404 404 404 403 403
			GET  /api/applications?cycle=999999999           | 401 404 404 404 404 403 403
			GET  /api/applications/999999999                 | 401 404 404 404 404 404 404
			GET  /applications/999999999/attachments/1       | 302 404 404 404 404 404 404
			GET  /api/applications/999999999/attachments/1   | 401 404 404 404 404 404 404
			POST /api/cycles/999999999/applications {}       | 401 404 404 403 404 403 403
			PUT  /api/applications/999999999 {}              | 401 403 403 403 404 403 403
			POST /api/applications/999999999/submit          | 401 403 403 403 404 403 403
			PUT  /api/catalog/measurements/3.1.1.a/rubric {} | 401 422 422 403 403 403 403
			GET  /api/accounts                               | 401 200 200 403 403 403 403
			GET  /api/mail                                   | 401 200 200 403 403 403 403
			GET  /cycles/999999999/ranking                   | 302 404 404 403 403 403 403
			GET  /cycles/999999999/shortlist                 | 302 404 404 403 403 403 403
			GET  /api/cycles/999999999/ranking               | 401 404 404 403 403 403 403
			GET  /api/cycles/999999999/shortlist/suggestion  | 401 404 404 403 403 403 403
			GET  /api/cycles/999999999/shortlist             | 401 404 404 403 403 403 403
			POST /api/cycles/999999999/shortlist {}          | 401 404 404 403 403 403 403
			GET  /tasks                                      | 302 200 200 200 200 200 200
			GET  /tasks/late                                 | 302 200 200 403 403 403 403
			GET  /tasks/no-such-task                         | 302 404 404 404 404 404 404
			GET  /natcom/applications                        | 302 403 403 200 403 403 403
			GET  /natcom/applications/999999999              | 302 403 403 404 403 403 403
			GET  /nominations                                | 302 200 200 403 403 403 403
			GET  /nominations/999999999/eligibility          | 302 404 404 403 403 403 403
			GET  /api/tasks                                  | 401 200 200 200 200 200 200
			GET  /api/tasks/no-such-task                     | 401 404 404 404 404 404 404
			POST /api/tasks/no-such-task/draft {}            | 401 404 404 404 404 404 404
			POST /api/tasks/no-such-task/complete {}         | 401 404 404 404 404 404 404
			POST /api/applications/999999999/nominate {}     | 401 403 403 404 403 403 403
			POST /api/applications/999999999/return {}       | 401 403 403 404 403 403 403
			POST /api/applications/999999999/decline {}      | 401 403 403 404 403 403 403
			GET  /api/nominations?cycle=999999999            | 401 200 200 403 403 403 200
			GET  /api/nominations/999999999                  | 401 404 404 403 403 403 404
			POST /api/nominations/999999999/eligibility {}   | 401 404 404 403 403 403 403
			GET  /api/admin/clock                            | 401 200 403 403 403 403 403
			POST /api/cycles/999999999/panels                | 401 404 404 403 403 403 403
			GET  /api/nominations/999999999/panel            | 401 404 404 403 403 403 403
			PUT  /api/nominations/999999999/panel {}         | 401 404 404 403 403 403 403
			GET  /cycles/999999999/panels                    | 302 404 404 403 403 403 403
			GET  /nominations/999999999/panel                | 302 404 404 403 403 403 403
			GET  /api/nominations/999999999/result           | 401 404 404 403 403 403 404
			GET  /cycles/999999999/decision                  | 404 404 404 404 404 404 404
			GET  /api/cycles/999999999/decision              | 404 404 404 404 404 404 404
			POST /api/cycles/999999999/decision {}           | 401 404 404 404 404 404 404
			GET  /cycles/999999999/jury                      | 302 404 404 403 403 403 403
			GET  /api/cycles/999999999/jury                  | 401 404 404 403 403 403 403
			PUT  /api/cycles/999999999/jury {}               | 401 404 404 403 403 403 403
			GET  /jury/cycles/999999999/decision             | 302 404 404 404 404 404 404
			GET  /jury/votes/no-such-task                    | 302 404 404 404 404 404 404
			POST /review/tasks/no-such-task/moderation       | 302 404 404 404 404 404 404
			GET  /review/staff-tasks/no-such-task            | 302 404 404 403 403 403 403
			POST /review/staff-tasks/no-such-task/resolve    | 302 404 404 403 403 403 403
			POST /review/staff-tasks/no-such-task/overdue    | 302 404 404 403 403 403 403
			POST /review/staff-tasks/no-such-task/expert     | 302 404 404 403 403 403 403
			GET  /review/nominations/999999999/deadlines     | 302 404 404 403 403 403 403
			POST /review/nominations/999999999/reviews/expert-01/extend | 302 404 404 403 403 403 403
			POST /api/nominations/999999999/reviews/expert-01/extend {} | 401 404 404 403 403 403 403
			GET  /nominations/999999999/result               | 302 404 404 403 403 403 404
			GET  /api/cycles/999999999/reliability           | 401 404 404 403 403 403 403
			GET  /cycles/999999999/reliability               | 302 404 404 403 403 403 403
			GET  /api/tasks/counts                           | 401 200 200 200 200 200 200
			GET  /api/tasks?type=SCORE_REPORT&page=0&size=10 | 401 200 200 200 200 200 200
			GET  /nominations/999999999/dossier              | 302 404 404 403 403 403 404
			GET  /api/nominations/999999999/dossier.pdf      | 401 404 404 403 403 403 404
			GET  /api/cycles/999999999/export.csv            | 401 404 404 403 403 403 404
			GET  /api/cycles/999999999/report.pdf            | 401 404 404 403 403 403 403
			""";
	// @formatter:on

	@Autowired
	MockMvc mvc;

	@Autowired
	UserDetailsService users;

	static Stream<Arguments> cells() {
		List<Arguments> cells = new ArrayList<>();
		for (String line : MATRIX.strip().split("\n")) {
			String[] sides = line.split("\\|");
			String[] request = sides[0].trim().split("\\s+");
			String[] expected = sides[1].trim().split("\\s+");
			if (expected.length != WHO.size()) {
				throw new IllegalStateException("Row needs " + WHO.size() + " statuses: " + line);
			}
			String body = (request.length > 2) ? String.join(" ", Arrays.copyOfRange(request, 2, request.length))
					: null;
			for (int i = 0; i < WHO.size(); i++) {
				cells.add(Arguments.of(WHO.get(i), request[0], request[1], body, Integer.parseInt(expected[i])));
			}
		}
		return cells.stream();
	}

	@ParameterizedTest(name = "{0}: {1} {2} -> {4}")
	@MethodSource("cells")
	void everyRoleGetsExactlyWhatItMay(String who, String method, String path, String body, int expected)
			throws Exception {
		MockHttpServletRequestBuilder request = request(HttpMethod.valueOf(method), path).with(csrf())
			.accept(path.startsWith("/api") || path.startsWith("/actuator") ? MediaType.APPLICATION_JSON
					: MediaType.TEXT_HTML);
		if (body != null) {
			request.contentType(MediaType.APPLICATION_JSON).content(body);
		}
		if (!"anonymous".equals(who)) {
			request.with(user(this.users.loadUserByUsername(who)));
		}
		this.mvc.perform(request).andExpect(status().is(expected));
	}

}
