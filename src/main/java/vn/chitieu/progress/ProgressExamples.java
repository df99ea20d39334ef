package vn.chitieu.progress;

/** OpenAPI examples, taken from the demo data. */
final class ProgressExamples {

  private ProgressExamples() {}

  static final String SCORECARD =
      """
      [{"indicator": {"code": "POOR_HOUSEHOLD_RATE",
                      "name": {"vi": "Tỷ lệ hộ nghèo", "en": "Poor-household rate"},
                      "unit": "%", "polarity": "LOWER_IS_BETTER", "decimals": 2},
        "period": "2020", "area": "22",
        "target": {"value": 0.36, "operator": "AT_MOST"},
        "achievement": {"value": 0.23, "status": "PRELIMINARY", "reportedOn": "2020-12-16"},
        "outcome": "EXCEEDED", "margin": 0.13, "percentOfTarget": 63.89},
       {"indicator": {"code": "TRAINED_WORKER_RATE",
                      "name": {"vi": "Tỷ lệ lao động qua đào tạo", "en": "Share of workers with training"},
                      "unit": "%", "polarity": "HIGHER_IS_BETTER", "decimals": 2},
        "period": "2020", "area": "22",
        "target": {"value": 85, "operator": "AT_LEAST"},
        "achievement": {"value": 85, "status": "PRELIMINARY", "reportedOn": "2020-12-16"},
        "outcome": "MET", "margin": 0, "percentOfTarget": 100.00}]
      """;

  static final String SERIES =
      """
      [{"indicator": {"code": "POOR_HOUSEHOLD_RATE",
                      "name": {"vi": "Tỷ lệ hộ nghèo", "en": "Poor-household rate"},
                      "unit": "%", "polarity": "LOWER_IS_BETTER", "decimals": 2},
        "period": "2020", "area": "22",
        "target": {"value": 0.36, "operator": "AT_MOST"},
        "achievement": {"value": 0.23, "status": "PRELIMINARY", "reportedOn": "2020-12-16"},
        "outcome": "EXCEEDED", "margin": 0.13, "percentOfTarget": 63.89},
       {"indicator": {"code": "POOR_HOUSEHOLD_RATE",
                      "name": {"vi": "Tỷ lệ hộ nghèo", "en": "Poor-household rate"},
                      "unit": "%", "polarity": "LOWER_IS_BETTER", "decimals": 2},
        "period": "2021", "area": "22",
        "target": {"value": 0.14, "operator": "AT_MOST"}, "achievement": null,
        "outcome": "NO_DATA", "margin": null, "percentOfTarget": null}]
      """;
}
