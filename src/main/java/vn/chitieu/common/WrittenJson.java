package vn.chitieu.common;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.UncheckedIOException;

/**
 * A resource with its JSON, written once by the service's mapper: a cache that gives the same
 * answer many times keeps this, and each answer copies the bytes out instead of serialising the
 * resource again (docs/performance.md, "Issue 17, eighth round"). The resource must be immutable.
 */
public final class WrittenJson<T> {

  /** What REST answers JSON it writes itself as. */
  public static final String MEDIA_TYPE = "application/json;charset=UTF-8";

  private final T value;
  private final byte[] json;

  private WrittenJson(T value, byte[] json) {
    this.value = value;
    this.json = json;
  }

  /** The resource with its JSON as the mapper writes it. */
  public static <T> WrittenJson<T> of(ObjectMapper mapper, T value) {
    try {
      return new WrittenJson<>(value, mapper.writeValueAsBytes(value));
    } catch (JsonProcessingException e) {
      throw new UncheckedIOException(e);
    }
  }

  public T value() {
    return value;
  }

  /** The UTF-8 bytes themselves, not a copy: a body only reads them. */
  byte[] json() {
    return json;
  }
}
