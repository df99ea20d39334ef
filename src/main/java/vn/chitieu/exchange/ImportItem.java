package vn.chitieu.exchange;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

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
      allOf = vn.chitieu.plan.TargetRequest.class,
      properties = {
        @org.eclipse.microprofile.openapi.annotations.media.SchemaProperty(
            name = "kind",
            enumeration = {"target"})
      })
  static final class TargetItem {}

  @Schema(
      name = "AchievementImportItem",
      description = "An AchievementRequest, with kind achievement",
      allOf = vn.chitieu.achievement.AchievementRequest.class,
      properties = {
        @org.eclipse.microprofile.openapi.annotations.media.SchemaProperty(
            name = "kind",
            enumeration = {"achievement"})
      })
  static final class AchievementItem {}
}
