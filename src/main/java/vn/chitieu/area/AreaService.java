package vn.chitieu.area;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import vn.chitieu.common.Page;
import vn.chitieu.common.problem.ApiException;

/** Reads the registry: units with their predecessors and successors, two statements a page. */
@ApplicationScoped
@Transactional(Transactional.TxType.SUPPORTS)
public class AreaService {

  private final AreaRepository areas;

  AreaService(AreaRepository areas) {
    this.areas = areas;
  }

  public Page<AreaResponse> list(
      Level level, String parent, LocalDate validOn, String q, int page, int size) {
    List<Area> found = areas.search(level, parent, validOn, q).page(page, size).list();
    long total =
        found.size() < size && (page == 0 || !found.isEmpty())
            ? (long) page * size + found.size()
            : areas.search(level, parent, validOn, q).count();
    return Page.of(describe(found), page, size, total);
  }

  /**
   * The unit a code names on a day; without a day, the latest unit of the code (the one that began
   * last), so that a code no longer in use still tells what it was and became.
   */
  public Optional<AreaResponse> find(String code, LocalDate validOn) {
    List<Area> units = areas.byCodes(List.of(code));
    Optional<Area> unit =
        validOn == null
            ? units.stream().max(AreaService::byStart)
            : units.stream().filter(area -> area.validOn(validOn)).findFirst();
    if (unit.isEmpty() && validOn != null && !units.isEmpty()) {
      throw ApiException.notFound(
          "Area %s names no unit on %s; it names %s."
              .formatted(code, validOn, AreaCheck.describe(units)));
    }
    return unit.map(area -> describe(List.of(area)).get(0));
  }

  /** Later start last; an unrecorded start is the earliest. */
  static int byStart(Area a, Area b) {
    return Comparator.nullsFirst(Comparator.<LocalDate>naturalOrder())
        .compare(a.validFrom, b.validFrom);
  }

  private List<AreaResponse> describe(List<Area> units) {
    List<Long> ids = units.stream().map(area -> area.id).toList();
    List<AreaRepository.Link> links = areas.links(ids);
    Set<Long> others = new HashSet<>();
    links.forEach(
        link -> {
          others.add(link.predecessor());
          others.add(link.successor());
        });
    Map<Long, Area> byId =
        areas.byIds(others).stream().collect(Collectors.toMap(a -> a.id, Function.identity()));
    List<AreaResponse> described = new ArrayList<>();
    for (Area area : units) {
      List<AreaLink> predecessors = new ArrayList<>();
      List<AreaLink> successors = new ArrayList<>();
      for (AreaRepository.Link link : links) {
        if (link.successor() == area.id) {
          predecessors.add(linkTo(byId.get(link.predecessor()), link));
        }
        if (link.predecessor() == area.id) {
          successors.add(linkTo(byId.get(link.successor()), link));
        }
      }
      described.add(
          new AreaResponse(
              area.code,
              area.name,
              Level.of(area.code),
              area.kind,
              area.parent,
              day(area.validFrom),
              day(area.validTo),
              area.legalBasis,
              predecessors,
              successors));
    }
    return described;
  }

  private static String day(LocalDate day) {
    return day == null ? null : day.toString();
  }

  private static AreaLink linkTo(Area other, AreaRepository.Link link) {
    return new AreaLink(
        other.code,
        other.name,
        day(other.validFrom),
        day(other.validTo),
        link.relation(),
        link.legalBasis(),
        link.note());
  }
}
