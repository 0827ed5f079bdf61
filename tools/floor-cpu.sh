#!/usr/bin/env bash
# The calibration floor's gateway CPU per request, to set beside a bench's "gateway CPU ms/req" (req/s ratios follow
# the neighbours' load on a shared machine; CPU per request much less). Runs ../shared/calib/floor.sh for one route
# and reads the floor gateway's utime+stime from /proc from readiness to exit.
#   tools/floor-cpu.sh read|create|rpc [port]     (DURATION, CONNECTIONS, CALIB_DIR as floor.sh)
set -euo pipefail
route=${1:?route: read, create or rpc}
port=${2:-3291}
duration=${DURATION:-10}
script=${CALIB_FLOOR:-$(cd "$(dirname "$0")/../.." && pwd)/shared/calib/floor.sh}
[ -f "$script" ] || script=$(cd "$(dirname "$0")/../../.." && pwd)/shared/calib/floor.sh
out=$(mktemp)
ROUTES=$route DURATION=$duration CALIB_PORT=$port bash "$script" >"$out" 2>&1 &
runner=$!
pid=""
while [ -z "$pid" ] && kill -0 "$runner" 2>/dev/null; do
  for candidate in $(pgrep -f "node dist/gateway.js" || true); do
    tr '\0' '\n' <"/proc/$candidate/environ" 2>/dev/null | grep -qx "PORT=$port" && pid=$candidate
  done
  sleep 0.1
done
[ -n "$pid" ] || { cat "$out"; exit 1; }
until curl -fsS -m 1 "http://127.0.0.1:$port/hello" >/dev/null 2>&1; do sleep 0.05; done
ticks() { awk '{ print $14 + $15 }' "/proc/$pid/stat" 2>/dev/null; }
start=$(ticks)
last=$start
while kill -0 "$pid" 2>/dev/null; do
  now=$(ticks) && [ -n "$now" ] && last=$now
  sleep 0.05
done
wait "$runner"
line=$(grep "^floor $route " "$out")
rm -f "$out"
# USER_HZ is 100: one tick is 10 ms.
awk -v line="$line" -v ticks=$((last - start)) -v duration="$duration" 'BEGIN {
  split(line, f, " "); printf "%s   floor gateway CPU %.2f ms/req\n", line, ticks * 10 / (f[3] * duration) }'
