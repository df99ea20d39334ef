package vn.chitieu.indicator;

/** OpenAPI examples, taken from the demo data. */
final class IndicatorExamples {

  private IndicatorExamples() {}

  static final String REQUEST =
      """
      {"code": "POOR_HOUSEHOLD_RATE",
       "name": {"vi": "Tỷ lệ hộ nghèo", "en": "Poor-household rate"},
       "description": "Share of households below the national poverty line",
       "sector": "POVERTY_REDUCTION", "measure": "PERCENT", "unit": "%", "decimals": 2,
       "polarity": "LOWER_IS_BETTER", "minValue": 0, "maxValue": 100,
       "frequency": "ANNUAL", "active": true}
      """;

  static final String RESPONSE = REQUEST;

  static final String PAGE =
      """
      {"items": [
        {"code": "NEW_JOBS", "name": {"vi": "Tạo việc làm tăng thêm", "en": "New jobs created"},
         "description": null, "sector": "EMPLOYMENT", "measure": "COUNT", "unit": "người",
         "decimals": 0, "polarity": "HIGHER_IS_BETTER", "minValue": 0, "maxValue": null,
         "frequency": "ANNUAL", "active": true}],
       "page": 0, "size": 50, "totalItems": 1, "totalPages": 1}
      """;
}
