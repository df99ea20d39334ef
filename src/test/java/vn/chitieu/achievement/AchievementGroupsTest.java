package vn.chitieu.achievement;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.chitieu.Fixtures.achievementJson;
import static vn.chitieu.Fixtures.createIndicator;
import static vn.chitieu.Fixtures.until;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import javax.sql.DataSource;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import vn.chitieu.Fixtures;
import vn.chitieu.Tokens;

/**
 * Single creates that arrive while another is being written are written together (docs/design.md,
 * "Single creates together"), over real HTTP and PostgreSQL. A test connection holds a lock on the
 * achievement table that the inserts of a key's two writers wait for; the creates under test arrive
 * meanwhile, and wait for those writes to end.
 */
@QuarkusTest
class AchievementGroupsTest {

  private static final String OTHER_USER = "test-editor-groups";
  private static final String OTHER_TOKEN = Tokens.withRoles(OTHER_USER, "editor");
  private static final String ADMIN_TOKEN = Tokens.withRoles(Fixtures.ADMIN_USER, "admin");

  @Inject DataSource database;
  @Inject AchievementService service;

  private final ExecutorService callers = Executors.newCachedThreadPool();

  @AfterEach
  void stopCallers() {
    callers.shutdownNow();
  }

  @Test
  void shouldWriteCreatesThatArriveTogetherUnderOneRevision() throws Exception {
    String indicator = createIndicator("TEST_GROUPS");
    List<Future<Response>> answers;
    Future<Response> first;
    try (Connection holder = holdInserts()) {
      first = post(ADMIN_TOKEN, achievementJson(indicator, "2001", "1.5"), 1);
      post(ADMIN_TOKEN, achievementJson(indicator, "2005", "1.5"), 2);
      answers = arrive(ADMIN_TOKEN, indicator, "2002", "2003", "2004");
      holder.rollback();
    }

    long firstRevision = revisionOf(created(first));
    List<Long> revisions = new ArrayList<>();
    for (int i = 0; i < answers.size(); i++) {
      Response answer = answers.get(i).get(30, TimeUnit.SECONDS);
      assertThat(answer.statusCode()).isEqualTo(201);
      assertThat(answer.jsonPath().getString("period")).isEqualTo("200" + (i + 2));
      assertThat(answer.header("Location")).endsWith(answer.jsonPath().getString("id"));
      revisions.add(revisionOf(answer.jsonPath().getString("id")));
    }
    assertThat(revisions).containsOnly(revisions.get(0)).doesNotContain(firstRevision);
  }

  @Test
  void shouldAnswerEachCreateOfARefusedGroupAsIfItCameAlone() throws Exception {
    String indicator = createIndicator("TEST_GROUPS");
    List<Future<Response>> answers;
    Future<Response> first;
    try (Connection holder = holdInserts()) {
      first = post(ADMIN_TOKEN, achievementJson(indicator, "2011", "1.5"), 1);
      post(ADMIN_TOKEN, achievementJson(indicator, "2015", "1.5"), 2);
      // The middle one repeats the first's key: the group is refused, each is written alone.
      answers = arrive(ADMIN_TOKEN, indicator, "2012", "2011", "2013");
      holder.rollback();
    }

    String firstId = created(first);
    Response repeated = answers.get(1).get(30, TimeUnit.SECONDS);
    Response alone =
        Fixtures.postJson("/api/v1/achievements", achievementJson(indicator, "2011", "1.5"));
    assertThat(repeated.statusCode()).isEqualTo(409).isEqualTo(alone.statusCode());
    assertThat(repeated.jsonPath().getString("detail"))
        .contains(firstId)
        .isEqualTo(alone.jsonPath().getString("detail"));
    long before = revisionOf(created(answers.get(0)));
    long after = revisionOf(created(answers.get(2)));
    assertThat(before).isNotEqualTo(after);
    Fixtures.given()
        .queryParam("indicator", indicator)
        .get("/api/v1/achievements")
        .then()
        .body("totalItems", org.hamcrest.Matchers.equalTo(4));
  }

