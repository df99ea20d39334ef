package vn.chitieu.changes;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;

/**
 * Gives committed revisions their place in the feed (docs/design.md, "The change feed"). A revision
 * is visible here only once its transaction has committed; one sequencer at a time, on any replica,
 * numbers the committed revisions not yet numbered, in revision id order, after the highest
 * position given. So a revision that commits after a consumer has read gets a position after all it
 * read: no change appears behind a cursor. Two revisions that write one row get positions in the
 * order they committed: a revision's id is taken when Envers writes it, at the end of its
 * transaction, after the rows it changes are written and locked.
 */
@ApplicationScoped
public class ChangeSequencer {

  /** The advisory lock that lets one sequencer run at a time, across replicas. */
  private static final long LOCK = 0x63686974696575L; // "chitieu"

  private final EntityManager entityManager;

  ChangeSequencer(EntityManager entityManager) {
    this.entityManager = entityManager;
  }

  /**
   * Numbers the revisions committed so far and returns the highest position: a value that grows
   * with every committed write, the same on every replica.
   */
  @Transactional(Transactional.TxType.REQUIRES_NEW)
  public long head() {
    boolean pending =
        (Boolean)
            entityManager
                .createNativeQuery("select exists (select 1 from revision where position is null)")
                .getSingleResult();
    if (pending) {
      // A statement's snapshot is taken when it starts: the update, after the lock is held, sees
      // the positions the sequencer before it committed.
      entityManager
          .createNativeQuery("select pg_advisory_xact_lock(?1)")
          .setParameter(1, LOCK)
          .getSingleResult();
      entityManager
          .createNativeQuery(
              """
              update revision
              set position = numbered.head + numbered.n
              from (select id,
                           row_number() over (order by id) as n,
                           (select coalesce(max(position), 0) from revision) as head
                    from revision
                    where position is null) numbered
              where revision.id = numbered.id
              """)
          .executeUpdate();
    }
    return ((Number)
            entityManager
                .createNativeQuery("select coalesce(max(position), 0) from revision")
                .getSingleResult())
        .longValue();
  }
}
