package vn.chitieu.changes;

import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A page of the feed, and where to go on from. */
@Schema(description = "Changes in commit order, and the cursor to read on from")
public record ChangePage(
    @Schema(maxItems = ChangeFeed.MAX_LIMIT) List<Change> items,
    @Schema(
            description =
                "Pass it as after next time; given also when items is empty (nothing new yet)",
            examples = "1042",
            maxLength = 100)
        String next) {}
