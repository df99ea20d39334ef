package vn.chitieu.hostile;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.UUID;
import java.util.stream.Collectors;

/**
 * Generates the hostile requests from the contract's operations: every operation gets its path
 * parameters, query parameters, body fields and content type attacked one at a time, starting from
 * a valid request. Seeded, so that a failure reproduces.
 */
final class HostileRequests {

  /** JSON values of the wrong type for any field. */
  static final List<String> WRONG_TYPES =
      List.of("12345", "-1", "true", "false", "[]", "{}", "\"text\"", "null", "[1,2]", "{\"a\":1}");

  /** Numbers at and beyond what any decimal, integer or double holds. */
  static final List<String> EXTREME_NUMBERS =
      List.of(
          "1e2147483647",
          "-1e2147483647",
          "1e-2147483648",
          "1e309",
          "-0",
          "0.000000000000000000000000000001",
          "99999999999999999999999999999999999999",
          "9223372036854775808",
          "-9223372036854775809",
          "2147483648",
          "1.0e+400",
          "123456789012345678901234567890.123456789");

  /** Strings that trip encoders, collations and log readers. */
  static final List<String> UNICODE =
      List.of(
          "\"a\\ud800b\"",
          "\"\\udc00\"",
          "\"a\\u0000b\"",
          "\"\\u202Egnp.exe\"",
          "\"\\u200B\\u200B\"",
          "\"😀👩‍👩‍👧‍👦\"",
          "\"e\\u0301\\u0301\\u0301\"",
          "\"\\uFEFFbom\"",
          "\"\\uFFFF\\uFFFE\"",
          "\"Ｔｅｓｔ\"",
          "\"  \"",
          "\"\\r\\n\\t\"",
          "\"Số liệu ệ\"");

  static final List<String> BAD_PERIODS =
      List.of(
          "\"2020-13\"",
          "\"2020-M00\"",
          "\"2020-Q5\"",
          "\"2020-H3\"",
          "\"0000\"",
          "\"99999\"",
          "\"-2020\"",
          "\"2020-\"",
          "\"20 20\"",
          "\"２０２０\"");

  static final List<String> BAD_AREAS =
      List.of("\"2\"", "\"222222\"", "\"ab\"", "\"22 \"", "\"٢٢\"", "\"-22\"", "\"\"");

  static final List<String> QUERY_VALUES =
      List.of(
          "",
          "abc",
          "-1",
          "1e309",
          "99999999999999999999",
          "%00",
          "'%20OR%201=1--",
          "%25",
          "_",
          "2020-13",
          "%E2%80%AE",
          "%F0%9F%98%80",
          "%ED%A0%80",
          "a".repeat(5000),
          "2020-12-16T00:00:00",
          "+1");

  static final List<String> PATH_VALUES =
      List.of(
          "00000000-0000-0000-0000-000000000000",
          "not-a-uuid",
          "%2e%2e",
          "..%2F..%2Fq%2Fhealth",
          "%2e%2e%2f%2e%2e%2fq%2fmetrics",
          "%00",
          "%C0%AE%C0%AE",
          "%ED%A0%80",
          "%F0%9F%98%80",
          "%252e%252e",
          "x;jsessionid=1",
          "%20",
          "1e309",
          "a".repeat(3000));

  static final List<String> CONTENT_TYPES =
      List.of(
          "text/plain",
          "*/*",
          "application/xml",
          "application/x-www-form-urlencoded",
          "multipart/form-data; boundary=x",
          "application/json; charset=ISO-8859-1",
          "application/json; charset=UTF-16",
          "application/merge-patch+json",
          "application/json",
          "application/jsonx",
          "",
          "application/json, text/plain");

  private final Random random;
  private final Map<String, String> pathValues;
  private final Map<String, String> bodyOverrides;

  /**
   * @param pathValues a valid value for each path parameter, by operation path prefix and name
   * @param bodyOverrides field values every baseline body gets (so that what is created lands on
   *     the suite's own indicator and area)
   */
  HostileRequests(long seed, Map<String, String> pathValues, Map<String, String> bodyOverrides) {
    this.random = new Random(seed);
    this.pathValues = pathValues;
    this.bodyOverrides = bodyOverrides;
  }

  List<Attack> generate(List<ContractOperations.Op> ops) {
    List<Attack> attacks = new ArrayList<>();
    for (ContractOperations.Op op : ops) {
      attacks.addAll(forOperation(op));
    }
    return attacks;
  }