  @Test
  void shouldNeverGroupCreatesOfTwoCallersOrTwoReasons() throws Exception {
    String indicator = createIndicator("TEST_GROUPS");
    List<Future<Response>> admin = new ArrayList<>();
    List<Future<Response>> other = new ArrayList<>();
    Future<Response> reasoned;
    try (Connection holder = holdInserts()) {
      // Two creates of each key wait in the database; the others wait for them.
      admin.add(post(ADMIN_TOKEN, achievementJson(indicator, "2021", "1"), 1));
      post(ADMIN_TOKEN, achievementJson(indicator, "2031", "1"), 2);
      other.add(post(OTHER_TOKEN, achievementJson(indicator, "2022", "1"), 3));
      post(OTHER_TOKEN, achievementJson(indicator, "2032", "1"), 4);
      reasoned = post(ADMIN_TOKEN, withReason(achievementJson(indicator, "2023", "1")), 5);
      admin.addAll(arrive(ADMIN_TOKEN, indicator, "2024", "2025"));
      other.addAll(arrive(OTHER_TOKEN, indicator, "2026", "2027"));
      holder.rollback();
    }

    Version adminGroup = versionOf(created(admin.get(1)));
    assertThat(versionOf(created(admin.get(2)))).isEqualTo(adminGroup);
    assertThat(adminGroup.changedBy()).isEqualTo(Fixtures.ADMIN_USER);
    assertThat(adminGroup.reason()).isNull();
    Version otherGroup = versionOf(created(other.get(1)));
    assertThat(versionOf(created(other.get(2)))).isEqualTo(otherGroup);
    assertThat(otherGroup.changedBy()).isEqualTo(OTHER_USER);
    assertThat(otherGroup.revision()).isNotEqualTo(adminGroup.revision());
    Version withReason = versionOf(created(reasoned));
    assertThat(withReason.reason()).isEqualTo("Số liệu ước tính");
    assertThat(withReason.revision())
        .isNotIn(adminGroup.revision(), otherGroup.revision(), versionOf(created(admin.get(0))));
  }

  /** The first version of a row: its revision, who made it and why. */
  private record Version(long revision, String changedBy, String reason) {}

  private static Version versionOf(String id) {
    var history = Fixtures.given().get("/api/v1/achievements/" + id + "/history").jsonPath();
    return new Version(
        history.getLong("items[0].revision"),
        history.getString("items[0].changedBy"),
        history.getString("items[0].reason"));
  }

  private static long revisionOf(String id) {
    return versionOf(id).revision();
  }

  private static String withReason(String json) {
    return json.replace("\"source\"", "\"reason\": \"Số liệu ước tính\", \"source\"");
  }

  private static String created(Future<Response> answer) throws Exception {
    Response response = answer.get(30, TimeUnit.SECONDS);
    assertThat(response.statusCode()).as(response.asString()).isEqualTo(201);
    return response.jsonPath().getString("id");
  }

  /**
   * A connection whose open transaction locks the achievement table against inserts, not reads:
   * each create's insert waits until it rolls back.
   */
  private Connection holdInserts() throws SQLException {
    Connection holder = database.getConnection();
    holder.setAutoCommit(false);
    try (Statement statement = holder.createStatement()) {
      statement.execute("lock table achievement in share mode");
    }
    return holder;
  }

  /** Posts from a thread of its own, once the inserts waiting in the database are as many. */
  private Future<Response> post(String token, String json, int waitingInserts) {
    Future<Response> answer = submit(token, json);
    until(() -> insertsWaiting() >= waitingInserts);
    return answer;
  }

  /** Posts one create per period, each once the one before it waits for the write under way. */
  private List<Future<Response>> arrive(String token, String indicator, String... periods) {
    List<Future<Response>> answers = new ArrayList<>();
    for (String period : periods) {
      int waiting = service.waitingToCreate();
      String json = achievementJson(indicator, period, "1.5");
      answers.add(submit(token, json));
      until(() -> service.waitingToCreate() == waiting + 1);
    }
    return answers;
  }

  /** A create posted from a thread of its own. */
  private Future<Response> submit(String token, String json) {
    return callers.submit(
        () ->
            RestAssured.given()
                .filter(Fixtures.CONTRACT)
                .auth()
                .oauth2(token)
                .contentType(ContentType.JSON)
                .body(json)
                .post("/api/v1/achievements"));
  }

  private int insertsWaiting() {
    try (Connection connection = database.getConnection();
        Statement statement = connection.createStatement();
        ResultSet result =
            statement.executeQuery(
                "select count(*) from pg_stat_activity where datname = current_database()"
                    + " and wait_event_type = 'Lock' and query like 'insert into achievement %'")) {
      result.next();
      return result.getInt(1);
    } catch (SQLException e) {
      throw new IllegalStateException(e);
    }
  }
}
