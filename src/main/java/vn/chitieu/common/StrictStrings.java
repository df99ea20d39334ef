package vn.chitieu.common;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.deser.std.StdScalarDeserializer;
import com.fasterxml.jackson.databind.deser.std.StringDeserializer;
import com.fasterxml.jackson.databind.type.LogicalType;
import java.io.IOException;

/**
 * Reads a JSON string as Jackson does, but refuses one holding a lone surrogate ({@code "a\ud800b"}
 * or an unpaired low half): such text is not Unicode, and PostgreSQL would store it as {@code
 * "a?b"} after the 201 had echoed it back unchanged.
 */
public final class StrictStrings extends StdScalarDeserializer<String> {

  private static final long serialVersionUID = 1L;

  /** The message for a string that is not valid Unicode. */
  public static final String MESSAGE =
      "must be valid Unicode text: it contains a lone surrogate (an unpaired \\uD800-\\uDFFF)";

  public StrictStrings() {
    super(String.class);
  }

  @Override
  public LogicalType logicalType() {
    return LogicalType.Textual;
  }

  @Override
  public boolean isCachable() {
    return true;
  }

  @Override
  public String deserialize(JsonParser parser, DeserializationContext context) throws IOException {
    String text = StringDeserializer.instance.deserialize(parser, context);
    if (text != null && hasLoneSurrogate(text)) {
      return (String) context.handleWeirdStringValue(String.class, text, "lone surrogate");
    }
    return text;
  }

  /** Whether the text holds a surrogate not paired with its other half. */
  public static boolean hasLoneSurrogate(String text) {
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (Character.isHighSurrogate(c)
          && i + 1 < text.length()
          && Character.isLowSurrogate(text.charAt(i + 1))) {
        i++;
      } else if (Character.isSurrogate(c)) {
        return true;
      }
    }
    return false;
  }
}
