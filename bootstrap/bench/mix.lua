-- Scenario (b): 90 % home timeline, 5 % new post, 5 % like of a random post, each as a random logged-in
-- seeded account. KITH_TOKENS: access tokens, one a line; KITH_POSTS: post ids to like, one a line;
-- KITH_SEED: seed of the choices (default 42); KITH_MIX: "timeline share,post share" (default "0.90,0.05",
-- the rest likes), so that "0,1" (posts only) and "0,0" (likes only) take the mix apart.
dofile((debug.getinfo(1, "S").source:match("^@(.*/)") or "./") .. "load-common.lua")

function init(args)
  seed_thread()
  tokens = read_lines(os.getenv("KITH_TOKENS"))
  posts = read_lines(os.getenv("KITH_POSTS"))
  timeline = {}
  for i, token in ipairs(tokens) do
    timeline[i] = wrk.format("GET", "/api/v1/timelines/home", {["Authorization"] = "Bearer " .. token})
  end
  written = 0
  local t, p = (os.getenv("KITH_MIX") or ""):match("^([%d.]+),([%d.]+)$")
  timeline_share = tonumber(t) or 0.90
  post_share = timeline_share + (tonumber(p) or 0.05)
end

function request()
  local r = math.random()
  local who = math.random(#tokens)
  if r < timeline_share then
    return timeline[who]
  end
  local headers = {["Authorization"] = "Bearer " .. tokens[who], ["Content-Type"] = "application/json"}
  if r < post_share then
    written = written + 1
    return wrk.format("POST", "/api/v1/posts", headers,
      string.format('{"text":"Load test post %d.%d: benchmarks are a kind of weather report."}', id, written))
  end
  return wrk.format("POST", "/api/v1/posts/" .. posts[math.random(#posts)] .. "/like", headers, "")
end
