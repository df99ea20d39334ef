package vn.chitieu.indicator;

import static vn.chitieu.common.Stamped.CREATED_AT;
import static vn.chitieu.common.Stamped.CREATED_BY;
import static vn.chitieu.common.Stamped.SYSTEM;
import static vn.chitieu.common.Stamped.UPDATED_AT;
import static vn.chitieu.common.Stamped.UPDATED_BY;
import static vn.chitieu.common.Stamped.VERSION;
import static vn.chitieu.indicator.IndicatorRequest.CODE_SCHEMA_PATTERN;

import java.math.BigDecimal;
import java.time.Instant;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** An indicator as the service returns it. */
@Schema(name = "Indicator", description = "An indicator of the catalogue")
public record IndicatorResponse(
    @Schema(examples = "POOR_HOUSEHOLD_RATE", pattern = CODE_SCHEMA_PATTERN, maxLength = 64)
        String code,
    IndicatorName name,
    @Schema(nullable = true, maxLength = 2000) String description,
    @Schema(examples = "POVERTY_REDUCTION", pattern = CODE_SCHEMA_PATTERN, maxLength = 64)
        String sector,
    Measure measure,
    @Schema(examples = "%", maxLength = 32) String unit,
    @Schema(examples = "2", minimum = "0", maximum = "6") int decimals,
    Polarity polarity,
    @Schema(examples = "0", nullable = true) BigDecimal minValue,
    @Schema(examples = "100", nullable = true) BigDecimal maxValue,
    Frequency frequency,
    Aggregation aggregation,
    boolean active,
    @Schema(description = CREATED_BY, examples = SYSTEM, maxLength = 200) String createdBy,
    @Schema(description = CREATED_AT, maxLength = 35) Instant createdAt,
    @Schema(description = UPDATED_BY, examples = SYSTEM, maxLength = 200) String updatedBy,
    @Schema(description = UPDATED_AT, maxLength = 35) Instant updatedAt,
    @Schema(description = VERSION, examples = "0", minimum = "0", maximum = "9223372036854775807")
        long version) {}
