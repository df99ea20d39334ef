package vn.chitieu.system;

import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.transaction.Transactional;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.jboss.logging.Logger;
import vn.chitieu.achievement.AchievementRequest;
import vn.chitieu.achievement.AchievementService;
import vn.chitieu.achievement.Status;
import vn.chitieu.common.Period;
import vn.chitieu.config.ChitieuConfig;
import vn.chitieu.indicator.Aggregation;
import vn.chitieu.indicator.IndicatorName;
import vn.chitieu.indicator.IndicatorRepository;
import vn.chitieu.indicator.IndicatorRequest;
import vn.chitieu.indicator.IndicatorService;
import vn.chitieu.indicator.Measure;
import vn.chitieu.indicator.Polarity;
import vn.chitieu.plan.Baseline;
import vn.chitieu.plan.TargetRequest;
import vn.chitieu.plan.TargetService;

/**
 * Loads the province's December 2020 review (docs/design.md, "Demo data") when {@code
 * chitieu.demo-data} is on and the catalogue is empty.
 */
@ApplicationScoped
class DemoData {

  private static final Logger LOG = Logger.getLogger(DemoData.class);

  /** The demo data is Quảng Ninh's, whatever the configured home area. */
  private static final String AREA = "22";

  private static final LocalDate REVIEW_DATE = LocalDate.of(2020, 12, 16);
  private static final String REVIEW = "Hội nghị tổng kết năm 2020 của Sở LĐ-TB&XH (16/12/2020)";
  private static final String PLAN_2020 = "Kế hoạch năm 2020";
  private static final String PLAN_2021 = "Kế hoạch năm 2021";

  /** The services are parameters, not fields: they are needed once, at start-up. */
  @Transactional
  void onStart(
      @Observes StartupEvent event,
      ChitieuConfig config,
      IndicatorRepository stored,
      IndicatorService indicators,
      TargetService targets,
      AchievementService achievements) {
    if (!config.demoData() || stored.count() > 0) {
      return;
    }
    catalogue().forEach(indicators::create);
    plans().forEach(targets::create);
    achievements.createAll(review2020());
    LOG.infof("Loaded the demo data: %d indicators of area %s", stored.count(), AREA);
  }

  /** The 2020 plan where the review gives it, and the targets set for 2021. */
  private static List<TargetRequest> plans() {
    return List.of(
        target("POOR_HOUSEHOLD_RATE", "2020", "0.36", null, PLAN_2020),
        target("TRAINED_WORKER_RATE", "2020", "85", null, PLAN_2020),
        target("POOR_HOUSEHOLD_RATE", "2021", "0.14", "0.23", PLAN_2021),
        target("TRAINED_WORKER_RATE", "2021", "85.5", "85", PLAN_2021),
        target("NEW_JOBS", "2021", "13000", "14048", PLAN_2021),
        target("SOCIAL_INSURANCE_PARTICIPANTS", "2021", "270540", "263050", PLAN_2021),
        target("UNEMPLOYMENT_INSURANCE_PARTICIPANTS", "2021", "234200", null, PLAN_2021),
        target("SUPPORTED_CHILDREN_RATE", "2021", "100", null, PLAN_2021));
  }

  /** The figures reported at the review of 16 December 2020, before the year closed. */
  private static List<AchievementRequest> review2020() {
    return List.of(
        achievement("POOR_HOUSEHOLD_RATE", "0.23", Status.PRELIMINARY),
        achievement("TRAINED_WORKER_RATE", "85", Status.PRELIMINARY),
        achievement("NEW_JOBS", "14048", Status.PRELIMINARY),
        achievement("SOCIAL_INSURANCE_PARTICIPANTS", "263050", Status.ESTIMATED),
        achievement("VOCATIONAL_TRAINING_ENROLMENTS", "37625", Status.PRELIMINARY),
        achievement("DRUG_REHABILITATION_CASES", "915", Status.PRELIMINARY));
  }

