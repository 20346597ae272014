#!/usr/bin/env bash
# Set up what is missing, then build Lede into dist/ (the folder to publish; see README "Deploy").
set -euo pipefail
ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
. "$ROOT/scripts/setup.sh"
cd "$ROOT"
trunk build --release
node scripts/sizes.mjs
