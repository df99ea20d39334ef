package vn.chitieu.achievement;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import vn.chitieu.common.problem.FieldError;
import vn.chitieu.figure.FigureKind;
import vn.chitieu.figure.FigureRules;
import vn.chitieu.indicator.Indicator;

/** Achievements on the shared write path: reported today when no date is given, never later. */
public final class AchievementKind implements FigureKind<AchievementRequest, Achievement> {

  public static final AchievementKind INSTANCE = new AchievementKind();

  private AchievementKind() {}

  @Override
  public Class<Achievement> type() {
    return Achievement.class;
  }

  @Override
  public Achievement newFigure() {
    return new Achievement();
  }

  @Override
  public List<FieldError> check(
      AchievementRequest request, Indicator indicator, FigureRules rules) {
    return Optional.ofNullable(request.reportedOn())
        .flatMap(date -> rules.checkReportedOn("reportedOn", date))
        .stream()
        .toList();
  }

  @Override
  public void apply(
      AchievementRequest request,
      Indicator indicator,
      String area,
      Achievement achievement,
      FigureRules rules) {
    LocalDate reportedOn = request.reportedOn() == null ? rules.today() : request.reportedOn();
    AchievementMapper.apply(request, indicator, area, reportedOn, achievement);
  }
}
