"""Reads wrk and pgbench output into one row, and rows into the results table (bench/run.sh)."""
import re
import sys


def millis(text):
    value, unit = re.fullmatch(r"([\d.]+)(us|ms|s)", text).groups()
    return float(value) * {"us": 0.001, "ms": 1.0, "s": 1000.0}[unit]


def row(stage, name, wrk_file, pgbench_file, statements):
    wrk = open(wrk_file).read()
    rps = float(re.search(r"Requests/sec:\s+([\d.]+)", wrk).group(1))
    requests = int(re.search(r"(\d+) requests in", wrk).group(1))
    p50 = millis(re.search(r"^\s+50%\s+(\S+)", wrk, re.M).group(1))
    p99 = millis(re.search(r"^\s+99%\s+(\S+)", wrk, re.M).group(1))
    tps = float(re.search(r"tps = ([\d.]+)", open(pgbench_file).read()).group(1))
    per_request = int(statements) / requests if requests else 0
    print(f"{stage}\t{name}\t{rps:.0f}\t{p50:.2f}\t{p99:.2f}\t{tps:.0f}\t{per_request:.2f}")


def table(rows_file, machine, counts, first_start, ready, rss_kb, duration, connections):
    rows = [line.rstrip("\n").split("\t") for line in open(rows_file) if line.strip()]
    p99_1k = {r[1]: float(r[4]) for r in rows if r[0] == "1k"}
    print(f"Machine: {machine}. Data after loading: {counts}.")
    print(f"Launch to /health/ready: {ready} s (first start, unpacking and creating the database:"
          f" {first_start} s). Resident memory after the load: {int(rss_kb) / 1024:.0f} MiB.")
    print(f"wrk and pgbench: {connections} connections, {duration} s each, on loopback.\n")
    print("| stage | endpoint | req/s | p50 ms | p99 ms | pgbench tps | ratio | statements/request"
          " | p99 ÷ p99(1k) |")
    print("|---|---|---|---|---|---|---|---|---|")
    for stage, name, rps, p50, p99, tps, per_request in rows:
        ratio = float(rps) / float(tps) if float(tps) else 0
        growth = f"{float(p99) / p99_1k[name]:.2f}" if stage != "1k" and name in p99_1k else ""
        print(f"| {stage} | {name} | {rps} | {p50} | {p99} | {tps} | {ratio:.2f} | {per_request}"
              f" | {growth} |")


if __name__ == "__main__":
    if sys.argv[1] == "--table":
        table(*sys.argv[2:])
    else:
        row(*sys.argv[1:])
