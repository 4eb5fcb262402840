#!/usr/bin/env bash
# Regenerates contracts/artifacts (ABI + bytecode, solcjs pinned in package.json)
# and the Go bindings (abigen v1 from the go-ethereum version in go.mod).
# Needs node + npm (registry) and go. `make contracts` calls this.
set -euo pipefail
here="$(cd "$(dirname "$0")/.." && pwd)"
cd "$here"

# Pinned toolchain: package-lock.json fixes solc and @openzeppelin/contracts.
want_solc="$(node -p "require('./package.json').devDependencies.solc")"
have_solc="$(node -p "try{require('./node_modules/solc/package.json').version}catch(e){''}")"
have_oz="$(node -p "try{require('./node_modules/@openzeppelin/contracts/package.json').version}catch(e){''}")"
want_oz="$(node -p "require('./package.json').devDependencies['@openzeppelin/contracts']")"
if [ "$have_solc" != "$want_solc" ] || [ "$have_oz" != "$want_oz" ]; then
  npm ci --no-audit --no-fund --prefer-offline >&2
fi

node scripts/compile.js

tmp="$(mktemp -d)"
trap 'rm -rf "$tmp"' EXIT
(cd "$here/.." && go build -o "$tmp/abigen" github.com/ethereum/go-ethereum/cmd/abigen)

gen() { # contract pkg dir
  mkdir -p "$3"
  "$tmp/abigen" --abi "artifacts/$1.abi" --bin "artifacts/$1.bin" --pkg "$2" --type "$1" \
    --out "$3/$(echo "$1" | tr '[:upper:]' '[:lower:]').go"
}
gen RestrictedToken bindings bindings
gen SettlementToken bindings bindings
gen DvPSettlement bindings bindings
gen ReentrantToken testbind internal/testbind
gofmt -l bindings internal/testbind | (! grep .) || { echo "bindings not gofmt-clean" >&2; exit 1; }
echo "contracts: artifacts and bindings regenerated" >&2
