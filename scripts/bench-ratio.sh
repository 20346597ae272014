#!/usr/bin/env bash
# The criterion benchmark (annotate vs a bare aho-corasick scan) run N times (5 by default),
# with each run's two medians, their ratio, and the median of the N ratios. One run's ratio
# moves with whatever else the machine is doing: annotate, with far more code and data than
# the scan's one loop, slows far more than it when the machine is busy.
#
#     ./scripts/bench-ratio.sh [N]
set -euo pipefail
ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$ROOT"
runs="${1:-5}"
case "$runs" in
'' | *[!0-9]* | 0)
    echo "usage: scripts/bench-ratio.sh [N]  (N, the number of runs, a whole number from 1)" >&2
    exit 2
    ;;
esac
dir="target/criterion/corpus-300"
ratios=()
for k in $(seq "$runs"); do
    echo "run $k of $runs: cargo bench --bench annotate" >&2
    cargo bench --bench annotate >/dev/null
    line="$(node -e '
        const fs = require("fs");
        const median = (name) => JSON.parse(fs.readFileSync(`${process.argv[1]}/${name}/new/estimates.json`, "utf8")).median.point_estimate / 1e6;
        const bare = median("bare aho-corasick scan");
        const annotate = median("annotate (recognise + normalise + dates + figures)");
        console.log(`${bare.toFixed(2)} ${annotate.toFixed(2)} ${(annotate / bare).toFixed(2)}`);
    ' "$dir")"
    read -r bare annotate ratio <<<"$line"
    echo "run $k: bare ${bare} ms, annotate ${annotate} ms (medians): ${ratio}x"
    ratios+=("$ratio")
done
median="$(printf '%s\n' "${ratios[@]}" | sort -n | awk '{ v[NR] = $1 } END { print (NR % 2) ? v[(NR + 1) / 2] : (v[NR / 2] + v[NR / 2 + 1]) / 2 }')"
echo "median ratio of ${runs} runs: ${median}x"
