package vn.chitieu.lock;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import vn.chitieu.common.Areas;
import vn.chitieu.common.Period;

/** A lock as an approver asks for it. */
@Schema(
    name = "LockRequest",
    description =
        "A period to lock in an area; the targets and achievements within it stop changing")
public record LockRequest(
    @NotNull @Schema(required = true) Period period,
    @Pattern(regexp = Areas.PATTERN, message = Areas.MESSAGE)
        @Schema(
            description = "GSO area code; the home area when left out",
            examples = "22",
            nullable = true,
            maxLength = 5)
        String area,
    @Size(max = 2000)
        @Schema(
            description = "Why the period is locked",
            examples = "Số liệu năm 2020 đã công bố",
            nullable = true)
        String note) {}
