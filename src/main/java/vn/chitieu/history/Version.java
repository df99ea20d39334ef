package vn.chitieu.history;

import java.time.Instant;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * One version of a row: what a write made of it, when, by whom and why.
 *
 * @param <T> the resource as the service returns it
 */
@Schema(description = "One version of a resource: its values after a write, and who, when and why")
public record Version<T>(
    @Schema(
            description = "The write's revision, increasing with every write to the service",
            examples = "42",
            minimum = "1",
            maximum = "9223372036854775807")
        long revision,
    @Schema(description = "When the write was made", maxLength = 35) Instant changedAt,
    @Schema(description = "Who made it", examples = "system", maxLength = 200) String changedBy,
    ChangeType changeType,
    @Schema(
            description = "Why, as the writer said; null where no reason was given",
            nullable = true,
            maxLength = ChangeReason.MAX_LENGTH)
        String reason,
    @Schema(
            description =
                "How the write came: null for a request on the resource, import and the import's"
                    + " id for a bulk import",
            examples = "import 0b8e6f7c-3c1a-4f2e-9a57-2f0e5c1d7a10",
            nullable = true,
            maxLength = 100)
        String source,
    @Schema(description = "The values after the write; for a deletion, the last values held")
        T values) {}
