package vn.chitieu.exchange;

import io.quarkus.narayana.jta.runtime.TransactionConfiguration;
import io.quarkus.security.identity.SecurityIdentity;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.io.IOException;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.function.Consumer;
import java.util.stream.Collectors;
import org.hibernate.Session;
import org.hibernate.envers.AuditReaderFactory;
import vn.chitieu.achievement.Achievement;
import vn.chitieu.achievement.AchievementKind;
import vn.chitieu.achievement.AchievementRequest;
import vn.chitieu.achievement.Lifecycle;
import vn.chitieu.area.AreaCheck;
import vn.chitieu.common.WriteCounters;
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
 * the status lifecycle and the period locks. Rows come in chunks ({@code
 * chitieu.imports.chunk-rows}), and each step reads the database once per chunk: the indicators,
 * the stored figures of the keys, the locks of the areas. New and changed figures are written with
 * COPY ({@link FigureCopy}), not through Hibernate; all share one history revision whose source is
 * the import.
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
  private final WriteCounters counters;
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
      WriteCounters counters,
      AreaCheck areas) {
    this.areas = areas;
    this.counters = counters;
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

  /**
   * How long an import's transaction may last: the largest import took 15-21 s on the benchmark
   * machine (docs/performance.md), Quarkus's default is 60 s.
   */
  static final int TIMEOUT_SECONDS = 300;

  /**
   * Reads an import's rows, handing them on in chunks as it reads them and the rows it cannot read
   * to the rejections; returns how many rows there are.
   */
  @FunctionalInterface
  interface Rows {
    int read(Consumer<List<ImportRow>> chunks, Rejections rejections) throws IOException;
  }

  /**
   * Reads and applies an import in one transaction, a chunk of rows at a time: what it holds
   * besides one chunk is the key and first row of each valid row, and the rejections. Any failure,
   * or invalid rows in all-or-nothing mode, rolls back what earlier chunks wrote.
   */
  @Transactional(rollbackOn = IOException.class)
  @TransactionConfiguration(timeout = TIMEOUT_SECONDS)
  ImportSummary run(Rows rows, boolean dryRun, boolean validRows) throws IOException {
    Run run = new Run(dryRun, validRows);
    return run.finish(rows.read(run::take, run.rejections));
  }

  /** A row that passed the checks of form, with what it will do. */
  private record Planned(ImportRow row, FigureKey key, Indicator indicator, Figure figure) {}

  /** One import, across its chunks. */
  private final class Run {

    private final UUID id = UUID.randomUUID();
    private final FigureRules rules =
        new FigureRules(Clock.fixed(clock.instant(), clock.getZone()));
    private final boolean dryRun;
    private final boolean validRows;
    private final boolean approver = caller.hasRole(Roles.APPROVER);
    private final Rejections rejections = new Rejections();

    /** Each valid row's key, by kind, with its row: a later row with the same key is refused. */
    private final Map<ImportKind, Map<FigureKey, Integer>> firstRow =
        new EnumMap<>(ImportKind.class);

    /** One copy of each code, period and area the keys hold: a file has few of each. */
    private final Map<String, String> texts = new HashMap<>();

    /** Figures written, by the counter and tag value single writes count them under. */
    private final Map<List<String>, Integer> written = new HashMap<>();

    private int created;
    private int updated;
    private int unchanged;

    Run(boolean dryRun, boolean validRows) {
      this.dryRun = dryRun;
      this.validRows = validRows;
    }

    /** Checks a chunk of rows and, unless nothing is to be stored, writes it. */
    void take(List<ImportRow> chunk) {
      List<Planned> checked = checkForm(chunk);

      // Matched against the stored figures; the lifecycle and the locks for rows that change one.
      Map<FigureKey, Target> targets = stored(Target.class, keysOf(checked, ImportKind.TARGET));
      Map<FigureKey, Achievement> achievements =
          stored(Achievement.class, keysOf(checked, ImportKind.ACHIEVEMENT));
      Map<FigureKey, String> locked =
          locks.lockedAmong(
              checked.stream()
                  .map(Planned::key)
                  .collect(Collectors.toCollection(LinkedHashSet::new)),
              FigureKey::period,
              FigureKey::area);
      List<Planned> creates = new ArrayList<>();
      List<Planned> updates = new ArrayList<>();
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
      created += creates.size();
      updated += updates.size();
      // All or nothing: once a row is refused, nothing more is written, and the end rolls back.
      if (!dryRun && (validRows || rejections.isEmpty())) {
        write(creates, updates);
      }
    }

    /** The indicator, the value, the kind's own rules, a key not repeated in the file. */
    private List<Planned> checkForm(List<ImportRow> chunk) {
      Map<String, Indicator> byCode =
          indicators.findByCodes(
              chunk.stream().map(row -> row.request().indicator()).collect(Collectors.toSet()));
      AreaCheck.Units units =
          areas.unitsOf(
              chunk.stream()
                  .map(row -> config.areaOrHome(row.request().area()))
                  .collect(Collectors.toSet()));
      List<Planned> checked = new ArrayList<>();
      for (ImportRow row : chunk) {
        FigureRequest request = row.request();
        Indicator indicator = byCode.get(request.indicator());
        if (indicator == null) {
          rejections.add(
              error(row, FigureRules.unknownIndicator("indicator", request.indicator())));
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
                text(indicator.code),
                text(request.period().toString()),
                text(config.areaOrHome(request.area())));
        Integer earlier =
            firstRow
                .computeIfAbsent(row.kind(), any -> new HashMap<>())
                .putIfAbsent(key, row.row());
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
      return checked;
    }

    private String text(String text) {
      return texts.computeIfAbsent(text, any -> text);
    }

    private void write(List<Planned> creates, List<Planned> updates) {
      if (creates.isEmpty() && updates.isEmpty()) {
        return;
      }
      reasons.from("import " + id);
      List<Target> newTargets = new ArrayList<>();
      List<Achievement> newAchievements = new ArrayList<>();
      for (Planned planned : creates) {
        reasons.give(planned.row().request().reason());
        auditor.created(planned.figure());
        sort(planned.figure(), newTargets, newAchievements);
      }
      List<Target> changedTargets = new ArrayList<>();
      List<Achievement> changedAchievements = new ArrayList<>();
      for (Planned planned : updates) {
        ImportRow row = planned.row();
        reasons.give(row.request().reason());
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
        planned.figure().version++;
        sort(planned.figure(), changedTargets, changedAchievements);
      }
      entityManager
          .unwrap(Session.class)
          .doWork(
              connection -> {
                FigureCopy.insert(connection, newTargets, newAchievements);
                FigureCopy.update(connection, changedTargets, changedAchievements);
              });
      creates.forEach(planned -> count(planned.figure()));
      updates.forEach(planned -> count(planned.figure()));
    }

    private static void sort(Figure figure, List<Target> targets, List<Achievement> achievements) {
      if (figure instanceof Target target) {
        targets.add(target);
      } else {
        achievements.add((Achievement) figure);
      }
    }

    /**
     * Makes the import's revision — now, once every row it changes is locked, and with the reasons
     * of all its rows — and keeps the staged versions under it.
     */
    // Envers 7.2 deprecates getCurrentRevision without a replacement; it is the one way to make
    // and learn the request's revision, under which the versions are copied.
    @SuppressWarnings("deprecation")
    private void keep() {
      long revision =
          AuditReaderFactory.get(entityManager).getCurrentRevision(Revision.class, true).id;
      entityManager
          .unwrap(Session.class)
          .doWork(connection -> FigureCopy.keep(connection, revision));
    }

    /** Counts a figure under the counter single writes keep: by status, or by operator. */
    private void count(Figure figure) {
      List<String> counter =
          figure instanceof Achievement achievement
              ? List.of("chitieu.achievements.written", "status", achievement.status.name())
              : List.of("chitieu.targets.written", "operator", ((Target) figure).operator.name());
      written.merge(counter, 1, Integer::sum);
    }

    ImportSummary finish(int count) {
      int rejectedRows = rejections.rows();
      String mode = validRows ? "valid-rows" : "all-or-nothing";
      boolean refused = !validRows && rejectedRows > 0;
      if (refused && !dryRun) {
        throw ApiException.invalidRows(
            rejectedRows
                + " of "
                + count
                + " rows are invalid, so nothing was stored; see rows. Correct them, or send"
                + " mode=valid-rows to store the valid rows alone."
                + rejections.cutShort(),
            rejections.listed());
      }
      if (!written.isEmpty()) {
        // Figures were written, and their versions staged for history.
        keep();
      }
      written.forEach(
          (counter, n) -> counters.onCommit(counter.get(0), counter.get(1), counter.get(2), n));
      return new ImportSummary(
          id,
          dryRun,
          mode,
          count,
          refused ? 0 : created,
          refused ? 0 : updated,
          refused ? 0 : unchanged,
          rejectedRows,
          rejections.listed());
    }
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

  private static RowError error(ImportRow row, FieldError error) {
    return new RowError(row.row(), FigureCells.column(error.field()), error.message());
  }

  private static Set<FigureKey> keysOf(List<Planned> checked, ImportKind kind) {
    return checked.stream()
        .filter(planned -> planned.row().kind() == kind)
        .map(Planned::key)
        .collect(Collectors.toSet());
  }

  private <F extends Figure> Map<FigureKey, F> stored(Class<F> type, Collection<FigureKey> keys) {
    Map<FigureKey, F> byKey = new LinkedHashMap<>();
    for (F figure : writer.findByKeys(type, keys)) {
      // Changed, it is written by COPY, not by Hibernate; nor is it held after its chunk.
      entityManager.detach(figure);
      byKey.put(FigureKey.of(figure), figure);
    }
    return byKey;
  }
}
