// The Chỉ tiêu API from JavaScript or TypeScript: openapi-fetch over the paths of the contract,
// typed by src/schema.d.ts, which `npm run generate` (also run on `npm install`) writes from
// docs/openapi.yaml.
import createClient from "openapi-fetch";

/** A client that sends `token` (an access token from the identity provider) with every request. */
export function createChitieuClient({ baseUrl, token, fetch }) {
  const headers = token ? { Authorization: `Bearer ${token}` } : {};
  return createClient({ baseUrl, headers, ...(fetch ? { fetch } : {}) });
}
