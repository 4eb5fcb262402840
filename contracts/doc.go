// Package contracts is the venue's view of the settlement chain: one Chain
// interface (deploy, register investors, mint, approve, settle, read balances,
// watch events) with two adapters, go-ethereum's in-process simulated backend
// (NewSimulated, the embedded default) and JSON-RPC to a real node (Dial).
//
// The Solidity sources are in contracts/src, their compiled artifacts in
// contracts/artifacts and the abigen bindings in contracts/bindings; see
// docs/CONTRACTS.md for the contracts, roles, restriction codes and the EIP-712
// attestation type.
//
// # Units
//
// Quantities, cash amounts and allowances are int64 in the token's smallest
// unit (shares for a 0-decimals equity, micro-dollars for the 6-decimals
// settlement token). Values read from the chain that do not fit in an int64 are
// reported as ErrOverflow. Trade ids are TradeID ([32]byte); TradeIDFromUint64
// maps the venue's trade sequence numbers onto them.
//
// # Transactions
//
// Every write waits for its receipt and returns an error wrapping ErrReverted if
// the transaction failed. Each key has one nonce manager: sends from one key are
// serialised, and a nonce error resynchronises from the node and retries once.
// The simulated adapter mines a block after every send (see Simulated).
package contracts
