package vn.chitieu.system;

import static io.restassured.RestAssured.given;
import static vn.chitieu.Fixtures.management;

import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Health and metrics answer on the management port only; the public port (the one the Service and
 * Ingress route to) serves the API, the OpenAPI document and Swagger UI, and nothing of those.
 */
@QuarkusTest
class ManagementInterfaceTest {

  @ParameterizedTest
  @ValueSource(strings = {"/q/health", "/q/health/ready", "/q/health/live", "/q/metrics"})
  void shouldKeepHealthAndMetricsOffThePublicPort(String path) {
    given().get(path).then().statusCode(404);
  }

  @ParameterizedTest
  @ValueSource(strings = {"/health/started", "/health/live", "/metrics"})
  void shouldServeHealthAndMetricsOnTheManagementPort(String path) {
    given().get(management(path)).then().statusCode(200);
  }

  @ParameterizedTest
  @ValueSource(strings = {"/openapi", "/swagger-ui/"})
  void shouldServeTheContractOnThePublicPortOnly(String path) {
    given().get("/q" + path).then().statusCode(200);
    given().get(management(path)).then().statusCode(404);
  }
}
