// Command reg-s is the Regula rule module for securities sold offshore under
// US Regulation S (17 CFR 230.901-905).
//
// Reg S securities were sold outside the United States to non-US persons.
// Rule 903(b) keeps them offshore for a distribution compliance period after
// the offering closes (Rule 902(f)): no offer or sale to a US person
// (Rule 902(k)) during it. After it, resales into the US are still restricted
// for equity of non-reporting issuers (Rule 905: such securities are
// "restricted securities" for a year), which is what the flowback block
// enforces.
//
// Checks, in order (each skipped when a party it needs is absent):
//
//  1. distribution_compliance_period_days (40), Rule 903(b)(2)/(3): from
//     token.offering.closed_at; during it, a buyer who is a US person is denied
//     22 US_PERSON_DURING_DCP. With no closed_at the offering is still open and
//     the period is in force. The period ends at exactly closed_at + days.
//  2. flowback_block_days (365), Rule 905: from closed_at; after the
//     compliance period and until then, a seller who is not a US person selling
//     to a buyer who is, 23 FLOWBACK. Needs both parties.
//  3. blocked_countries ([]): the buyer's country in the list, 20
//     BUYER_JURISDICTION.
//
// # Notes
//
// "US buyer" and "non-US seller" read the party's us_person flag (Rule 902(k)
// defines a US person by residence, not nationality, so the flag is what the
// issuer established at onboarding), not the party's country.
//
// The length of the compliance period depends on the Rule 903 category: 40
// days for Category 2 (and for debt under Category 3), one year for equity of
// non-reporting US issuers under Category 3 (six months if the issuer
// reports). Set distribution_compliance_period_days accordingly; the default
// is RULES.md's 40.
package main

import (
	"time"

	"github.com/regulavenue/regula/sdk"
)

// Config is reg-s's per-token configuration; see schema.json.
type Config struct {
	// DistributionCompliancePeriodDays is the Rule 903 period from closed_at.
	DistributionCompliancePeriodDays int64 `json:"distribution_compliance_period_days"`
	// FlowbackBlockDays is how long from closed_at non-US to US resales stay blocked.
	FlowbackBlockDays int64 `json:"flowback_block_days"`
	// BlockedCountries are ISO 3166-1 alpha-2 codes no buyer may come from.
	BlockedCountries []string `json:"blocked_countries"`
}

var rule = sdk.NewRule("reg-s", Config{
	DistributionCompliancePeriodDays: 40,
	FlowbackBlockDays:                365,
	BlockedCountries:                 []string{},
}, check)

func check(c *sdk.Context, cfg *Config) sdk.Verdict {
	closed := c.Token.Offering.ClosedAt
	// The offering is open (no closed_at) or the compliance period runs.
	inDCP := closed.IsZero() || c.Time.Before(closed.Add(sdk.Days(cfg.DistributionCompliancePeriodDays)))

	// Rule 903: no sales to US persons during the distribution compliance period.
	if b := c.Buyer; b != nil && inDCP && b.USPerson {
		return sdk.Deny(sdk.USPersonDuringDCP, "US buyer %s during the distribution compliance period until %s",
			b.InvestorID, dcpEnd(closed, cfg))
	}

	// Rule 905: offshore holders may not flow the securities back into the US
	// before the block ends.
	if s, b := c.Seller, c.Buyer; s != nil && b != nil && !inDCP &&
		c.Time.Before(closed.Add(sdk.Days(cfg.FlowbackBlockDays))) && !s.USPerson && b.USPerson {
		return sdk.Deny(sdk.Flowback, "non-US seller %s to US buyer %s before %s",
			s.InvestorID, b.InvestorID, closed.Add(sdk.Days(cfg.FlowbackBlockDays)).UTC().Format(time.RFC3339))
	}

	if b := c.Buyer; b != nil {
		for _, country := range cfg.BlockedCountries {
			if b.Country == country {
				return sdk.Deny(sdk.BuyerJurisdiction, "buyer country %s is blocked", country)
			}
		}
	}
	return sdk.Allow()
}

// dcpEnd says when the compliance period ends, for the deny reason.
func dcpEnd(closed time.Time, cfg *Config) string {
	if closed.IsZero() {
		return "the offering closes"
	}
	return closed.Add(sdk.Days(cfg.DistributionCompliancePeriodDays)).UTC().Format(time.RFC3339)
}

func main() { sdk.Main(rule) }
