package vn.chitieu.system;

import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.transaction.Transactional;
import java.math.BigDecimal;
import org.jboss.logging.Logger;
import vn.chitieu.indicator.IndicatorName;
import vn.chitieu.indicator.IndicatorRepository;
import vn.chitieu.indicator.IndicatorRequest;
import vn.chitieu.indicator.IndicatorService;
import vn.chitieu.indicator.Measure;
import vn.chitieu.indicator.Polarity;

/**
 * Loads the province's December 2020 review (DESIGN.md section 6) when {@code chitieu.demo-data} is
 * on and the catalogue is empty.
 */
@ApplicationScoped
class DemoData {

  private static final Logger LOG = Logger.getLogger(DemoData.class);

  private final ChitieuConfig config;
  private final IndicatorRepository indicators;
  private final IndicatorService indicatorService;

  DemoData(
      ChitieuConfig config, IndicatorRepository indicators, IndicatorService indicatorService) {
    this.config = config;
    this.indicators = indicators;
    this.indicatorService = indicatorService;
  }

  @Transactional
  void onStart(@Observes StartupEvent event) {
    if (!config.demoData() || indicators.count() > 0) {
      return;
    }
    loadIndicators();
    LOG.infof("Loaded the demo data: %d indicators", indicators.count());
  }

  private void loadIndicators() {
    percent(
        "POOR_HOUSEHOLD_RATE",
        "Tỷ lệ hộ nghèo",
        "Poor-household rate",
        "POVERTY_REDUCTION",
        Polarity.LOWER_IS_BETTER);
    percent(
        "TRAINED_WORKER_RATE",
        "Tỷ lệ lao động qua đào tạo",
        "Share of workers with training",
        "VOCATIONAL_TRAINING",
        Polarity.HIGHER_IS_BETTER);
    count(
        "NEW_JOBS",
        "Tạo việc làm tăng thêm",
        "New jobs created",
        "EMPLOYMENT",
        "người",
        Polarity.HIGHER_IS_BETTER);
    count(
        "SOCIAL_INSURANCE_PARTICIPANTS",
        "Số người tham gia BHXH",
        "Social-insurance participants",
        "SOCIAL_INSURANCE",
        "người",
        Polarity.HIGHER_IS_BETTER);
    count(
        "UNEMPLOYMENT_INSURANCE_PARTICIPANTS",
        "Số người tham gia BH thất nghiệp",
        "Unemployment-insurance participants",
        "SOCIAL_INSURANCE",
        "người",
        Polarity.HIGHER_IS_BETTER);
    count(
        "VOCATIONAL_TRAINING_ENROLMENTS",
        "Tuyển sinh đào tạo nghề",
        "Vocational-training enrolments",
        "VOCATIONAL_TRAINING",
        "người",
        Polarity.HIGHER_IS_BETTER);
    count(
        "DRUG_REHABILITATION_CASES",
        "Cai nghiện ma túy",
        "Drug-rehabilitation cases",
        "SOCIAL_PROTECTION",
        "lượt người",
        Polarity.NEUTRAL);
    percent(
        "SUPPORTED_CHILDREN_RATE",
        "Tỷ lệ trẻ em có hoàn cảnh đặc biệt được chăm sóc, trợ giúp",
        "Share of children in special circumstances who are cared for",
        "CHILD_PROTECTION",
        Polarity.HIGHER_IS_BETTER);
  }

  private void percent(String code, String vi, String en, String sector, Polarity polarity) {
    indicatorService.create(
        new IndicatorRequest(
            code,
            new IndicatorName(vi, en),
            null,
            sector,
            Measure.PERCENT,
            "%",
            2,
            polarity,
            BigDecimal.ZERO,
            BigDecimal.valueOf(100),
            null,
            true));
  }

  private void count(
      String code, String vi, String en, String sector, String unit, Polarity polarity) {
    indicatorService.create(
        new IndicatorRequest(
            code,
            new IndicatorName(vi, en),
            null,
            sector,
            Measure.COUNT,
            unit,
            0,
            polarity,
            BigDecimal.ZERO,
            null,
            null,
            true));
  }
}
