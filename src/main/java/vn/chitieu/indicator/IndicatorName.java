package vn.chitieu.indicator;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** An indicator's name in Vietnamese (required) and English. */
@Schema(description = "Name in Vietnamese (required) and English")
public record IndicatorName(
    @NotBlank @Size(max = 300) @Schema(examples = "Tỷ lệ hộ nghèo", required = true) String vi,
    @Size(max = 300) @Schema(examples = "Poor-household rate", nullable = true) String en) {}
