/**
 * Achievements: the values reported for an indicator in a period and area, estimated to official.
 */
package vn.chitieu.achievement;
