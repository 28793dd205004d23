package org.learningcity.award.review.internal;

import org.springframework.boot.test.autoconfigure.web.servlet.AutoConfigureMockMvc;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.ActiveProfiles;

/**
 * {@link PanelsStoredAtOnceTestSupport} on PostgreSQL (with
 * {@code reWriteBatchedInserts}: a batch is one multi-row insert). The database is shared
 * with the other integration tests: the scenario stores its own cycle and removes it
 * again.
 */
@SpringBootTest
@AutoConfigureMockMvc
@ActiveProfiles({ "postgres", "test" })
class PanelsStoredAtOnceIntegrationTests extends PanelsStoredAtOnceTestSupport {

}
