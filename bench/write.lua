-- wrk: creates achievements one per request, with keys no other request uses (indicator × area ×
-- thread), in the period given after "--" (2026 when none).
local counter = 0
local thread_id = 0
local period = "2026"
local threads = {}

function setup(thread)
  thread:set("id", #threads)
  table.insert(threads, thread)
end

function init(args)
  thread_id = id
  period = args[1] or "2026"
end

request = function()
  counter = counter + 1
  local n = thread_id * 5000000 + counter
  local indicator = string.format("BENCH_%04d", (n % 200) + 1)
  local area = string.format("%05d", 10000 + math.floor(n / 200) % 90000)
  local body = string.format(
    '{"indicator":"%s","period":"%s","area":"%s","value":1.5,"status":"ESTIMATED","reportedOn":"2026-01-15"}',
    indicator, period, area)
  local headers = {}
  for name, value in pairs(wrk.headers) do headers[name] = value end
  headers["Content-Type"] = "application/json"
  return wrk.format("POST", "/api/v1/achievements", headers, body)
end
