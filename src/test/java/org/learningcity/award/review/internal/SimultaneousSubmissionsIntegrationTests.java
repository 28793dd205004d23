package org.learningcity.award.review.internal;

import org.springframework.boot.test.autoconfigure.web.servlet.AutoConfigureMockMvc;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.ActiveProfiles;

/**
 * Simultaneous submissions of one panel's experts on PostgreSQL, whose row locks and
 * read-committed updates make the collisions real (see
 * {@link SimultaneousSubmissionsTestSupport}). The database is shared with the other
 * integration tests: the scenario stores its own cycle and removes it again.
 */
@SpringBootTest
@AutoConfigureMockMvc
@ActiveProfiles({ "postgres", "test" })
class SimultaneousSubmissionsIntegrationTests extends SimultaneousSubmissionsTestSupport {

}
