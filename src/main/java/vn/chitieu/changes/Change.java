package vn.chitieu.changes;

import java.time.Instant;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import vn.chitieu.history.ChangeType;

/** One change in the feed: what a committed write did to one resource. */
@Schema(description = "One committed change of one resource")
public record Change(
    @Schema(
            description =
                "Where this change stands in the feed: pass it as after to read what follows it",
            examples = "1042.3.5b0f7d3e-1c2a-4e55-9f0e-2d7c4b8a9e61",
            maxLength = 100)
        String cursor,
    @Schema(
            description = "The kind of resource changed",
            enumeration = {"indicator", "target", "achievement", "lock"},
            examples = "achievement",
            maxLength = 11)
        String resource,
    @Schema(
            description = "The resource's key: an indicator's code, the id of the others",
            examples = "5b0f7d3e-1c2a-4e55-9f0e-2d7c4b8a9e61",
            maxLength = 64)
        String id,
    ChangeType change,
    @Schema(description = "When the write was made", maxLength = 35) Instant at,
    @Schema(description = "Who made it", examples = "dev-editor", maxLength = 200) String by,
    @Schema(
            type = SchemaType.OBJECT,
            description =
                "The resource after the change, as its GET returns it (an Indicator, Target,"
                    + " Achievement or Lock, as resource says); null for a deletion",
            nullable = true)
        Object data) {}
