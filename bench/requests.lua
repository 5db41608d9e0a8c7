-- wrk script: sends the requests listed in the file named by BENCH_REQUESTS, one per line, tab-separated:
--   METHOD <tab> path <tab> bearer token (or -) <tab> JSON body (or -)
-- Each wrk thread takes every n-th line (n = number of threads), so no line is sent twice when
-- BENCH_ONCE=1 (writes that may happen only once, e.g. saving version 0 of an evaluation, or submitting it): the
-- thread stops when its lines are used up; otherwise the lines are rotated. Prints one machine-readable line with the rate and latency percentiles at the end.
-- BENCH_THINK_MS (optional): think time — each connection waits a random 0.5–1.5 × this many ms before each
-- request (wrk's delay(); not counted in the latency), so the connections behave like people, not a saturation loop.
local threads = {}
local thread_count = 0

setup = function(thread)
  thread_count = thread_count + 1
  thread:set("thread_index", thread_count)
  table.insert(threads, thread)
end

local lines = {}
local position = 0
local once = os.getenv("BENCH_ONCE") == "1"
local exhausted = false
local think = tonumber(os.getenv("BENCH_THINK_MS") or "0")

init = function(args)
  math.randomseed(os.time() * 100 + thread_index)
  local index = 0
  local total = tonumber(os.getenv("BENCH_THREADS") or "2")
  for line in io.lines(os.getenv("BENCH_REQUESTS")) do
    if line ~= "" then
      index = index + 1
      if (index - 1) % total == thread_index - 1 then
        local method, path, token, body = line:match("^([^\t]+)\t([^\t]+)\t([^\t]+)\t(.*)$")
        local headers = { ["Accept"] = "application/json" }
        if token ~= "-" then headers["Authorization"] = "Bearer " .. token end
        if body == "-" then body = nil else headers["Content-Type"] = "application/json" end
        lines[#lines + 1] = wrk.format(method, path, headers, body)
      end
    end
  end
end

-- With BENCH_ONCE, a thread whose lines are used up stops at once: wrk still writes the request returned here, so
-- it is a harmless GET /api/v1/ping whose answer is never read (the stopped thread reads nothing more). It used to
-- re-send the thread's last line, and a submission sent twice is refused: the paced submit, which uses up its
-- ~780 lines in its 20 s, reported one non-2xx per thread for evaluations it had already submitted.
local spent = nil

request = function()
  position = position + 1
  if position > #lines then
    if once then
      exhausted = true
      wrk.thread:stop()
      spent = spent or wrk.format("GET", "/api/v1/ping", { ["Accept"] = "application/json" })
      return spent
    end
    position = 1
  end
  return lines[position]
end

if think > 0 then
  delay = function()
    return math.floor(think * (0.5 + math.random()))
  end
end

-- (a response that arrives after the stop, in the same pass of the event loop, is a real line's)
response = function(status, headers, body)
  if exhausted then
    wrk.thread:stop()
  end
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
