#!/usr/bin/env bash
# make bench: filled in by the benchmarks work (journal generator, Go
# benchmarks, whole-process timings against the budget table).
set -euo pipefail
cd "$(dirname "$0")/.."
go test -run '^$' -bench . -benchmem ./...
