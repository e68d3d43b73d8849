#!/usr/bin/env bash
# Installs (from Debian packages) and starts a PostgreSQL server on loopback for the storage tests, then prints
# the connection string for PARALLAX_TEST_PG. Idempotent: quick when the server is already installed and running.
# Usage: export PARALLAX_TEST_PG="$(bash .ci/postgres.sh)"   (as root)
set -euo pipefail
password=${PARALLAX_PG_PASSWORD:-parallax}
port=${PARALLAX_PG_PORT:-5432}
if ! ls /usr/lib/postgresql/*/bin/postgres >/dev/null 2>&1 || ! command -v pg_ctlcluster >/dev/null 2>&1; then
  echo "installing postgresql from the Debian packages…" >&2
  export DEBIAN_FRONTEND=noninteractive
  apt-get update -qq >&2
  apt-get install -y -qq postgresql >&2
fi
ver=$(ls /usr/lib/postgresql | sort -V | tail -1)
if ! pg_lsclusters -h | awk '{print $1" "$2}' | grep -qx "$ver main"; then
  pg_createcluster --port "$port" "$ver" main >&2
fi
# Loopback only (listen_addresses defaults to localhost); password authentication for 127.0.0.1 is Debian's default.
if ! pg_lsclusters -h | awk -v v="$ver" '$1==v && $2=="main" {print $4}' | grep -qx online; then
  pg_ctlcluster "$ver" main start >&2
fi
port=$(pg_lsclusters -h | awk -v v="$ver" '$1==v && $2=="main" {print $3}')
for _ in $(seq 1 30); do
  su postgres -c "psql -p $port -qAtc 'SELECT 1'" >/dev/null 2>&1 && break
  sleep 1
done
su postgres -c "psql -p $port -qAtc \"ALTER USER postgres PASSWORD '$password'\"" >/dev/null
echo "Host=127.0.0.1;Port=$port;Username=postgres;Password=$password"
