package vn.chitieu;

import static io.restassured.RestAssured.given;

import io.restassured.http.ContentType;
import java.util.UUID;

/** Test data each test makes for itself, so that no test depends on another's. */
public final class Fixtures {

  private Fixtures() {}

  /** A code no other test uses. */
  public static String uniqueCode(String prefix) {
    return prefix
        + "_"
        + UUID.randomUUID().toString().replace("-", "").substring(0, 12).toUpperCase();
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
    given()
        .contentType(ContentType.JSON)
        .body(indicatorJson(code, sector, "PERCENT", 2))
        .post("/api/v1/indicators")
        .then()
        .statusCode(201);
    return code;
  }
}
