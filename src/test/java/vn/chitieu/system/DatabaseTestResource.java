package vn.chitieu.system;

import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;

/** Declares the database resource once for every test class (global scope). */
@WithTestResource(value = EmbeddedPostgresResource.class, scope = TestResourceScope.GLOBAL)
public final class DatabaseTestResource {
  private DatabaseTestResource() {}
}
