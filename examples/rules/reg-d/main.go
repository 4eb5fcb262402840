// Command reg-d is the Regula rule module for restricted securities sold under
// US Regulation D (Rule 506(b) or 506(c), 17 CFR 230.506).
//
// Securities bought in a Reg D offering are "restricted securities": a holder
// may resell them publicly only under an exemption, in practice Rule 144
// (17 CFR 230.144), whose paragraph (d) sets a holding period. The issuer also
// has to stay under the holder-of-record thresholds of Section 12(g) of the
// Securities Exchange Act (15 U.S.C. 78l(g)), past which it must register the
// class and report like a public company.
//
// Checks, in order (each skipped when a party it needs is absent, as at order
// entry):
//
//  1. holding_period_days (365), Rule 144(d): the quantity sold must be covered
//     by the seller's lots acquired at least that many days ago, else
//     30 HOLDING_PERIOD. A lot acquired at T is free at exactly T + days.
//  2. require_accredited_buyer (true), Rule 506(c) and Rule 501(a): a buyer who
//     is a US person must be accredited, and the accreditation must not have
//     expired, else 40 BUYER_NOT_ACCREDITED.
//  3. max_holders (2000), Section 12(g)(1)(A): holders of record after the
//     trade over the cap, 50 MAX_HOLDERS. Needs both parties.
//  4. max_non_accredited_holders (500), Section 12(g)(1)(A)(ii): non-accredited
//     holders after the trade over the cap, 51 MAX_NON_ACCREDITED. The count
//     rises when a non-accredited buyer is a new holder and falls when a
//     non-accredited seller exits. Needs both parties.
//
// # Notes
//
// Rule 144(d)(1) has two holding periods: six months when the issuer has been
// subject to the Exchange Act reporting requirements for at least 90 days,
// one year otherwise. RULES.md fixes the default at 365 days for every issuer,
// so the six-month period is opt-in: set holding_period_days_reporting (for
// example 183) and it replaces holding_period_days when the token's offering
// has issuer_reporting true. Left at 0 it is not used.
//
// Rule 144 is a resale exemption and does not itself require an accredited
// buyer; require_accredited_buyer keeps secondary trading inside the
// accredited market, which is what most Reg D issuers want. Turn it off for
// securities that have come off restriction.
//
// Section 12(g)(1)(A) makes registration mandatory once a class is "held of
// record by either 2,000 persons, or 500 persons who are not accredited
// investors" (with total assets over $10 million): reaching the number is
// enough. The caps deny only counts over them (RULES.md: "over" is strictly
// greater), so an issuer that must stay below the thresholds sets
// max_holders 1999 and max_non_accredited_holders 499, as the us-reg-d-506c
// preset does.
//
// The holder caps compare the count after the trade with the cap, so when the
// count is already over the cap (a cap lowered by the issuer) a trade that
// keeps the count the same is denied too, as RULES.md says; a trade whose
// seller exits brings the count down and can pass.
package main

import "github.com/regulavenue/regula/sdk"

// Config is reg-d's per-token configuration; see schema.json.
type Config struct {
	// HoldingPeriodDays is the Rule 144(d) holding period; 0 frees every lot.
	HoldingPeriodDays int64 `json:"holding_period_days"`
	// HoldingPeriodDaysReporting, when above 0, replaces HoldingPeriodDays for
	// an issuer that reports under the Exchange Act (Rule 144(d)(1)(i)).
	HoldingPeriodDaysReporting int64 `json:"holding_period_days_reporting"`
	// RequireAccreditedBuyer makes a US-person buyer show a valid accreditation.
	RequireAccreditedBuyer bool `json:"require_accredited_buyer"`
	// MaxHolders caps holders of record after the trade.
	MaxHolders int64 `json:"max_holders"`
	// MaxNonAccreditedHolders caps non-accredited holders after the trade.
	MaxNonAccreditedHolders int64 `json:"max_non_accredited_holders"`
}

var rule = sdk.NewRule("reg-d", Config{
	HoldingPeriodDays:       365,
	RequireAccreditedBuyer:  true,
	MaxHolders:              2000,
	MaxNonAccreditedHolders: 500,
}, check)

func check(c *sdk.Context, cfg *Config) sdk.Verdict {
	// Rule 144(d): only seasoned lots may be resold.
	if s := c.Seller; s != nil {
		days := cfg.HoldingPeriodDays
		if c.Token.Offering.IssuerReporting && cfg.HoldingPeriodDaysReporting > 0 {
			days = cfg.HoldingPeriodDaysReporting
		}
		if free := s.MaturedQuantity(c.Time, days); c.Quantity > free {
			return sdk.Deny(sdk.HoldingPeriod, "%d requested, %d past the %d-day holding period", c.Quantity, free, days)
		}
	}

	// Rule 506(c): purchasers who are US persons must be accredited investors.
	if b := c.Buyer; b != nil && cfg.RequireAccreditedBuyer && b.USPerson && !b.IsAccredited(c.Time) {
		return sdk.Deny(sdk.BuyerNotAccredited, "US buyer %s is not accredited", b.InvestorID)
	}

	// Section 12(g): both caps need to know whether the buyer is new and the
	// seller exits, so they need both parties.
	if c.Seller == nil || c.Buyer == nil {
		return sdk.Allow()
	}
	if after := c.HoldersAfter(); after > cfg.MaxHolders {
		return sdk.Deny(sdk.MaxHolders, "%d holders after the trade, cap %d", after, cfg.MaxHolders)
	}
	nonAccredited := c.Token.Stats.NonAccreditedHolders
	if c.NewHolder() && !c.Buyer.IsAccredited(c.Time) {
		nonAccredited++
	}
	if c.SellerExits() && !c.Seller.IsAccredited(c.Time) {
		nonAccredited--
	}
	if nonAccredited > cfg.MaxNonAccreditedHolders {
		return sdk.Deny(sdk.MaxNonAccredited, "%d non-accredited holders after the trade, cap %d", nonAccredited, cfg.MaxNonAccreditedHolders)
	}
	return sdk.Allow()
}

func main() { sdk.Main(rule) }
