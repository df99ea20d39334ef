package vn.chitieu.common;

/** GSO area codes: 2 digits for a province, 3 for a district, 5 for a commune. */
public final class Areas {

  /** The forms, for Bean Validation's {@code @Pattern}, which matches the whole value. */
  public static final String PATTERN = "\\d{2}|\\d{3}|\\d{5}";

  /** The same, anchored, as OpenAPI documents state it. */
  public static final String SCHEMA_PATTERN = "^(" + PATTERN + ")$";

  public static final String MESSAGE =
      "must be a GSO area code: 2 digits (province), 3 (district) or 5 (commune)";

  private Areas() {}
}
