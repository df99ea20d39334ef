/**
 * Every change kept: the revision each write makes (when, who, why), the versions of a row, and
 * what the service held at an instant.
 */
package vn.chitieu.history;
