/**
 * Tables in files: CSV and Excel workbooks (.xlsx) read row by row and written as a stream, with
 * text cells guarded against formula injection. Nothing here knows what the rows mean.
 */
package vn.chitieu.common.sheet;
