package vn.chitieu.plan;

import jakarta.validation.constraints.NotNull;
import java.math.BigDecimal;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import vn.chitieu.common.Period;

/** Where the indicator stood when the target was set. */
@Schema(description = "Where the indicator stood when the target was set")
public record Baseline(
    @NotNull @Schema(required = true) Period period,
    @NotNull @Schema(required = true, examples = "0.23") BigDecimal value) {}
