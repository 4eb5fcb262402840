package engine

import (
	"strconv"

	"github.com/regulavenue/regula/engine/book"
)

// Verdict is a token rule set's answer about one transfer.
type Verdict struct {
	Allow  bool
	Code   uint8  // RULES.md code; 0 when allowed
	Reason string // plain words
	Rule   string // module@version that denied
}

// Compliance runs a token's rule set for the venue: at order entry with the
// entering party only, and before every candidate fill with both parties.
// engine/compliance implements it over the investor registry and the Wasm
// rule host.
//
// # Notes
//
// Both must fail closed: an error is a deny with a host code, never an allow.
// Match runs on the token's book goroutine before each fill; Entry runs on the
// sequencer. Time is the command's journaled time (unix ns), never a clock.
//
// Neither is asked on replay. An order refused at entry was never journaled;
// a command's match denies are journaled with it (Record.Skips), and replay
// answers the book from them, so a restart reproduces the fills acknowledged
// live even after the registry or the rule set changed.
type Compliance interface {
	Entry(token, account string, side book.Side, qty, price int64, at int64) Verdict
	Match(token, buyer, seller string, qty, price int64, at int64) Verdict
}

// ERuleDenied is the error code of an order a token's rule set refused at
// entry; the error's Rule field says which rule, with its code and reason.
const ERuleDenied = "rule_denied"

// RuleDenial is the rule detail of an ERuleDenied error.
type RuleDenial struct {
	Code   uint8  `json:"rule_code"`
	Reason string `json:"reason"`
	Rule   string `json:"rule"`
}

// checkEntry asks the token's rule set about an order at entry.
func (v *Venue) checkEntry(r *Record) error {
	if v.cfg.Compliance == nil {
		return nil
	}
	d := v.cfg.Compliance.Entry(r.Token, r.Account, book.Side(r.Side), r.Qty, r.Price, r.Time)
	if d.Allow {
		return nil
	}
	return &Error{Code: ERuleDenied, Message: d.Reason,
		Rule: &RuleDenial{Code: d.Code, Reason: d.Reason, Rule: d.Rule}}
}

// matchEligibility adapts Compliance.Match to the book's eligibility hook.
// It runs live only: its denies are journaled with the command, and replay
// answers from them (verdicts.go).
func (v *Venue) matchEligibility(token string, r *runner) book.Eligibility {
	return func(taker, maker *book.Order, qty int64) uint8 {
		buy, sell := taker, maker
		if taker.Side == book.Sell {
			buy, sell = maker, taker
		}
		price := maker.Price
		v.mu.Lock()
		buyer, seller := v.led.byIdx[buy.Account], v.led.byIdx[sell.Account]
		v.mu.Unlock()
		d := v.cfg.Compliance.Match(token, buyer, seller, qty, price, r.now)
		if d.Allow {
			return 0
		}
		if d.Code == 0 {
			return 255 // a deny without a code is still a deny
		}
		return d.Code
	}
}

// skipReason says why a pair was skipped, in the event.
func skipReason(code uint8) string {
	return "the pair is not eligible to trade (rule code " + strconv.Itoa(int(code)) + "); matching went on to the next order"
}
