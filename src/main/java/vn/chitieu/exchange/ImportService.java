package vn.chitieu.exchange;

import io.micrometer.core.instrument.MeterRegistry;
import io.quarkus.security.identity.SecurityIdentity;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import org.hibernate.Session;
import org.hibernate.envers.AuditReaderFactory;
import vn.chitieu.achievement.Achievement;
import vn.chitieu.achievement.AchievementKind;
import vn.chitieu.achievement.AchievementRequest;
import vn.chitieu.achievement.Lifecycle;
import vn.chitieu.area.AreaCheck;
import vn.chitieu.common.problem.ApiException;
import vn.chitieu.common.problem.FieldError;
import vn.chitieu.common.problem.RowError;
import vn.chitieu.config.ChitieuConfig;
import vn.chitieu.figure.Figure;
import vn.chitieu.figure.FigureKey;
import vn.chitieu.figure.FigureKind;
import vn.chitieu.figure.FigureRequest;
import vn.chitieu.figure.FigureRules;
import vn.chitieu.figure.FigureWriter;
import vn.chitieu.history.ChangeReason;
import vn.chitieu.history.Revision;
import vn.chitieu.indicator.Indicator;
import vn.chitieu.indicator.IndicatorRepository;
import vn.chitieu.lock.PeriodLocks;
import vn.chitieu.plan.Target;
import vn.chitieu.plan.TargetKind;
import vn.chitieu.plan.TargetRequest;
import vn.chitieu.security.Auditor;
import vn.chitieu.security.Roles;

/**
 * Applies an import's rows as single writes would, in one transaction: each row is checked against
 * its indicator ({@link FigureRules}), matched on kind, indicator, period and area to a stored
 * figure (new key: created; equal values: unchanged, nothing written; else updated), and held to
 * the status lifecycle and the period locks. Every step reads the database once for all rows: the
 * indicators, the stored figures of the keys, the locks of the areas. New figures are inserted with
 * COPY ({@link FigureInserts}), changed ones through Hibernate; all share one history revision
 * whose source is the import.
 */
@ApplicationScoped
class ImportService {

  private final IndicatorRepository indicators;
  private final FigureWriter writer;
  private final PeriodLocks locks;
  private final Auditor auditor;
  private final ChangeReason reasons;
  private final SecurityIdentity caller;
  private final EntityManager entityManager;
  private final ChitieuConfig config;
  private final Clock clock;
  private final MeterRegistry meters;
  private final AreaCheck areas;

  ImportService(
      IndicatorRepository indicators,
      FigureWriter writer,
      PeriodLocks locks,
      Auditor auditor,
      ChangeReason reasons,
      SecurityIdentity caller,
      EntityManager entityManager,
      ChitieuConfig config,
      Clock clock,
      MeterRegistry meters,
      AreaCheck areas) {
    this.areas = areas;
    this.meters = meters;
    this.indicators = indicators;
    this.writer = writer;
    this.locks = locks;
    this.auditor = auditor;
    this.reasons = reasons;
    this.caller = caller;
    this.entityManager = entityManager;
    this.config = config;
    this.clock = clock;
  }

  /** A row that passed the checks of form, with what it will do. */
  private record Planned(ImportRow row, FigureKey key, Indicator indicator, Figure figure) {}

