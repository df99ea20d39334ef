package vn.chitieu.area;

import java.time.LocalDate;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A predecessor or successor of a unit, and how much of the predecessor went over. */
@Schema(description = "A unit a reorganisation joined to this one")
public record AreaLink(
    @Schema(examples = "06652", maxLength = 5) String code,
    @Schema(examples = "Phường Hà Phong", maxLength = 200) String name,
    @Schema(description = "Null: not recorded", examples = "null") LocalDate validFrom,
    @Schema(description = "Null: the unit exists", examples = "2025-06-30") LocalDate validTo,
    @Schema(description = "WHOLE: all of the predecessor's territory; PART: some of it")
        Relation relation,
    @Schema(examples = "Nghị quyết 1679/NQ-UBTVQH15", maxLength = 500) String legalBasis,
    @Schema(
            description = "The source's own words on the relation",
            examples = "Nhập toàn bộ",
            maxLength = 500)
        String note) {}
