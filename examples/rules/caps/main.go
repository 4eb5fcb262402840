// Command caps is the Regula rule module for holder-count and ownership caps.
//
// Caps come from an offering's terms or from law: a cap on holders keeps an
// issuer under a registration threshold (US Section 12(g), or a private
// placement's investor limit such as the 150 non-qualified offerees per
// member state of EU Prospectus Regulation Article 1(4)(b)); a per-country
// cap does the same for one jurisdiction; an ownership cap keeps any one
// investor under a change-of-control or disclosure threshold (for example
// the 10% "qualifying holding" of EU banking and insurance law, or the 5% of
// Exchange Act Section 13(d)); a minimum holding keeps odd lots out of the
// register.
//
// Checks, in order (each skipped when a party it needs is absent):
//
//  1. max_holders (none): holders after the trade over it, 50 MAX_HOLDERS.
//     Needs both parties.
//  2. max_holders_by_country ({}): holders from the buyer's country after the
//     trade, holders_by_country[buyer.country] + (buyer new ? 1 : 0) −
//     (seller exits and is from the buyer's country ? 1 : 0), over that
//     country's cap, 50 MAX_HOLDERS. A country absent from the map has no
//     cap; a cap of 0 closes the country. Needs both parties.
//  3. max_ownership_bps (none): the buyer's balance after the trade over this
//     share of total_supply, in basis points, 52 MAX_OWNERSHIP. Computed in
//     integers, without overflow: after × 10000 > max_ownership_bps ×
//     total_supply.
//  4. min_holding (none): the seller's remainder, then the buyer's new
//     balance, non-zero and under it, 53 MIN_HOLDING. Exiting entirely is
//     always allowed.
//
// "None" is 0 for max_holders, max_ownership_bps and min_holding: a cap of
// zero holders or of zero ownership would close the token, which is what
// halting it is for, so the schema accepts only 1 and up.
//
// # Notes
//
// The caps compare the count after the trade with the cap, so when the count
// is already over the cap (a cap lowered by the issuer) a trade that keeps the
// count the same is denied too, as RULES.md says.
package main

import (
	"math/bits"

	"github.com/regulavenue/regula/sdk"
)

// Config is caps' per-token configuration; see schema.json.
type Config struct {
	// MaxHolders caps holders after the trade; 0 is no cap.
	MaxHolders int64 `json:"max_holders"`
	// MaxHoldersByCountry caps holders per ISO 3166-1 alpha-2 country.
	MaxHoldersByCountry map[string]int64 `json:"max_holders_by_country"`
	// MaxOwnershipBps caps one holder's share of total supply, in basis
	// points (1/100 of a percent); 0 is no cap.
	MaxOwnershipBps int64 `json:"max_ownership_bps"`
	// MinHolding is the smallest non-zero balance a party may be left with;
	// 0 is no minimum.
	MinHolding int64 `json:"min_holding"`
}

var rule = sdk.NewRule("caps", Config{}, check)

func check(c *sdk.Context, cfg *Config) sdk.Verdict {
	s, b := c.Seller, c.Buyer

	if s != nil && b != nil && cfg.MaxHolders > 0 {
		if after := c.HoldersAfter(); after > cfg.MaxHolders {
			return sdk.Deny(sdk.MaxHolders, "%d holders after the trade, cap %d", after, cfg.MaxHolders)
		}
	}

	if s != nil && b != nil {
		if limit, ok := cfg.MaxHoldersByCountry[b.Country]; ok {
			after := c.Token.Stats.HoldersByCountry[b.Country]
			if c.NewHolder() {
				after++
			}
			if c.SellerExits() && s.Country == b.Country {
				after--
			}
			if after > limit {
				return sdk.Deny(sdk.MaxHolders, "%d holders from %s after the trade, cap %d", after, b.Country, limit)
			}
		}
	}

	if b != nil && cfg.MaxOwnershipBps > 0 {
		after := b.Balance + c.Quantity
		if overBps(after, cfg.MaxOwnershipBps, c.Token.Stats.TotalSupply) {
			return sdk.Deny(sdk.MaxOwnership, "buyer would hold %d of %d, over %d bps",
				after, c.Token.Stats.TotalSupply, cfg.MaxOwnershipBps)
		}
	}

	if cfg.MinHolding > 0 {
		if s != nil {
			if left := s.Balance - c.Quantity; left != 0 && left < cfg.MinHolding {
				return sdk.Deny(sdk.MinHolding, "seller would keep %d, minimum %d", left, cfg.MinHolding)
			}
		}
		if b != nil {
			if after := b.Balance + c.Quantity; after != 0 && after < cfg.MinHolding {
				return sdk.Deny(sdk.MinHolding, "buyer would hold %d, minimum %d", after, cfg.MinHolding)
			}
		}
	}
	return sdk.Allow()
}

// overBps reports after × 10000 > bps × supply, in 128-bit arithmetic: with
// six decimals a supply of a billion tokens is 10^15 units, and 10^15 × 10000
// overflows int64.
func overBps(after, bps, supply int64) bool {
	if after <= 0 {
		return false
	}
	if bps < 0 || supply < 0 {
		return true
	}
	hiA, loA := bits.Mul64(uint64(after), 10000)
	hiB, loB := bits.Mul64(uint64(bps), uint64(supply))
	return hiA > hiB || (hiA == hiB && loA > loB)
}

func main() { sdk.Main(rule) }
