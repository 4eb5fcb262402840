# Regula. `make run` starts the venue; `make test` runs every test CI runs.
GO      ?= go
BIN     := bin/regula
# Packages whose tests also run under the race detector.
RACE_PKGS := ./engine/...

.PHONY: all build run test vet fmtcheck unit race bench rules contracts clean

all: build

build:
	$(GO) build -o $(BIN) ./cmd/regula

run: build
	./$(BIN) serve --db ./regula.db --addr 127.0.0.1:8080

test: fmtcheck vet unit race

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

bench:
	$(GO) test -run='^$$' -bench=. -benchmem ./...

clean:
	rm -rf bin
