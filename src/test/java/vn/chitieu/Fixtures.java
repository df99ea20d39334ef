package vn.chitieu;

import static org.hamcrest.Matchers.equalTo;

import com.atlassian.oai.validator.OpenApiInteractionValidator;
import com.atlassian.oai.validator.report.LevelResolver;
import com.atlassian.oai.validator.report.ValidationReport;
import com.atlassian.oai.validator.restassured.OpenApiValidationFilter;
import io.restassured.RestAssured;
import io.restassured.config.JsonConfig;
import io.restassured.http.ContentType;
import io.restassured.path.json.config.JsonPathConfig.NumberReturnType;
import io.restassured.response.Response;
import io.restassured.response.ValidatableResponse;
import io.restassured.specification.RequestSpecification;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.TimeUnit;
import java.util.function.BooleanSupplier;

/** Test data each test makes for itself, so that no test depends on another's. */
public final class Fixtures {

  private Fixtures() {}

  /** The user the API tests act as, unless a test says otherwise. */
  public static final String ADMIN_USER = "test-admin";

  private static final String ADMIN_TOKEN = Tokens.withRoles(ADMIN_USER, "admin");

  /**
   * Checks every response the API tests receive against the committed contract, so that the
   * document cannot drift from the code. Requests are not checked: the tests send invalid ones on
   * purpose.
   */
  public static final OpenApiValidationFilter CONTRACT =
      new OpenApiValidationFilter(
          OpenApiInteractionValidator.createForSpecificationUrl(
                  Path.of("docs/openapi.yaml").toAbsolutePath().toUri().toString())
              .withLevelResolver(
                  LevelResolver.create()
                      .withLevel("validation.request", ValidationReport.Level.IGNORE)
                      .build())
              .build());

  /** A request carrying an admin's token: the tests of the API itself act as an admin. */
  public static RequestSpecification given() {
    return RestAssured.given().filter(CONTRACT).auth().oauth2(ADMIN_TOKEN);
  }

  /** POSTs a JSON body as an admin. */
  public static Response postJson(String path, String json) {
    return given().contentType(ContentType.JSON).body(json).post(path);
  }

  /** PUTs a JSON body as an admin, naming in If-Match the version a GET just read. */
  public static Response putJson(String path, String json) {
    return given()
        .header("If-Match", etagOf(path))
        .contentType(ContentType.JSON)
        .body(json)
        .put(path);
  }

  /** A request of a caller holding this token, naming in If-Match the version a GET just read. */
  public static RequestSpecification changing(String token, String path) {
    return RestAssured.given()
        .filter(CONTRACT)
        .auth()
        .oauth2(token)
        .header("If-Match", etagOf(path));
  }

  /** DELETEs as an admin, naming in If-Match the version a GET just read. */
  public static Response delete(String path) {
    return given().header("If-Match", etagOf(path)).delete(path);
  }

  /**
   * The ETag a GET of the resource answers with, or {@code *} if there is none (nothing there, or a
   * resource read without ETags, such as a lock).
   */
  public static String etagOf(String path) {
    String etag = given().get(path).header("ETag");
    return etag == null ? "*" : etag;
  }

  /**
   * Posts a valid figure of the indicator with one piece of its body replaced, and checks that
   * nothing was stored for the indicator.
   */
  public static ValidatableResponse postFigureWith(
      String path, String indicator, String validBody, String from, String to) {
    if (!validBody.contains(from)) {
      throw new IllegalArgumentException("fixture has no " + from);
    }
    ValidatableResponse response = postJson(path, validBody.replace(from, to)).then();
    given().queryParam("indicator", indicator).get(path).then().body("totalItems", equalTo(0));
    return response;
  }

  /** A request whose JSON numbers are read back as exact BigDecimals, scale included. */
  public static RequestSpecification exactly() {
    return given()
        .config(
            RestAssured.config()
                .jsonConfig(
                    JsonConfig.jsonConfig().numberReturnType(NumberReturnType.BIG_DECIMAL)));
  }

