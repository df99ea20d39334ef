package vn.chitieu.plan;

import static vn.chitieu.common.Stamped.CREATED_AT;
import static vn.chitieu.common.Stamped.CREATED_BY;
import static vn.chitieu.common.Stamped.SYSTEM;
import static vn.chitieu.common.Stamped.UPDATED_AT;
import static vn.chitieu.common.Stamped.UPDATED_BY;
import static vn.chitieu.common.Stamped.VERSION;
import static vn.chitieu.indicator.IndicatorRequest.CODE_SCHEMA_PATTERN;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import vn.chitieu.common.Areas;
import vn.chitieu.common.Period;

/** A target as the service returns it. */
@Schema(name = "Target", description = "The value planned for an indicator in a period and area")
public record TargetResponse(
    @Schema(format = "uuid", maxLength = 36) UUID id,
    @Schema(examples = "POOR_HOUSEHOLD_RATE", pattern = CODE_SCHEMA_PATTERN, maxLength = 64)
        String indicator,
    @Schema(examples = "2021", pattern = Period.PATTERN, maxLength = 9) String period,
    @Schema(examples = "22", pattern = Areas.SCHEMA_PATTERN, maxLength = 5) String area,
    @Schema(examples = "0.14") BigDecimal value,
    Operator operator,
    @Schema(nullable = true, type = SchemaType.OBJECT, implementation = Baseline.class)
        Baseline baseline,
    @Schema(examples = "Nghị quyết 01/NQ-HĐND", nullable = true, maxLength = 500) String basis,
    @Schema(nullable = true, maxLength = 2000) String note,
    @Schema(description = CREATED_BY, examples = SYSTEM, maxLength = 200) String createdBy,
    @Schema(description = CREATED_AT, maxLength = 35) Instant createdAt,
    @Schema(description = UPDATED_BY, examples = SYSTEM, maxLength = 200) String updatedBy,
    @Schema(description = UPDATED_AT, maxLength = 35) Instant updatedAt,
    @Schema(description = VERSION, examples = "0", minimum = "0", maximum = "9223372036854775807")
        long version) {}
