package vn.chitieu.area;

/** The tier of a unit, which the length of its GSO code tells: 2, 3 or 5 digits. */
public enum Level {
  PROVINCE,
  DISTRICT,
  COMMUNE;

  public static Level of(String code) {
    return switch (code.length()) {
      case 2 -> PROVINCE;
      case 3 -> DISTRICT;
      default -> COMMUNE;
    };
  }

  int codeLength() {
    return switch (this) {
      case PROVINCE -> 2;
      case DISTRICT -> 3;
      case COMMUNE -> 5;
    };
  }
}
