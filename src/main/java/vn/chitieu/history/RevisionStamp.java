package vn.chitieu.history;

import io.quarkus.arc.Arc;
import io.quarkus.arc.ArcContainer;
import org.hibernate.envers.RevisionListener;
import vn.chitieu.security.Auditor;

/**
 * Fills a new revision from the write it records: the same instant and user as the rows' audit
 * stamps, and the reason the caller gave. Hibernate creates it, not CDI, so it looks its beans up.
 */
public class RevisionStamp implements RevisionListener {

  @Override
  public void newRevision(Object entity) {
    Revision revision = (Revision) entity;
    ArcContainer container = Arc.container();
    Auditor auditor = container.instance(Auditor.class).get();
    revision.changedAt = auditor.now();
    revision.changedBy = auditor.currentUser();
    // Start-up work such as the demo data runs outside a request, and gives no reason.
    if (container.requestContext().isActive()) {
      container.instance(ChangeReason.class).get().stamp(revision);
    }
  }
}
