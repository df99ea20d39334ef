package vn.chitieu.progress;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.function.Function;
import java.util.function.Supplier;
import java.util.stream.Collectors;
import vn.chitieu.achievement.AchievementFigure;
import vn.chitieu.achievement.AchievementRepository;
import vn.chitieu.cache.CommittedState;
import vn.chitieu.cache.SnapshotCache;
import vn.chitieu.common.MemoizedJsonList;
import vn.chitieu.common.Period;
import vn.chitieu.config.ChitieuConfig;
import vn.chitieu.figure.FigureFacts;
import vn.chitieu.figure.FigureQuery;
import vn.chitieu.indicator.IndicatorName;
import vn.chitieu.indicator.IndicatorRepository;
import vn.chitieu.plan.TargetFigure;
import vn.chitieu.plan.TargetRepository;

/**
 * Pairs targets with achievements. Each view reads targets and achievements in one read-only
 * projection apiece (no managed entities), whatever the number of indicators or periods. A view
 * that names no area shows the home area.
 */
@ApplicationScoped
@Transactional(Transactional.TxType.SUPPORTS)
public class ProgressService {

  /** How many current scorecards and series are kept; a scorecard of 200 indicators is ~80 kB. */
  static final int CACHED_VIEWS = 200;

  private record ScorecardKey(Period period, String area, String sector, String indicator) {}

  private record SeriesKey(String code, String area, Period from, Period to) {}

  private final TargetRepository targets;
  private final AchievementRepository achievements;
  private final IndicatorRepository indicators;
  private final ChitieuConfig config;
  private final SnapshotCache<ScorecardKey, List<ProgressRow>> scorecards;
  private final SnapshotCache<SeriesKey, Optional<List<ProgressRow>>> series;

  ProgressService(
      TargetRepository targets,
      AchievementRepository achievements,
      IndicatorRepository indicators,
      ChitieuConfig config,
      CommittedState database) {
    this.targets = targets;
    this.achievements = achievements;
    this.indicators = indicators;
    this.config = config;
    this.scorecards = database.cache(CACHED_VIEWS);
    this.series = database.cache(CACHED_VIEWS);
  }

  /** The scorecard: one row per indicator with a target or an achievement in the period. */
  public List<ProgressRow> scorecard(
      Period period, String area, String sector, String indicator, Instant asOf) {
    String shown = config.areaOrHome(area);
    Supplier<List<ProgressRow>> read =
        () ->
            rows(
                FigureQuery.ofPeriod(period, shown, sector, indicator),
                asOf,
                facts -> facts.indicator().code());
    return asOf == null
        ? scorecards.get(new ScorecardKey(period, shown, sector, indicator), read)
        : read.get();
  }

  /** The series: one row per period in which the indicator has a target or an achievement. */
  public Optional<List<ProgressRow>> series(
      String code, String area, Period from, Period to, Instant asOf) {
    String shown = config.areaOrHome(area);
    Supplier<Optional<List<ProgressRow>>> read =
        () -> {
          if (indicators.findByIdOptional(code).isEmpty()) {
            return Optional.empty();
          }
          return Optional.of(
              rows(
                  FigureQuery.ofIndicator(code, shown, from, to),
                  asOf,
                  facts -> Period.parse(facts.period())));
        };
    return asOf == null ? series.get(new SeriesKey(code, shown, from, to), read) : read.get();
  }

  /**
   * Rows keyed and ordered by indicator code (scorecard) or period (series), from the figures held
   * now or, with asOf, at that instant.
   */
  private <K extends Comparable<K>> List<ProgressRow> rows(
      FigureQuery query, Instant asOf, Function<FigureFacts, K> key) {
    Map<K, TargetFigure> targetsByKey =
        byKey(targets.listFigures(query, asOf), target -> key.apply(target.facts()));
    Map<K, AchievementFigure> achievementsByKey =
        byKey(achievements.listFigures(query, asOf), achievement -> key.apply(achievement.facts()));
    Map<K, ProgressRow> rows = new TreeMap<>();
    targetsByKey.forEach((k, target) -> rows.put(k, row(target, achievementsByKey.get(k))));
    achievementsByKey.forEach((k, achievement) -> rows.putIfAbsent(k, row(null, achievement)));
    // Kept by the caches and answered many times: written to JSON once.
    return new MemoizedJsonList<>(List.copyOf(rows.values()));
  }

  private static <K, F> Map<K, F> byKey(List<F> figures, Function<F, K> key) {
    return figures.stream().collect(Collectors.toMap(key, Function.identity()));
  }

  private static ProgressRow row(TargetFigure target, AchievementFigure achievement) {
    FigureFacts facts = target != null ? target.facts() : achievement.facts();
    Progress progress =
        Progress.of(
            target == null ? null : target.facts().value(),
            target == null ? null : target.operator(),
            achievement == null ? null : achievement.facts().value());
    return new ProgressRow(
        summary(facts.indicator()),
        facts.period(),
        facts.area(),
        target == null
            ? null
            : new ProgressRow.TargetSummary(target.facts().value(), target.operator()),
        achievement == null
            ? null
            : new ProgressRow.AchievementSummary(
                achievement.facts().value(), achievement.status(), achievement.reportedOn()),
        progress.outcome(),
        progress.margin(),
        progress.percentOfTarget());
  }

  private static ProgressRow.IndicatorSummary summary(FigureFacts.IndicatorFacts indicator) {
    return new ProgressRow.IndicatorSummary(
        indicator.code(),
        new IndicatorName(indicator.nameVi(), indicator.nameEn()),
        indicator.unit(),
        indicator.polarity(),
        indicator.decimals());
  }
}
