package vn.chitieu.common;

import jakarta.ws.rs.core.EntityTag;
import jakarta.ws.rs.core.Response;
import java.util.Arrays;
import java.util.Optional;
import java.util.function.Function;
import vn.chitieu.common.problem.ApiException;

/**
 * Strong entity tags from a row's version, and the conditional-request checks of RFC 9110: a change
 * names the version it read in {@code If-Match}; a read may skip a body its caller holds with
 * {@code If-None-Match}.
 */
public final class ETags {

  private ETags() {}

  /** A 200 with the resource and its ETag, or a 304 if the caller already holds this version. */
  public static Response read(long version, Object resource, String ifNoneMatch) {
    return answer(version, Response.ok(resource), ifNoneMatch);
  }

  /** As {@link #read(long, Object, String)}, for a resource whose JSON is written: its bytes. */
  public static Response read(long version, WrittenJson<?> resource, String ifNoneMatch) {
    return answer(version, Response.ok(resource.json(), WrittenJson.MEDIA_TYPE), ifNoneMatch);
  }

  private static Response answer(long version, Response.ResponseBuilder ok, String ifNoneMatch) {
    EntityTag tag = new EntityTag(String.valueOf(version));
    return heldBy(ifNoneMatch, version) ? Response.notModified(tag).build() : ok.tag(tag).build();
  }

  /** A 200 with the resource and the ETag of its version. */
  public static Response written(long version, Object resource) {
    return Response.ok(resource).tag(new EntityTag(String.valueOf(version))).build();
  }

  /** The strong tag of a version: {@code "3"}. */
  public static String of(long version) {
    return "\"" + version + "\"";
  }

  /**
   * Makes a change of a stored resource, if there is one (empty: 404) and If-Match names its
   * version (428, 412).
   */
  public static <E extends Stamped, T> Optional<T> change(
      Optional<E> found, String ifMatch, Function<E, T> change) {
    return found.map(
        stored -> {
          checkIfMatch(ifMatch, stored.version);
          return change.apply(stored);
        });
  }

  /** Why a change without If-Match was refused. */
  public static final String SEND_IF_MATCH =
      "A change must say which version it changes: send If-Match with the ETag of the latest GET.";

  /**
   * Refuses a change that names no version (428), or whose If-Match names neither this version nor
   * {@code *} (412). Comparison is strong: a weak tag never matches.
   */
  public static void checkIfMatch(String ifMatch, long version) {
    if (ifMatch == null || ifMatch.isBlank()) {
      throw ApiException.preconditionRequired(SEND_IF_MATCH);
    }
    checkLength("If-Match", ifMatch);
    if (!listed(ifMatch, version, false)) {
      throw ApiException.preconditionFailed(stale(version));
    }
  }

  /** Whether a GET's If-None-Match names this version or {@code *}: the caller holds it (304). */
  public static boolean heldBy(String ifNoneMatch, long version) {
    if (ifNoneMatch == null) {
      return false;
    }
    checkLength("If-None-Match", ifNoneMatch);
    return listed(ifNoneMatch, version, true);
  }

  /** The longest precondition header read: a list of a few tags. */
  public static final int MAX_HEADER_LENGTH = 200;

  private static void checkLength(String header, String value) {
    if (value.length() > MAX_HEADER_LENGTH) {
      throw ApiException.invalid(
          header, "must be at most " + MAX_HEADER_LENGTH + " characters: a few entity tags");
    }
  }

  /** Why a change of an older version was refused. */
  public static String stale(long version) {
    return "The resource has changed since it was read: it is now at version "
        + of(version)
        + ". GET it again, apply the change to what it now holds and send it with that ETag.";
  }

  private static boolean listed(String header, long version, boolean weakMatches) {
    String tag = of(version);
    return Arrays.stream(header.split(","))
        .map(String::strip)
        .anyMatch(
            candidate ->
                candidate.equals("*")
                    || candidate.equals(tag)
                    || (weakMatches && candidate.equals("W/" + tag)));
  }
}
