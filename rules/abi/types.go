// Package abi is the wire format shared by the Regula rule host and its guests:
// the transfer context, the verdict and the standard codes, with their JSON
// view (the one RULES.md documents, used by case files, the decision log and
// the API) and a flat, versioned binary encoding that is what crosses the
// host/guest boundary.
//
// It imports only the standard library and builds for wasip1 as well as
// native targets. The binary encoder and decoder are written by hand (no
// reflection) so a guest decodes a context in about a microsecond; see
// docs/ABI.md for the layout and RATIONALE.md for why it is flat.
package abi

import (
	"time"
)

// Version is the ABI version this package speaks. A guest exports it from
// regula_abi_version and the host refuses any other number.
const Version = 1

// Phases of a trade at which a rule set runs.
const (
	PhaseOrderEntry = "order_entry"
	PhaseMatch      = "match"
	PhaseSettlement = "settlement"
)

// Context is the transfer context a rule evaluates: who trades what, when,
// and what the registry knows about the token and the parties.
type Context struct {
	// Phase is PhaseOrderEntry, PhaseMatch or PhaseSettlement.
	Phase string `json:"phase"`
	// Time is the venue's evaluation time; rules never read a clock.
	Time time.Time `json:"time"`
	// Token is the security being transferred.
	Token Token `json:"token"`
	// Seller and Buyer are nil when absent (one of them at order entry).
	Seller *Party `json:"seller,omitempty"`
	Buyer  *Party `json:"buyer,omitempty"`
	// Quantity is in the token's smallest unit.
	Quantity int64 `json:"quantity"`
	// Price is in minor units of the settlement currency per whole token.
	Price int64 `json:"price"`
}

// Token describes the security.
type Token struct {
	Symbol   string   `json:"symbol"`
	Decimals uint8    `json:"decimals"`
	Offering Offering `json:"offering"`
	MiCA     MiCA     `json:"mica"`
	Stats    Stats    `json:"stats"`
}

// Offering is how the token was issued.
type Offering struct {
	// Exemption names the securities-law exemption, e.g. "reg_d_506c".
	Exemption string `json:"exemption"`
	// ClosedAt is when the offering closed; zero when absent (still open).
	ClosedAt        time.Time `json:"closed_at,omitzero"`
	IssuerReporting bool      `json:"issuer_reporting"`
}

// MiCA holds the EU Markets in Crypto-Assets facts about the token.
type MiCA struct {
	WhitePaperPublished bool `json:"white_paper_published"`
	// Kind is "art", "emt" or "other".
	Kind string `json:"kind"`
}

// Stats are the cap-table figures before the trade.
type Stats struct {
	Holders              int64            `json:"holders"`
	USHolders            int64            `json:"us_holders"`
	NonAccreditedHolders int64            `json:"non_accredited_holders"`
	HoldersByCountry     map[string]int64 `json:"holders_by_country,omitempty"`
	TotalSupply          int64            `json:"total_supply"`
	DailyTransactions    int64            `json:"daily_transactions"`
}

// Party is one side of the transfer.
type Party struct {
	Account    string `json:"account"`
	InvestorID string `json:"investor_id"`
	// Country is ISO 3166-1 alpha-2.
	Country    string `json:"country"`
	USPerson   bool   `json:"us_person"`
	Accredited bool   `json:"accredited"`
	// AccreditationExpiresAt is zero when absent.
	AccreditationExpiresAt time.Time `json:"accreditation_expires_at,omitzero"`
	// InvestorClass is "retail", "professional" or "eligible_counterparty".
	InvestorClass string `json:"investor_class"`
	KYC           KYC    `json:"kyc"`
	// Balance is before the trade; Lots sum to it.
	Balance int64  `json:"balance"`
	Lots    []Lot  `json:"lots,omitempty"`
	Locks   []Lock `json:"locks,omitempty"`
}

