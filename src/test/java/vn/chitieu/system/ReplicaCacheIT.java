package vn.chitieu.system;

import static org.hamcrest.Matchers.comparesEqualTo;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.nullValue;

import io.restassured.http.ContentType;
import io.restassured.specification.RequestSpecification;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.math.BigDecimal;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.parallel.Execution;
import org.junit.jupiter.api.parallel.ExecutionMode;
import org.junit.jupiter.api.parallel.ResourceAccessMode;
import org.junit.jupiter.api.parallel.ResourceLock;
import vn.chitieu.Fixtures;
import vn.chitieu.Tokens;

/**
 * Two instances of the packaged service on one database, as replicas run: each keeps the
 * indicators, scorecards and series it has read (cache/SnapshotCache), and a write through one is
 * in the other's very next read, without waiting.
 */
@Tag("slow")
@Execution(ExecutionMode.CONCURRENT)
@ResourceLock(value = "machine", mode = ResourceAccessMode.READ)
class ReplicaCacheIT {

  private final String admin = Tokens.withRoles("replicas", "admin");

  @Test
  void shouldShowAWriteThroughOneReplicaInTheOthersNextRead() throws Exception {
    EmbeddedPostgres postgres = ServiceProcess.startPostgres("replicas-postgres");
    try (ServiceProcess writer = ServiceProcess.start(postgres);
        ServiceProcess reader = ServiceProcess.start(postgres)) {
      String code = Fixtures.uniqueCode("REPLICA");
      String indicator = "/api/v1/indicators/" + code;
      String scorecard = "/api/v1/progress?period=2020&area=22&indicator=" + code;
      String series = indicator + "/progress?area=22";

      // Read before the indicator exists, twice, so that the reader keeps the answers.
      for (int read = 0; read < 2; read++) {
        on(reader).get(indicator).then().statusCode(404);
        on(reader).get(scorecard).then().statusCode(200).body("$", empty());
      }

      on(writer)
          .contentType(ContentType.JSON)
          .body(Fixtures.indicatorJson(code, "REPLICAS", "PERCENT", 2))
          .post("/api/v1/indicators")
          .then()
          .statusCode(201);
      on(reader).get(indicator).then().statusCode(200).body("name.en", equalTo("Test indicator"));
      on(reader).get(indicator).then().statusCode(200).header("ETag", "\"0\"");
      on(reader).get(series).then().statusCode(200).body("$", empty());

      on(writer)
          .contentType(ContentType.JSON)
          .header("If-Match", "\"0\"")
          .body(
              """
              {"name": {"vi": "Chỉ tiêu đổi tên", "en": "Renamed"}, "sector": "REPLICAS",
               "measure": "PERCENT", "unit": "%", "decimals": 2, "polarity": "LOWER_IS_BETTER"}
              """)
          .put(indicator)
          .then()
          .statusCode(200);
      on(reader)
          .get(indicator)
          .then()
          .statusCode(200)
          .header("ETag", "\"1\"")
          .body("name.en", equalTo("Renamed"));

      on(writer)
          .contentType(ContentType.JSON)
          .body(Fixtures.targetJson(code, "2020", "10.5"))
          .post("/api/v1/targets")
          .then()
          .statusCode(201);
      on(reader)
          .get(scorecard)
          .then()
          .statusCode(200)
          .body("indicator.code", contains(code))
          .body("[0].target.value", comparesEqualTo(new BigDecimal("10.5")))
          .body("[0].achievement", nullValue());

      on(writer)
          .contentType(ContentType.JSON)
          .body(Fixtures.achievementJson(code, "2020", "8.5"))
          .post("/api/v1/achievements")
          .then()
          .statusCode(201);
      on(reader)
          .get(scorecard)
          .then()
          .statusCode(200)
          .body("[0].achievement.value", comparesEqualTo(new BigDecimal("8.5")))
          .body("[0].indicator.name.en", equalTo("Renamed"));
      on(reader)
          .get(series)
          .then()
          .statusCode(200)
          .body("period", contains("2020"))
          .body("[0].achievement.value", comparesEqualTo(new BigDecimal("8.5")));
    } finally {
      postgres.close();
    }
  }

  private RequestSpecification on(ServiceProcess service) {
    return Fixtures.exactly().port(service.port).header("Authorization", "Bearer " + admin);
  }
}
