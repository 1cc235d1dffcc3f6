#!/usr/bin/env bash
# make bench: the Go benchmarks of every package, then whole debrief
# processes timed against the budget table (cmd/debrief-bench), on
# generated 10- and 100-year journals cached in .bench/.
#   BENCH_RUNS=N      timed runs per command (default 10)
#   BENCH_README=1    also write the table into README.md's Performance section
set -euo pipefail
cd "$(dirname "$0")/.."
mkdir -p .bench

# hyperfine times the processes; GNU time measures their peak memory. Both
# are Debian packages; without them debrief-bench times in a plain loop.
missing=()
command -v hyperfine >/dev/null || missing+=(hyperfine)
[ -x /usr/bin/time ] || missing+=(time)
if [ ${#missing[@]} -gt 0 ] && command -v apt-get >/dev/null; then
	sudo=""
	[ "$(id -u)" = 0 ] || sudo="sudo -n"
	echo "bench: installing ${missing[*]}" >&2
	$sudo apt-get install -y "${missing[@]}" >/dev/null 2>&1 ||
		{ $sudo apt-get update >/dev/null 2>&1 && $sudo apt-get install -y "${missing[@]}" >/dev/null 2>&1; } ||
		echo "bench: could not install ${missing[*]}; timing in a loop instead" >&2
fi

[ -x bin/debrief ] || go build -trimpath -o bin/debrief ./cmd/debrief

echo "== Go benchmarks" >&2
go test -run '^$' -bench . -benchmem -count=1 -timeout 8m ./... | tee .bench/gobench.txt |
	grep -E '^(Benchmark|pkg:|FAIL|ok|---)' >&2

echo "== whole processes" >&2
readme=()
[ "${BENCH_README:-}" = 1 ] && readme=(-readme README.md)
go run ./cmd/debrief-bench -bin bin/debrief -cache .bench -runs "${BENCH_RUNS:-10}" \
	-gobench .bench/gobench.txt "${readme[@]}"
