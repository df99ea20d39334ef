/**
 * Per-client request limits of one pod: a token bucket per client, the client named by its token
 * ({@code azp}, else {@code client_id}, else {@code sub}); 429 with Retry-After beyond it.
 */
package vn.chitieu.ratelimit;
