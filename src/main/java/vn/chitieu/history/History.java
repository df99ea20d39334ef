package vn.chitieu.history;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.function.Function;
import org.hibernate.envers.AuditReader;
import org.hibernate.envers.AuditReaderFactory;
import org.hibernate.envers.RevisionType;
import org.hibernate.envers.exception.RevisionDoesNotExistException;
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
  public static final String AS_OF =
      "What the service held at this instant (ISO-8601 with an offset, such as"
          + " 2020-12-16T17:00:00Z or 2020-12-17T00:00:00%2B07:00); now when left out; never in"
          + " the future";

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
                      values.apply(type.cast(row[0])));
                })
            .toList();
    return Optional.of(Page.of(items, page, size, total));
  }

  /** The row as it stood at an instant; empty if it did not exist then. */
  public <E> Optional<E> find(Class<E> type, Object id, Instant asOf) {
    return revisionAt(asOf).map(revision -> reader().find(type, id, revision));
  }

  /**
   * The rows of a type as they stood at an instant that the narrowing keeps (criteria added to an
   * Envers query); none before the first write.
   */
  @SuppressWarnings("unchecked")
  public <E> List<E> list(Class<E> type, Instant asOf, Consumer<AuditQuery> narrowing) {
    return revisionAt(asOf)
        .map(
            revision -> {
              AuditQuery query = reader().createQuery().forEntitiesAtRevision(type, revision);
              narrowing.accept(query);
              return (List<E>) query.getResultList();
            })
        .orElse(List.of());
  }

  /** The last revision made at or before an instant; empty before the first. */
  private Optional<Number> revisionAt(Instant asOf) {
    if (asOf.isAfter(clock.instant())) {
      throw ApiException.invalid("asOf", "must not be in the future");
    }
    try {
      return Optional.of(reader().getRevisionNumberForDate(asOf));
    } catch (RevisionDoesNotExistException e) {
      return Optional.empty();
    }
  }

  private AuditReader reader() {
    return AuditReaderFactory.get(entityManager);
  }
}
