/**
 * The change feed: every committed write of indicators, targets, achievements and locks, in the
 * order no later commit can come before, to poll or to follow as Server-Sent Events.
 */
package vn.chitieu.changes;
