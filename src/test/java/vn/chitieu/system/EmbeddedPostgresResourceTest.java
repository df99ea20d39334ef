package vn.chitieu.system;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import io.smallrye.config.PropertiesConfigSource;
import io.smallrye.config.SmallRyeConfig;
import io.smallrye.config.SmallRyeConfigBuilder;
import java.io.IOException;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The tests get their own database, also when dev mode's embedded one runs in the same JVM
 * (continuous testing); only a database the user configured is shared with them.
 */
class EmbeddedPostgresResourceTest {

  /**
   * The ordinal Quarkus gives the properties of test resources (RuntimeOverrideConfigSource): below
   * system properties (400), above environment variables (300) and application.properties (250).
   */
  private static final int TEST_RESOURCE_ORDINAL = 399;

  private final EmbeddedPostgresResource resource = new EmbeddedPostgresResource();

  @Test
  void shouldNotRunTestsOnTheDevModeDatabase(@TempDir Path devData) throws IOException {
    assumeJvmOfItsOwn();
    try {
      System.setProperty(EmbeddedDatabase.DATA_DIR_PROPERTY, devData.toString());
      EmbeddedDatabase.startIfNoDatasourceConfigured(); // what Main does in dev mode

      Map<String, String> testProperties = resource.start();

      assertThat(testProperties).containsKey(EmbeddedDatabase.URL_PROPERTY);
      assertThat(datasourceUrlSeenByTests(testProperties))
          .isEqualTo(testProperties.get(EmbeddedDatabase.URL_PROPERTY));
    } finally {
      stopDatabasesAndForgetTheirSettings();
    }
  }

  @Test
  void shouldRunTestsOnTheDatabaseTheUserConfigured() throws IOException {
    assumeJvmOfItsOwn();
    String userUrl = "jdbc:postgresql://db.example.invalid:5432/chitieu_test";
    try {
      System.setProperty(EmbeddedDatabase.URL_PROPERTY, userUrl);

      Map<String, String> testProperties = resource.start();

      assertThat(testProperties).isEmpty();
      assertThat(datasourceUrlSeenByTests(testProperties)).isEqualTo(userUrl);
    } finally {
      stopDatabasesAndForgetTheirSettings();
    }
  }

  /**
   * Checked in each test rather than in a @BeforeEach, whose @AfterEach would still run: the
   * clean-up must never touch settings these tests did not make.
   */
  private static void assumeJvmOfItsOwn() {
    assumeTrue(
        EmbeddedDatabase.setting(EmbeddedDatabase.URL_PROPERTY).isEmpty(),
        "with a database configured by the user, the tests share it by design");
    assumeTrue(
        System.getProperty(EmbeddedDatabase.EMBEDDED_URL_PROPERTY) == null,
        "continuous testing: dev mode's database runs in this JVM, and these settings are its own");
  }

  private void stopDatabasesAndForgetTheirSettings() throws IOException {
    resource.stop();
    EmbeddedDatabase.stop();
    System.clearProperty(EmbeddedDatabase.DATA_DIR_PROPERTY);
    System.clearProperty(EmbeddedDatabase.URL_PROPERTY);
  }

  /** The datasource URL as a test's Quarkus application resolves it from these sources. */
  private static String datasourceUrlSeenByTests(Map<String, String> testProperties)
      throws IOException {
    SmallRyeConfig config =
        new SmallRyeConfigBuilder()
            .addDefaultInterceptors()
            .addSystemSources()
            .withSources(
                new PropertiesConfigSource(testProperties, "test resources", TEST_RESOURCE_ORDINAL))
            .withSources(
                new PropertiesConfigSource(
                    EmbeddedPostgresResourceTest.class.getResource("/application.properties"), 250))
            .build();
    return config.getValue(EmbeddedDatabase.URL_PROPERTY, String.class);
  }
}
