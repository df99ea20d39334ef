/**
 * Start-up and wiring: the embedded database, the clock, JSON, the OpenAPI filter, demo data, query
 * warm-up and the page at {@code /}. Nothing outside this package imports it.
 */
package vn.chitieu.system;
