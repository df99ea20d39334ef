package vn.chitieu.plan;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import vn.chitieu.common.Areas;
import vn.chitieu.common.Period;
import vn.chitieu.figure.FigureRequest;
import vn.chitieu.history.ChangeReason;

/** A target as a caller writes it. */
@Schema(
    name = "TargetRequest",
    description = "A target to create or replace; operator defaults from the indicator's polarity")
public record TargetRequest(
    @NotBlank
        @Size(max = 64)
        @Schema(
            required = true,
            description = "Indicator code",
            examples = "POOR_HOUSEHOLD_RATE",
            maxLength = 64)
        String indicator,
    @NotNull @Schema(required = true) Period period,
    @Pattern(regexp = Areas.PATTERN, message = Areas.MESSAGE)
        @Schema(
            description = "GSO area code; the home area when left out",
            examples = "22",
            nullable = true,
            maxLength = 5)
        String area,
    @NotNull @Schema(required = true, examples = "0.14") BigDecimal value,
    Operator operator,
    @Valid @Schema(nullable = true, type = SchemaType.OBJECT, implementation = Baseline.class)
        Baseline baseline,
    @Size(max = 500) @Schema(examples = "Nghị quyết 01/NQ-HĐND", nullable = true) String basis,
    @Size(max = 2000) @Schema(nullable = true) String note,
    @Size(max = ChangeReason.MAX_LENGTH)
        @Schema(
            description = ChangeReason.DESCRIPTION,
            examples = "Số liệu chính thức của Cục Thống kê",
            nullable = true,
            maxLength = ChangeReason.MAX_LENGTH)
        String reason)
    implements FigureRequest {}
