/**
 * Small shared pieces: periods, area codes, exact decimals, paging, the 201 answer, text folding,
 * parameter conversion, request ids and the audited base class.
 */
package vn.chitieu.common;
