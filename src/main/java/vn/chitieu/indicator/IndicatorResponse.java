package vn.chitieu.indicator;

import java.math.BigDecimal;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** An indicator as the service returns it. */
@Schema(name = "Indicator", description = "An indicator of the catalogue")
public record IndicatorResponse(
    @Schema(examples = "POOR_HOUSEHOLD_RATE") String code,
    IndicatorName name,
    String description,
    @Schema(examples = "POVERTY_REDUCTION") String sector,
    Measure measure,
    @Schema(examples = "%") String unit,
    @Schema(examples = "2") int decimals,
    Polarity polarity,
    @Schema(examples = "0") BigDecimal minValue,
    @Schema(examples = "100") BigDecimal maxValue,
    Frequency frequency,
    boolean active) {}
