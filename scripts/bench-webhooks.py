#!/usr/bin/env python3
"""Webhook throughput of running Leaseport servers: signed Stripe events over loopback, bounded.

  scripts/bench-webhooks.py --base http://127.0.0.1:9080 --secret whsec_... [--events 5000]
  scripts/bench-webhooks.py --base http://127.0.0.1:9287 --base http://127.0.0.1:9288 ...

Each event is a distinct account.updated of an account no server knows, so every delivery does the
whole inbox path (claim the id, run the handler's database function, record IGNORED_UNKNOWN,
commit) without touching owner data. --repeat N delivers each event N times (duplicates), spread
over the servers. Python standard library only; prints events/s, latency percentiles and outcomes.
"""
import argparse
import hashlib
import hmac
import http.client
import json
import threading
import time
import urllib.parse
import uuid
from collections import Counter


def signed(secret, body):
    t = str(int(time.time()))
    mac = hmac.new(secret.encode(), (t + ".").encode() + body, hashlib.sha256).hexdigest()
    return "t=%s,v1=%s" % (t, mac)


def event(i):
    account = "acct_bench%08d" % i
    return json.dumps({
        "id": "evt_bench_" + uuid.uuid4().hex, "object": "event", "type": "account.updated",
        "created": int(time.time()), "account": account, "livemode": False,
        "data": {"object": {"id": account, "object": "account", "charges_enabled": True,
                            "payouts_enabled": False, "details_submitted": True,
                            "requirements": {"currently_due": ["external_account"]}}}},
        separators=(",", ":")).encode()


def main():
    p = argparse.ArgumentParser()
    p.add_argument("--base", action="append", required=True)
    p.add_argument("--secret", required=True, help="the Connect endpoint's signing secret")
    p.add_argument("--events", type=int, default=5000)
    p.add_argument("--repeat", type=int, default=1)
    p.add_argument("--concurrency", type=int, default=8)
    p.add_argument("--max-seconds", type=float, default=120)
    a = p.parse_args()
    targets = [urllib.parse.urlsplit(b) for b in a.base]
    for t in targets:
        if t.hostname not in ("127.0.0.1", "localhost", "::1"):
            raise SystemExit("loopback targets only")
    bodies = [event(i) for i in range(a.events)]
    work = [(b, k) for k in range(a.repeat) for b in bodies]
    lock = threading.Lock()
    cursor = [0]
    latencies, outcomes = [], Counter()
    deadline = time.monotonic() + a.max_seconds

    def client(n):
        conns = [http.client.HTTPConnection(t.hostname, t.port, timeout=30) for t in targets]
        while time.monotonic() < deadline:
            with lock:
                if cursor[0] >= len(work):
                    return
                i = cursor[0]
                cursor[0] += 1
            body, k = work[i]
            c = conns[(i + k + n) % len(conns)]
            start = time.monotonic()
            c.request("POST", "/api/v1/webhooks/stripe/connect", body,
                      {"Content-Type": "application/json; charset=utf-8",
                       "Stripe-Signature": signed(a.secret, body)})
            r = c.getresponse()
            payload = r.read()
            took = time.monotonic() - start
            key = json.loads(payload).get("outcome") if r.status == 200 else str(r.status)
            with lock:
                latencies.append(took)
                outcomes[key] += 1

    threads = [threading.Thread(target=client, args=(n,)) for n in range(a.concurrency)]
    began = time.monotonic()
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    elapsed = time.monotonic() - began
    latencies.sort()
    pct = lambda q: latencies[min(len(latencies) - 1, int(q * len(latencies)))] * 1000
    print("servers=%d deliveries=%d distinct=%d concurrency=%d elapsed=%.1fs"
          % (len(targets), len(latencies), a.events, a.concurrency, elapsed))
    print("deliveries/s=%.0f  p50=%.1fms p90=%.1fms p99=%.1fms"
          % (len(latencies) / elapsed, pct(0.5), pct(0.9), pct(0.99)))
    print("outcomes:", dict(outcomes))


if __name__ == "__main__":
    main()
