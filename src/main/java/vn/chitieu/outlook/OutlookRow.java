package vn.chitieu.outlook;

import static vn.chitieu.indicator.IndicatorRequest.CODE_SCHEMA_PATTERN;

import java.math.BigDecimal;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import vn.chitieu.achievement.Status;
import vn.chitieu.common.Areas;
import vn.chitieu.common.Period;
import vn.chitieu.indicator.Aggregation;
import vn.chitieu.indicator.IndicatorName;
import vn.chitieu.indicator.Polarity;
import vn.chitieu.plan.Operator;

/** One indicator's plan-period target: where it stands and whether the pace so far will meet it. */
@Schema(
    name = "OutlookRow",
    description =
        "An indicator's plan-period target, its baseline and latest annual achievement, and the"
            + " pace towards it (docs/design.md, \"Outlook\")")
public record OutlookRow(
    IndicatorSummary indicator,
    @Schema(examples = "2021-2025", pattern = Period.PATTERN, maxLength = 9) String plan,
    @Schema(examples = "22", pattern = Areas.SCHEMA_PATTERN, maxLength = 5) String area,
    @Schema(
            description =
                "The target's baseline, else the annual achievement of the year before the plan;"
                    + " null when neither is held",
            nullable = true,
            type = SchemaType.OBJECT,
            implementation = BaselineSummary.class)
        BaselineSummary baseline,
    TargetSummary target,
    @Schema(
            description = "The latest annual achievement within the plan; null when none is held",
            nullable = true,
            type = SchemaType.OBJECT,
            implementation = LatestSummary.class)
        LatestSummary latest,
    @Schema(
            description =
                "Percentage of the plan's time elapsed at the latest achievement: (ti − t0) ÷ (tT −"
                    + " t0) × 100, half-up to 2 decimals; for a flow, the plan's years up to it"
                    + " ÷ the plan's years",
            examples = "60.00",
            nullable = true)
        BigDecimal elapsedShare,
    @Schema(
            description =
                "Percentage of the way from the baseline to the target covered: (yi − y0) ÷ (yT −"
                    + " y0) × 100, half-up to 2 decimals; for a flow, the total so far ÷ the"
                    + " target; for an EXACTLY target, the share of the distance to it closed",
            examples = "22.24",
            nullable = true)
        BigDecimal distanceTravelled,
    @Schema(
            description =
                "Compound annual growth since the baseline, (yi ÷ y0)^(1 ÷ (ti − t0)) − 1, half-up"
                    + " to 4 decimals (0.0500 is 5 % a year); null for a flow, an EXACTLY target,"
                    + " or a value at or below zero",
            examples = "0.1000",
            nullable = true)
        BigDecimal observedGrowth,
    @Schema(
            description =
                "Compound annual growth the target requires, (yT ÷ y0)^(1 ÷ (tT − t0)) − 1, half-up"
                    + " to 4 decimals; null where observedGrowth is, or when the baseline already"
                    + " met the target",
            examples = "0.2000",
            nullable = true)
        BigDecimal requiredGrowth,
    @Schema(
            description =
                "observedGrowth ÷ requiredGrowth, from the unrounded rates (a flow: yearly average"
                    + " ÷ the target's yearly share; a zero or negative value: average annual"
                    + " changes), half-up to 4 decimals; ≥ 0.95 on track, ≥ 0.60 acceleration"
                    + " needed, ≥ 0 limited progress, < 0 deterioration",
            examples = "0.5000",
            nullable = true)
        BigDecimal ratio,
    @Schema(
            description =
                "The value at the plan's end if the observed pace continues, half-up to the"
                    + " indicator's decimals; for a flow, the total at the yearly average so far",
            examples = "161.051",
            nullable = true)
        BigDecimal projected,
    Assessment assessment,
    @Schema(
            description =
                "How the assessment was reached, and for INSUFFICIENT_DATA what is missing",
            examples =
                "The compound annual growth since the baseline against the growth the target"
                    + " requires.",
            maxLength = 500)
        String explanation) {

  /** What a reader of an outlook needs to know of the indicator. */
  @Schema(name = "OutlookIndicator")
  public record IndicatorSummary(
      @Schema(
              examples = "SOCIAL_INSURANCE_PARTICIPANTS",
              pattern = CODE_SCHEMA_PATTERN,
              maxLength = 64)
          String code,
      IndicatorName name,
      @Schema(examples = "người", maxLength = 32) String unit,
      Polarity polarity,
      @Schema(examples = "0", minimum = "0", maximum = "6") int decimals,
      Aggregation aggregation) {}

  @Schema(name = "OutlookBaseline")
  public record BaselineSummary(
      @Schema(examples = "2020", pattern = Period.PATTERN, maxLength = 9) String period,
      @Schema(examples = "263050") BigDecimal value) {}

  @Schema(name = "OutlookTarget")
  public record TargetSummary(@Schema(examples = "350000") BigDecimal value, Operator operator) {}

  @Schema(name = "OutlookLatest")
  public record LatestSummary(
      @Schema(examples = "2023", pattern = Period.PATTERN, maxLength = 9) String period,
      @Schema(examples = "290000") BigDecimal value,
      Status status) {}
}
