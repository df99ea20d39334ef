package vn.chitieu.area;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** An area code stored figures use that names no unit of the registry. */
@Schema(description = "An area code in use that the registry lacks")
public record UnknownArea(
    @Schema(examples = "97", maxLength = 5) String area,
    @Schema(examples = "1", minimum = "0", maximum = "9223372036854775807") long targets,
    @Schema(examples = "0", minimum = "0", maximum = "9223372036854775807") long achievements) {}
