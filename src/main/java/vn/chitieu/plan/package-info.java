/**
 * Targets: the values planned for an indicator in a period and area (annual plans, plan periods).
 */
package vn.chitieu.plan;
