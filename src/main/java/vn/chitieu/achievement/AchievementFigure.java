package vn.chitieu.achievement;

import java.time.LocalDate;
import vn.chitieu.figure.FigureFacts;

/** An achievement as progress reads it: values only, no managed entity. */
public record AchievementFigure(FigureFacts facts, Status status, LocalDate reportedOn) {}
