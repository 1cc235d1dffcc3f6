# debrief — the two set-up commands are `make run` and `make test`.
GO      ?= go
BIN     := bin/debrief
VERSION ?= $(shell git describe --tags --always --dirty 2>/dev/null || echo dev)
LDFLAGS := -s -w -X github.com/debrief-app/debrief/internal/cli.Version=$(VERSION)

.PHONY: run build test fmt-check vet bench clean

## run: build debrief and start it on the default journal
run: build
	./$(BIN)

## build: compile bin/debrief
build:
	$(GO) build -trimpath -ldflags '$(LDFLAGS)' -o $(BIN) ./cmd/debrief

## test: gofmt check, go vet, every test with the race detector, benchmarks run once
test: fmt-check vet
	$(GO) test -race -count=1 -timeout 30m ./...
	$(GO) test -run '^$$' -bench . -benchtime=1x ./...

fmt-check:
	@out=$$(gofmt -l $$(git ls-files '*.go' 2>/dev/null || find . -name '*.go')); \
	if [ -n "$$out" ]; then echo "gofmt would change:"; echo "$$out"; exit 1; fi

vet:
	$(GO) vet ./...

## bench: generate journals, run Go benchmarks and whole-process timings against the budgets
bench: build
	./scripts/bench.sh

clean:
	rm -rf bin
