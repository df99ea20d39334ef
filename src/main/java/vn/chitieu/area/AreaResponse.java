package vn.chitieu.area;

import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import vn.chitieu.common.Areas;

/** A unit of the registry with what it came from and what it became. */
@Schema(description = "An administrative unit")
public record AreaResponse(
    @Schema(examples = "06652", pattern = Areas.SCHEMA_PATTERN, maxLength = 5) String code,
    @Schema(examples = "Phường Hà Tu", maxLength = 200) String name,
    Level level,
    @Schema(
            description = "tỉnh, thành phố, huyện, quận, thị xã, xã, phường, thị trấn or đặc khu",
            examples = "phường",
            maxLength = 40)
        String kind,
    @Schema(
            description = "The code of the unit one tier up; null for a province",
            examples = "22",
            maxLength = 5,
            nullable = true)
        String parent,
    @Schema(
            format = "date",
            maxLength = 10,
            description = "First day; null: not recorded",
            examples = "2025-07-01",
            nullable = true)
        String validFrom,
    @Schema(
            format = "date",
            maxLength = 10,
            description = "Last day; null: the unit exists",
            nullable = true)
        String validTo,
    @Schema(
            description = "The act that created the unit, when recorded",
            examples = "Nghị quyết 1679/NQ-UBTVQH15",
            maxLength = 500,
            nullable = true)
        String legalBasis,
    @Schema(maxItems = 10000) List<AreaLink> predecessors,
    @Schema(maxItems = 10000) List<AreaLink> successors) {}
