-- wrk -s login.lua: every request logs the same verified account in (see docs/performance.md)
wrk.method = "POST"
wrk.headers["Content-Type"] = "application/json"
wrk.body = '{"login":"' .. (os.getenv("KITH_LOGIN") or "bench") .. '","password":"correct horse battery"}'
