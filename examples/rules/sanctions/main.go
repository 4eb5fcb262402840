// Command sanctions is the Regula rule module that screens both parties
// against sanctions lists and embargoed countries.
//
// Dealing with a designated person is prohibited outright: in the US by the
// OFAC regulations (31 CFR Chapter V, the SDN list), in the EU by the
// Council's restrictive measures (the asset freezes under Article 215 TFEU),
// in the UK by the Sanctions and Anti-Money Laundering Act 2018. The lists
// change daily, so they are not in the module: the operator keeps them as
// named data sets and the module asks the host, through sdk.ListContains,
// against a snapshot that is recorded with every decision so that it can be
// replayed.
//
// Checks, in order (the seller before the buyer; absent parties skipped):
//
//  1. lists (["sanctions"]): a party whose account or investor_id is on any
//     of the lists, 12 SELLER_SANCTIONED / 13 BUYER_SANCTIONED.
//  2. blocked_countries (["CU","IR","KP","SY"]): a party from one of them,
//     21 SELLER_JURISDICTION / 20 BUYER_JURISDICTION.
//
// # Notes
//
// The default countries are RULES.md's: those under comprehensive US embargo
// when it was written. Embargoes change (the US revoked most of its Syria
// sanctions programme in 2025, while the EU and UK keep their own lists), so
// an operator sets blocked_countries from its current legal advice rather
// than relying on the default.
//
// RULES.md lists the country codes as "buyer → 20, seller → 21"; following
// its general rule, the seller is checked first, so when both parties are
// from blocked countries the answer is 21.
package main

import (
	"slices"

	"github.com/regulavenue/regula/sdk"
)

// Config is sanctions' per-token configuration; see schema.json.
type Config struct {
	// Lists are the names of the operator's data sets to screen against.
	Lists []string `json:"lists"`
	// BlockedCountries are ISO 3166-1 alpha-2 codes no party may come from.
	BlockedCountries []string `json:"blocked_countries"`
}

var rule = sdk.NewRule("sanctions", Config{
	Lists:            []string{"sanctions"},
	BlockedCountries: []string{"CU", "IR", "KP", "SY"},
}, check)

func check(c *sdk.Context, cfg *Config) sdk.Verdict {
	if s := c.Seller; s != nil {
		if list, ok := listed(s, cfg.Lists); ok {
			return sdk.Deny(sdk.SellerSanctioned, "seller %s is on list %s", s.InvestorID, list)
		}
	}
	if b := c.Buyer; b != nil {
		if list, ok := listed(b, cfg.Lists); ok {
			return sdk.Deny(sdk.BuyerSanctioned, "buyer %s is on list %s", b.InvestorID, list)
		}
	}

	if s := c.Seller; s != nil && slices.Contains(cfg.BlockedCountries, s.Country) {
		return sdk.Deny(sdk.SellerJurisdiction, "seller country %s is blocked", s.Country)
	}
	if b := c.Buyer; b != nil && slices.Contains(cfg.BlockedCountries, b.Country) {
		return sdk.Deny(sdk.BuyerJurisdiction, "buyer country %s is blocked", b.Country)
	}
	return sdk.Allow()
}

// listed reports the first list that names the party by account or investor
// id. Empty identifiers are not looked up: a list never names "nobody".
func listed(p *sdk.Party, lists []string) (string, bool) {
	for _, list := range lists {
		if p.Account != "" && sdk.ListContains(list, p.Account) {
			return list, true
		}
		if p.InvestorID != "" && sdk.ListContains(list, p.InvestorID) {
			return list, true
		}
	}
	return "", false
}

func main() { sdk.Main(rule) }
