/**
 * What targets and achievements share: a value of an indicator for a period and an area, the rules
 * that value obeys, and the filters their lists take.
 */
package vn.chitieu.figure;
