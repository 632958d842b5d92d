-- Scenario (c): POST /api/v1/auth/login as a random seeded account user00000 ... (password "password").
-- KITH_ACCOUNTS: how many seeded accounts (default 10000); KITH_SEED: seed of the choices (default 42).
dofile((debug.getinfo(1, "S").source:match("^@(.*/)") or "./") .. "load-common.lua")

function init(args)
  seed_thread()
  accounts = tonumber(os.getenv("KITH_ACCOUNTS") or "10000")
end

function request()
  return wrk.format("POST", "/api/v1/auth/login", {["Content-Type"] = "application/json"},
    string.format('{"login":"user%05d","password":"password"}', math.random(0, accounts - 1)))
end
