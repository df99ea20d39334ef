package vn.chitieu.progress;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import vn.chitieu.achievement.AchievementFigure;
import vn.chitieu.achievement.Status;

/**
 * Sums the achievements of the units a figure is made of (plain code): the least final status of
 * theirs, the latest report date, and how many of the expected units reported.
 */
record RollUp(BigDecimal sum, Status status, LocalDate reportedOn, int reporting) {

  /** The sum of these achievements; empty if there are none. */
  static Optional<RollUp> of(List<AchievementFigure> parts) {
    if (parts.isEmpty()) {
      return Optional.empty();
    }
    BigDecimal sum =
        parts.stream().map(part -> part.facts().value()).reduce(BigDecimal.ZERO, BigDecimal::add);
    Status status =
        parts.stream().map(AchievementFigure::status).min(Comparator.naturalOrder()).orElseThrow();
    LocalDate reportedOn =
        parts.stream()
            .map(AchievementFigure::reportedOn)
            .max(Comparator.naturalOrder())
            .orElseThrow();
    return Optional.of(new RollUp(sum, status, reportedOn, parts.size()));
  }

  ProgressRow.AchievementSummary achievement() {
    return new ProgressRow.AchievementSummary(sum, status, reportedOn);
  }
}
