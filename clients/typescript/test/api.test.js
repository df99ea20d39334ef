// The client against a running service (run-tests.sh starts the packaged jar with the demo data
// and mints the tokens): the core flow, then the change feed.
// Needs CHITIEU_URL, CHITIEU_READER_TOKEN and CHITIEU_EDITOR_TOKEN.
import assert from "node:assert/strict";
import { test } from "node:test";
import { createChitieuClient } from "../src/index.js";

const baseUrl = process.env.CHITIEU_URL;
const reader = createChitieuClient({ baseUrl, token: process.env.CHITIEU_READER_TOKEN });
const editor = createChitieuClient({ baseUrl, token: process.env.CHITIEU_EDITOR_TOKEN });

// The demo data's indicator (lower is better) and a period the demo data has no target for.
const INDICATOR = "POOR_HOUSEHOLD_RATE";
const PERIOD = "2030";
const AREA = "22";

let created; // the target the core flow creates, then changes

test("core flow: list, create, read, change with If-Match, scorecard", async () => {
  const list = await reader.GET("/api/v1/indicators", { params: { query: { size: 500 } } });
  assert.equal(list.response.status, 200);
  assert.ok(list.data.items.some((indicator) => indicator.code === INDICATOR), "the demo indicator is listed");

  const create = await editor.POST("/api/v1/targets", {
    body: { indicator: INDICATOR, period: PERIOD, area: AREA, value: 0.3 },
  });
  assert.equal(create.response.status, 201, JSON.stringify(create.error));
  created = create.data;
  assert.equal(create.response.headers.get("Location"), `/api/v1/targets/${created.id}`);
  assert.equal(created.operator, "AT_MOST", "the operator follows the indicator's polarity");

  const read = await reader.GET("/api/v1/targets/{id}", { params: { path: { id: created.id } } });
  assert.equal(read.response.status, 200);
  assert.equal(read.data.value, 0.3);
  const etag = read.response.headers.get("ETag");
  assert.ok(etag, "a read names the version");

  const change = { indicator: INDICATOR, period: PERIOD, area: AREA, value: 0.25 };
  const update = await editor.PUT("/api/v1/targets/{id}", {
    params: { path: { id: created.id }, header: { "If-Match": etag } },
    body: change,
  });
  assert.equal(update.response.status, 200, JSON.stringify(update.error));
  assert.equal(update.data.value, 0.25);
  assert.notEqual(update.response.headers.get("ETag"), etag, "a change makes a new version");

  const stale = await editor.PUT("/api/v1/targets/{id}", {
    params: { path: { id: created.id }, header: { "If-Match": etag } },
    body: { ...change, value: 0.2 },
  });
  assert.equal(stale.response.status, 412, "a change from an old version is refused");
  assert.equal(stale.response.headers.get("Content-Type"), "application/problem+json");

  const scorecard = await reader.GET("/api/v1/progress", {
    params: { query: { period: PERIOD, area: AREA, indicator: INDICATOR } },
  });
  assert.equal(scorecard.response.status, 200);
  assert.equal(scorecard.data.length, 1);
  const [row] = scorecard.data;
  assert.equal(row.target.value, 0.25);
  assert.equal(row.target.operator, "AT_MOST");
  assert.equal(row.achievement, null, "no achievement reported for 2030");
  assert.equal(row.outcome, "NO_DATA");
});

test("change feed: from the beginning, in small pages, to the core flow's changes", async () => {
  assert.ok(created, "the core flow ran first");
  const seen = [];
  let after;
  for (;;) {
    const page = await reader.GET("/api/v1/changes", { params: { query: { after, limit: 10 } } });
    assert.equal(page.response.status, 200, JSON.stringify(page.error));
    assert.ok(page.data.next, "every page, an empty one too, names where to go on");
    assert.ok(page.data.items.length <= 10);
    seen.push(...page.data.items);
    after = page.data.next;
    if (page.data.items.length === 0) {
      break;
    }
  }
  const cursors = seen.map((change) => change.cursor);
  assert.equal(new Set(cursors).size, cursors.length, "no change is repeated");

  const ours = seen.filter((change) => change.resource === "target" && change.id === created.id);
  assert.deepEqual(
    ours.map((change) => change.change),
    ["CREATED", "UPDATED"],
    "the create, then the one accepted change (the refused one is not a change)",
  );
  assert.equal(ours[1].data.value, 0.25);
  assert.equal(ours[0].by, "check-editor");

  const again = await reader.GET("/api/v1/changes", { params: { query: { after, limit: 50 } } });
  assert.equal(again.response.status, 200);
  assert.deepEqual(again.data.items, [], "nothing new since the last page");
});
