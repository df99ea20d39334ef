package vn.chitieu.achievement;

/** OpenAPI examples, taken from the demo data. */
final class AchievementExamples {

  private AchievementExamples() {}

  static final String REQUEST =
      """
      {"indicator": "SOCIAL_INSURANCE_PARTICIPANTS", "period": "2020", "area": "22",
       "value": 263050, "status": "ESTIMATED", "reportedOn": "2020-12-16",
       "source": "Báo cáo tổng kết năm 2020", "note": null}
      """;

  static final String RESPONSE =
      """
      {"id": "7a9e5c1d-2f4b-4e8a-b6c3-1d0e9f8a7b65", "indicator": "SOCIAL_INSURANCE_PARTICIPANTS",
       "period": "2020", "area": "22", "value": 263050, "status": "ESTIMATED",
       "reportedOn": "2020-12-16", "source": "Báo cáo tổng kết năm 2020", "note": null}
      """;
}
