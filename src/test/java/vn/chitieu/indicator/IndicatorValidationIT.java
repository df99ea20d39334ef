package vn.chitieu.indicator;

import io.quarkus.test.junit.QuarkusIntegrationTest;

/** The same checks against the packaged jar. */
@QuarkusIntegrationTest
class IndicatorValidationIT extends IndicatorValidationTest {}
