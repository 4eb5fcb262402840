#!/usr/bin/env bash
# Builds geth v1.16.8 once (cached) and runs the contracts suite against a real
# `geth --dev` node that the Go tests start on 127.0.0.1. CI runs this.
#   REGULA_CACHE  where to keep the geth binary (default ~/.cache/regula)
set -euo pipefail
here="$(cd "$(dirname "$0")/.." && pwd)"
version=v1.16.8
cache="${REGULA_CACHE:-$HOME/.cache/regula}/geth-$version"
geth="$cache/geth"
if [ ! -x "$geth" ] || ! "$geth" version 2>/dev/null | grep -q "^Version: ${version#v}-stable"; then
  echo "building geth $version into $cache (takes minutes on 2 cores)..." >&2
  mkdir -p "$cache"
  # Outside the repo's module: cmd/geth has its own dependency set.
  (cd "$cache" && GOBIN="$cache" GOFLAGS= go install "github.com/ethereum/go-ethereum/cmd/geth@$version")
fi
cd "$here/.."
REGULA_GETH="$geth" go test -count=1 -run 'TestGethDev' -v ./contracts/ "$@" 2>&1 | grep -v '^=== ' 
exit "${PIPESTATUS[0]}"
