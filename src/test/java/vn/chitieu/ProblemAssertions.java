package vn.chitieu;

import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;

import io.restassured.response.ValidatableResponse;

/** Checks shared by the tests of error responses. */
public final class ProblemAssertions {

  private ProblemAssertions() {}

  /** A 400 problem+json whose errors name the field with a message containing the text. */
  public static void assertInvalid(ValidatableResponse response, String field, String message) {
    response
        .statusCode(400)
        .contentType("application/problem+json")
        .body("type", equalTo("urn:chitieu:problem:invalid-input"))
        .body("title", equalTo("Invalid input"))
        .body("status", equalTo(400))
        .body("errors.field", hasItem(field))
        .body("errors.find { it.field == '" + field + "' }.message", containsString(message));
    assertNoInternals(response);
  }

  /** A 400 problem+json for a body that is not JSON, whose detail contains the text. */
  public static void assertMalformed(ValidatableResponse response, String detail) {
    response
        .statusCode(400)
        .contentType("application/problem+json")
        .body("title", equalTo("Malformed request"))
        .body("detail", containsString(detail));
    assertNoInternals(response);
  }

  /** No Java class names, stack frames or SQL reach a caller. */
  public static void assertNoInternals(ValidatableResponse response) {
    response.body(
        allOf(
            not(containsString("java.")),
            not(containsString("Exception")),
            not(containsString("vn.chitieu")),
            not(containsString("com.fasterxml")),
            not(containsString("\tat ")),
            not(containsString("SQL")),
            not(containsString("StreamReadFeature")),
            not(containsString("[Source")),
            not(containsString("`"))));
  }
}
