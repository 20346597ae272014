#!/usr/bin/env bash
# Set up what is missing, then run every check and test: formatting, lints (native and wasm),
# native unit and integration tests, browser tests in headless Chromium, the release build,
# end-to-end tests on the built dist/ (screenshots in target/screenshots/) and a size report.
set -euo pipefail
ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
. "$ROOT/scripts/setup.sh"
cd "$ROOT"

say "cargo fmt --check"
cargo fmt --check
say "clippy (native)"
cargo clippy --all-targets -- -D warnings
say "clippy (wasm32)"
cargo clippy --target wasm32-unknown-unknown --lib --bins --test web -- -D warnings
cargo clippy --target wasm32-unknown-unknown --lib --bins --features synthetic-corpus -- -D warnings
say "native tests"
cargo test
say "browser tests (wasm-bindgen-test in headless Chromium)"
cargo test --target wasm32-unknown-unknown --test web
say "release build (trunk)"
trunk build --release
say "size report"
node scripts/sizes.mjs
say "end-to-end tests (Playwright + Chromium on dist/)"
node --test tests/e2e/
