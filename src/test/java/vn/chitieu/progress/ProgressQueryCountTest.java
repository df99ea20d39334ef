package vn.chitieu.progress;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.chitieu.Fixtures.createAchievement;
import static vn.chitieu.Fixtures.createIndicator;
import static vn.chitieu.Fixtures.createTarget;
import static vn.chitieu.Fixtures.given;
import static vn.chitieu.Fixtures.uniqueCode;

import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManagerFactory;
import org.hibernate.SessionFactory;
import org.hibernate.stat.Statistics;
import org.junit.jupiter.api.Test;

/** The scorecard and the series read a fixed number of statements, however much data there is. */
@QuarkusTest
class ProgressQueryCountTest {

  @Inject EntityManagerFactory entityManagerFactory;

  @Test
  void shouldReadTheScorecardInAFixedNumberOfStatements() {
    String small = sectorWithIndicators(2);
    String large = sectorWithIndicators(12);
    long forSmall = statementsFor("/api/v1/progress?period=2020&sector=" + small, 2);
    long forLarge = statementsFor("/api/v1/progress?period=2020&sector=" + large, 12);
    assertThat(forLarge).isEqualTo(forSmall).isLessThanOrEqualTo(2);
  }

  @Test
  void shouldReadTheSeriesInAFixedNumberOfStatements() {
    String shortSeries = indicatorWithYears(2);
    String longSeries = indicatorWithYears(15);
    long forShort = statementsFor("/api/v1/indicators/" + shortSeries + "/progress", 2);
    long forLong = statementsFor("/api/v1/indicators/" + longSeries + "/progress", 15);
    assertThat(forLong).isEqualTo(forShort).isLessThanOrEqualTo(3);
  }

  private String sectorWithIndicators(int count) {
    String sector = uniqueCode("COUNTED");
    for (int i = 0; i < count; i++) {
      String indicator = createIndicator(sector);
      createTarget(indicator, "2020", "10");
      createAchievement(indicator, "2020", "9");
    }
    return sector;
  }

  private String indicatorWithYears(int years) {
    String indicator = createIndicator(uniqueCode("COUNTED"));
    for (int year = 2006; year < 2006 + years; year++) {
      createTarget(indicator, Integer.toString(year), "10");
      createAchievement(indicator, Integer.toString(year), "11");
    }
    return indicator;
  }

  /** Statements prepared while serving one request, which must answer with the expected rows. */
  private long statementsFor(String path, int rows) {
    Statistics statistics = entityManagerFactory.unwrap(SessionFactory.class).getStatistics();
    statistics.clear();
    int served = given().get(path).then().statusCode(200).extract().path("size()");
    long statements = statistics.getPrepareStatementCount();
    assertThat(served).isEqualTo(rows);
    return statements;
  }
}
