package vn.chitieu.progress;

import static vn.chitieu.indicator.IndicatorRequest.CODE_SCHEMA_PATTERN;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.math.BigDecimal;
import java.time.LocalDate;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import vn.chitieu.achievement.Status;
import vn.chitieu.common.Areas;
import vn.chitieu.common.Period;
import vn.chitieu.indicator.IndicatorName;
import vn.chitieu.indicator.Polarity;
import vn.chitieu.plan.Operator;

/** One indicator in one period and area: its target, its achievement and how they compare. */
@Schema(
    name = "ProgressRow",
    description = "An indicator's target and achievement for a period and area, compared")
public record ProgressRow(
    IndicatorSummary indicator,
    @Schema(examples = "2020", pattern = Period.PATTERN, maxLength = 9) String period,
    @Schema(examples = "22", pattern = Areas.SCHEMA_PATTERN, maxLength = 5) String area,
    @Schema(
            description = "null when no target is set",
            nullable = true,
            type = SchemaType.OBJECT,
            implementation = TargetSummary.class)
        TargetSummary target,
    @Schema(
            description = "null when nothing is reported",
            nullable = true,
            type = SchemaType.OBJECT,
            implementation = AchievementSummary.class)
        AchievementSummary achievement,
    Outcome outcome,
    @Schema(
            description =
                "How far the achievement is better than the target, in the indicator's unit",
            examples = "0.13",
            nullable = true)
        BigDecimal margin,
    @Schema(
            description = "actual ÷ target × 100, half-up to 2 decimals; null when the target is 0",
            examples = "63.89",
            nullable = true)
        BigDecimal percentOfTarget,
    @JsonInclude(JsonInclude.Include.NON_NULL) Derivation derivation) {

  /** What a reader of a scorecard needs to know of the indicator. */
  @Schema(name = "ProgressIndicator")
  public record IndicatorSummary(
      @Schema(examples = "POOR_HOUSEHOLD_RATE", pattern = CODE_SCHEMA_PATTERN, maxLength = 64)
          String code,
      IndicatorName name,
      @Schema(examples = "%", maxLength = 32) String unit,
      Polarity polarity,
      @Schema(examples = "2", minimum = "0", maximum = "6") int decimals) {}

  @Schema(name = "ProgressTarget")
  public record TargetSummary(@Schema(examples = "0.36") BigDecimal value, Operator operator) {}

  @Schema(name = "ProgressAchievement")
  public record AchievementSummary(
      @Schema(examples = "0.23") BigDecimal value,
      Status status,
      @Schema(examples = "2020-12-16", maxLength = 10) LocalDate reportedOn) {}
}
