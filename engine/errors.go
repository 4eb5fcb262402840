package engine

import (
	"errors"
	"fmt"
)

// Error codes are stable strings: clients match on them, so they never change
// meaning once shipped. The web layer maps each to an HTTP status in one table.
const (
	EInvalid      = "invalid"         // malformed or out-of-range input
	EBadQuantity  = "bad_quantity"    // zero, negative, off-lot or too large quantity
	EBadPrice     = "bad_price"       // zero, negative, off-tick or out-of-band price
	EUnknownToken = "unknown_token"   // no such token symbol
	EUnknownAcct  = "unknown_account" // no such account
	EUnknownOrder = "unknown_order"   // no such open order
	ENotOwner     = "not_owner"       // the order belongs to another account
	EDuplicate    = "duplicate"       // duplicate client order id, token or account
	EInsufficient = "insufficient"    // not enough unreserved tokens or cash
	EHalted       = "halted"          // the token is halted (cancel-only)
	ERejected     = "rejected"        // the book refused the order (see the reason)
	ENoReference  = "no_reference"    // market order with no reference price yet
	EUnknownTrade = "unknown_trade"   // no such trade
	ETradeDone    = "trade_done"      // the trade is already settled or failed
	EUnavailable  = "unavailable"     // the venue is shutting down or not started
	EInternal     = "internal"        // a bug or I/O failure; details are logged, not shown
)

// Error is a venue error with a stable code and a message safe to show a client.
type Error struct {
	Code    string
	Message string
	Rule    *RuleDenial // set for ERuleDenied
}

func (e *Error) Error() string { return e.Code + ": " + e.Message }

// Errorf returns an *Error with the given code and a formatted message.
func Errorf(code, format string, args ...any) *Error {
	return &Error{Code: code, Message: fmt.Sprintf(format, args...)}
}

// ErrorCode returns the code of err if it is (or wraps) an *Error, else EInternal.
func ErrorCode(err error) string {
	var e *Error
	if errors.As(err, &e) {
		return e.Code
	}
	return EInternal
}

// ErrorMessage returns the client-safe message of err: the message of an
// *Error, or a generic text for anything else, so internal details never leak.
func ErrorMessage(err error) string {
	var e *Error
	if errors.As(err, &e) {
		return e.Message
	}
	return "internal error"
}
