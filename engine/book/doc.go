// Package book is one instrument's order book and matching engine.
//
// The book is pure and deterministic: no I/O, no goroutines, no clock, no
// randomness, no map iteration. Time comes in as unix nanoseconds on every
// call, and each call appends the events it causes to a caller-owned slice, so
// the same calls give the same events byte for byte, and the hot path
// allocates nothing once the book has grown to its working size.
//
// Prices are integer multiples of Spec.TickSize, quantities of Spec.LotSize.
// Matching is price-time priority. Supported: limit GTC/GTD/DAY, IOC, FOK
// (all-or-nothing among eligible liquidity), market orders bounded by a
// protection band, post-only, cancel, amend (size down keeps priority, a new
// price or a larger size loses it), self-trade prevention (the taker's mode
// decides), continuous trading, call auctions (Indicative, Uncross), and a
// cancel-only halt. Every fill is first put to the Eligibility function (the
// venue's compliance rules); a refused pair does not trade, the resting order
// keeps its place and matching goes on.
//
// Bad input never panics and is never half-applied: it is refused with an
// event carrying a stable Reason code (ReasonName gives its name).
//
// The data structures and the auction tie-break are explained in
// RATIONALE.md ("Why a slab, an open-addressing index and sorted level
// slices for the order book?" and "Why this call-auction tie-break?").
package book
