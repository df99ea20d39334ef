package vn.chitieu.plan;

/** OpenAPI examples, taken from the demo data. */
final class TargetExamples {

  private TargetExamples() {}

  static final String REQUEST =
      """
      {"indicator": "POOR_HOUSEHOLD_RATE", "period": "2021", "area": "22", "value": 0.14,
       "operator": "AT_MOST", "baseline": {"period": "2020", "value": 0.23},
       "basis": "Nghị quyết 01/NQ-HĐND", "note": null}
      """;

  static final String RESPONSE =
      """
      {"id": "3f1c2a4e-8b7d-4c55-9e3a-2d6f0b1a9c10", "indicator": "POOR_HOUSEHOLD_RATE",
       "period": "2021", "area": "22", "value": 0.14, "operator": "AT_MOST",
       "baseline": {"period": "2020", "value": 0.23}, "basis": "Nghị quyết 01/NQ-HĐND", "note": null}
      """;
}
