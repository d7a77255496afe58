-- wrk script: POSTs the body file named by $BODY as JSON and prints one summary line the load script reads.
-- With VARY=1 every request is a different profile (a cache miss): the first "value" in the body (the first
-- indicator's) gets a distinct, tiny increment per request, distinct across wrk's THREADS threads too, counted from
-- START (so that a later run sends none of an earlier run's profiles).
local f = assert(io.open(os.getenv("BODY"), "rb"))
local body = f:read("*a")
f:close()
wrk.method = "POST"
wrk.body = body
wrk.headers["Content-Type"] = "application/json"

local vary = os.getenv("VARY") == "1"
local start = tonumber(os.getenv("START") or "0")
local nthreads = tonumber(os.getenv("THREADS") or "64")
local threads = 0
function setup(thread)
  thread:set("tid", threads)
  threads = threads + 1
end

local prefix, number, suffix
if vary then
  local s, e, n = body:find('"value"%s*:%s*([%d%.]+)')
  assert(s, "no \"value\" in the body to vary")
  prefix, number, suffix = body:sub(1, e - #n), tonumber(n), body:sub(e + 1)
end

local count = 0
request = function()
  if not vary then
    return wrk.format()
  end
  count = count + 1
  -- steps of 1e-6 keep the figure valid and the profile new
  local v = number + (start + count * nthreads + tid) * 1e-6
  return wrk.format(nil, nil, nil, prefix .. string.format("%.6f", v) .. suffix)
end

done = function(summary, latency, requests)
  local e = summary.errors
  local errors = e.connect + e.read + e.write + e.timeout + e.status
  io.write(string.format("SUMMARY requests=%d seconds=%.3f errors=%d non2xx=%d rps=%.1f p50_ms=%.2f p99_ms=%.2f max_ms=%.2f\n",
    summary.requests, summary.duration / 1e6, errors, e.status, summary.requests / (summary.duration / 1e6),
    latency:percentile(50) / 1000, latency:percentile(99) / 1000, latency.max / 1000))
end
