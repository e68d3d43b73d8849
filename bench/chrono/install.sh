#!/usr/bin/env bash
# Installs chrono-node (the version pinned in package-lock.json) into bench/chrono/node_modules for
# `parallax eval time-specs DIR --baseline chrono` and `parallax eval time FILE --baseline chrono`.
# Needs node (v18+) and npm. node_modules is not committed.
set -euo pipefail
cd "$(dirname "$0")"
npm ci --no-audit --no-fund
