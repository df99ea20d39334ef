package vn.chitieu.changes;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;
import org.hibernate.Session;
import org.hibernate.envers.AuditReaderFactory;
import org.hibernate.envers.RevisionType;
import org.hibernate.envers.query.AuditEntity;
import vn.chitieu.common.problem.ApiException;
import vn.chitieu.config.ChitieuConfig;
import vn.chitieu.history.ChangeType;
import vn.chitieu.history.Revision;

/**
 * Reads the feed: the changes history keeps, revision by revision in position order, and within a
 * revision by kind of resource and key (docs/design.md, "The change feed").
 */
@ApplicationScoped
public class ChangeFeed {

  static final int MAX_LIMIT = 1000;
  static final String DEFAULT_LIMIT = "100";

  private static final UUID NO_UUID = new UUID(0, 0);

  /**
   * The changes of up to :limit revisions from the cursor's on, in feed order: of the cursor's own
   * revision only what follows the cursor. Each kind reads at most :limit versions of a revision in
   * key order from its (rev, key) index, so a large import is read a page at a time.
   */
  private static final String PAGE =
      """
      with revisions as (
        select id, position, changed_at, changed_by from revision
        where position >= ? order by position limit ?)
      select r.position, c.rank, c.code, c.uid, r.id as rev, c.revtype, r.changed_at, r.changed_by,
             (select max(position) from revisions) as last_read
      from revisions r cross join lateral (%s) c
      order by r.position, c.rank, c.code, c.uid
      limit ?
      """
          .formatted(
              Source.ALL.stream()
                  .map(ChangeFeed::versionsOf)
                  .collect(Collectors.joining(" union all ")));

  private final EntityManager entityManager;
  private final ChangeSequencer sequencer;
  private final Clock clock;
  private final ChitieuConfig config;

  ChangeFeed(
      EntityManager entityManager, ChangeSequencer sequencer, Clock clock, ChitieuConfig config) {
    this.entityManager = entityManager;
    this.sequencer = sequencer;
    this.clock = clock;
    this.config = config;
  }

  /** What a consumer whose cursor has left the feed is told. */
  public static String goneDetail(java.time.Duration retention) {
    String age =
        retention.toSeconds() % 86_400 == 0 ? retention.toDays() + " days" : retention.toString();
    return "The change after this cursor was written more than "
        + age
        + " ago and has left the feed. Read the lists again, then follow the feed from the"
        + " cursor in next, taken before reading them.";
  }

  /** The cursor after every change committed so far. */
  public String head() {
    return Cursor.after(sequencer.head()).toString();
  }

  /**
   * Up to limit changes after the cursor; 410 if changes after it have left the feed's retention,
   * with the cursor to follow from once the lists are read again.
   */
  @Transactional
  public ChangePage read(Cursor after, int limit) {
    long head = sequencer.head();
    Instant horizon = clock.instant().minus(config.changes().retention());
    if (agedOut(after, horizon)) {
      throw ApiException.gone(
          goneDetail(config.changes().retention()), Cursor.after(head).toString());
    }
    List<Entry> entries = entries(after, limit);
    Map<String, Object> data = representations(entries);
    List<Change> items =
        entries.stream()
            .map(
                entry ->
                    new Change(
                        entry.cursor().toString(),
                        entry.source().resource(),
                        entry.key(),
                        entry.change(),
                        entry.at(),
                        entry.by(),
                        data.get(entry.cursor().toString())))
            .toList();
    String next;
    if (items.size() == limit) {
      next = items.get(items.size() - 1).cursor();
    } else {
      // Fewer than asked: every change up to the last revision read has been given.
      next =
          entries.isEmpty() ? after.toString() : Cursor.after(entries.get(0).lastRead()).toString();
    }
    return new ChangePage(items, next);
  }

  /**
   * Whether the revision after the cursor was written before the horizon: the feed no longer
   * vouches for what follows the cursor.
   */
  private boolean agedOut(Cursor after, Instant horizon) {
    List<?> next =
        entityManager
            .createNativeQuery(
                "select changed_at < ?2 from revision where position > ?1 order by position limit 1")
            .setParameter(1, after.position())
            .setParameter(2, horizon)
            .getResultList();
    return !next.isEmpty() && (Boolean) next.get(0);
  }

