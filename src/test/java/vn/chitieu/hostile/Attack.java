package vn.chitieu.hostile;

import java.util.Map;

/**
 * One hostile request: what it tries ({@code kind}), against which operation, with the body as raw
 * bytes (null for none) and the content type to declare (null for none). {@code resource} is the
 * path whose current ETag goes in If-Match, for changes to an existing resource; a token of null
 * means the suite's own valid one.
 */
record Attack(
    String kind,
    ContractOperations.Op op,
    String target,
    String contentType,
    byte[] body,
    String token,
    String resource,
    Map<String, String> headers) {

  Attack withToken(String kind, String forged) {
    return new Attack(kind, op, target, contentType, body, forged, resource, headers);
  }
}
