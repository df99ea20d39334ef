package vn.chitieu.achievement;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** An achievement as the service returns it. */
@Schema(
    name = "Achievement",
    description = "The value reported for an indicator in a period and area")
public record AchievementResponse(
    UUID id,
    @Schema(examples = "SOCIAL_INSURANCE_PARTICIPANTS") String indicator,
    @Schema(examples = "2020") String period,
    @Schema(examples = "22") String area,
    @Schema(examples = "263050") BigDecimal value,
    Status status,
    @Schema(examples = "2020-12-16") LocalDate reportedOn,
    @Schema(examples = "Báo cáo tổng kết năm 2020") String source,
    String note,
    @Schema(description = "Who created it (set by the server)", examples = "system")
        String createdBy,
    @Schema(description = "When it was created (set by the server)") Instant createdAt,
    @Schema(description = "Who last changed it (set by the server)", examples = "system")
        String updatedBy,
    @Schema(description = "When it last changed (set by the server)") Instant updatedAt) {}
