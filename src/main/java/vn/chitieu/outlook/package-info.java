/**
 * Will the plan be met: the pace of each plan-period target, from its baseline and the annual
 * achievements so far (docs/design.md, "Outlook").
 */
package vn.chitieu.outlook;
