-- Scenario (a): GET /api/v1/timelines/home (first page) as a random logged-in seeded account per request.
-- KITH_TOKENS: file of access tokens, one a line; KITH_SEED: seed of the choices (default 42).
dofile((debug.getinfo(1, "S").source:match("^@(.*/)") or "./") .. "load-common.lua")

function init(args)
  seed_thread()
  requests_by_token = {}
  for _, token in ipairs(read_lines(os.getenv("KITH_TOKENS"))) do
    table.insert(requests_by_token, wrk.format("GET", "/api/v1/timelines/home", {["Authorization"] = "Bearer " .. token}))
  end
end

function request()
  return requests_by_token[math.random(#requests_by_token)]
end
