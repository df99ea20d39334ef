-- wrk: creates achievements with keys no other request uses (200 indicators × areas numbered per
-- thread and request), in the period given after "--" (2026 when none), BATCH at a time: one per
-- POST /api/v1/achievements when 1 (the default), else a POST /api/v1/achievements/batch of BATCH.
--   wrk … -s bench/write.lua http://host:port/ -- PERIOD BATCH
local counter = 0
local thread_id = 0
local period = "2026"
local batch = 1
local threads = {}

function setup(thread)
  thread:set("id", #threads)
  table.insert(threads, thread)
end

function init(args)
  thread_id = id
  period = args[1] or "2026"
  batch = tonumber(args[2] or "1")
end

request = function()
  counter = counter + 1
  local n = thread_id * 5000000 + counter
  local items = {}
  for i = 0, batch - 1 do
    local k = n * batch + i
    local indicator = string.format("BENCH_%04d", (k % 200) + 1)
    local area = string.format("%05d", 10000 + math.floor(k / 200) % 90000)
    items[#items + 1] = string.format(
      '{"indicator":"%s","period":"%s","area":"%s","value":1.5,"status":"ESTIMATED","reportedOn":"2026-01-15"}',
      indicator, period, area)
  end
  local headers = {}
  for name, value in pairs(wrk.headers) do headers[name] = value end
  headers["Content-Type"] = "application/json"
  if batch == 1 then
    return wrk.format("POST", "/api/v1/achievements", headers, items[1])
  end
  return wrk.format("POST", "/api/v1/achievements/batch", headers, "[" .. table.concat(items, ",") .. "]")
end
