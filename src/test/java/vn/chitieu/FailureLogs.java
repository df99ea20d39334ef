package vn.chitieu;

import io.quarkus.test.junit.callback.QuarkusTestBeforeClassCallback;
import io.restassured.RestAssured;
import io.restassured.config.LogConfig;
import io.restassured.filter.log.LogDetail;

/**
 * When a check of an API test fails, RestAssured prints the request and the response, as the body
 * was sent and received: not pretty-printed. RestAssured records every request for that in case its
 * checks fail, and pretty-printing each JSON body took a tenth of the test JVM's time
 * (docs/performance.md, "Development loop"); Quarkus's own setting, which pretty-prints, is off in
 * the test profile (quarkus.test.rest-assured.enable-logging-on-failure).
 */
public class FailureLogs implements QuarkusTestBeforeClassCallback {

  @Override
  public void beforeClass(Class<?> testClass) {
    RestAssured.config =
        RestAssured.config()
            .logConfig(
                LogConfig.logConfig()
                    .enableLoggingOfRequestAndResponseIfValidationFails(LogDetail.ALL)
                    .enablePrettyPrinting(false));
  }
}
