package vn.chitieu.common;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.deser.std.StdScalarDeserializer;
import java.io.IOException;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.regex.Pattern;

/**
 * Reads a date only as the JSON string {@code YYYY-MM-DD} with a year from 1900 to 2199, the years
 * of {@link Period}. Jackson's own reader also takes {@code [2020,12,16]}, {@code []}, a date-time
 * or the year 0, none of which a caller means as a report date.
 */
public final class StrictDates extends StdScalarDeserializer<LocalDate> {

  private static final long serialVersionUID = 1L;
  private static final Pattern FORM = Pattern.compile("\\d{4}-\\d{2}-\\d{2}");

  public StrictDates() {
    super(LocalDate.class);
  }

  @Override
  public LocalDate deserialize(JsonParser parser, DeserializationContext context)
      throws IOException {
    if (parser.currentToken() != JsonToken.VALUE_STRING) {
      return (LocalDate) context.handleUnexpectedToken(LocalDate.class, parser);
    }
    String text = parser.getText();
    if (FORM.matcher(text).matches()) {
      try {
        LocalDate date = LocalDate.parse(text);
        if (date.getYear() >= Period.MIN_YEAR && date.getYear() <= Period.MAX_YEAR) {
          return date;
        }
      } catch (DateTimeParseException e) {
        // An impossible date such as 2020-02-30: refused below like any other.
      }
    }
    return (LocalDate) context.handleWeirdStringValue(LocalDate.class, text, "not a date");
  }
}
