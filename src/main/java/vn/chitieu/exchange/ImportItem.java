package vn.chitieu.exchange;

import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.media.SchemaProperty;
import vn.chitieu.achievement.AchievementRequest;
import vn.chitieu.plan.TargetRequest;

/** How the contract describes one item of a JSON import. */
@Schema(
    name = "ImportItem",
    description =
        "A TargetRequest or an AchievementRequest with its kind (which ?kind= may supply for all)",
    oneOf = {ImportItem.TargetItem.class, ImportItem.AchievementItem.class})
final class ImportItem {

  private ImportItem() {}

  @Schema(
      name = "TargetImportItem",
      description = "A TargetRequest, with kind target",
      allOf = TargetRequest.class,
      properties = {
        @SchemaProperty(
            name = "kind",
            enumeration = {"target"})
      })
  static final class TargetItem {}

  @Schema(
      name = "AchievementImportItem",
      description = "An AchievementRequest, with kind achievement",
      allOf = AchievementRequest.class,
      properties = {
        @SchemaProperty(
            name = "kind",
            enumeration = {"achievement"})
      })
  static final class AchievementItem {}
}
