// Package regdrule is reg-d's logic (RULES.md) as a library, so the
// benchmarks can run the very same rule natively and as Wasm.
package regdrule

import "github.com/regulavenue/regula/sdk"

// Config is reg-d's config.
type Config struct {
	HoldingPeriodDays       int64 `json:"holding_period_days"`
	RequireAccreditedBuyer  bool  `json:"require_accredited_buyer"`
	MaxHolders              int64 `json:"max_holders"`
	MaxNonAccreditedHolders int64 `json:"max_non_accredited_holders"`
}

// Rule is reg-d with RULES.md's defaults.
var Rule = sdk.NewRule("reg-d", Config{
	HoldingPeriodDays: 365, RequireAccreditedBuyer: true, MaxHolders: 2000, MaxNonAccreditedHolders: 500,
}, Check)

// Check is reg-d's check.
func Check(c *sdk.Context, cfg *Config) sdk.Verdict {
	if s := c.Seller; s != nil {
		if m := s.MaturedQuantity(c.Time, cfg.HoldingPeriodDays); c.Quantity > m {
			return sdk.Deny(sdk.HoldingPeriod, "%d requested, %d past the %d-day holding period", c.Quantity, m, cfg.HoldingPeriodDays)
		}
	}
	if b := c.Buyer; b != nil && cfg.RequireAccreditedBuyer && b.USPerson && !b.IsAccredited(c.Time) {
		return sdk.Deny(sdk.BuyerNotAccredited, "US buyer %s is not accredited", b.InvestorID)
	}
	if c.Seller != nil && c.Buyer != nil {
		if h := c.HoldersAfter(); h > cfg.MaxHolders {
			return sdk.Deny(sdk.MaxHolders, "%d holders after the trade, cap %d", h, cfg.MaxHolders)
		}
		n := c.Token.Stats.NonAccreditedHolders
		if c.NewHolder() && !c.Buyer.IsAccredited(c.Time) {
			n++
		}
		if c.SellerExits() && !c.Seller.IsAccredited(c.Time) {
			n--
		}
		if n > cfg.MaxNonAccreditedHolders {
			return sdk.Deny(sdk.MaxNonAccredited, "%d non-accredited holders after the trade, cap %d", n, cfg.MaxNonAccreditedHolders)
		}
	}
	return sdk.Allow()
}
