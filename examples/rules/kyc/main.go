// Command kyc is the Regula rule module that admits only verified investors.
//
// A party is verified when its KYC status is "approved" and its KYC has not
// expired (no expiry, or an expiry after the evaluation time). Every regulated
// venue must know its customers before it lets them trade: in the US the Bank
// Secrecy Act customer identification programme (31 CFR 1023.220), in the EU
// the customer due diligence of the Anti-Money-Laundering Directive (EU)
// 2015/849, Articles 13-14, which covers crypto-asset service providers since
// Regulation (EU) 2023/1113.
//
// Checks, in order (the seller before the buyer):
//
//   - seller not verified: 10 SELLER_NOT_VERIFIED
//   - buyer not verified:  11 BUYER_NOT_VERIFIED
//
// An absent party (order entry carries only the party entering the order) is
// not checked. The module has no config; it accepts only {}.
//
// Readings: an expiry equal to the evaluation time has expired (a boundary
// instant counts as passed), so KYC expiring at 00:00 is not valid at 00:00.
package main

import (
	"time"

	"github.com/regulavenue/regula/sdk"
)

// Config is empty: KYC has nothing to tune. Keeping a struct lets the schema
// reject unknown keys instead of silently ignoring a misspelt setting.
type Config struct{}

var rule = sdk.NewRule("kyc", Config{}, check)

func check(c *sdk.Context, _ *Config) sdk.Verdict {
	if p := c.Seller; p != nil && !p.Verified(c.Time) {
		return sdk.Deny(sdk.SellerNotVerified, "seller %s KYC %s", p.InvestorID, kycState(p))
	}
	if p := c.Buyer; p != nil && !p.Verified(c.Time) {
		return sdk.Deny(sdk.BuyerNotVerified, "buyer %s KYC %s", p.InvestorID, kycState(p))
	}
	return sdk.Allow()
}

// kycState says why a party is not verified, for the deny reason.
func kycState(p *sdk.Party) string {
	switch {
	case p.KYC.Status == "":
		return "missing"
	case p.KYC.Status != "approved":
		return p.KYC.Status
	default:
		return "expired at " + p.KYC.ExpiresAt.UTC().Format(time.RFC3339)
	}
}

func main() { sdk.Main(rule) }
