package vn.chitieu.figure;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The columns of targets and achievements in CSV files and workbooks, for export and import alike:
 * the members of the requests, with a target's baseline as two columns and {@code kind} saying
 * which a row is. A row leaves the other kind's columns empty.
 */
public final class FigureColumns {

  public static final String KIND = "kind";
  public static final String INDICATOR = "indicator";
  public static final String PERIOD = "period";
  public static final String AREA = "area";
  public static final String VALUE = "value";
  public static final String STATUS = "status";
  public static final String REPORTED_ON = "reportedOn";
  public static final String SOURCE = "source";
  public static final String OPERATOR = "operator";
  public static final String BASELINE_PERIOD = "baselinePeriod";
  public static final String BASELINE_VALUE = "baselineValue";
  public static final String BASIS = "basis";
  public static final String NOTE = "note";
  public static final String REASON = "reason";

  /** The {@code kind} of a target row. */
  public static final String TARGET = "target";

  /** The {@code kind} of an achievement row. */
  public static final String ACHIEVEMENT = "achievement";

  /** Every column, in the order files carry them. */
  public static final List<String> ALL =
      List.of(
          KIND,
          INDICATOR,
          PERIOD,
          AREA,
          VALUE,
          STATUS,
          REPORTED_ON,
          SOURCE,
          OPERATOR,
          BASELINE_PERIOD,
          BASELINE_VALUE,
          BASIS,
          NOTE,
          REASON);

  /** The columns only achievements fill. */
  public static final List<String> ACHIEVEMENT_ONLY = List.of(STATUS, REPORTED_ON, SOURCE);

  /** The columns only targets fill. */
  public static final List<String> TARGET_ONLY =
      List.of(OPERATOR, BASELINE_PERIOD, BASELINE_VALUE, BASIS);

  private FigureColumns() {}

  /** A row's cells in the order of {@link #ALL}, from cells by column; absent ones are empty. */
  public static List<Object> row(Map<String, ?> cells) {
    List<Object> row = new ArrayList<>(ALL.size());
    for (String column : ALL) {
      row.add(cells.get(column));
    }
    return row;
  }
}
