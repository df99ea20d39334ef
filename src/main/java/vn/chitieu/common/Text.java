package vn.chitieu.common;

import java.text.Normalizer;
import java.util.Locale;
import java.util.regex.Pattern;

/** Text helpers for search. */
public final class Text {

  private static final Pattern COMBINING_MARKS = Pattern.compile("\\p{M}+");
  private static final Pattern SEPARATORS = Pattern.compile("[^\\p{L}\\p{N}]+");

  private Text() {}

  /**
   * Lower case without diacritics or punctuation, so that {@code ho ngheo} matches {@code Tỷ lệ hộ
   * nghèo} and {@code poor household} matches {@code POOR_HOUSEHOLD_RATE}. The Vietnamese đ is a
   * letter of its own, not d with a mark, so it is folded by hand.
   */
  public static String fold(String text) {
    if (text == null) {
      return "";
    }
    String decomposed = Normalizer.normalize(text, Normalizer.Form.NFD);
    String unmarked = COMBINING_MARKS.matcher(decomposed).replaceAll("");
    String spaced = SEPARATORS.matcher(unmarked).replaceAll(" ");
    return spaced.replace('đ', 'd').replace('Đ', 'D').toLowerCase(Locale.ROOT).strip();
  }
}
