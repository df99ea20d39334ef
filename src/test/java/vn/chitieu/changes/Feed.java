package vn.chitieu.changes;

import static vn.chitieu.Fixtures.given;

import io.restassured.path.json.JsonPath;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** A consumer of the feed in tests: reads pages as a calling system would. */
final class Feed {

  private Feed() {}

  /** One page after a cursor (from the beginning when null). */
  static JsonPath page(String after, int limit) {
    var request = given().queryParam("limit", limit);
    if (after != null) {
      request = request.queryParam("after", after);
    }
    return request.get("/api/v1/changes").then().statusCode(200).extract().jsonPath();
  }

  /** The cursor after every change committed so far. */
  static String head() {
    String cursor = null;
    while (true) {
      JsonPath page = page(cursor, 1000);
      cursor = page.getString("next");
      if (page.getList("items").isEmpty()) {
        return cursor;
      }
    }
  }

  /** The changes after a cursor, read a page of this size at a time until none is new. */
  static List<Map<String, Object>> after(String cursor, int limit) {
    List<Map<String, Object>> changes = new ArrayList<>();
    while (true) {
      JsonPath page = page(cursor, limit);
      List<Map<String, Object>> items = page.getList("items");
      changes.addAll(items);
      cursor = page.getString("next");
      if (items.isEmpty()) {
        return changes;
      }
    }
  }
}
