#!/usr/bin/env bash
# Set up what is missing, build Lede and serve it on 127.0.0.1 (PORT, default 8080).
set -euo pipefail
ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
. "$ROOT/scripts/setup.sh"
cd "$ROOT"
PORT="${PORT:-8080}"
printf '\n\033[1mLede will be at http://127.0.0.1:%s/ once built (Ctrl-C stops it)\033[0m\n\n' "$PORT"
exec trunk serve --release --address 127.0.0.1 --port "$PORT"
