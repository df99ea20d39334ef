// Compiled, never run (`npm run typecheck`): the generated types describe what the API takes and
// answers, so a wrong path, a missing parameter or a misread field fails the compilation.
import { createChitieuClient, type components } from "../src/index.js";

type Target = components["schemas"]["Target"];

export async function raiseTarget(baseUrl: string, token: string, id: string): Promise<Target> {
  const api = createChitieuClient({ baseUrl, token });
  const read = await api.GET("/api/v1/targets/{id}", { params: { path: { id } } });
  if (!read.data) {
    throw new Error(read.error?.detail ?? `status ${read.response.status}`);
  }
  // The contract lists no required members in its responses, so each is optional here.
  const { indicator, period, area, value } = read.data;
  if (indicator === undefined || period === undefined || value === undefined) {
    throw new Error("an incomplete target");
  }
  const changed = await api.PUT("/api/v1/targets/{id}", {
    params: { path: { id }, header: { "If-Match": read.response.headers.get("ETag") ?? "*" } },
    body: { indicator, period, area, value: value + 1 },
  });
  if (!changed.data) {
    throw new Error(changed.error?.detail ?? `status ${changed.response.status}`);
  }
  return changed.data;
}