  private static String versionsOf(Source<?> source) {
    String key = "a." + source.keyColumn();
    String bound = source.keyedByCode() ? "?::varchar" : "?::uuid";
    String lowest = source.keyedByCode() ? "''" : "'" + NO_UUID + "'::uuid";
    return """
        (select %d as rank, %s as code, %s as uid, a.revtype from %s a
         where a.rev = r.id and (r.position > ? or ? <= %d)
           and %s > case when r.position = ? and ? = %d then %s else %s end
         order by %s limit ?)"""
        .formatted(
            source.rank(),
            source.keyedByCode() ? key : "null::varchar",
            source.keyedByCode() ? "null::uuid" : key,
            source.table(),
            source.rank(),
            key,
            source.rank(),
            bound,
            lowest,
            key);
  }

  private List<Entry> entries(Cursor after, int limit) {
    return entityManager
        .unwrap(Session.class)
        .doReturningWork(connection -> entries(connection, after, limit));
  }

  private static List<Entry> entries(Connection connection, Cursor after, int limit)
      throws SQLException {
    try (PreparedStatement statement = connection.prepareStatement(PAGE)) {
      int i = 1;
      statement.setLong(i++, after.firstPosition());
      statement.setInt(i++, limit);
      for (Source<?> source : Source.ALL) {
        statement.setLong(i++, after.position());
        statement.setInt(i++, after.rank());
        statement.setLong(i++, after.position());
        statement.setInt(i++, after.rank());
        if (source.keyedByCode()) {
          statement.setString(i++, after.rank() == source.rank() ? after.key() : "");
        } else {
          statement.setObject(
              i++, after.rank() == source.rank() ? UUID.fromString(after.key()) : NO_UUID);
        }
        statement.setInt(i++, limit);
      }
      statement.setInt(i, limit);
      List<Entry> entries = new ArrayList<>();
      try (ResultSet rows = statement.executeQuery()) {
        while (rows.next()) {
          Source<?> source = Source.ofRank(rows.getInt("rank"));
          String key =
              source.keyedByCode()
                  ? rows.getString("code")
                  : rows.getObject("uid", UUID.class).toString();
          entries.add(
              new Entry(
                  new Cursor(rows.getLong("position"), source.rank(), key),
                  source,
                  key,
                  rows.getLong("rev"),
                  ChangeType.of(RevisionType.fromRepresentation(rows.getByte("revtype"))),
                  rows.getObject("changed_at", OffsetDateTime.class).toInstant(),
                  rows.getString("changed_by"),
                  rows.getLong("last_read")));
        }
      }
      return entries;
    }
  }

  /** The resources as the changes left them, by the change's cursor; none for a deletion. */
  private Map<String, Object> representations(List<Entry> entries) {
    Map<String, Object> data = new HashMap<>();
    for (Source<?> source : Source.ALL) {
      Map<String, Entry> wanted = new HashMap<>();
      for (Entry entry : entries) {
        if (entry.source() == source && entry.change() != ChangeType.DELETED) {
          wanted.put(entry.key() + "@" + entry.revision(), entry);
        }
      }
      if (wanted.isEmpty()) {
        continue;
      }
      List<?> rows =
          AuditReaderFactory.get(entityManager)
              .createQuery()
              .forRevisionsOfEntity(source.type(), false, false)
              .add(
                  AuditEntity.revisionNumber()
                      .in(wanted.values().stream().map(Entry::revision).distinct().toList()))
              .add(
                  AuditEntity.id()
                      .in(
                          wanted.values().stream()
                              .map(e -> source.key(e.key()))
                              .distinct()
                              .toList()))
              .getResultList();
      for (Object row : rows) {
        Object[] version = (Object[]) row;
        Object key =
            entityManager
                .getEntityManagerFactory()
                .getPersistenceUnitUtil()
                .getIdentifier(version[0]);
        Entry entry = wanted.get(key + "@" + ((Revision) version[1]).id);
        if (entry != null) {
          data.put(entry.cursor().toString(), source.represent(version[0]));
        }
      }
    }
    return data;
  }

  /** One change as the page query finds it. */
  private record Entry(
      Cursor cursor,
      Source<?> source,
      String key,
      long revision,
      ChangeType change,
      Instant at,
      String by,
      long lastRead) {}
}
