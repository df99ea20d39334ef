package vn.chitieu.indicator;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import vn.chitieu.history.ChangeReason;

/**
 * An indicator as a caller writes it. {@code code} is required on create and, on replace, may be
 * left out but not changed.
 */
@Schema(
    name = "IndicatorRequest",
    description =
        "An indicator to create or replace; frequency is ANNUAL and aggregation LAST by default")
public record IndicatorRequest(
    @Pattern(regexp = CODE_PATTERN, message = CODE_MESSAGE)
        @Schema(
            description = "Stable code; upper-case ASCII letters, digits and _",
            examples = "POOR_HOUSEHOLD_RATE",
            maxLength = 64)
        String code,
    @NotNull @Valid IndicatorName name,
    @Size(max = 2000) @Schema(nullable = true) String description,
    @NotBlank
        @Pattern(regexp = CODE_PATTERN, message = CODE_MESSAGE)
        @Schema(examples = "POVERTY_REDUCTION", required = true, maxLength = 64)
        String sector,
    @NotNull @Schema(required = true) Measure measure,
    @NotBlank @Size(max = 32) @Schema(description = "Display unit", examples = "%", required = true)
        String unit,
    @NotNull
        @Min(0)
        @Max(6)
        @Schema(description = "Fraction digits a value may have", examples = "2", required = true)
        Integer decimals,
    @NotNull @Schema(required = true) Polarity polarity,
    @Schema(description = "Smallest allowed value; 0 by default for PERCENT", examples = "0")
        BigDecimal minValue,
    @Schema(description = "Largest allowed value; 100 by default for PERCENT", examples = "100")
        BigDecimal maxValue,
    Frequency frequency,
    Aggregation aggregation,
    @Schema(description = "true by default; false retires the indicator") Boolean active,
    @Size(max = ChangeReason.MAX_LENGTH)
        @Schema(
            description = ChangeReason.DESCRIPTION,
            examples = "Số liệu chính thức của Cục Thống kê",
            nullable = true,
            maxLength = ChangeReason.MAX_LENGTH)
        String reason) {

  public static final String CODE_PATTERN = "[A-Z][A-Z0-9_]{0,63}";

  /** The same, anchored, as OpenAPI documents state it. */
  public static final String CODE_SCHEMA_PATTERN = "^" + CODE_PATTERN + "$";

  public static final String CODE_MESSAGE =
      "must start with a letter and have at most 64 upper-case ASCII letters, digits or _";
}
