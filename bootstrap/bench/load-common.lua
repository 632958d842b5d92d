-- Shared by the load scenarios (timeline.lua, mix.lua, login-seeded.lua); see run-load.sh.
-- Loaded with dofile() by each scenario. Provides: seeded per-thread randomness, the token file,
-- per-thread status counts (response()), and a done() that prints one machine-readable RESULT line
-- with requests/s, p50/p90/p99/p99.9, non-2xx responses by status and socket errors.
local threads = {}

function setup(thread)
  thread:set("id", #threads + 1)
  table.insert(threads, thread)
end

-- Every thread gets its own fixed seed, so the sequence of chosen accounts is reproducible.
function seed_thread()
  local seed = tonumber(os.getenv("KITH_SEED") or "42")
  math.randomseed(seed * 1000 + id)
  for _ = 1, 10 do math.random() end
end

function read_lines(path)
  assert(path, "set the file path in the environment (see run-load.sh)")
  local lines = {}
  for line in io.lines(path) do
    if line ~= "" then table.insert(lines, line) end
  end
  assert(#lines > 0, path .. " is empty")
  return lines
end

statuses = {}

function response(status, headers, body)
  statuses[status] = (statuses[status] or 0) + 1
end

function done(summary, latency, requests)
  local counts, codes, non2xx = {}, {}, 0
  for _, thread in ipairs(threads) do
    for code, n in pairs(thread:get("statuses")) do
      if counts[code] == nil then table.insert(codes, code) end
      counts[code] = (counts[code] or 0) + n
      if code < 200 or code > 299 then non2xx = non2xx + n end
    end
  end
  table.sort(codes)
  local parts = {}
  for _, code in ipairs(codes) do table.insert(parts, code .. ":" .. counts[code]) end
  local e = summary.errors
  local ms = function(p) return latency:percentile(p) / 1000 end
  io.write(string.format(
    "RESULT requests=%d seconds=%.2f rps=%.1f p50_ms=%.2f p90_ms=%.2f p99_ms=%.2f p999_ms=%.2f max_ms=%.2f "
      .. "non2xx=%d socket_errors=%d connect=%d read=%d write=%d timeout=%d statuses=%s\n",
    summary.requests, summary.duration / 1e6, summary.requests / (summary.duration / 1e6),
    ms(50), ms(90), ms(99), ms(99.9), latency.max / 1000,
    non2xx, e.connect + e.read + e.write + e.timeout, e.connect, e.read, e.write, e.timeout,
    table.concat(parts, ",")))
end
