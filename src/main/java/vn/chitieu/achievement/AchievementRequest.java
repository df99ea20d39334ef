package vn.chitieu.achievement;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import java.time.LocalDate;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import vn.chitieu.common.Areas;
import vn.chitieu.common.Period;
import vn.chitieu.figure.FigureRequest;
import vn.chitieu.history.ChangeReason;

/** An achievement as a caller writes it. */
@Schema(name = "AchievementRequest", description = "An achievement to create or replace")
public record AchievementRequest(
    @NotBlank
        @Size(max = 64)
        @Schema(
            required = true,
            description = "Indicator code",
            examples = "SOCIAL_INSURANCE_PARTICIPANTS",
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
    @NotNull @Schema(required = true, examples = "263050") BigDecimal value,
    @NotNull @Schema(required = true) Status status,
    @Schema(
            description = "Date of the report; today when left out; never in the future",
            examples = "2020-12-16",
            nullable = true,
            maxLength = 10)
        LocalDate reportedOn,
    @Size(max = 500) @Schema(examples = "Báo cáo tổng kết năm 2020", nullable = true) String source,
    @Size(max = 2000) @Schema(nullable = true) String note,
    @Size(max = ChangeReason.MAX_LENGTH)
        @Schema(
            description = ChangeReason.DESCRIPTION,
            examples = "Số liệu chính thức của Cục Thống kê",
            nullable = true,
            maxLength = ChangeReason.MAX_LENGTH)
        String reason)
    implements FigureRequest {}
