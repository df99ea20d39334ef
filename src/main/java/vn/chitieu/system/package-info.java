/**
 * Start-up and wiring: the embedded database, configuration, JSON, OpenAPI, demo data, request ids.
 */
package vn.chitieu.system;
