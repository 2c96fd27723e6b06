#!/usr/bin/env bash
# Builds the libFuzzer target in Fuzz/ and runs it on Load → Parse → Render for SECONDS seconds.
#
#   bench/fuzz.sh SECONDS [libFuzzer flags…]     e.g. bench/fuzz.sh 600 -max_len=65536
#
# The working corpus grows in Fuzz/corpus (seeded from notes/ and ../shared/seeds or $WEAVE_SEEDS);
# crashes, timeouts and slow inputs land in Fuzz/artifacts. Neither is committed: an input worth
# keeping becomes a regression test under Tests/WeaveCoreTests. One process on one core; the log is
# also written to Fuzz/artifacts/fuzz.log.
set -euo pipefail
seconds=${1:?usage: bench/fuzz.sh SECONDS [libFuzzer flags…]}
shift
root=$(cd "$(dirname "$0")/.." && pwd)
fuzz="$root/Fuzz"
seeds=${WEAVE_SEEDS:-$root/../shared/seeds}

# Every Swift module, WeaveCore included, is compiled with coverage instrumentation for libFuzzer.
swift build --package-path "$fuzz" --product WeaveFuzz \
    -Xswiftc -sanitize=fuzzer -Xswiftc -parse-as-library
binary="$(swift build --package-path "$fuzz" --show-bin-path)/WeaveFuzz"

mkdir -p "$fuzz/corpus" "$fuzz/artifacts"
inputs=("$fuzz/corpus" "$root/notes")
[ -d "$seeds" ] && inputs+=("$seeds")
"$binary" "${inputs[@]}" -max_total_time="$seconds" -timeout=10 -rss_limit_mb=4096 \
    -max_len=16384 -artifact_prefix="$fuzz/artifacts/" -print_final_stats=1 "$@" 2>&1 | tee -a "$fuzz/artifacts/fuzz.log"
