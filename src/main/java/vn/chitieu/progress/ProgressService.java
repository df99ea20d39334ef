package vn.chitieu.progress;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Function;
import java.util.function.Supplier;
import java.util.stream.Collectors;
import vn.chitieu.achievement.AchievementFigure;
import vn.chitieu.achievement.AchievementRepository;
import vn.chitieu.area.Area;
import vn.chitieu.area.AreaCheck;
import vn.chitieu.area.AreaTree;
import vn.chitieu.area.Relation;
import vn.chitieu.cache.CommittedState;
import vn.chitieu.cache.SnapshotCache;
import vn.chitieu.common.MemoizedJsonList;
import vn.chitieu.common.Period;
import vn.chitieu.common.problem.ApiException;
import vn.chitieu.config.ChitieuConfig;
import vn.chitieu.figure.FigureFacts;
import vn.chitieu.figure.FigureQuery;
import vn.chitieu.indicator.Aggregation;
import vn.chitieu.indicator.Indicator;
import vn.chitieu.indicator.IndicatorName;
import vn.chitieu.indicator.IndicatorRepository;
import vn.chitieu.plan.TargetFigure;
import vn.chitieu.plan.TargetRepository;

/**
 * Pairs targets with achievements. Each view reads targets and achievements in one read-only
 * projection apiece (no managed entities), whatever the number of indicators or periods. A view
 * that names no area shows the home area. With derive or breakdown, the projections read every area
 * of the period or indicator, and the registry tells which areas count.
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
  private final AreaTree tree;
  private final AreaCheck areas;
  private final SnapshotCache<ScorecardKey, List<ProgressRow>> scorecards;
  private final SnapshotCache<SeriesKey, Optional<List<ProgressRow>>> series;

  ProgressService(
      TargetRepository targets,
      AchievementRepository achievements,
      IndicatorRepository indicators,
      ChitieuConfig config,
      AreaTree tree,
      AreaCheck areas,
      CommittedState database) {
    this.areas = areas;
    this.targets = targets;
    this.achievements = achievements;
    this.indicators = indicators;
    this.config = config;
    this.tree = tree;
    this.scorecards = database.cache(CACHED_VIEWS);
    this.series = database.cache(CACHED_VIEWS);
  }

  /** The scorecard: one row per indicator with a target or an achievement in the period. */
  public List<ProgressRow> scorecard(
      Period period, String area, String sector, String indicator, Instant asOf) {
    String shown = config.areaOrHome(area);
    Supplier<List<ProgressRow>> read =
        () -> {
          areas.requireKnown("area", area);
          FigureQuery query = FigureQuery.ofPeriod(period, shown, sector, indicator);
          return answer(
              rows(
                  targets.listFigures(query, asOf),
                  achievements.listFigures(query, asOf),
                  facts -> facts.indicator().code()));
        };
    return asOf == null
        ? scorecards.get(new ScorecardKey(period, shown, sector, indicator), read)
        : read.get();
  }

  /**
   * The scorecard of an area with, for each SUM indicator, the sum of its children's achievements:
   * the children are the units under the area throughout the period. The area's own achievement
   * wins and shows its difference to the sum; without one, the sum stands in, marked derived.
   */
  public List<ProgressRow> scorecardFromChildren(
      Period period, String area, String sector, String indicator, Instant asOf) {
    areas.requireKnown("area", area);
    String parent = config.areaOrHome(area);
    Set<String> children = childCodes(parent, period);
    FigureQuery everywhere = FigureQuery.ofPeriod(period, null, sector, indicator);
    List<TargetFigure> allTargets = targets.listFigures(everywhere, asOf);
    List<AchievementFigure> allAchievements = achievements.listFigures(everywhere, asOf);
    Map<String, List<AchievementFigure>> childFigures =
        allAchievements.stream()
            .filter(a -> children.contains(a.facts().area()))
            .filter(a -> a.facts().indicator().aggregation() == Aggregation.SUM)
            .collect(Collectors.groupingBy(a -> a.facts().indicator().code()));
    Map<String, ProgressRow> own =
        rows(
            inArea(allTargets, parent, TargetFigure::facts),
            inArea(allAchievements, parent, AchievementFigure::facts),
            facts -> facts.indicator().code());
    childFigures.forEach(
        (code, parts) -> {
          RollUp sum = RollUp.of(parts).orElseThrow();
          ProgressRow row = own.get(code);
          FigureFacts facts = parts.get(0).facts();
          own.put(code, withChildren(row, facts, period.toString(), parent, sum, children.size()));
        });
    return List.copyOf(own.values());
  }

  /** One scorecard row per child unit and indicator, ordered by area, then indicator. */
  public List<ProgressRow> scorecardByChildren(
      Period period, String area, String sector, String indicator, Instant asOf) {
    areas.requireKnown("area", area);
    Set<String> children = childCodes(config.areaOrHome(area), period);
    FigureQuery everywhere = FigureQuery.ofPeriod(period, null, sector, indicator);
    return List.copyOf(
        rows(
                targets.listFigures(everywhere, asOf).stream()
                    .filter(t -> children.contains(t.facts().area()))
                    .toList(),
                achievements.listFigures(everywhere, asOf).stream()
                    .filter(a -> children.contains(a.facts().area()))
                    .toList(),
                facts -> facts.area() + " " + facts.indicator().code())
            .values());
  }

  /** The series: one row per period in which the indicator has a target or an achievement. */
  public Optional<List<ProgressRow>> series(
      String code, String area, Period from, Period to, Instant asOf) {
    String shown = config.areaOrHome(area);
    Supplier<Optional<List<ProgressRow>>> read =
        () -> {
          areas.requireKnown("area", area);
          if (indicators.findByIdOptional(code).isEmpty()) {
            return Optional.empty();
          }
          FigureQuery query = FigureQuery.ofIndicator(code, shown, from, to);
          return Optional.of(
              answer(
                  rows(
                      targets.listFigures(query, asOf),
                      achievements.listFigures(query, asOf),
                      facts -> Period.parse(facts.period()))));
        };
    return asOf == null ? series.get(new SeriesKey(code, shown, from, to), read) : read.get();
  }

  /** A kept view's rows, answered many times: written to JSON once (MemoizedJsonList). */
  private static List<ProgressRow> answer(Map<?, ProgressRow> rows) {
    return new MemoizedJsonList<>(List.copyOf(rows.values()));
  }

  /**
   * The series of a unit formed in a reorganisation, continued before its first day by the sum of
   * its predecessors' achievements (SUM indicators only). Periods before that day belong to the
   * predecessors, even where one had the unit's code; a period that crosses the day, or any period
   * before it when a predecessor gave only PART of its territory, is shown not comparable.
   */
  public Optional<List<ProgressRow>> seriesFromPredecessors(
      String code, String area, Period from, Period to, Instant asOf) {
    areas.requireKnown("area", area);
    Optional<Indicator> found = indicators.findByIdOptional(code);
    if (found.isEmpty()) {
      return Optional.empty();
    }
    if (found.get().aggregation != Aggregation.SUM) {
      throw ApiException.invalid(
          "derive",
          "sums only SUM indicators; " + code + " is LAST: its values are levels, not flows");
    }
    String areaCode = config.areaOrHome(area);
    Optional<Area> unit = tree.latest(areaCode);
    LocalDate first = unit.map(u -> u.validFrom).orElse(null);
    FigureQuery everywhere = FigureQuery.ofIndicator(code, null, from, to);
    List<TargetFigure> allTargets = targets.listFigures(everywhere, asOf);
    List<AchievementFigure> allAchievements = achievements.listFigures(everywhere, asOf);
    Map<Period, ProgressRow> rows =
        rows(
            inArea(allTargets, areaCode, TargetFigure::facts),
            inArea(allAchievements, areaCode, AchievementFigure::facts),
            facts -> Period.parse(facts.period()));
    if (first == null) {
      return Optional.of(List.copyOf(rows.values()));
    }
    List<AreaTree.Predecessor> predecessors = tree.predecessorsOf(unit.get());
    boolean whole = predecessors.stream().allMatch(p -> p.relation() == Relation.WHOLE);
    Set<String> codes = predecessors.stream().map(p -> p.unit().code).collect(Collectors.toSet());
    // Rows of the code before the first day are the predecessors' business; drop them.
    rows.keySet().removeIf(period -> period.start().isBefore(first));
    Map<Period, List<AchievementFigure>> before =
        allAchievements.stream()
            .filter(a -> codes.contains(a.facts().area()))
            .filter(a -> Period.parse(a.facts().period()).start().isBefore(first))
            .collect(Collectors.groupingBy(a -> Period.parse(a.facts().period())));
    before.forEach(
        (period, parts) -> {
          FigureFacts facts = parts.get(0).facts();
          boolean crosses = !period.end().isBefore(first);
          rows.put(
              period,
              whole && !crosses
                  ? derived(
                      facts,
                      period.toString(),
                      areaCode,
                      RollUp.of(parts).orElseThrow(),
                      predecessors.size())
                  : notComparable(facts, period.toString(), areaCode, predecessors.size()));
        });
    return Optional.of(List.copyOf(rows.values()));
  }

  private Set<String> childCodes(String parent, Period period) {
    return tree.childrenThroughout(parent, period.start(), period.end()).stream()
        .map(child -> child.code)
        .collect(Collectors.toSet());
  }

  private static <F> List<F> inArea(List<F> figures, String area, Function<F, FigureFacts> facts) {
    return figures.stream().filter(f -> facts.apply(f).area().equals(area)).toList();
  }

  /**
   * Rows keyed and ordered by indicator code (scorecard), period (series) or area and code
   * (breakdown), from the figures held now or, with asOf, at that instant.
   */
  private static <K extends Comparable<K>> Map<K, ProgressRow> rows(
      List<TargetFigure> targetFigures,
      List<AchievementFigure> achievementFigures,
      Function<FigureFacts, K> key) {
    Map<K, TargetFigure> targetsByKey = byKey(targetFigures, target -> key.apply(target.facts()));
    Map<K, AchievementFigure> achievementsByKey =
        byKey(achievementFigures, achievement -> key.apply(achievement.facts()));
    Map<K, ProgressRow> rows = new TreeMap<>();
    targetsByKey.forEach((k, target) -> rows.put(k, row(target, achievementsByKey.get(k))));
    achievementsByKey.forEach((k, achievement) -> rows.putIfAbsent(k, row(null, achievement)));
    return rows;
  }

  private static <K, F> Map<K, F> byKey(List<F> figures, Function<F, K> key) {
    return figures.stream().collect(Collectors.toMap(key, Function.identity()));
  }

  private static ProgressRow row(TargetFigure target, AchievementFigure achievement) {
    FigureFacts facts = target != null ? target.facts() : achievement.facts();
    return row(
        facts,
        facts.period(),
        facts.area(),
        target == null
            ? null
            : new ProgressRow.TargetSummary(target.facts().value(), target.operator()),
        achievement == null
            ? null
            : new ProgressRow.AchievementSummary(
                achievement.facts().value(), achievement.status(), achievement.reportedOn()),
        null);
  }

  private static ProgressRow row(
      FigureFacts facts,
      String period,
      String area,
      ProgressRow.TargetSummary target,
      ProgressRow.AchievementSummary achievement,
      Derivation derivation) {
    Progress progress =
        Progress.of(
            target == null ? null : target.value(),
            target == null ? null : target.operator(),
            achievement == null ? null : achievement.value());
    return new ProgressRow(
        summary(facts.indicator()),
        period,
        area,
        target,
        achievement,
        progress.outcome(),
        progress.margin(),
        progress.percentOfTarget(),
        derivation);
  }

  /** The area's row with its children's sum: its own achievement wins, else the sum stands in. */
  private static ProgressRow withChildren(
      ProgressRow own, FigureFacts facts, String period, String area, RollUp sum, int expected) {
    ProgressRow.TargetSummary target = own == null ? null : own.target();
    if (own != null && own.achievement() != null) {
      Derivation derivation =
          new Derivation(
              Derivation.CHILDREN,
              false,
              true,
              expected,
              sum.reporting(),
              sum.sum(),
              own.achievement().value().subtract(sum.sum()));
      return row(facts, period, area, target, own.achievement(), derivation);
    }
    Derivation derivation =
        new Derivation(Derivation.CHILDREN, true, true, expected, sum.reporting(), sum.sum(), null);
    return row(facts, period, area, target, sum.achievement(), derivation);
  }

  private static ProgressRow derived(
      FigureFacts facts, String period, String area, RollUp sum, int expected) {
    Derivation derivation =
        new Derivation(
            Derivation.PREDECESSORS, true, true, expected, sum.reporting(), sum.sum(), null);
    return row(facts, period, area, null, sum.achievement(), derivation);
  }

  private static ProgressRow notComparable(
      FigureFacts facts, String period, String area, int expected) {
    return row(facts, period, area, null, null, Derivation.notComparable(expected));
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
