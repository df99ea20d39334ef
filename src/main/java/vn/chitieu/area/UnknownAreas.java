package vn.chitieu.area;

import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.util.List;
import org.jboss.logging.Logger;
import vn.chitieu.config.ChitieuConfig;

/**
 * Area codes that stored figures (or the home area) use but the registry lacks: such rows stay
 * readable, and are named at start-up and by GET /areas/unknown-in-use.
 */
@ApplicationScoped
public class UnknownAreas {

  private static final Logger LOG = Logger.getLogger(UnknownAreas.class);

  private final EntityManager entityManager;

  UnknownAreas(EntityManager entityManager) {
    this.entityManager = entityManager;
  }

  @Transactional
  void onStart(@Observes StartupEvent event, ChitieuConfig config, AreaRepository areas) {
    if (areas.count("code", config.homeArea()) == 0) {
      LOG.warnf("The home area %s names no unit of the registry", config.homeArea());
    }
    List<UnknownArea> unknown = list();
    if (!unknown.isEmpty()) {
      LOG.warnf(
          "Stored figures use %d area codes the registry lacks: %s",
          unknown.size(), unknown.stream().map(UnknownArea::area).toList());
    }
  }

  @Transactional(Transactional.TxType.SUPPORTS)
  @SuppressWarnings("unchecked")
  public List<UnknownArea> list() {
    List<Object[]> rows =
        entityManager
            .createNativeQuery(
                "select f.area, count(*) filter (where f.kind = 't'),"
                    + " count(*) filter (where f.kind = 'a')"
                    + " from (select area, 't' kind from target"
                    + " union all select area, 'a' from achievement) f"
                    + " where not exists (select 1 from area a where a.code = f.area)"
                    + " group by f.area order by f.area")
            .getResultList();
    return rows.stream()
        .map(
            row ->
                new UnknownArea(
                    (String) row[0], ((Number) row[1]).longValue(), ((Number) row[2]).longValue()))
        .toList();
  }
}
