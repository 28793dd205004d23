package org.learningcity.award.review.internal;

import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.ActiveProfiles;

/** {@link PanelsStoredAtOnceTestSupport} on H2. */
@SpringBootTest
@ActiveProfiles("test")
class PanelsStoredAtOnceTests extends PanelsStoredAtOnceTestSupport {

}
