/**
 * Period locks: an approver closes a period in an area (when its figures are published), and no
 * target or achievement in it changes until the lock is removed.
 */
package vn.chitieu.lock;