  @Transactional
  ImportSummary run(ParsedImport parsed, boolean dryRun, boolean validRows) {
    UUID id = UUID.randomUUID();
    FigureRules rules = new FigureRules(Clock.fixed(clock.instant(), clock.getZone()));
    List<RowError> rejections = new ArrayList<>(parsed.rejections());
    Map<String, Indicator> byCode =
        indicators.findByCodes(
            parsed.rows().stream()
                .map(row -> row.request().indicator())
                .collect(Collectors.toSet()));

    AreaCheck.Units units =
        areas.unitsOf(
            parsed.rows().stream()
                .map(row -> config.areaOrHome(row.request().area()))
                .collect(Collectors.toSet()));

    // Form: the indicator, the value, the kind's own rules, a key not repeated in the file.
    List<Planned> checked = new ArrayList<>();
    Map<ImportKind, Map<FigureKey, Integer>> firstRow = new HashMap<>();
    for (ImportRow row : parsed.rows()) {
      FigureRequest request = row.request();
      Indicator indicator = byCode.get(request.indicator());
      if (indicator == null) {
        rejections.add(error(row, FigureRules.unknownIndicator("indicator", request.indicator())));
        continue;
      }
      List<FieldError> errors = new ArrayList<>();
      FigureRules.checkValue("value", request.value(), indicator).ifPresent(errors::add);
      units
          .check("area", config.areaOrHome(request.area()), request.period())
          .ifPresent(errors::add);
      errors.addAll(check(row, indicator, rules));
      if (!errors.isEmpty()) {
        errors.forEach(e -> rejections.add(error(row, e)));
        continue;
      }
      FigureKey key =
          new FigureKey(
              indicator.code, request.period().toString(), config.areaOrHome(request.area()));
      Integer earlier =
          firstRow.computeIfAbsent(row.kind(), any -> new HashMap<>()).putIfAbsent(key, row.row());
      if (earlier != null) {
        rejections.add(
            new RowError(
                row.row(),
                "indicator",
                "repeats the indicator, period and area of row " + earlier));
        continue;
      }
      checked.add(new Planned(row, key, indicator, null));
    }

    // Matched against the stored figures; the lifecycle and the locks for rows that change one.
    Map<FigureKey, Target> targets = stored(Target.class, keysOf(firstRow, ImportKind.TARGET));
    Map<FigureKey, Achievement> achievements =
        stored(Achievement.class, keysOf(firstRow, ImportKind.ACHIEVEMENT));
    Map<FigureKey, String> locked =
        locks.lockedAmong(
            checked.stream().map(Planned::key).collect(Collectors.toCollection(LinkedHashSet::new)),
            FigureKey::period,
            FigureKey::area);
    boolean approver = caller.hasRole(Roles.APPROVER);
    List<Planned> creates = new ArrayList<>();
    List<Planned> updates = new ArrayList<>();
    int unchanged = 0;
    for (Planned planned : checked) {
      ImportRow row = planned.row();
      Figure stored =
          row.kind() == ImportKind.TARGET
              ? targets.get(planned.key())
              : achievements.get(planned.key());
      Figure candidate = candidate(row, planned.indicator(), planned.key().area(), rules);
      if (stored != null && FigureValues.same(stored, candidate)) {
        unchanged++;
        continue;
      }
      try {
        if (row.request() instanceof AchievementRequest request) {
          Achievement was = (Achievement) stored;
          Lifecycle.toWrite(was == null ? null : was.status, request.status())
              .check(
                  Lifecycle.describe(was == null ? null : was.status, request.status()),
                  approver,
                  request.reason() != null && !request.reason().isBlank());
        }
      } catch (ApiException refused) {
        rejections.add(new RowError(row.row(), "status", refused.getMessage()));
        continue;
      }
      String lock = locked.get(planned.key());
      if (lock != null) {
        rejections.add(new RowError(row.row(), "period", lock));
        continue;
      }
      if (stored == null) {
        creates.add(new Planned(row, planned.key(), planned.indicator(), candidate));
      } else {
        updates.add(new Planned(row, planned.key(), planned.indicator(), stored));
      }
    }

    rejections.sort(
        Comparator.comparingInt(RowError::row)
            .thenComparing(RowError::field)
            .thenComparing(RowError::message));
    int rejectedRows = (int) rejections.stream().mapToInt(RowError::row).distinct().count();
    String mode = validRows ? "valid-rows" : "all-or-nothing";
    boolean refused = !validRows && rejectedRows > 0;
    if (refused && !dryRun) {
      throw ApiException.invalidRows(
          rejectedRows
              + " of "
              + parsed.count()
              + " rows are invalid, so nothing was stored; see rows. Correct them, or send"
              + " mode=valid-rows to store the valid rows alone.",
          rejections);
    }
    ImportSummary summary =
        new ImportSummary(
            id,
            dryRun,
            mode,
            parsed.count(),
            refused ? 0 : creates.size(),
            refused ? 0 : updates.size(),
            refused ? 0 : unchanged,
            rejectedRows,
            rejections);
    if (!dryRun) {
      write(id, creates, updates, rules);
    }
    return summary;
  }

