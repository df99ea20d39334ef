package vn.chitieu.lock;

import static vn.chitieu.common.Stamped.CREATED_AT;
import static vn.chitieu.common.Stamped.CREATED_BY;

import java.time.Instant;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import vn.chitieu.common.Areas;
import vn.chitieu.common.Period;

/** A lock as the service returns it. */
@Schema(
    name = "Lock",
    description =
        "A period locked in an area: no target or achievement whose period lies within it changes")
public record LockResponse(
    @Schema(format = "uuid", maxLength = 36) UUID id,
    @Schema(examples = "2020", pattern = Period.PATTERN, maxLength = 9) String period,
    @Schema(examples = "22", pattern = Areas.SCHEMA_PATTERN, maxLength = 5) String area,
    @Schema(examples = "Số liệu năm 2020 đã công bố", nullable = true, maxLength = 2000)
        String note,
    @Schema(description = CREATED_BY, examples = "dev-approver", maxLength = 200) String createdBy,
    @Schema(description = CREATED_AT, maxLength = 35) Instant createdAt) {

  public static LockResponse of(PeriodLock lock) {
    return new LockResponse(
        lock.id, lock.period, lock.area, lock.note, lock.createdBy, lock.createdAt);
  }
}
