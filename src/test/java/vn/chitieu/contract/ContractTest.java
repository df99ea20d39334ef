package vn.chitieu.contract;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import io.quarkus.test.junit.QuarkusTest;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/**
 * The contract is a reviewed file: the served document must equal docs/openapi.yaml, so that every
 * change to it shows up as a diff in review.
 */
@QuarkusTest
class ContractTest {

  static final Path COMMITTED = Path.of("docs/openapi.yaml");
  static final Path LIVE = Path.of("target/openapi.yaml");

  @Test
  void shouldServeTheCommittedContract() throws Exception {
    String live = given().get("/q/openapi").then().statusCode(200).extract().asString();
    Files.writeString(LIVE, live);
    assertThat(live)
        .as(
            "The served OpenAPI document differs from docs/openapi.yaml. If the change is"
                + " deliberate: cp target/openapi.yaml docs/openapi.yaml, and review the diff.")
        .isEqualTo(Files.readString(COMMITTED));
  }
}
