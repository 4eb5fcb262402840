// Command max-trade is the Regula rule module that caps the size of a single
// trade per investor: the worked example of docs/RULES-AUTHORING.md.
//
// Issuers of thinly traded tokens cap trade sizes so that one order cannot
// move the market or drain the book, and sometimes give particular investors
// (a market maker, a fund) a limit of their own.
//
// Checks, in order (the seller before the buyer; absent parties skipped):
//
//  1. a party whose limit is below the trade's quantity is denied with the
//     module's own code 128 TRADE_TOO_LARGE. A party's limit is
//     per_investor[investor_id] when present, else max_quantity. A trade of
//     exactly the limit passes.
package main

import "github.com/regulavenue/regula/sdk"

// TradeTooLarge is this module's own deny code. Codes 128-249 are free for
// modules; the standard ones are in the sdk package.
const TradeTooLarge uint8 = 128

// Config is max-trade's per-token configuration; see schema.json.
type Config struct {
	// MaxQuantity is the largest trade, in the token's smallest unit.
	MaxQuantity int64 `json:"max_quantity"`
	// PerInvestor overrides MaxQuantity for the investors it names.
	PerInvestor map[string]int64 `json:"per_investor"`
}

var rule = sdk.NewRule("max-trade", Config{MaxQuantity: 10_000}, check)

func check(c *sdk.Context, cfg *Config) sdk.Verdict {
	// Order entry carries one party only: skip the one that is absent.
	if s := c.Seller; s != nil && c.Quantity > cfg.limit(s) {
		return sdk.Deny(TradeTooLarge, "seller %s may trade at most %d, not %d", s.InvestorID, cfg.limit(s), c.Quantity)
	}
	if b := c.Buyer; b != nil && c.Quantity > cfg.limit(b) {
		return sdk.Deny(TradeTooLarge, "buyer %s may trade at most %d, not %d", b.InvestorID, cfg.limit(b), c.Quantity)
	}
	return sdk.Allow()
}

// limit is the largest trade p may make.
func (cfg *Config) limit(p *sdk.Party) int64 {
	if n, ok := cfg.PerInvestor[p.InvestorID]; ok {
		return n
	}
	return cfg.MaxQuantity
}

func main() { sdk.Main(rule) }