  private List<Attack> forOperation(ContractOperations.Op op) {
    List<Attack> attacks = new ArrayList<>();
    String path = validPath(op);
    String query = validQuery(op);
    String resource = op.pathParams().isEmpty() || "POST".equals(op.method()) ? null : path;
    Map<String, String> fields = op.exampleBody() == null ? null : baselineFields(op);

    // Path parameters and path tricks.
    for (String param : op.pathParams()) {
      for (String value : PATH_VALUES) {
        attacks.add(
            attack(
                op,
                "path " + param + "=" + abbreviate(value),
                pathWith(op, param, value) + query,
                op.mediaType(),
                fields == null ? null : render(op, fields),
                resource));
      }
    }
    for (String trick :
        List.of(
            path + "/",
            path.replaceFirst("/api/", "//api/"),
            path.toUpperCase(),
            path + "/..",
            path + "%2F",
            path + "?",
            path + "#frag")) {
      attacks.add(
          attack(
              op,
              "path trick",
              trick,
              op.mediaType(),
              fields == null ? null : render(op, fields),
              resource));
    }

    // Query parameters, one at a time, and repeated.
    for (String param : op.queryExamples().keySet()) {
      for (String value : QUERY_VALUES) {
        attacks.add(
            attack(
                op,
                "query " + param + "=" + abbreviate(value),
                path + "?" + param + "=" + value,
                op.mediaType(),
                fields == null ? null : render(op, fields),
                resource));
      }
      attacks.add(
          attack(
              op,
              "query " + param + " repeated",
              path + "?" + param + "=1&" + param + "=2",
              op.mediaType(),
              fields == null ? null : render(op, fields),
              resource));
    }
    attacks.add(
        attack(
            op,
            "unknown query parameter",
            path + "?debug=true&__proto__=x",
            op.mediaType(),
            fields == null ? null : render(op, fields),
            resource));

    if (fields == null) {
      return attacks;
    }
    String target = path + query;
    // Body fields, one at a time.
    for (String field : fields.keySet()) {
      Map<String, String> without = new LinkedHashMap<>(fields);
      without.remove(field);
      attacks.add(body(op, "missing " + field, target, render(op, without), resource));
      List<String> values = new ArrayList<>();
      values.addAll(WRONG_TYPES);
      values.addAll(EXTREME_NUMBERS);
      values.addAll(UNICODE);
      values.addAll(BAD_PERIODS);
      values.addAll(BAD_AREAS);
      values.add("\"" + "x".repeat(100_000) + "\"");
      values.add("\"" + "ệ".repeat(20_000) + "\"");
      values.add("[".repeat(5_000) + "]".repeat(5_000));
      for (String value : values) {
        Map<String, String> changed = new LinkedHashMap<>(fields);
        changed.put(field, value);
        attacks.add(
            body(op, field + "=" + abbreviate(value), target, render(op, changed), resource));
      }
      // Duplicate key: the same field again, after all others, with another value.
      String duplicated = renderRaw(op, join(fields) + ",\"" + field + "\":" + pick(WRONG_TYPES));
      attacks.add(body(op, "duplicate " + field, target, duplicated, resource));
      String duplicatedEarly =
          renderRaw(op, "\"" + field + "\":" + pick(UNICODE) + "," + join(fields));
      attacks.add(body(op, "duplicate " + field + " first", target, duplicatedEarly, resource));
    }
    // Whole bodies.
    Map<String, String> extra = new LinkedHashMap<>(fields);
    extra.put("admin", "true");
    attacks.add(body(op, "extra field", target, render(op, extra), resource));
    Map<String, String> extraId = new LinkedHashMap<>(fields);
    extraId.put("id", "\"" + UUID.randomUUID() + "\"");
    extraId.put("createdBy", "\"system\"");
    attacks.add(body(op, "server-owned fields", target, render(op, extraId), resource));
    for (String raw :
        List.of(
            "",
            "{",
            "}",
            "[",
            "null",
            "\"text\"",
            "42",
            "[]",
            "{}",
            "[{}]",
            "{\"a\":" + "[".repeat(100_000),
            "[".repeat(100_000) + "]".repeat(100_000),
            "{\"a\":" + "{\"a\":".repeat(3_000) + "1" + "}".repeat(3_001),
            "\uFEFF" + render(op, fields),
            render(op, fields) + "garbage",
            render(op, fields) + render(op, fields),
            render(op, fields).replace("\"", "'"),
            "{\"a\":NaN}",
            "{\"a\":Infinity}",
            "/* comment */" + render(op, fields),
            "\u0000")) {
      attacks.add(body(op, "body " + abbreviate(raw), target, raw, resource));
    }
    for (String contentType : CONTENT_TYPES) {
      attacks.add(
          new Attack(
              "content type '" + contentType + "'",
              op,
              target,
              contentType.isEmpty() ? null : contentType,
              render(op, fields).getBytes(StandardCharsets.UTF_8),
              null,
              resource,
              Map.of()));
    }
    attacks.add(
        new Attack(
            "no content type",
            op,
            target,
            null,
            render(op, fields).getBytes(StandardCharsets.UTF_8),
            null,
            resource,
            Map.of()));
    attacks.add(
        new Attack(
            "body in UTF-16",
            op,
            target,
            op.mediaType(),
            render(op, fields).getBytes(StandardCharsets.UTF_16),
            null,
            resource,
            Map.of()));
    attacks.add(
        new Attack(
            "invalid UTF-8",
            op,
            target,
            op.mediaType(),
            new byte[] {'{', '"', 'a', '"', ':', '"', (byte) 0xC0, (byte) 0xAF, '"', '}'},
            null,
            resource,
            Map.of()));
    if (resource != null) {
      attacks.add(
          new Attack(
              "If-Match wrong",
              op,
              target,
              op.mediaType(),
              render(op, fields).getBytes(StandardCharsets.UTF_8),
              null,
              null,
              Map.of("If-Match", "\"not-the-version\"")));
      attacks.add(
          new Attack(
              "If-Match huge",
              op,
              target,
              op.mediaType(),
              render(op, fields).getBytes(StandardCharsets.UTF_8),
              null,
              null,
              Map.of("If-Match", "\"" + "9".repeat(4000) + "\"")));
    }
    return attacks;
  }

