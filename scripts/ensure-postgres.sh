#!/usr/bin/env bash
# Starts the machine's PostgreSQL cluster when it does not answer. Tests make
# their own databases on it, one per test.
set -euo pipefail
url=${1:-postgres://postgres@127.0.0.1:5432/postgres?sslmode=disable}
if pg_isready -q -h 127.0.0.1 -p 5432 2>/dev/null; then exit 0; fi
if command -v pg_ctlcluster >/dev/null 2>&1; then
  version=$(ls /etc/postgresql 2>/dev/null | sort -V | tail -n 1)
  if [ -n "$version" ]; then
    echo "starting PostgreSQL $version"
    pg_ctlcluster --skip-systemctl-redirect "$version" main start || true
  fi
fi
for _ in $(seq 1 30); do
  pg_isready -q -h 127.0.0.1 -p 5432 2>/dev/null && exit 0
  sleep 1
done
echo "PostgreSQL is not reachable at $url: the tests need it (see README)" >&2
exit 1
