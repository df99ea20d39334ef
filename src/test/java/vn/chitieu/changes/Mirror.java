package vn.chitieu.changes;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * A copy of the service's data kept by applying the feed, as a consuming system would, and checking
 * as it goes that no change comes twice and none is missing: every change of a resource carries the
 * version after the previous one.
 */
final class Mirror {

  private final Map<String, Map<String, Object>> resources = new HashMap<>();
  private final Map<String, Integer> versions = new HashMap<>();
  private final Set<String> cursors = new HashSet<>();

  @SuppressWarnings("unchecked")
  void apply(Map<String, Object> change) {
    String cursor = (String) change.get("cursor");
    assertThat(cursors.add(cursor)).as("change %s came twice", cursor).isTrue();
    String key = change.get("resource") + " " + change.get("id");
    if ("DELETED".equals(change.get("change"))) {
      assertThat(resources.remove(key)).as("deleted %s, which the mirror lacks", key).isNotNull();
      versions.remove(key);
      return;
    }
    Map<String, Object> data = (Map<String, Object>) change.get("data");
    int version = (Integer) data.get("version");
    if ("CREATED".equals(change.get("change"))) {
      assertThat(version).as("version of new %s", key).isZero();
    } else {
      assertThat(versions.get(key))
          .as("%s at version %d: the change before it is missing or repeated", key, version)
          .isEqualTo(version - 1);
    }
    versions.put(key, version);
    resources.put(key, data);
  }

  void applyAll(List<Map<String, Object>> changes) {
    changes.forEach(this::apply);
  }

  int size() {
    return cursors.size();
  }

  /** The figures of an indicator the mirror holds, by id: their value and version. */
  Map<String, String> figures(String resource, String indicator) {
    return resources.entrySet().stream()
        .filter(e -> e.getKey().startsWith(resource + " "))
        .filter(e -> indicator.equals(e.getValue().get("indicator")))
        .collect(
            Collectors.toMap(
                e -> (String) e.getValue().get("id"),
                e -> e.getValue().get("value") + " v" + e.getValue().get("version")));
  }
}