  /** The request every token forgery is sent as: valid in all but the token. */
  Attack baseline(ContractOperations.Op op) {
    Map<String, String> fields = op.exampleBody() == null ? null : baselineFields(op);
    String path = validPath(op);
    return attack(
        op,
        "baseline",
        path + validQuery(op),
        op.mediaType(),
        fields == null ? null : render(op, fields),
        op.pathParams().isEmpty() || "POST".equals(op.method()) ? null : path);
  }

  private Attack body(
      ContractOperations.Op op, String kind, String target, String body, String resource) {
    return attack(op, kind, target, op.mediaType(), body, resource);
  }

  private static Attack attack(
      ContractOperations.Op op,
      String kind,
      String target,
      String contentType,
      String body,
      String resource) {
    return new Attack(
        kind,
        op,
        target,
        body == null ? null : contentType,
        body == null ? null : body.getBytes(StandardCharsets.UTF_8),
        null,
        resource,
        Map.of());
  }

  private Map<String, String> baselineFields(ContractOperations.Op op) {
    JsonNode example = op.exampleBody();
    JsonNode object = example.isArray() ? example.get(0) : example;
    Map<String, String> fields = new LinkedHashMap<>();
    object.fields().forEachRemaining(e -> fields.put(e.getKey(), e.getValue().toString()));
    bodyOverrides.forEach((name, value) -> fields.computeIfPresent(name, (n, old) -> value));
    return fields;
  }

  private String render(ContractOperations.Op op, Map<String, String> fields) {
    return renderRaw(op, join(fields));
  }

  private static String join(Map<String, String> fields) {
    return fields.entrySet().stream()
        .map(e -> "\"" + e.getKey() + "\":" + e.getValue())
        .collect(Collectors.joining(","));
  }

  private static String renderRaw(ContractOperations.Op op, String members) {
    String object = "{" + members + "}";
    return op.exampleBody().isArray() ? "[" + object + "]" : object;
  }

  private String validPath(ContractOperations.Op op) {
    String path = op.template();
    for (String param : op.pathParams()) {
      path = path.replace("{" + param + "}", value(op, param));
    }
    return path;
  }

  private String pathWith(ContractOperations.Op op, String param, String value) {
    String path = op.template().replace("{" + param + "}", value);
    for (String other : op.pathParams()) {
      path = path.replace("{" + other + "}", value(op, other));
    }
    return path;
  }

  private String value(ContractOperations.Op op, String param) {
    for (Map.Entry<String, String> entry : pathValues.entrySet()) {
      if (op.template().startsWith(entry.getKey())) {
        return entry.getValue();
      }
    }
    throw new IllegalStateException("No value for " + param + " of " + op);
  }

  private static String validQuery(ContractOperations.Op op) {
    return "";
  }

  private String pick(List<String> values) {
    return values.get(random.nextInt(values.size()));
  }

  static String abbreviate(String value) {
    return value.length() > 40 ? value.substring(0, 20) + "…(" + value.length() + ")" : value;
  }
}