// KYC is a party's know-your-customer state.
type KYC struct {
	// Status is "approved", "pending" or "rejected".
	Status string `json:"status"`
	// ExpiresAt is zero when absent.
	ExpiresAt time.Time `json:"expires_at,omitzero"`
}

// Lot is a quantity acquired at one instant.
type Lot struct {
	Quantity   int64     `json:"quantity"`
	AcquiredAt time.Time `json:"acquired_at"`
}

// Lock is a named lock-up kept by the issuer.
type Lock struct {
	Quantity int64     `json:"quantity"`
	Until    time.Time `json:"until"`
	Reason   string    `json:"reason"`
}

// Verdict is one module's answer. Rule is filled in by the host.
type Verdict struct {
	Allow  bool   `json:"allow"`
	Code   uint8  `json:"code"`
	Reason string `json:"reason,omitempty"`
	Rule   string `json:"rule,omitempty"`
}

// MaxReason is the longest reason, in bytes, a guest may answer. The SDK
// truncates to it; the host treats a longer one as garbage (CodeRuleFault).
const MaxReason = 1024

// Standard codes (ERC-1404 compatible; 0 is success). See RULES.md.
const (
	CodeOK                   uint8 = 0
	CodeSellerNotVerified    uint8 = 10
	CodeBuyerNotVerified     uint8 = 11
	CodeSellerSanctioned     uint8 = 12
	CodeBuyerSanctioned      uint8 = 13
	CodeBuyerJurisdiction    uint8 = 20
	CodeSellerJurisdiction   uint8 = 21
	CodeUSPersonDuringDCP    uint8 = 22
	CodeFlowback             uint8 = 23
	CodeHoldingPeriod        uint8 = 30
	CodeLocked               uint8 = 31
	CodeBlackout             uint8 = 32
	CodeBuyerNotAccredited   uint8 = 40
	CodeBuyerNotProfessional uint8 = 41
	CodeMaxHolders           uint8 = 50
	CodeMaxNonAccredited     uint8 = 51
	CodeMaxOwnership         uint8 = 52
	CodeMinHolding           uint8 = 53
	CodeNoWhitePaper         uint8 = 60
	CodeNotPassported        uint8 = 61
	CodeVolumeCap            uint8 = 62
	// CodeRuleTimeout: the host stopped a module that ran past its deadline.
	CodeRuleTimeout uint8 = 253
	// CodeRuleFault: the module trapped, ran out of memory or answered garbage.
	CodeRuleFault uint8 = 254
	// CodeRuleUnavailable: the module or its config could not be loaded.
	CodeRuleUnavailable uint8 = 255
)

var codeNames = map[uint8]string{
	CodeOK: "OK", CodeSellerNotVerified: "SELLER_NOT_VERIFIED", CodeBuyerNotVerified: "BUYER_NOT_VERIFIED",
	CodeSellerSanctioned: "SELLER_SANCTIONED", CodeBuyerSanctioned: "BUYER_SANCTIONED",
	CodeBuyerJurisdiction: "BUYER_JURISDICTION", CodeSellerJurisdiction: "SELLER_JURISDICTION",
	CodeUSPersonDuringDCP: "US_PERSON_DURING_DCP", CodeFlowback: "FLOWBACK",
	CodeHoldingPeriod: "HOLDING_PERIOD", CodeLocked: "LOCKED", CodeBlackout: "BLACKOUT",
	CodeBuyerNotAccredited: "BUYER_NOT_ACCREDITED", CodeBuyerNotProfessional: "BUYER_NOT_PROFESSIONAL",
	CodeMaxHolders: "MAX_HOLDERS", CodeMaxNonAccredited: "MAX_NON_ACCREDITED", CodeMaxOwnership: "MAX_OWNERSHIP",
	CodeMinHolding: "MIN_HOLDING", CodeNoWhitePaper: "NO_WHITE_PAPER", CodeNotPassported: "NOT_PASSPORTED",
	CodeVolumeCap: "VOLUME_CAP", CodeRuleTimeout: "RULE_TIMEOUT", CodeRuleFault: "RULE_FAULT",
	CodeRuleUnavailable: "RULE_UNAVAILABLE",
}

