package vn.chitieu.system;

import static org.assertj.core.api.Assertions.assertThat;

import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import org.eclipse.microprofile.health.Readiness;
import org.junit.jupiter.api.Test;
import vn.chitieu.achievement.AchievementService;
import vn.chitieu.indicator.IndicatorService;
import vn.chitieu.outlook.OutlookService;
import vn.chitieu.plan.TargetService;
import vn.chitieu.progress.ProgressService;

/**
 * The warm-up runs every read to the end: a read that refuses its arguments leaves the rest cold.
 */
@QuarkusTest
class QueryWarmUpTest {

  @Inject @Readiness QueryWarmUp warmUp;
  @Inject IndicatorService indicators;
  @Inject TargetService targets;
  @Inject AchievementService achievements;
  @Inject ProgressService progress;
  @Inject OutlookService outlook;

  @Test
  void everyReadRuns() {
    assertThat(warmUp.warmUp(indicators, targets, achievements, progress, outlook)).isTrue();
  }
}
