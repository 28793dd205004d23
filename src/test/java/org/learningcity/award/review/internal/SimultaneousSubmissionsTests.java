package org.learningcity.award.review.internal;

import org.springframework.boot.test.autoconfigure.web.servlet.AutoConfigureMockMvc;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.ActiveProfiles;

/**
 * Simultaneous submissions of one panel's experts on H2 (see
 * {@link SimultaneousSubmissionsTestSupport}).
 */
@SpringBootTest
@AutoConfigureMockMvc
@ActiveProfiles("test")
class SimultaneousSubmissionsTests extends SimultaneousSubmissionsTestSupport {

}
