package vn.chitieu.system;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.chitieu.Fixtures.achievementJson;
import static vn.chitieu.Fixtures.createIndicator;
import static vn.chitieu.Fixtures.given;
import static vn.chitieu.Fixtures.postJson;

import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import org.hibernate.SessionFactory;
import org.hibernate.engine.spi.SessionFactoryImplementor;
import org.junit.jupiter.api.Test;

/**
 * A statement Hibernate has prepared is found again the next time, not prepared anew and kept
 * beside the first: a native query given a non-entity result class ({@code Boolean.class}) made a
 * new entry in Hibernate's plan cache at every call, all with the same hash, so each call searched
 * a longer chain of them (most of a read of the change feed's time, docs/performance.md).
 */
@QuarkusTest
class QueryPlanCacheTest {

  private static final int ROUNDS = 20;

  @Inject SessionFactory sessions;

  @Test
  void repeatedWritesAndFeedReadsPrepareNoNewStatements() {
    String indicator = createIndicator("TEST_PLANS");
    round(indicator, 2001); // prepares what a round runs
    long prepared = plans();

    for (int year = 2002; year < 2002 + ROUNDS; year++) {
      round(indicator, year);
    }

    assertThat(prepared).as("statements prepared by the first round").isPositive();
    // Two to spare for a background job that runs a statement of its own for the first time.
    assertThat(plans() - prepared)
        .as("statements prepared by %d more rounds", ROUNDS)
        .isLessThanOrEqualTo(2);
  }

  /** A create, the same key again (refused: the stored one is found), and a read of the feed. */
  private static void round(String indicator, int year) {
    String json = achievementJson(indicator, String.valueOf(year), "1.5");
    postJson("/api/v1/achievements", json).then().statusCode(201);
    postJson("/api/v1/achievements", json).then().statusCode(409);
    given().queryParam("limit", 1).get("/api/v1/changes").then().statusCode(200);
  }

  private long plans() {
    return sessions
        .unwrap(SessionFactoryImplementor.class)
        .getQueryEngine()
        .getInterpretationCache()
        .getNumberOfCachedQueryPlans();
  }
}
