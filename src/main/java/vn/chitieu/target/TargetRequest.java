package vn.chitieu.target;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import vn.chitieu.common.Period;
import vn.chitieu.figure.FigureRules;

/** A target as a caller writes it. */
@Schema(name = "TargetRequest", description = "A target to create or replace")
public record TargetRequest(
    @NotBlank
        @Schema(required = true, description = "Indicator code", examples = "POOR_HOUSEHOLD_RATE")
        String indicator,
    @NotNull @Schema(required = true) Period period,
    @Pattern(regexp = FigureRules.AREA_PATTERN, message = FigureRules.AREA_MESSAGE)
        @Schema(description = "GSO area code; the home area when left out", examples = "22")
        String area,
    @NotNull @Schema(required = true, examples = "0.14") BigDecimal value,
    @Schema(description = "Defaults from the indicator's polarity") Operator operator,
    @Valid Baseline baseline,
    @Size(max = 500) @Schema(examples = "Nghị quyết 01/NQ-HĐND") String basis,
    @Size(max = 2000) String note) {}
