-- wrk -s register.lua: every request registers a new account with a unique username
local threads = {}
local run = os.getenv("KITH_RUN") or tostring(os.time())

function setup(thread)
  thread:set("id", #threads)
  table.insert(threads, thread)
end

function init(args)
  counter = 0
end

function request()
  counter = counter + 1
  local name = "r" .. run .. "_" .. id .. "_" .. counter
  return wrk.format("POST", "/api/v1/auth/register", {["Content-Type"] = "application/json"},
    '{"username":"' .. name .. '","email":"' .. name .. '@example.com","password":"correct horse battery"}')
end

function done(summary, latency, requests)
  io.write(string.format("non-2xx or errors: %d\n", summary.errors.status + summary.errors.connect + summary.errors.read + summary.errors.write + summary.errors.timeout))
end
