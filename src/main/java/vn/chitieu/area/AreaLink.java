package vn.chitieu.area;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A predecessor or successor of a unit, and how much of the predecessor went over. */
@Schema(description = "A unit a reorganisation joined to this one")
public record AreaLink(
    @Schema(examples = "06652", maxLength = 5) String code,
    @Schema(examples = "Phường Hà Phong", maxLength = 200) String name,
    @Schema(format = "date", maxLength = 10, description = "Null: not recorded", nullable = true)
        String validFrom,
    @Schema(
            format = "date",
            maxLength = 10,
            description = "Null: the unit exists",
            examples = "2025-06-30",
            nullable = true)
        String validTo,
    @Schema(
            description = "WHOLE: all of the predecessor's territory; PART: some of it",
            enumeration = {"WHOLE", "PART"})
        Relation relation,
    @Schema(examples = "Nghị quyết 1679/NQ-UBTVQH15", maxLength = 500, nullable = true)
        String legalBasis,
    @Schema(
            description = "The source's own words on the relation",
            examples = "Nhập toàn bộ",
            maxLength = 500,
            nullable = true)
        String note) {}
