package vn.chitieu.common.sheet;

import java.util.Map;

/**
 * One row of a table under its header: its number as a spreadsheet shows it (the header is row 1 in
 * a file that starts with it) and its non-empty cells by column name, as text.
 *
 * @param problem what is wrong with the row's shape (such as more cells than the header has), or
 *     null
 */
public record SheetRow(int number, Map<String, String> cells, String problem) {}
