# actas: make run (ingest the sample archive and serve the dashboard), make test.
SHELL := /bin/bash
GO ?= go
DB ?= actas.duckdb
ACTAS_ADDR ?= 127.0.0.1:8080
VERSION ?= $(shell git describe --always --dirty 2>/dev/null || echo dev)
LDFLAGS := -X main.version=$(VERSION)
ECHARTS := analytics/assets/echarts.min.js
GOFILES := $(shell git ls-files '*.go' 2>/dev/null)

.PHONY: build run test bench bench-go lint clean assets score

build: $(ECHARTS)
	$(GO) build -ldflags "$(LDFLAGS)" -o bin/actas ./cmd/actas

# ECharts is pinned in package-lock.json and embedded in the binary, so the
# dashboard needs no network.
assets: $(ECHARTS)
$(ECHARTS): package.json package-lock.json
	npm ci --no-audit --no-fund --loglevel=error
	cp node_modules/echarts/dist/echarts.min.js $@

run: build
	./bin/actas ingest --db $(DB) data/reports
	./bin/actas serve --db $(DB) --addr $(ACTAS_ADDR)

test: build
	$(GO) vet ./...
	$(GO) test -count=1 -timeout 30m ./...

# bench generates a synthetic archive of BENCH_REPORTS reports (10% PDF) and
# measures extraction, ingest, re-ingest, pdftotext, transform and the
# dashboard under 32 clients (docs/scale.md); bench-go runs the package benchmarks.
BENCH_REPORTS ?= 10000
bench: build
	$(GO) run ./cmd/actasbench -reports $(BENCH_REPORTS) -bin ./bin/actas

bench-go: build
	$(GO) test -run '^$$' -bench . -benchmem -timeout 60m ./...

lint:
	$(GO) vet ./...
	@out=$$(gofmt -l $(GOFILES)); if [ -n "$$out" ]; then echo "gofmt would change:"; echo "$$out"; exit 1; fi

# score extraction on a corpus folder with gold files: make score CORPUS=../shared/corpus/dev
CORPUS ?= ../shared/corpus/dev
score: build
	python3 ../shared/eval/score.py --bin ./bin/actas -v $(CORPUS)

clean:
	rm -rf bin node_modules $(ECHARTS) $(DB) $(DB).wal $(DB).snapshot
