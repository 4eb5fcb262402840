#!/bin/sh
# build.sh builds the example rule modules to examples/rules/<name>/<name>.wasm
# with `regula rule build` (a Go wasip1 reactor: GOOS=wasip1 GOARCH=wasm
# go build -buildmode=c-shared).
#
#   examples/rules/build.sh              # every module (each dir with a manifest.json)
#   examples/rules/build.sh reg-d caps   # the modules named
#
# REGULA=/path/to/regula uses that binary instead of building ./cmd/regula.
set -eu
cd "$(dirname "$0")/../.."

modules=${*:-$(for m in examples/rules/*/manifest.json; do basename "$(dirname "$m")"; done)}

tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT INT TERM
regula=${REGULA:-}
if [ -z "$regula" ] && go build -o "$tmp/regula" ./cmd/regula; then
	regula=$tmp/regula
fi

# Without a regula that has `rule build` (not built yet, or ./cmd/regula does
# not compile), build with the Go toolchain directly: the command it runs.
if [ -n "$regula" ] && "$regula" 2>&1 | grep -q '^  rule '; then
	use_regula=1
else
	use_regula=0
	echo "build.sh: no regula with a 'rule' command; building with go build" >&2
fi

for m in $modules; do
	dir=examples/rules/$m
	out=$dir/$m.wasm
	if [ "$use_regula" = 1 ]; then
		"$regula" rule build "$dir" >/dev/null
	else
		GOOS=wasip1 GOARCH=wasm go build -buildmode=c-shared -trimpath -o "$out" "./$dir"
	fi
	echo "built $out"
done
