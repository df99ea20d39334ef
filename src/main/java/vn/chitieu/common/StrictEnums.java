package vn.chitieu.common;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.BeanDescription;
import com.fasterxml.jackson.databind.DeserializationConfig;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.JavaType;
import com.fasterxml.jackson.databind.JsonDeserializer;
import com.fasterxml.jackson.databind.deser.BeanDeserializerModifier;
import java.io.IOException;
import java.util.Arrays;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Reads an enum only from its exact name: Jackson's own reader also takes {@code "OFFICIAL "},
 * trimming it, so a value the caller did not quite write would be stored.
 */
public final class StrictEnums extends BeanDeserializerModifier {

  private static final long serialVersionUID = 1L;

  @Override
  public JsonDeserializer<?> modifyEnumDeserializer(
      DeserializationConfig config,
      JavaType type,
      BeanDescription description,
      JsonDeserializer<?> deserializer) {
    Set<String> names =
        Arrays.stream(type.getRawClass().getEnumConstants())
            .map(constant -> ((Enum<?>) constant).name())
            .collect(Collectors.toUnmodifiableSet());
    return new Exact(type.getRawClass(), names, deserializer);
  }

  private static final class Exact extends JsonDeserializer<Object> {

    private final Class<?> type;
    private final Set<String> names;
    private final JsonDeserializer<?> delegate;

    Exact(Class<?> type, Set<String> names, JsonDeserializer<?> delegate) {
      this.type = type;
      this.names = names;
      this.delegate = delegate;
    }

    @Override
    public Object deserialize(JsonParser parser, DeserializationContext context)
        throws IOException {
      if (parser.currentToken() == JsonToken.VALUE_STRING && !names.contains(parser.getText())) {
        return context.handleWeirdStringValue(type, parser.getText(), "not one of the names");
      }
      return delegate.deserialize(parser, context);
    }
  }
}
