package vn.chitieu.common.sheet;

/**
 * Keeps text from being run as a formula when a spreadsheet opens an exported file (OWASP "CSV
 * injection"): text that starts with {@code = + - @}, a tab or a carriage return is written with a
 * leading apostrophe, the spreadsheet's own mark for "this is text". Text that already starts with
 * an apostrophe gets one more, so that reading a cell back takes exactly one away and every text
 * comes back as it was.
 */
public final class FormulaGuard {

  private static final String TRIGGERS = "=+-@\t\r'";

  private FormulaGuard() {}

  /** Whether a spreadsheet could take the text for a formula (or it starts with the mark). */
  public static boolean needsGuard(String text) {
    return !text.isEmpty() && TRIGGERS.indexOf(text.charAt(0)) >= 0;
  }

  /** The text as a CSV file carries it. */
  public static String guard(String text) {
    return needsGuard(text) ? "'" + text : text;
  }

  /** The text a guarded CSV cell stands for: one leading apostrophe taken away. */
  public static String unguard(String text) {
    return text.startsWith("'") ? text.substring(1) : text;
  }
}
