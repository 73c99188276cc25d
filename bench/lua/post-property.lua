-- wrk script: POST /api/v1/properties as $TOKEN; with WITH_KEY=1 each request carries a fresh
-- Idempotency-Key (thread number, a per-run prefix and a counter), so every request runs and stores.
local token = os.getenv("TOKEN")
local with_key = os.getenv("WITH_KEY") == "1"
local run = os.getenv("RUN_ID") or tostring(os.time())
local body = '{"name":"Bench","address":{"line1":"1 Bench Street","city":"Springfield",'
  .. '"country":"US"},"propertyType":"APARTMENT"}'
local threads = 0
local counter = 0

function setup(thread)
  threads = threads + 1
  thread:set("number", threads)
end

function request()
  counter = counter + 1
  local headers = {
    ["Content-Type"] = "application/json",
    ["Authorization"] = "Bearer " .. token,
  }
  if with_key then
    headers["Idempotency-Key"] = run .. "-" .. tostring(number) .. "-" .. counter
  end
  return wrk.format("POST", "/api/v1/properties", headers, body)
end
