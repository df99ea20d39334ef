/**
 * Bulk exchange: targets and achievements imported in one request from JSON, CSV or an Excel
 * workbook, each row obeying the rules a single write obeys, and the import template. Exports are
 * the lists' own CSV and workbook forms.
 */
package vn.chitieu.exchange;
