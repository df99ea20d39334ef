package vn.chitieu.achievement;

import static vn.chitieu.common.Stamped.CREATED_AT;
import static vn.chitieu.common.Stamped.CREATED_BY;
import static vn.chitieu.common.Stamped.SYSTEM;
import static vn.chitieu.common.Stamped.UPDATED_AT;
import static vn.chitieu.common.Stamped.UPDATED_BY;
import static vn.chitieu.common.Stamped.VERSION;
import static vn.chitieu.indicator.IndicatorRequest.CODE_SCHEMA_PATTERN;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import vn.chitieu.common.Areas;
import vn.chitieu.common.Period;

/** An achievement as the service returns it. */
@Schema(
    name = "Achievement",
    description = "The value reported for an indicator in a period and area")
public record AchievementResponse(
    @Schema(format = "uuid", maxLength = 36) UUID id,
    @Schema(
            examples = "SOCIAL_INSURANCE_PARTICIPANTS",
            pattern = CODE_SCHEMA_PATTERN,
            maxLength = 64)
        String indicator,
    @Schema(examples = "2020", pattern = Period.PATTERN, maxLength = 9) String period,
    @Schema(examples = "22", pattern = Areas.SCHEMA_PATTERN, maxLength = 5) String area,
    @Schema(examples = "263050") BigDecimal value,
    Status status,
    @Schema(examples = "2020-12-16", maxLength = 10) LocalDate reportedOn,
    @Schema(examples = "Báo cáo tổng kết năm 2020", nullable = true, maxLength = 500) String source,
    @Schema(nullable = true, maxLength = 2000) String note,
    @Schema(description = CREATED_BY, examples = SYSTEM, maxLength = 200) String createdBy,
    @Schema(description = CREATED_AT, maxLength = 35) Instant createdAt,
    @Schema(description = UPDATED_BY, examples = SYSTEM, maxLength = 200) String updatedBy,
    @Schema(description = UPDATED_AT, maxLength = 35) Instant updatedAt,
    @Schema(description = VERSION, examples = "0", minimum = "0", maximum = "9223372036854775807")
        long version) {}
