/**
 * Reads remembered across requests and exact across replicas: each answer is kept with the database
 * snapshot it was read after, and given again only while the database's current snapshot is still
 * that one, that is while no transaction has committed since (README, "Caching").
 */
package vn.chitieu.cache;
