package vn.chitieu.area;

import io.quarkus.hibernate.orm.panache.PanacheQuery;
import io.quarkus.hibernate.orm.panache.PanacheRepository;
import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import vn.chitieu.common.Text;

@ApplicationScoped
public class AreaRepository implements PanacheRepository<Area> {

  /** One row of area_relation. */
  record Link(
      long predecessor, long successor, Relation relation, String legalBasis, String note) {}

  private static final Sort ORDER =
      Sort.by("code").and("validFrom", Sort.NullPrecedence.NULLS_FIRST);

  PanacheQuery<Area> search(Level level, String parent, LocalDate validOn, String q) {
    List<String> where = new ArrayList<>();
    Map<String, Object> params = new HashMap<>();
    if (level != null) {
      where.add("length(code) = :length");
      params.put("length", level.codeLength());
    }
    if (parent != null) {
      where.add("parent = :parent");
      params.put("parent", parent);
    }
    if (validOn != null) {
      where.add(
          "(validFrom is null or validFrom <= :day) and (validTo is null or validTo >= :day)");
      params.put("day", validOn);
    }
    String folded = Text.fold(q);
    if (!folded.isEmpty()) {
      where.add("(searchText like :q or code = :code)");
      params.put("q", "%" + folded + "%");
      params.put("code", q.strip());
    }
    return where.isEmpty() ? findAll(ORDER) : find(String.join(" and ", where), ORDER, params);
  }

  /** Every unit any of these codes names, in any window, in one statement. */
  @SuppressWarnings("unchecked")
  public List<Area> byCodes(Collection<String> codes) {
    if (codes.isEmpty()) {
      return List.of();
    }
    // One array parameter, so that Hibernate translates the query once (an in list is translated
    // again for every call; it showed in the profile of a single write).
    return getEntityManager()
        .createNativeQuery(
            "select * from area where code = any(cast(:codes as text[]))"
                + " order by code, valid_from nulls first",
            Area.class)
        .setParameter("codes", Set.copyOf(codes).toArray(String[]::new))
        .getResultList();
  }

  List<Area> byIds(Collection<Long> ids) {
    return ids.isEmpty() ? List.of() : list("id in ?1", ids);
  }

  /** The relations in which any of these units is predecessor or successor. */
  @SuppressWarnings("unchecked")
  List<Link> links(Collection<Long> ids) {
    if (ids.isEmpty()) {
      return List.of();
    }
    List<Object[]> rows =
        getEntityManager()
            .createNativeQuery(
                "select predecessor, successor, relation, legal_basis, note from area_relation"
                    + " where predecessor in (:ids) or successor in (:ids)"
                    + " order by predecessor, successor")
            .setParameter("ids", ids)
            .getResultList();
    return rows.stream()
        .map(
            row ->
                new Link(
                    ((Number) row[0]).longValue(),
                    ((Number) row[1]).longValue(),
                    Relation.valueOf((String) row[2]),
                    (String) row[3],
                    (String) row[4]))
        .toList();
  }
}
