package vn.chitieu.area;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

/** What the roll-up and the series need of the registry: children, and predecessors. */
@ApplicationScoped
@Transactional(Transactional.TxType.SUPPORTS)
public class AreaTree {

  /** A unit another was formed from, and how much of it went over. */
  public record Predecessor(Area unit, Relation relation) {}

  private final AreaRepository areas;

  AreaTree(AreaRepository areas) {
    this.areas = areas;
  }

  /**
   * The units under {@code parent} that existed on every day from start to end: the children a
   * parent's figure for that period is made of. A period that crosses a reorganisation of the tier
   * below has none (district and commune figures of 2025 do not add up to the province's year).
   */
  public List<Area> childrenThroughout(String parent, LocalDate start, LocalDate end) {
    return areas.list(
        "parent = ?1 and (validFrom is null or validFrom <= ?2)"
            + " and (validTo is null or validTo >= ?3) order by code",
        parent,
        start,
        end);
  }

  /** The unit of the code that began last, as GET /areas/{code} gives it. */
  public Optional<Area> latest(String code) {
    return areas.byCodes(List.of(code)).stream().max(AreaService::byStart);
  }

  public List<Predecessor> predecessorsOf(Area unit) {
    List<AreaRepository.Link> links =
        areas.links(List.of(unit.id)).stream().filter(link -> link.successor() == unit.id).toList();
    Map<Long, Area> byId =
        areas.byIds(links.stream().map(AreaRepository.Link::predecessor).toList()).stream()
            .collect(Collectors.toMap(area -> area.id, Function.identity()));
    return links.stream()
        .map(link -> new Predecessor(byId.get(link.predecessor()), link.relation()))
        .toList();
  }
}
