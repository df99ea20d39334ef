package vn.chitieu.target;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A target as the service returns it. */
@Schema(name = "Target", description = "The value planned for an indicator in a period and area")
public record TargetResponse(
    UUID id,
    @Schema(examples = "POOR_HOUSEHOLD_RATE") String indicator,
    @Schema(examples = "2021") String period,
    @Schema(examples = "22") String area,
    @Schema(examples = "0.14") BigDecimal value,
    Operator operator,
    Baseline baseline,
    @Schema(examples = "Nghị quyết 01/NQ-HĐND") String basis,
    String note,
    @Schema(description = "Who created it (set by the server)", examples = "system")
        String createdBy,
    @Schema(description = "When it was created (set by the server)") Instant createdAt,
    @Schema(description = "Who last changed it (set by the server)", examples = "system")
        String updatedBy,
    @Schema(description = "When it last changed (set by the server)") Instant updatedAt) {}
