/**
 * Reads remembered across requests and correct across replicas: each answer is kept with the
 * database's change position it was read at, and given again only while that position is still the
 * latest (README, "Caching").
 */
package vn.chitieu.cache;
