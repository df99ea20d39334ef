/**
 * What targets and achievements share: a value of an indicator for a period and an area, the rules
 * that value obeys, the one path that writes it, and the queries that read it.
 */
package vn.chitieu.figure;
