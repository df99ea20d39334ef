#!/usr/bin/env bash
# The development loop's budgets (issue 17), the half of the harness that bench/run.sh does not
# measure: `./mvnw quarkus:dev` to its first answer when nothing changed, and `./mvnw verify` from a
# fresh clone of the committed HEAD. Run it on an idle machine, with nothing on port 8080:
#
#   bench/devloop.sh        (from a non-interactive shell: setsid must not fork, so that $! is
#                            dev mode's process group)
#
# Dev mode is started once to compile (not timed), then twice more, each timed from the command to
# the first 200 of GET / (the root page); dev mode's embedded database is data/postgres. verify runs in a clone under target/devloop, as a new user
# or CI would run it there.
set -euo pipefail
cd "$(dirname "$0")/.."
WORK=target/devloop
rm -rf "$WORK"
mkdir -p "$WORK"

now() { date +%s.%N; }
seconds() { python3 -c "print(f'{$2 - $1:.1f}')"; }

# Seconds from `./mvnw quarkus:dev` to the first 200 of GET /; stops dev mode afterwards.
dev_start() {
  local log="$WORK/dev-$1.log" start pid
  start=$(now)
  setsid ./mvnw quarkus:dev -Dquarkus.console.enabled=false >"$log" 2>&1 &
  pid=$!
  local deadline=$((SECONDS + 300))
  until curl -fs --max-time 5 -o /dev/null http://localhost:8080/; do
    if ((SECONDS > deadline)) || ! kill -0 "$pid" 2>/dev/null; then
      echo "dev mode gave no answer; see $log" >&2
      kill -- -"$pid" 2>/dev/null || true
      exit 1
    fi
    sleep 0.1
  done
  seconds "$start" "$(now)"
  # Maven and the application are one process group; the embedded PostgreSQL (pg_ctl starts it
  # in a session of its own) is stopped by the application's shutdown. Wait for both: the next
  # start needs the data directory free.
  kill -TERM -- -"$pid"
  deadline=$((SECONDS + 60))
  wait "$pid" 2>/dev/null || true
  while kill -0 -- -"$pid" 2>/dev/null || [[ -e data/postgres/postmaster.pid ]]; do
    if ((SECONDS > deadline)); then
      echo "dev mode or its PostgreSQL did not stop; see $log and data/postgres" >&2
      exit 1
    fi
    sleep 0.2
  done
}

if curl -fs --max-time 5 -o /dev/null http://localhost:8080/; then
  echo "Something already answers on port 8080: stop it first." >&2
  exit 1
fi
LOAD_BEFORE=$(cut -d' ' -f1-3 /proc/loadavg)
dev_start warm-up >/dev/null
DEV_1=$(dev_start 1)
DEV_2=$(dev_start 2)

git clone -q . "$WORK/clone"
start=$(now)
(cd "$WORK/clone" && ./mvnw -B verify >../verify.log 2>&1) || {
  echo "./mvnw verify failed; see $WORK/verify.log" >&2
  exit 1
}
VERIFY=$(seconds "$start" "$(now)")
TESTS=$(grep -a "Tests run: [0-9]*, Failures: 0, Errors: 0, Skipped: [0-9]*$" "$WORK/verify.log" |
  awk '{gsub(",", "", $4); n += $4} END {print n}')

verdict() { if python3 -c "import sys; sys.exit(0 if $1 else 1)"; then echo yes; else echo no; fi; }
cat <<EOF

Measured by \`bench/devloop.sh\` on $(date -u +%Y-%m-%d) at $(git rev-parse --short HEAD): $(nproc) cores; load average before: $LOAD_BEFORE.

| budget | measured | met |
|---|---|---|
| \`./mvnw quarkus:dev\` to the first answer ≤ 20 s, nothing changed (issue 17) | $DEV_1 s, $DEV_2 s | $(verdict "$DEV_1 <= 20 and $DEV_2 <= 20") |
| \`./mvnw verify\` ≤ 3 minutes, fresh clone, $TESTS tests (issue 17) | $VERIFY s | $(verdict "$VERIFY <= 180") |
EOF
