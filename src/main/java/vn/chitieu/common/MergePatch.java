package vn.chitieu.common;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.ConstraintViolationException;
import jakarta.validation.Validator;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.BiFunction;
import java.util.function.Function;
import vn.chitieu.common.problem.ApiException;

/**
 * JSON merge patch (RFC 7396): a partial update is the stored resource, as a request, with the
 * patch merged in; the result is read and validated as strictly as a full replacement.
 */
@ApplicationScoped
public class MergePatch {

  /** The media type of a merge patch. */
  public static final String MEDIA_TYPE = "application/merge-patch+json";

  /** How a patch body is described; the request type's name follows. */
  public static final String DESCRIPTION =
      "The members to change, as in a replacement; a member set to null is removed (defaults"
          + " apply), one left out is kept. The result must be valid as the body of a PUT:";

  private final ObjectMapper json;
  private final Validator validator;

  MergePatch(ObjectMapper json, Validator validator) {
    this.json = json;
    this.validator = validator;
  }

  /**
   * Patches a stored resource, if there is one (empty: 404) and If-Match names its version (428,
   * 412): its request with the patch merged in, checked, then changed as a replacement would be.
   */
  public <E extends Stamped, R, T> Optional<T> change(
      Optional<E> found,
      String ifMatch,
      String patch,
      Function<E, R> toRequest,
      Class<R> type,
      BiFunction<E, R, T> replace)
      throws JsonProcessingException {
    if (found.isEmpty()) {
      return Optional.empty();
    }
    E stored = found.get();
    ETags.checkIfMatch(ifMatch, stored.version);
    return Optional.of(replace.apply(stored, apply(toRequest.apply(stored), patch, type)));
  }

  /**
   * The request the patch makes of the current one: members of the patch replace the current ones,
   * null removes one, objects merge member by member.
   */
  <T> T apply(T current, String patch, Class<T> type) throws JsonProcessingException {
    JsonNode changes = json.readTree(patch);
    if (changes == null || !changes.isObject()) {
      throw ApiException.invalid("body", "must be a JSON object: the members to change");
    }
    T merged = json.treeToValue(merge(json.valueToTree(current), changes), type);
    Set<ConstraintViolation<T>> violations = validator.validate(merged);
    if (!violations.isEmpty()) {
      throw new ConstraintViolationException(violations);
    }
    return merged;
  }

  /** RFC 7396, section 2. */
  static JsonNode merge(JsonNode target, JsonNode patch) {
    if (!patch.isObject()) {
      return patch;
    }
    ObjectNode result =
        target != null && target.isObject()
            ? ((ObjectNode) target).deepCopy()
            : JsonNodeFactory.instance.objectNode();
    for (Map.Entry<String, JsonNode> member : patch.properties()) {
      if (member.getValue().isNull()) {
        result.remove(member.getKey());
      } else {
        result.set(member.getKey(), merge(result.get(member.getKey()), member.getValue()));
      }
    }
    return result;
  }
}