  private List<FieldError> check(ImportRow row, Indicator indicator, FigureRules rules) {
    return row.request() instanceof TargetRequest target
        ? TargetKind.INSTANCE.check(target, indicator, rules)
        : AchievementKind.INSTANCE.check((AchievementRequest) row.request(), indicator, rules);
  }

  /** The figure the row would make, not stored: compared with the stored one, or inserted. */
  private static Figure candidate(
      ImportRow row, Indicator indicator, String area, FigureRules rules) {
    Figure figure;
    if (row.request() instanceof TargetRequest target) {
      figure = apply(TargetKind.INSTANCE, target, indicator, area, rules, null);
    } else {
      figure =
          apply(
              AchievementKind.INSTANCE,
              (AchievementRequest) row.request(),
              indicator,
              area,
              rules,
              null);
    }
    figure.id = UUID.randomUUID();
    return figure;
  }

  private static <R extends FigureRequest, F extends Figure> F apply(
      FigureKind<R, F> kind,
      R request,
      Indicator indicator,
      String area,
      FigureRules rules,
      F onto) {
    F figure = onto == null ? kind.newFigure() : onto;
    kind.apply(request, indicator, area, figure, rules);
    return figure;
  }

  // Envers 7.2 deprecates getCurrentRevision without a replacement; it is the one way to share
  // the revision of the Hibernate writes with the rows inserted by JDBC.
  @SuppressWarnings("deprecation")
  private void write(UUID id, List<Planned> creates, List<Planned> updates, FigureRules rules) {
    if (creates.isEmpty() && updates.isEmpty()) {
      return;
    }
    reasons.from("import " + id);
    creates.forEach(planned -> reasons.give(planned.row().request().reason()));
    updates.forEach(planned -> reasons.give(planned.row().request().reason()));
    for (Planned planned : updates) {
      ImportRow row = planned.row();
      if (row.request() instanceof TargetRequest target) {
        apply(
            TargetKind.INSTANCE,
            target,
            planned.indicator(),
            planned.key().area(),
            rules,
            (Target) planned.figure());
      } else {
        apply(
            AchievementKind.INSTANCE,
            (AchievementRequest) row.request(),
            planned.indicator(),
            planned.key().area(),
            rules,
            (Achievement) planned.figure());
      }
      auditor.updated(planned.figure());
    }
    entityManager.flush();
    creates.forEach(planned -> countWritten(planned.figure()));
    updates.forEach(planned -> countWritten(planned.figure()));
    if (creates.isEmpty()) {
      return;
    }
    Revision revision =
        AuditReaderFactory.get(entityManager).getCurrentRevision(Revision.class, true);
    List<Target> newTargets = new ArrayList<>();
    List<Achievement> newAchievements = new ArrayList<>();
    for (Planned planned : creates) {
      auditor.created(planned.figure());
      if (planned.figure() instanceof Target target) {
        newTargets.add(target);
      } else {
        newAchievements.add((Achievement) planned.figure());
      }
    }
    entityManager
        .unwrap(Session.class)
        .doWork(
            connection -> {
              FigureInserts.insertTargets(connection, newTargets, revision.id);
              FigureInserts.insertAchievements(connection, newAchievements, revision.id);
            });
  }

  /** The counters single writes keep too: figures written, by status or operator. */
  private void countWritten(Figure figure) {
    if (figure instanceof Achievement achievement) {
      meters
          .counter("chitieu.achievements.written", "status", achievement.status.name())
          .increment();
    } else {
      meters
          .counter("chitieu.targets.written", "operator", ((Target) figure).operator.name())
          .increment();
    }
  }

  private static RowError error(ImportRow row, FieldError error) {
    return new RowError(row.row(), FigureCells.column(error.field()), error.message());
  }

  private static Set<FigureKey> keysOf(
      Map<ImportKind, Map<FigureKey, Integer>> firstRow, ImportKind kind) {
    return firstRow.getOrDefault(kind, Map.of()).keySet();
  }

  private <F extends Figure> Map<FigureKey, F> stored(Class<F> type, Collection<FigureKey> keys) {
    Map<FigureKey, F> byKey = new LinkedHashMap<>();
    for (F figure : writer.findByKeys(type, keys)) {
      byKey.put(FigureKey.of(figure), figure);
    }
    return byKey;
  }
}
