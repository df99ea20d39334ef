package vn.chitieu.outlook;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.NavigableMap;
import java.util.Optional;
import java.util.TreeMap;
import java.util.stream.Collectors;
import vn.chitieu.achievement.AchievementFigure;
import vn.chitieu.achievement.AchievementRepository;
import vn.chitieu.common.Period;
import vn.chitieu.common.problem.ApiException;
import vn.chitieu.config.ChitieuConfig;
import vn.chitieu.figure.FigureFacts;
import vn.chitieu.figure.FigureQuery;
import vn.chitieu.indicator.IndicatorName;
import vn.chitieu.indicator.IndicatorRepository;
import vn.chitieu.plan.Baseline;
import vn.chitieu.plan.TargetFigure;
import vn.chitieu.plan.TargetRepository;

/**
 * The outlook of plan-period targets (docs/design.md, "Outlook"): reads the plan's targets and the
 * annual achievements from the year before the plan to its last, in one read-only projection
 * apiece, and hands each target to {@link Outlook}. A view that names no area shows the home area.
 */
@ApplicationScoped
@Transactional(Transactional.TxType.SUPPORTS)
public class OutlookService {

  /** What a plan parameter must be. */
  public static final String PLAN_PERIOD =
      "must be a plan period of two years or more, such as 2021-2025";

  private final TargetRepository targets;
  private final AchievementRepository achievements;
  private final IndicatorRepository indicators;
  private final ChitieuConfig config;

  OutlookService(
      TargetRepository targets,
      AchievementRepository achievements,
      IndicatorRepository indicators,
      ChitieuConfig config) {
    this.targets = targets;
    this.achievements = achievements;
    this.indicators = indicators;
    this.config = config;
  }

  /** One row per indicator with a target for the plan period in the area, ordered by code. */
  public List<OutlookRow> outlook(
      Period plan, String area, String sector, String indicator, Instant asOf) {
    return rows(checked(plan), config.areaOrHome(area), sector, indicator, asOf);
  }

  /**
   * The outlook of one indicator: empty if no indicator has the code now (whatever asOf says, as
   * for the series), else its row, if it has a target for the plan.
   */
  public Optional<List<OutlookRow>> outlook(String code, Period plan, String area, Instant asOf) {
    if (indicators.findByIdOptional(code).isEmpty()) {
      return Optional.empty();
    }
    return Optional.of(rows(checked(plan), config.areaOrHome(area), null, code, asOf));
  }

  /** A missing plan, or one of a single year or less, is invalid input naming {@code plan}. */
  private static Period checked(Period plan) {
    if (plan == null || !plan.isMultiYear()) {
      throw ApiException.invalid("plan", PLAN_PERIOD);
    }
    return plan;
  }

  private List<OutlookRow> rows(
      Period plan, String area, String sector, String indicator, Instant asOf) {
    List<TargetFigure> planTargets =
        targets.listFigures(FigureQuery.ofPeriod(plan, area, sector, indicator), asOf);
    if (planTargets.isEmpty()) {
      return List.of();
    }
    int first = plan.start().getYear();
    int last = plan.end().getYear();
    Period from = Period.year(Math.max(first - 1, Period.MIN_YEAR));
    Map<String, NavigableMap<Integer, AchievementFigure>> annual =
        achievements
            .listFigures(
                new FigureQuery(indicator, null, area, from, Period.year(last), sector), asOf)
            .stream()
            .filter(achievement -> Period.parse(achievement.facts().period()).isYear())
            .collect(
                Collectors.groupingBy(
                    achievement -> achievement.facts().indicator().code(),
                    HashMap::new,
                    Collectors.toMap(
                        achievement -> Integer.parseInt(achievement.facts().period()),
                        achievement -> achievement,
                        (one, other) -> one,
                        TreeMap::new)));
    return planTargets.stream()
        .sorted(Comparator.comparing(target -> target.facts().indicator().code()))
        .map(
            target ->
                row(
                    target,
                    first,
                    last,
                    annual.getOrDefault(target.facts().indicator().code(), new TreeMap<>())))
        .toList();
  }

  private static OutlookRow row(
      TargetFigure target, int first, int last, NavigableMap<Integer, AchievementFigure> years) {
    FigureFacts facts = target.facts();
    AchievementFigure before = years.get(first - 1);
    Baseline baseline =
        target.baseline() != null
            ? target.baseline()
            : before == null ? null : new Baseline(Period.year(first - 1), before.facts().value());
    Map.Entry<Integer, AchievementFigure> latest =
        years.subMap(first, true, last, true).lastEntry();
    Map<Integer, BigDecimal> values = new TreeMap<>();
    years.forEach((year, achievement) -> values.put(year, achievement.facts().value()));
    Outlook outlook =
        Outlook.of(
            new Outlook.Plan(first, last, facts.value(), target.operator()),
            facts.indicator().aggregation(),
            facts.indicator().decimals(),
            baseline == null
                ? null
                : new Outlook.Point(baseline.period().end().getYear(), baseline.value()),
            values);
    FigureFacts.IndicatorFacts indicator = facts.indicator();
    return new OutlookRow(
        new OutlookRow.IndicatorSummary(
            indicator.code(),
            new IndicatorName(indicator.nameVi(), indicator.nameEn()),
            indicator.unit(),
            indicator.polarity(),
            indicator.decimals(),
            indicator.aggregation()),
        facts.period(),
        facts.area(),
        baseline == null
            ? null
            : new OutlookRow.BaselineSummary(baseline.period().toString(), baseline.value()),
        new OutlookRow.TargetSummary(facts.value(), target.operator()),
        latest == null
            ? null
            : new OutlookRow.LatestSummary(
                latest.getValue().facts().period(),
                latest.getValue().facts().value(),
                latest.getValue().status()),
        outlook.elapsedShare(),
        outlook.distanceTravelled(),
        outlook.observedGrowth(),
        outlook.requiredGrowth(),
        outlook.ratio(),
        outlook.projected(),
        outlook.assessment(),
        outlook.explanation());
  }
}
