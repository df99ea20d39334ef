package vn.chitieu.progress;

import io.quarkus.test.junit.QuarkusIntegrationTest;

/** The same checks against the packaged jar. */
@QuarkusIntegrationTest
class ProgressResourceIT extends ProgressResourceTest {}
