package vn.chitieu.area;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Consumer;
import java.util.stream.Collectors;
import vn.chitieu.common.Areas;
import vn.chitieu.common.Text;
import vn.chitieu.common.problem.ApiException;
import vn.chitieu.common.problem.RowError;
import vn.chitieu.common.sheet.SheetFormat;
import vn.chitieu.common.sheet.SheetReader;
import vn.chitieu.common.sheet.SheetRow;
import vn.chitieu.common.sheet.SpooledBody;

/**
 * Loads units and relations in bulk from CSV or a workbook (docs/areas.md names the columns). A
 * unit is matched on its code and validFrom, a relation on its two units; a match is updated,
 * anything else created. All rows pass, or nothing is stored (400 naming each bad row).
 */
@ApplicationScoped
public class AreaImport {

  static final List<String> UNIT_COLUMNS =
      List.of("code", "name", "kind", "parent", "validFrom", "validTo", "legalBasis");
  static final List<String> RELATION_COLUMNS =
      List.of("predecessor", "successor", "on", "relation", "legalBasis", "note");

  private final AreaRepository areas;

  AreaImport(AreaRepository areas) {
    this.areas = areas;
  }

  @Transactional
  public AreaImportSummary units(SheetFormat format, SpooledBody body, int maxRows) {
    List<RowError> errors = new ArrayList<>();
    List<SheetRow> rows = read(format, body, maxRows, UNIT_COLUMNS, errors);
    int created = 0;
    Map<Integer, Area> stored = new TreeMap<>();
    // Every unit of the file's codes, read once; new units join their code's list.
    Map<String, List<Area>> byCode =
        areas
            .byCodes(
                rows.stream().map(row -> row.cells().get("code")).filter(Objects::nonNull).toList())
            .stream()
            .collect(
                Collectors.groupingBy(area -> area.code, Collectors.toCollection(ArrayList::new)));
    for (SheetRow row : rows) {
      Cells cell = new Cells(row, errors);
      String code = cell.code("code", true);
      String name = cell.text("name", 200, true);
      String kind = cell.text("kind", 40, true);
      String parent = cell.code("parent", false);
      LocalDate from = cell.date("validFrom");
      LocalDate to = cell.date("validTo");
      String basis = cell.text("legalBasis", 500, false);
      if (!cell.ok()) {
        continue;
      }
      if ((parent == null) != (code.length() == 2)
          || parent != null && parent.length() >= code.length()) {
        errors.add(
            new RowError(
                row.number(),
                "parent",
                "must be a code of a higher tier than " + code + ", and only a province has none"));
        continue;
      }
      if (from != null && to != null && to.isBefore(from)) {
        errors.add(new RowError(row.number(), "validTo", "must not be before validFrom"));
        continue;
      }
      List<Area> units = byCode.computeIfAbsent(code, any -> new ArrayList<>());
      Area unit =
          units.stream()
              .filter(area -> Objects.equals(area.validFrom, from))
              .findFirst()
              .orElseGet(Area::new);
      if (unit.id == null && !units.contains(unit)) {
        created++;
        units.add(unit);
      }
      unit.code = code;
      unit.name = name;
      unit.searchText = Text.fold(name);
      unit.kind = kind;
      unit.parent = parent;
      unit.validFrom = from;
      unit.validTo = to;
      unit.legalBasis = basis;
      areas.persist(unit);
      stored.put(row.number(), unit);
    }
    // Windows are compared once every row is in: a file may end one unit and begin the next.
    stored.forEach(
        (number, unit) ->
            byCode.get(unit.code).stream()
                .filter(other -> other != unit && overlaps(other, unit))
                .findFirst()
                .ifPresent(
                    other ->
                        errors.add(
                            new RowError(
                                number,
                                "validFrom",
                                "overlaps %s %s, which code %s names too"
                                    .formatted(other.name, other.window(), unit.code)))));
    return finish(rows.size(), created, errors);
  }

