#!/usr/bin/env bash
# make bench, browser part: scale-M data on SQLite, the real binary, Chromium.
set -euo pipefail
cd "$(dirname "$0")/.."
scripts/ensure-chromium.sh
dir=$(mktemp -d)
trap 'kill $pid 2>/dev/null || true; rm -rf "$dir"' EXIT
./bin/verkosto generate --scale M --db "sqlite:$dir/m.db" 2>/dev/null
./bin/verkosto serve --public-read --log-requests off --addr 127.0.0.1:18765 --db "sqlite:$dir/m.db" 2>/dev/null &
pid=$!
for _ in $(seq 1 50); do curl -sf http://127.0.0.1:18765/readyz >/dev/null && break; sleep 0.2; done
# Warm the server's layout once, as a running instance would be.
curl -s -o /dev/null -X POST http://127.0.0.1:18765/graphql -H 'Content-Type: application/json' -d '{"query":"{ networkMap { nodeCount } }"}'
{
  echo
  echo "## Web app at scale M (SQLite, headless Chromium with SwiftShader)"
  echo
  (cd frontend && BASE=http://127.0.0.1:18765 node tests/bench-map.mjs)
} | tee -a bench/RESULTS.md