// CodeName is the RULES.md name of a standard code ("HOLDING_PERIOD"), or ""
// for a module's own code.
func CodeName(code uint8) string { return codeNames[code] }

// IsHostCode reports whether code is reserved for the host (253–255).
func IsHostCode(code uint8) bool { return code >= CodeRuleTimeout }

// Day is the 86,400-second day of RULES.md.
const Day = 86400 * time.Second

// Days is n 86,400-second days.
func Days(n int64) time.Duration { return time.Duration(n) * Day }

// Verified reports whether the party is verified at t: KYC approved and not
// expired (an expiry at exactly t counts as expired).
func (p *Party) Verified(at time.Time) bool {
	return p != nil && p.KYC.Status == "approved" && (p.KYC.ExpiresAt.IsZero() || earlier(at, p.KYC.ExpiresAt))
}

// IsAccredited reports whether the party is accredited at t.
func (p *Party) IsAccredited(at time.Time) bool {
	return p != nil && p.Accredited && (p.AccreditationExpiresAt.IsZero() || earlier(at, p.AccreditationExpiresAt))
}

// The helpers below compare times through Unix seconds and nanoseconds
// rather than time.Time.Add and After: these inline, and in a Go Wasm guest
// every call that does not costs a host round trip (RATIONALE.md). Times from
// the ABI carry no monotonic reading, so the result is the same.

// earlier reports whether a is before b.
func earlier(a, b time.Time) bool {
	as, bs := a.Unix(), b.Unix()
	return as < bs || (as == bs && a.Nanosecond() < b.Nanosecond())
}

// maxDays bounds day counts so days × 86,400 cannot overflow.
const maxDays = 1 << 40

// reached reports whether t + days (86,400-second days) is at or before at:
// the boundary instant counts as passed.
func reached(t time.Time, days int64, at time.Time) bool {
	if days > maxDays {
		return false
	}
	if days < -maxDays {
		return true
	}
	s, as := t.Unix()+days*86400, at.Unix()
	return s < as || (s == as && t.Nanosecond() <= at.Nanosecond())
}

// NewHolder reports whether the buyer holds nothing before the trade.
func (c *Context) NewHolder() bool { return c.Buyer != nil && c.Buyer.Balance == 0 }

// SellerExits reports whether the seller sells its whole balance.
func (c *Context) SellerExits() bool { return c.Seller != nil && c.Quantity == c.Seller.Balance }

// HoldersAfter is stats.holders + (new holder ? 1 : 0) − (seller exits ? 1 : 0).
func (c *Context) HoldersAfter() int64 {
	n := c.Token.Stats.Holders
	if c.NewHolder() {
		n++
	}
	if c.SellerExits() {
		n--
	}
	return n
}

// MaturedQuantity is the sum of the lots acquired at least days ago at t (a
// lot acquired at T is matured at exactly T + days).
func (p *Party) MaturedQuantity(at time.Time, days int64) int64 {
	if p == nil {
		return 0
	}
	var n int64
	for i := range p.Lots {
		if reached(p.Lots[i].AcquiredAt, days, at) {
			n += p.Lots[i].Quantity
		}
	}
	return n
}

// UnlockedBalance is RULES.md's lockup "Unlocked": the balance minus the
// named locks still running at t minus the lots younger than lotLockDays,
// floored at 0.
func (p *Party) UnlockedBalance(at time.Time, lotLockDays int64) int64 {
	if p == nil {
		return 0
	}
	n := p.Balance
	for i := range p.Locks {
		if earlier(at, p.Locks[i].Until) {
			n -= p.Locks[i].Quantity
		}
	}
	if lotLockDays > 0 {
		for i := range p.Lots {
			if !reached(p.Lots[i].AcquiredAt, lotLockDays, at) {
				n -= p.Lots[i].Quantity
			}
		}
	}
	if n < 0 {
		return 0
	}
	return n
}
