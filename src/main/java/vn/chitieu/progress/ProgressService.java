package vn.chitieu.progress;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.function.Function;
import java.util.stream.Collectors;
import vn.chitieu.achievement.AchievementFigure;
import vn.chitieu.achievement.AchievementRepository;
import vn.chitieu.common.Period;
import vn.chitieu.figure.FigureFilter;
import vn.chitieu.figure.IndicatorFacts;
import vn.chitieu.indicator.IndicatorName;
import vn.chitieu.indicator.IndicatorRepository;
import vn.chitieu.plan.TargetFigure;
import vn.chitieu.plan.TargetRepository;

/**
 * Pairs targets with achievements. Each view reads targets and achievements in one read-only
 * projection apiece (no managed entities), whatever the number of indicators or periods.
 */
@ApplicationScoped
@Transactional(Transactional.TxType.SUPPORTS)
public class ProgressService {

  private final TargetRepository targets;
  private final AchievementRepository achievements;
  private final IndicatorRepository indicators;

  ProgressService(
      TargetRepository targets,
      AchievementRepository achievements,
      IndicatorRepository indicators) {
    this.targets = targets;
    this.achievements = achievements;
    this.indicators = indicators;
  }

  /** The scorecard: one row per indicator with a target or an achievement in the period. */
  public List<ProgressRow> scorecard(Period period, String area, String sector, String indicator) {
    FigureFilter filter = new FigureFilter();
    filter.period = period;
    filter.area = area;
    filter.sector = sector;
    filter.indicator = indicator;
    return rows(
        filter, target -> target.indicator().code(), achievement -> achievement.indicator().code());
  }

  /** The series: one row per period in which the indicator has a target or an achievement. */
  public Optional<List<ProgressRow>> series(String code, String area, Period from, Period to) {
    if (indicators.findByIdOptional(code).isEmpty()) {
      return Optional.empty();
    }
    FigureFilter filter = new FigureFilter();
    filter.indicator = code;
    filter.area = area;
    filter.from = from;
    filter.to = to;
    return Optional.of(
        rows(
            filter,
            target -> Period.parse(target.period()),
            achievement -> Period.parse(achievement.period())));
  }

  /** Rows keyed and ordered by indicator code (scorecard) or period (series). */
  private <K extends Comparable<K>> List<ProgressRow> rows(
      FigureFilter filter,
      Function<TargetFigure, K> targetKey,
      Function<AchievementFigure, K> achievementKey) {
    Map<K, TargetFigure> targetsByKey = byKey(targets.listFigures(filter), targetKey);
    Map<K, AchievementFigure> achievementsByKey =
        byKey(achievements.listFigures(filter), achievementKey);
    Map<K, ProgressRow> rows = new TreeMap<>();
    targetsByKey.forEach((k, target) -> rows.put(k, row(target, achievementsByKey.get(k))));
    achievementsByKey.forEach((k, achievement) -> rows.putIfAbsent(k, row(null, achievement)));
    return List.copyOf(rows.values());
  }

  private static <K, F> Map<K, F> byKey(List<F> figures, Function<F, K> key) {
    return figures.stream().collect(Collectors.toMap(key, Function.identity()));
  }

  private static ProgressRow row(TargetFigure target, AchievementFigure achievement) {
    IndicatorFacts indicator = target != null ? target.indicator() : achievement.indicator();
    Progress progress =
        Progress.of(
            target == null ? null : target.value(),
            target == null ? null : target.operator(),
            achievement == null ? null : achievement.value());
    return new ProgressRow(
        summary(indicator),
        target != null ? target.period() : achievement.period(),
        target != null ? target.area() : achievement.area(),
        target == null ? null : new ProgressRow.TargetSummary(target.value(), target.operator()),
        achievement == null
            ? null
            : new ProgressRow.AchievementSummary(
                achievement.value(), achievement.status(), achievement.reportedOn()),
        progress.outcome(),
        progress.margin(),
        progress.percentOfTarget());
  }

  private static ProgressRow.IndicatorSummary summary(IndicatorFacts indicator) {
    return new ProgressRow.IndicatorSummary(
        indicator.code(),
        new IndicatorName(indicator.nameVi(), indicator.nameEn()),
        indicator.unit(),
        indicator.polarity(),
        indicator.decimals());
  }
}
