/**
 * Start-up and wiring: the embedded database, JSON, OpenAPI, demo data and query warm-up. Nothing
 * outside this package imports it.
 */
package vn.chitieu.system;
