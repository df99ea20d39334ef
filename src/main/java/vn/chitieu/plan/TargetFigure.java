package vn.chitieu.plan;

import vn.chitieu.figure.FigureFacts;

/** A target as progress reads it: values only, no managed entity. */
public record TargetFigure(FigureFacts facts, Operator operator) {}
