package vn.chitieu.exchange;

import java.util.List;
import vn.chitieu.common.problem.RowError;

/** An import's rows as read: those that make requests, and why the others do not. */
record ParsedImport(List<ImportRow> rows, List<RowError> rejections, int count) {}
