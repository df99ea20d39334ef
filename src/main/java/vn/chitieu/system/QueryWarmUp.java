package vn.chitieu.system;

import io.quarkus.arc.Arc;
import io.quarkus.arc.ManagedContext;
import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import org.eclipse.microprofile.context.ManagedExecutor;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.Readiness;
import org.jboss.logging.Logger;
import vn.chitieu.achievement.AchievementService;
import vn.chitieu.achievement.Status;
import vn.chitieu.common.Period;
import vn.chitieu.figure.FigureQuery;
import vn.chitieu.indicator.IndicatorService;
import vn.chitieu.outlook.OutlookService;
import vn.chitieu.plan.TargetService;
import vn.chitieu.progress.ProgressService;

/**
 * Runs every kind of read once, on one thread, after start-up; the service reports ready only then.
 *
 * <p>Hibernate parses a query text with ANTLR the first time it meets it, and the parser's caches
 * start empty. Cold, 32 requests arriving together each parsed the same query at once, allocating
 * over 100 MB between them: on the pods' 154 MB heap that meant seconds of full collections
 * (docs/performance.md). Once one parse has run, the parser's caches are warm and later parses of
 * any query are cheap. The reads select nothing: area 00000 and indicator WARM_UP do not exist; the
 * scorecard and series, which refuse an area the registry lacks, read the home area's rows of the
 * indicator WARM_UP.
 */
@Readiness
@ApplicationScoped
class QueryWarmUp implements HealthCheck {

  private static final Logger LOG = Logger.getLogger(QueryWarmUp.class);
  private static final String NO_AREA = "00000";

  private volatile boolean warm;

  /** The services are parameters, not fields: they are needed once, at start-up. */
  void onStart(
      @Observes StartupEvent event,
      ManagedExecutor executor,
      IndicatorService indicators,
      TargetService targets,
      AchievementService achievements,
      ProgressService progress,
      OutlookService outlook) {
    executor.runAsync(() -> warmUp(indicators, targets, achievements, progress, outlook));
  }

  /** Whether every read ran. */
  boolean warmUp(
      IndicatorService indicators,
      TargetService targets,
      AchievementService achievements,
      ProgressService progress,
      OutlookService outlook) {
    long start = System.nanoTime();
    ManagedContext requestContext = Arc.container().requestContext();
    requestContext.activate();
    try {
      FigureQuery query =
          new FigureQuery(
              "WARM_UP",
              Period.parse("2020"),
              NO_AREA,
              Period.parse("2016"),
              Period.parse("2020"),
              "WARM_UP");
      indicators.list("WARM_UP", true, "warm up", null, null, 0, 1);
      targets.list(query, null, 0, 1);
      achievements.list(query, Status.OFFICIAL, null, 0, 1);
      progress.scorecard(query.period(), null, query.sector(), query.indicator(), null);
      progress.series(query.indicator(), null, query.from(), query.to(), null);
      outlook.outlook(Period.parse("2016-2020"), NO_AREA, query.sector(), query.indicator(), null);
      LOG.infof("Queries warmed up in %d ms", (System.nanoTime() - start) / 1_000_000);
      return true;
    } catch (RuntimeException e) {
      LOG.warnf("Query warm-up stopped early (%s); queries will be parsed on first use", e);
      return false;
    } finally {
      requestContext.terminate();
      warm = true;
    }
  }

  @Override
  public HealthCheckResponse call() {
    return HealthCheckResponse.named("Query warm-up").status(warm).build();
  }
}
