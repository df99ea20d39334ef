package vn.chitieu.indicator;

import java.math.BigDecimal;
import java.time.Instant;
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
    boolean active,
    @Schema(description = "Who created it (set by the server)", examples = "system")
        String createdBy,
    @Schema(description = "When it was created (set by the server)") Instant createdAt,
    @Schema(description = "Who last changed it (set by the server)", examples = "system")
        String updatedBy,
    @Schema(description = "When it last changed (set by the server)") Instant updatedAt) {}
