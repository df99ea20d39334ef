package vn.chitieu.changes;

import static vn.chitieu.Fixtures.achievementJson;
import static vn.chitieu.Fixtures.delete;
import static vn.chitieu.Fixtures.etagOf;
import static vn.chitieu.Fixtures.given;
import static vn.chitieu.Fixtures.targetJson;

import io.restassured.http.ContentType;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

/**
 * Writers working at once on one indicator: each creates, updates and deletes targets and
 * achievements of its own periods, and all of them update one shared target, retrying when another
 * came first (412), so that one row is changed by transactions that race.
 */
final class Writers {

  static final int WRITERS = 6;
  static final int ROUNDS = 8;

  private final String indicator;
  private final String shared;
  private final ExecutorService pool = Executors.newFixedThreadPool(WRITERS);
  private List<Future<?>> running = List.of();

  Writers(String indicator) {
    this.indicator = indicator;
    this.shared = vn.chitieu.Fixtures.createTarget(indicator, "2030", "0");
  }

  void start() {
    running =
        IntStream.range(0, WRITERS)
            .mapToObj(writer -> pool.submit(() -> write(writer)))
            .collect(Collectors.toList());
  }

  boolean done() {
    return running.stream().allMatch(Future::isDone);
  }

  void await() throws Exception {
    for (Future<?> writer : running) {
      writer.get();
    }
    pool.shutdown();
  }

  private void write(int writer) {
    Deque<String> targets = new ArrayDeque<>();
    for (int round = 0; round < ROUNDS; round++) {
      String period = Integer.toString(1950 + writer * ROUNDS + round);
      String target = create("/api/v1/targets", targetJson(indicator, period, "1." + round));
      targets.add(target);
      put("/api/v1/targets/" + target, targetJson(indicator, period, "2." + round));
      String achievement =
          create("/api/v1/achievements", achievementJson(indicator, period, "3." + round));
      put("/api/v1/achievements/" + achievement, achievementJson(indicator, period, "4." + round));
      updateShared(writer, round);
      if (round % 3 == 2) {
        delete("/api/v1/targets/" + targets.removeFirst()).then().statusCode(204);
      }
    }
  }

  private void updateShared(int writer, int round) {
    String path = "/api/v1/targets/" + shared;
    String body = targetJson(indicator, "2030", writer + "." + round);
    while (true) {
      int status =
          given()
              .header("If-Match", etagOf(path))
              .contentType(ContentType.JSON)
              .body(body)
              .put(path)
              .statusCode();
      if (status == 200) {
        return;
      }
      if (status != 412) {
        throw new IllegalStateException("shared update answered " + status);
      }
    }
  }

  private static String create(String path, String json) {
    return given()
        .contentType(ContentType.JSON)
        .body(json)
        .post(path)
        .then()
        .statusCode(201)
        .extract()
        .path("id");
  }

  private static void put(String path, String json) {
    vn.chitieu.Fixtures.putJson(path, json).then().statusCode(200);
  }

  /** The indicator's figures as the service holds them now, by id: value and version. */
  static Map<String, String> stored(String resource, String indicator) {
    List<Map<String, Object>> items =
        given()
            .queryParam("indicator", indicator)
            .queryParam("size", 500)
            .get("/api/v1/" + resource + "s")
            .then()
            .statusCode(200)
            .extract()
            .jsonPath()
            .getList("items");
    return items.stream()
        .collect(
            Collectors.toMap(
                item -> (String) item.get("id"),
                item -> item.get("value") + " v" + item.get("version")));
  }
}
