/**
 * The administrative-unit registry: which GSO codes name which provinces, districts and communes,
 * from when to when, and what each became in a reorganisation; the check that a figure's area
 * existed in its period.
 */
package vn.chitieu.area;