  @Transactional
  public AreaImportSummary relations(SheetFormat format, SpooledBody body, int maxRows) {
    List<RowError> errors = new ArrayList<>();
    List<SheetRow> rows = read(format, body, maxRows, RELATION_COLUMNS, errors);
    int created = 0;
    for (SheetRow row : rows) {
      Cells cell = new Cells(row, errors);
      String from = cell.code("predecessor", true);
      String to = cell.code("successor", true);
      LocalDate on = cell.date("on");
      String relation = cell.text("relation", 5, true);
      String basis = cell.text("legalBasis", 500, false);
      String note = cell.text("note", 500, false);
      if (!cell.ok()) {
        continue;
      }
      if (on == null) {
        errors.add(new RowError(row.number(), "on", "must be the successor's first day"));
        continue;
      }
      if (!Set.of("WHOLE", "PART").contains(relation)) {
        errors.add(new RowError(row.number(), "relation", "must be WHOLE or PART"));
        continue;
      }
      Optional<Area> predecessor = unitOn(from, on.minusDays(1));
      Optional<Area> successor = unitOn(to, on);
      if (predecessor.isEmpty()) {
        errors.add(
            new RowError(
                row.number(), "predecessor", "names no unit on " + on.minusDays(1) + ": " + from));
        continue;
      }
      if (successor.isEmpty()) {
        errors.add(new RowError(row.number(), "successor", "names no unit on " + on + ": " + to));
        continue;
      }
      int inserted =
          areas
                  .getEntityManager()
                  .createNativeQuery(
                      "insert into area_relation (predecessor, successor, relation, legal_basis, note)"
                          + " values (:p, :s, :r, :b, :n) on conflict (predecessor, successor) do update"
                          + " set relation = excluded.relation, legal_basis = excluded.legal_basis,"
                          + " note = excluded.note returning (xmax = 0)")
                  .setParameter("p", predecessor.get().id)
                  .setParameter("s", successor.get().id)
                  .setParameter("r", relation)
                  .setParameter("b", basis)
                  .setParameter("n", note)
                  .getResultList()
                  .equals(List.of(true))
              ? 1
              : 0;
      created += inserted;
    }
    return finish(rows.size(), created, errors);
  }

  private Optional<Area> unitOn(String code, LocalDate day) {
    return areas.byCodes(List.of(code)).stream().filter(area -> area.validOn(day)).findFirst();
  }

  private static boolean overlaps(Area a, Area b) {
    LocalDate start = b.validFrom == null ? LocalDate.MIN : b.validFrom;
    LocalDate end = b.validTo == null ? LocalDate.MAX : b.validTo;
    return a.overlaps(start, end);
  }

  private static AreaImportSummary finish(int rows, int created, List<RowError> errors) {
    if (!errors.isEmpty()) {
      throw ApiException.invalidRows(
          errors.size() + " rows are invalid; nothing was stored.", errors);
    }
    return new AreaImportSummary(rows, created, rows - created);
  }

  private static List<SheetRow> read(
      SheetFormat format,
      SpooledBody body,
      int maxRows,
      List<String> columns,
      List<RowError> errors) {
    List<SheetRow> rows = new ArrayList<>();
    Consumer<List<String>> header =
        names -> {
          List<String> unknown = names.stream().filter(name -> !columns.contains(name)).toList();
          if (!unknown.isEmpty() || !names.contains(columns.get(0))) {
            throw ApiException.invalid(
                "header",
                "must name only the columns "
                    + String.join(", ", columns)
                    + "; unknown: "
                    + unknown);
          }
        };
    SheetReader.read(
        format,
        body,
        maxRows,
        header,
        row -> {
          if (row.problem() != null) {
            errors.add(new RowError(row.number(), "row", row.problem()));
          } else {
            rows.add(row);
          }
        });
    return rows;
  }

  /** The cells of one row, read with their errors noted. */
  private static final class Cells {
    private final SheetRow row;
    private final List<RowError> errors;
    private final int before;

    Cells(SheetRow row, List<RowError> errors) {
      this.row = row;
      this.errors = errors;
      this.before = errors.size();
    }

    boolean ok() {
      return errors.size() == before;
    }

    String text(String column, int max, boolean required) {
      String value = row.cells().get(column);
      value = value == null || value.isBlank() ? null : value.strip();
      if (value == null && required) {
        errors.add(new RowError(row.number(), column, "must not be blank"));
      } else if (value != null && value.length() > max) {
        errors.add(new RowError(row.number(), column, "must have at most " + max + " characters"));
      }
      return value;
    }

    String code(String column, boolean required) {
      String value = text(column, 5, required);
      if (value != null && !value.matches(Areas.PATTERN)) {
        errors.add(new RowError(row.number(), column, Areas.MESSAGE));
      }
      return value;
    }

    LocalDate date(String column) {
      String value = text(column, 10, false);
      try {
        return value == null ? null : LocalDate.parse(value);
      } catch (DateTimeParseException e) {
        errors.add(new RowError(row.number(), column, "must be a date such as 2025-07-01"));
        return null;
      }
    }
  }
}
