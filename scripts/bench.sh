#!/usr/bin/env bash
# Set up what is missing, then run the benchmarks: criterion natively (annotate vs a bare
# aho-corasick scan) and the headless Chromium benchmark against Pagefind
# (scripts/bench-browser.mjs). Arguments go to the browser benchmark (e.g. --sizes 100,1000,10000).
set -euo pipefail
ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
. "$ROOT/scripts/setup.sh"
cd "$ROOT"
say "criterion: annotate vs a bare aho-corasick scan"
cargo bench --bench annotate
say "headless Chromium: Lede vs Pagefind"
node scripts/bench-browser.mjs "$@"
