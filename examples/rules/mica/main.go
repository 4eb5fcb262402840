// Command mica is the Regula rule module for crypto-assets traded under the
// EU Markets in Crypto-Assets Regulation, (EU) 2023/1114 ("MiCA").
//
// Checks, in order (the seller before the buyer; each skipped when a party it
// needs is absent):
//
//  1. require_white_paper (true): token.mica.white_paper_published false,
//     60 NO_WHITE_PAPER, at every phase. A crypto-asset may be admitted to
//     trading only with a published white paper: Articles 4-6 (other
//     crypto-assets), 16-19 (asset-referenced tokens, ARTs), 48-51 (e-money
//     tokens, EMTs).
//  2. passported_countries (the 30 EEA states): seller, then buyer, whose
//     country is outside the list, 61 NOT_PASSPORTED. A crypto-asset service
//     provider may serve clients in another member state only after the
//     cross-border notification of Article 65; list the member states the
//     venue's authorisation covers.
//  3. retail_allowed (true): when false, a buyer whose investor_class is
//     "retail", 41 BUYER_NOT_PROFESSIONAL. For tokens offered only to
//     qualified investors (the Article 4(2) exemption), which must stay with
//     them.
//  4. art_daily_transaction_cap (1000000), Article 23(1): when
//     token.mica.kind is one of capped_kinds (["art"], asset-referenced
//     tokens) and stats.daily_transactions has reached the cap (≥),
//     62 VOLUME_CAP.
//
// # Notes
//
// Article 23 counts transactions "associated with its uses as a means of
// exchange" within a single currency area, estimated as a quarterly average,
// against two thresholds: one million transactions and EUR 200 million a day.
// The venue's daily_transactions is the figure the operator supplies; the
// value threshold needs data the context does not carry and is not checked.
// Article 58(3) applies the same cap to e-money tokens denominated in a
// currency that is not an official currency of a member state: add "emt" to
// capped_kinds for such a token (the default, ["art"], is RULES.md's reading).
package main

import (
	"slices"

	"github.com/regulavenue/regula/sdk"
)

// Config is mica's per-token configuration; see schema.json.
type Config struct {
	// RequireWhitePaper denies trading while the white paper is unpublished.
	RequireWhitePaper bool `json:"require_white_paper"`
	// PassportedCountries are the ISO 3166-1 alpha-2 codes of the member
	// states the venue's authorisation covers.
	PassportedCountries []string `json:"passported_countries"`
	// RetailAllowed lets retail investors buy.
	RetailAllowed bool `json:"retail_allowed"`
	// ARTDailyTransactionCap is the Article 23 daily transaction threshold.
	ARTDailyTransactionCap int64 `json:"art_daily_transaction_cap"`
	// CappedKinds are the token kinds the daily cap applies to.
	CappedKinds []string `json:"capped_kinds"`
}

// eea is the European Economic Area: the 27 EU member states, then Iceland,
// Liechtenstein and Norway, where MiCA applies through the EEA Agreement.
var eea = []string{
	"AT", "BE", "BG", "HR", "CY", "CZ", "DK", "EE", "FI", "FR", "DE", "GR", "HU", "IE",
	"IT", "LV", "LT", "LU", "MT", "NL", "PL", "PT", "RO", "SK", "SI", "ES", "SE",
	"IS", "LI", "NO",
}

var rule = sdk.NewRule("mica", Config{
	RequireWhitePaper:      true,
	PassportedCountries:    eea,
	RetailAllowed:          true,
	ARTDailyTransactionCap: 1_000_000,
	CappedKinds:            []string{"art"},
}, check)

func check(c *sdk.Context, cfg *Config) sdk.Verdict {
	if cfg.RequireWhitePaper && !c.Token.MiCA.WhitePaperPublished {
		return sdk.Deny(sdk.NoWhitePaper, "%s: crypto-asset white paper not published", c.Token.Symbol)
	}

	if s := c.Seller; s != nil && !slices.Contains(cfg.PassportedCountries, s.Country) {
		return sdk.Deny(sdk.NotPassported, "seller country %q outside the venue's authorisation", s.Country)
	}
	if b := c.Buyer; b != nil && !slices.Contains(cfg.PassportedCountries, b.Country) {
		return sdk.Deny(sdk.NotPassported, "buyer country %q outside the venue's authorisation", b.Country)
	}

	if b := c.Buyer; b != nil && !cfg.RetailAllowed && b.InvestorClass == "retail" {
		return sdk.Deny(sdk.BuyerNotProfessional, "%s is closed to retail investors", c.Token.Symbol)
	}

	if slices.Contains(cfg.CappedKinds, c.Token.MiCA.Kind) && c.Token.Stats.DailyTransactions >= cfg.ARTDailyTransactionCap {
		return sdk.Deny(sdk.VolumeCap, "%d transactions today, cap %d", c.Token.Stats.DailyTransactions, cfg.ARTDailyTransactionCap)
	}
	return sdk.Allow()
}

func main() { sdk.Main(rule) }