  /**
   * The URL of a path on the management port (health, metrics), e.g. {@code management("/health")}
   * for {@code http://localhost:<port>/q/health}.
   */
  public static String management(String path) {
    return io.quarkus.test.common.http.TestHTTPResourceManager.getManagementUri() + path;
  }

  /** Waits, for at most ten seconds, until readiness is UP: the query warm-up runs after start. */
  public static void awaitReady() {
    long deadline = System.nanoTime() + java.time.Duration.ofSeconds(10).toNanos();
    while (RestAssured.given().get(management("/health/ready")).statusCode() != 200
        && System.nanoTime() < deadline) {
      try {
        Thread.sleep(100);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        return;
      }
    }
  }

  /** A code no other test uses. */
  public static String uniqueCode(String prefix) {
    return prefix
        + "_"
        + UUID.randomUUID().toString().replace("-", "").substring(0, 12).toUpperCase();
  }

  /**
   * A commune code no other test uses, registered for the test as an illustrative unit of province
   * 22 with no recorded start or end (codes 9xxxx: the shipped registry has none).
   */
  public static String uniqueArea() {
    String code = String.valueOf(ThreadLocalRandom.current().nextInt(90_000, 100_000));
    postCsv(
            "/api/v1/areas/units",
            "code,name,kind,parent\n%s,Xã thử nghiệm %s,xã,99\n".formatted(code, code))
        .then()
        .statusCode(200);
    return code;
  }

  /** POSTs a CSV table, in UTF-8, as an admin. */
  public static Response postCsv(String path, String csv) {
    return given().contentType("text/csv").body(csv.getBytes(StandardCharsets.UTF_8)).post(path);
  }

  public static String indicatorJson(String code, String sector, String measure, int decimals) {
    return """
        {"code": "%s", "name": {"vi": "Chỉ tiêu thử nghiệm", "en": "Test indicator"},
         "sector": "%s", "measure": "%s", "unit": "%%", "decimals": %d,
         "polarity": "LOWER_IS_BETTER"}
        """
        .formatted(code, sector, measure, decimals);
  }

  /** Creates a percentage indicator with two decimals and returns its code. */
  public static String createIndicator(String sector) {
    String code = uniqueCode("IND");
    postJson("/api/v1/indicators", indicatorJson(code, sector, "PERCENT", 2))
        .then()
        .statusCode(201);
    return code;
  }

  public static String targetJson(String indicator, String period, String value) {
    return """
        {"indicator": "%s", "period": "%s", "area": "22", "value": %s, "basis": "Kế hoạch thử"}
        """
        .formatted(indicator, period, value);
  }

  public static String achievementJson(String indicator, String period, String value) {
    return """
        {"indicator": "%s", "period": "%s", "area": "22", "value": %s,
         "status": "PRELIMINARY", "reportedOn": "2020-12-16", "source": "Báo cáo thử"}
        """
        .formatted(indicator, period, value);
  }

  /** Creates a target in area 22 and returns its id. */
  public static String createTarget(String indicator, String period, String value) {
    return create("/api/v1/targets", targetJson(indicator, period, value));
  }

  /** Creates an achievement in area 22 and returns its id. */
  public static String createAchievement(String indicator, String period, String value) {
    return create("/api/v1/achievements", achievementJson(indicator, period, value));
  }

  private static String create(String path, String json) {
    return postJson(path, json).then().statusCode(201).extract().path("id");
  }

  /** Waits, checking every few milliseconds, until the condition holds; fails after 20 s. */
  public static void until(BooleanSupplier condition) {
    long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(20);
    while (!condition.getAsBoolean()) {
      if (System.nanoTime() > deadline) {
        throw new AssertionError("not reached in 20 s");
      }
      try {
        Thread.sleep(2);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        throw new IllegalStateException(e);
      }
    }
  }
}
