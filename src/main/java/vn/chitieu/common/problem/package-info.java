/**
 * The one error model: every failure becomes an RFC 9457 problem+json response, built in one place.
 */
package vn.chitieu.common.problem;
