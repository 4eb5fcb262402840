# Regula. `make run` starts the venue; `make test` runs every test CI runs.
GO      ?= go
BIN     := bin/regula
# Where `make run` serves the web UI and the API.
ADDR    ?= 127.0.0.1:8080
# Packages whose tests also run under the race detector.
RACE_PKGS := ./engine/...

.PHONY: all build run test vet fmtcheck unit race rules-test bench rules contracts contracts-check test-geth e2e first-run screenshots clean

all: build

build:
	$(GO) build -o $(BIN) ./cmd/regula

# The venue with demo data (seeded once into ./regula.db), settling on the
# embedded chain, with market makers keeping the books alive. Ctrl-C stops it.
# (-s -w: no DWARF, which halves the link, the slow part of a cached build.)
run:
	@echo "building regula (the first build takes a minute or two)..."
	@$(GO) build -ldflags='-s -w' -o $(BIN) ./cmd/regula
	@./$(BIN) serve --demo --db ./regula.db --addr $(ADDR)

# Everything CI runs but the slow chain checks (contracts-check, test-geth),
# which .ci/run runs after it.
test: fmtcheck vet unit race rules-test

fmtcheck:
	@out=$$(gofmt -l $$(git ls-files '*.go' 2>/dev/null || find . -name '*.go')); \
	if [ -n "$$out" ]; then echo "gofmt needed:"; echo "$$out"; exit 1; fi

vet:
	$(GO) vet ./...

# Everything outside engine runs once; engine runs under -race (which also
# covers its plain run).
unit:
	$(GO) test -count=1 $$($(GO) list ./... | grep -v '/engine')

race:
	$(GO) test -count=1 -race $(RACE_PKGS)

# Every example module's case file, as Wasm through `regula rule test` (the
# native run is part of `unit`).
rules-test:
	sh examples/rules/test.sh

bench:
	$(GO) test -run='^$$' -bench=. -benchmem ./...

# Builds every example rule module to examples/rules/<name>/<name>.wasm.
rules:
	sh examples/rules/build.sh

# Regenerates the contracts' ABI/bytecode artifacts and Go bindings (needs
# node and npm); contracts-check fails if the committed ones are stale.
contracts:
	bash contracts/scripts/build.sh

contracts-check:
	bash contracts/scripts/check.sh

# The chain suite against a real `geth --dev` node (builds geth once, cached).
test-geth:
	bash contracts/scripts/test-geth.sh

# Browser tests: headless Chromium against a real `regula serve` (needs
# Debian's chromium); screenshots go to web/e2e/artifacts or $$E2E_ARTIFACTS.
e2e:
	$(GO) test -tags e2e -count=1 -timeout 10m ./web/e2e/

# The README's first steps from a clean clone: make run serves the UI and the
# demo books trade within 60 s; a second make run does not seed again.
first-run:
	$(GO) test -tags firstrun -count=1 -timeout 15m -run TestFirstFiveMinutes -v ./cmd/regula/

# Regenerates docs/screenshots/*.png from a live demo (needs chromium).
screenshots:
	$(GO) test -tags 'e2e screenshots' -run '^TestScreenshots$$' -count=1 -timeout 10m ./web/e2e/

clean:
	rm -rf bin
