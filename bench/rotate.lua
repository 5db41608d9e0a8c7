-- wrk script: requests the paths listed in the file named by BENCH_PATHS (one per line) in rotation,
-- (optionally conditional, see BENCH_IF_NONE_MATCH) and prints one machine-readable line with the rate and latency percentiles when the run is done.
local paths = {}
for line in io.lines(os.getenv("BENCH_PATHS")) do
  if line ~= "" then
    paths[#paths + 1] = line
  end
end

local counter = 0
-- BENCH_IF_NONE_MATCH: an entity tag sent as If-None-Match with every request (conditional GETs)
local if_none_match = os.getenv("BENCH_IF_NONE_MATCH")

request = function()
  counter = counter + 1
  local headers = { ["Accept"] = "application/json" }
  if if_none_match and if_none_match ~= "" then
    headers["If-None-Match"] = if_none_match
  end
  return wrk.format("GET", paths[(counter % #paths) + 1], headers)
end

done = function(summary, latency, requests)
  local seconds = summary.duration / 1e6
  local e = summary.errors
  io.write(string.format(
    "BENCH requests=%d rps=%.1f p50_ms=%.2f p90_ms=%.2f p99_ms=%.2f max_ms=%.2f errors=%d non2xx=%d\n",
    summary.requests, summary.requests / seconds,
    latency:percentile(50) / 1000, latency:percentile(90) / 1000, latency:percentile(99) / 1000,
    latency.max / 1000, e.connect + e.read + e.write + e.timeout, e.status))
end
