import type { Client } from "openapi-fetch";
import type { paths } from "./schema.js";

export type { paths, components, operations } from "./schema.js";

export interface ChitieuClientOptions {
  /** Where the service answers, e.g. https://chitieu.example.gov.vn */
  baseUrl: string;
  /** An access token from the identity provider, sent as the bearer token of every request. */
  token?: string;
  fetch?: typeof globalThis.fetch;
}

/** A client of every path in docs/openapi.yaml, typed by it. */
export declare function createChitieuClient(options: ChitieuClientOptions): Client<paths>;