  private static TargetRequest target(
      String code, String period, String value, String baseline, String basis) {
    return new TargetRequest(
        code,
        Period.parse(period),
        AREA,
        new BigDecimal(value),
        null,
        baseline == null ? null : new Baseline(Period.parse("2020"), new BigDecimal(baseline)),
        basis,
        null,
        null);
  }

  private static AchievementRequest achievement(String code, String value, Status status) {
    return new AchievementRequest(
        code,
        Period.parse("2020"),
        AREA,
        new BigDecimal(value),
        status,
        REVIEW_DATE,
        REVIEW,
        null,
        null);
  }

  private static List<IndicatorRequest> catalogue() {
    return List.of(
        percent(
            "POOR_HOUSEHOLD_RATE",
            "Tỷ lệ hộ nghèo",
            "Poor-household rate",
            "POVERTY_REDUCTION",
            Polarity.LOWER_IS_BETTER),
        percent(
            "TRAINED_WORKER_RATE",
            "Tỷ lệ lao động qua đào tạo",
            "Share of workers with training",
            "VOCATIONAL_TRAINING",
            Polarity.HIGHER_IS_BETTER),
        count(
            "NEW_JOBS",
            "Tạo việc làm tăng thêm",
            "New jobs created",
            "EMPLOYMENT",
            "người",
            Polarity.HIGHER_IS_BETTER,
            Aggregation.SUM),
        count(
            "SOCIAL_INSURANCE_PARTICIPANTS",
            "Số người tham gia BHXH",
            "Social-insurance participants",
            "SOCIAL_INSURANCE",
            "người",
            Polarity.HIGHER_IS_BETTER,
            Aggregation.LAST),
        count(
            "UNEMPLOYMENT_INSURANCE_PARTICIPANTS",
            "Số người tham gia BH thất nghiệp",
            "Unemployment-insurance participants",
            "SOCIAL_INSURANCE",
            "người",
            Polarity.HIGHER_IS_BETTER,
            Aggregation.LAST),
        count(
            "VOCATIONAL_TRAINING_ENROLMENTS",
            "Tuyển sinh đào tạo nghề",
            "Vocational-training enrolments",
            "VOCATIONAL_TRAINING",
            "người",
            Polarity.HIGHER_IS_BETTER,
            Aggregation.SUM),
        count(
            "DRUG_REHABILITATION_CASES",
            "Cai nghiện ma túy",
            "Drug-rehabilitation cases",
            "SOCIAL_PROTECTION",
            "lượt người",
            Polarity.NEUTRAL,
            Aggregation.SUM),
        percent(
            "SUPPORTED_CHILDREN_RATE",
            "Tỷ lệ trẻ em có hoàn cảnh đặc biệt được chăm sóc, trợ giúp",
            "Share of children in special circumstances who are cared for",
            "CHILD_PROTECTION",
            Polarity.HIGHER_IS_BETTER));
  }

  /** A rate: a level, read at its last value. */
  private static IndicatorRequest percent(
      String code, String vi, String en, String sector, Polarity polarity) {
    return indicator(code, vi, en, sector, Measure.PERCENT, "%", 2, polarity, Aggregation.LAST);
  }

  /**
   * A count: a flow (SUM) when it counts what happened in the year — jobs created, enrolments,
   * rehabilitation cases — or a level (LAST) when it counts who stand somewhere at its end, such as
   * the participants of an insurance.
   */
  private static IndicatorRequest count(
      String code,
      String vi,
      String en,
      String sector,
      String unit,
      Polarity polarity,
      Aggregation aggregation) {
    return indicator(code, vi, en, sector, Measure.COUNT, unit, 0, polarity, aggregation);
  }

  /** Every demo indicator starts at 0; a percentage ends at 100 (the catalogue's default). */
  private static IndicatorRequest indicator(
      String code,
      String vi,
      String en,
      String sector,
      Measure measure,
      String unit,
      int decimals,
      Polarity polarity,
      Aggregation aggregation) {
    return new IndicatorRequest(
        code,
        new IndicatorName(vi, en),
        null,
        sector,
        measure,
        unit,
        decimals,
        polarity,
        BigDecimal.ZERO,
        null,
        null,
        aggregation,
        true,
        null);
  }
}
