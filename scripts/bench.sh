#!/usr/bin/env bash
# make bench: the Go benchmarks of every package, then whole debrief
# processes (and the app on a pseudo-terminal) timed against the budgets
# of issue #14 by cmd/debrief-bench, on generated 10- and 100-year
# journals cached in .bench/.
#   BENCH_RUNS=N      timed runs per row (default 10)
#   BENCH_GO=0        skip the Go benchmarks
#   BENCH_BIG=1       also import a 200 MB archive once (peak memory)
#   BENCH_README=1    also write the table into README.md's Performance section
#   BENCH_INSTALL=1   install the missing tool below with apt-get (never
#                     done without it)
set -euo pipefail
cd "$(dirname "$0")/.."
mkdir -p .bench

# GNU time (Debian package "time") measures the peak memory of a process.
# Without it the bench still runs; the peak RSS is then the kernel's
# figure for the child, which counts the bench's own memory in (Go starts
# children with vfork): an upper bound, and the table says so.
if [ ! -x /usr/bin/time ]; then
	sudo=""
	[ "$(id -u)" = 0 ] || sudo="sudo"
	echo "bench: GNU time is missing; peak memory will be an upper bound." >&2
	echo "bench: to install it: $sudo apt-get install -y time   (or run with BENCH_INSTALL=1)" >&2
	if [ "${BENCH_INSTALL:-}" = 1 ]; then
		echo "bench: BENCH_INSTALL=1: running $sudo apt-get install -y time" >&2
		$sudo apt-get install -y time >&2 || echo "bench: could not install GNU time; going on without it" >&2
	fi
fi

echo "== load: $(cut -d' ' -f1-3 /proc/loadavg) ($(nproc) CPUs)" >&2
if [ "${BENCH_GO:-1}" != 0 ]; then
	echo "== Go benchmarks" >&2
	go test -run '^$' -bench . -benchmem -count=1 -timeout 15m ./... | tee .bench/gobench.txt |
		grep -E '^(Benchmark|pkg:|FAIL|ok|---)' >&2
fi

echo "== whole processes and the app on a pseudo-terminal" >&2
args=(-bin bin/debrief -cache .bench -runs "${BENCH_RUNS:-10}")
[ -f .bench/gobench.txt ] && [ "${BENCH_GO:-1}" != 0 ] && args+=(-gobench .bench/gobench.txt)
[ "${BENCH_README:-}" = 1 ] && args+=(-readme README.md)
go run ./cmd/debrief-bench "${args[@]}"
