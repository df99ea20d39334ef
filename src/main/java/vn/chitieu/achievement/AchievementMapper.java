package vn.chitieu.achievement;

import java.time.LocalDate;
import vn.chitieu.common.Decimals;
import vn.chitieu.common.Period;
import vn.chitieu.indicator.Indicator;

/** Between achievement requests, entities and responses. */
final class AchievementMapper {

  private AchievementMapper() {}

  static AchievementResponse toResponse(Achievement achievement) {
    return new AchievementResponse(
        achievement.id,
        achievement.indicator.code,
        achievement.period,
        achievement.area,
        achievement.value,
        achievement.status,
        achievement.reportedOn,
        achievement.source,
        achievement.note,
        achievement.createdBy,
        achievement.createdAt,
        achievement.updatedBy,
        achievement.updatedAt,
        achievement.version);
  }

  /** The stored achievement as a request that would write it again, without a reason. */
  static AchievementRequest toRequest(Achievement achievement) {
    return new AchievementRequest(
        achievement.indicator.code,
        Period.parse(achievement.period),
        achievement.area,
        achievement.value,
        achievement.status,
        achievement.reportedOn,
        achievement.source,
        achievement.note,
        null);
  }

  static void apply(
      AchievementRequest request,
      Indicator indicator,
      String area,
      LocalDate reportedOn,
      Achievement achievement) {
    achievement.indicator = indicator;
    achievement.placeIn(request.period());
    achievement.area = area;
    achievement.value = Decimals.normalize(request.value());
    achievement.status = request.status();
    achievement.reportedOn = reportedOn;
    achievement.source = request.source();
    achievement.note = request.note();
  }
}
