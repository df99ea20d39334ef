package vn.chitieu.history;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.function.Function;
import org.hibernate.envers.AuditReader;
import org.hibernate.envers.AuditReaderFactory;
import org.hibernate.envers.RevisionType;
import org.hibernate.envers.query.AuditEntity;
import org.hibernate.envers.query.AuditQuery;
import vn.chitieu.common.Page;
import vn.chitieu.common.problem.ApiException;

/**
 * Reads what history keeps (Hibernate Envers): the versions of one row, newest first, and rows as
 * they stood at an instant, a row deleted later included.
 */
@ApplicationScoped
public class History {

  /** How the asOf parameter is described wherever it is taken. */
  /** How the lists describe their updatedAfter parameter. */
  public static final String UPDATED_AFTER =
      "Only rows created or changed after this instant (exclusive), such as the updatedAt of the"
          + " newest row read last time; a deletion does not show here (see each row's history)";

  public static final String AS_OF =
      "What the service held at this instant (ISO-8601 with an offset, such as"
          + " 2020-12-16T17:00:00Z or 2020-12-17T00:00:00+07:00; in a URL, + is written %2B);"
          + " now when left out; never in the future";

  private final EntityManager entityManager;
  private final Clock clock;

  History(EntityManager entityManager, Clock clock) {
    this.entityManager = entityManager;
    this.clock = clock;
  }

  /** The versions of a row, newest first; empty if the row never existed. */
  public <E, T> Optional<Page<Version<T>>> versions(
      Class<E> type, Object id, Function<E, T> values, int page, int size) {
    long total =
        (Long)
            reader()
                .createQuery()
                .forRevisionsOfEntity(type, false, true)
                .add(AuditEntity.id().eq(id))
                .addProjection(AuditEntity.revisionNumber().count())
                .getSingleResult();
    if (total == 0) {
      return Optional.empty();
    }
    List<?> rows =
        reader()
            .createQuery()
            .forRevisionsOfEntity(type, false, true)
            .add(AuditEntity.id().eq(id))
            .addOrder(AuditEntity.revisionNumber().desc())
            .setFirstResult(page * size)
            .setMaxResults(size)
            .getResultList();
    List<Version<T>> items =
        rows.stream()
            .map(Object[].class::cast)
            .map(
                row -> {
                  Revision revision = (Revision) row[1];
                  return new Version<>(
                      revision.id,
                      revision.changedAt,
                      revision.changedBy,
                      ChangeType.of((RevisionType) row[2]),
                      revision.reason,
                      revision.source,
                      values.apply(type.cast(row[0])));
                })
            .toList();
    return Optional.of(Page.of(items, page, size, total));
  }

  /** The row as it stood at an instant; empty if it did not exist then. */
  public <E> Optional<E> find(Class<E> type, Object id, Instant asOf) {
    return list(type, asOf, query -> query.add(AuditEntity.id().eq(id))).stream().findFirst();
  }

  /**
   * The rows of a type as they stood at an instant, that the narrowing keeps (criteria added to an
   * Envers query): of each row, its last version written at or before the instant, unless that
   * version deleted it. Versions are chosen by their instant, not by revision number, so that a
   * transaction committed after a later one is still placed by when it wrote.
   */
  @SuppressWarnings("unchecked")
  public <E> List<E> list(Class<E> type, Instant asOf, Consumer<AuditQuery> narrowing) {
    if (asOf.isAfter(clock.instant())) {
      throw ApiException.invalid("asOf", "must not be in the future");
    }
    // PostgreSQL keeps microseconds and would round a finer instant up to a later write's.
    Instant instant = asOf.truncatedTo(ChronoUnit.MICROS);
    AuditQuery query =
        reader()
            .createQuery()
            .forRevisionsOfEntity(type, true, true)
            .add(
                AuditEntity.revisionNumber()
                    .maximize()
                    .computeAggregationInInstanceContext()
                    .add(AuditEntity.revisionProperty("changedAt").le(instant)))
            .add(AuditEntity.revisionType().ne(RevisionType.DEL));
    narrowing.accept(query);
    return (List<E>) query.getResultList();
  }

  private AuditReader reader() {
    return AuditReaderFactory.get(entityManager);
  }
}
