package vn.chitieu.figure;

import java.math.BigDecimal;
import vn.chitieu.common.Period;

/** What a target and an achievement, as callers write them, have in common. */
public interface FigureRequest {

  /** The indicator's code. */
  String indicator();

  Period period();

  /** The GSO area code, or null for the home area. */
  String area();

  BigDecimal value();

  /** Why the change is made, for its history version; null for none. */
  String reason();
}
