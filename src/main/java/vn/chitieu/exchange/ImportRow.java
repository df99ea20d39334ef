package vn.chitieu.exchange;

import vn.chitieu.figure.FigureRequest;

/**
 * One row of an import, read into the request a single write would take.
 *
 * @param row its number in the file (see {@link vn.chitieu.common.problem.RowError#row})
 * @param request a {@code TargetRequest} or an {@code AchievementRequest}, as the kind says
 */
record ImportRow(int row, ImportKind kind, FigureRequest request) {}
