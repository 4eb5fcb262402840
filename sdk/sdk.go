// Package sdk is what a Regula rule author imports: typed Go values for the
// transfer context, verdict helpers, the standard codes, and helpers for the
// shared definitions of RULES.md.
//
// The same source builds natively, so sdk/ruletest runs a module's case files
// in plain `go test`, and as a Wasm reactor:
//
//	GOOS=wasip1 GOARCH=wasm go build -buildmode=c-shared -o rule.wasm .
//
// (or `regula rule build DIR`). A module is a main package:
//
//	var rule = sdk.NewRule("reg-d", Config{HoldingPeriodDays: 365}, check)
//
//	func main() { sdk.Main(rule) }
//
// # Notes
//
//   - In a wasip1 c-shared reactor, main.main never runs: `_initialize` runs
//     package initialisation only. NewRule therefore registers the rule when
//     the package variable is initialised; Main is kept so the same source is
//     a normal native program (where it runs case files given as arguments).
//   - Rules never read a clock: use Context.Time.
//   - The wire format under all this is rules/abi; see docs/ABI.md.
package sdk

import (
	"time"

	"github.com/regulavenue/regula/rules/abi"
)

// Phases of a trade at which a rule set runs.
const (
	PhaseOrderEntry = abi.PhaseOrderEntry
	PhaseMatch      = abi.PhaseMatch
	PhaseSettlement = abi.PhaseSettlement
)

type (
	// Context is the transfer context (RULES.md "Transfer context").
	// Seller or Buyer is nil when absent.
	Context = abi.Context
	// Token describes the security.
	Token = abi.Token
	// Offering is how the token was issued; a zero ClosedAt is absent.
	Offering = abi.Offering
	// MiCA holds the EU MiCA facts about the token.
	MiCA = abi.MiCA
	// Stats are the cap-table figures before the trade.
	Stats = abi.Stats
	// Party is one side of the transfer.
	Party = abi.Party
	// KYC is a party's know-your-customer state; a zero ExpiresAt is absent.
	KYC = abi.KYC
	// Lot is a quantity acquired at one instant.
	Lot = abi.Lot
	// Lock is a named lock-up kept by the issuer.
	Lock = abi.Lock
)

// Verdict is a rule's answer. Build it with Allow or Deny.
type Verdict struct {
	Allow  bool
	Code   uint8
	Reason string
}

// Standard codes, named after RULES.md (uint8, ERC-1404 compatible). A module
// may use 128–249 for its own codes; 253–255 are the host's.
const (
	OK                   = abi.CodeOK
	SellerNotVerified    = abi.CodeSellerNotVerified
	BuyerNotVerified     = abi.CodeBuyerNotVerified
	SellerSanctioned     = abi.CodeSellerSanctioned
	BuyerSanctioned      = abi.CodeBuyerSanctioned
	BuyerJurisdiction    = abi.CodeBuyerJurisdiction
	SellerJurisdiction   = abi.CodeSellerJurisdiction
	USPersonDuringDCP    = abi.CodeUSPersonDuringDCP
	Flowback             = abi.CodeFlowback
	HoldingPeriod        = abi.CodeHoldingPeriod
	Locked               = abi.CodeLocked
	Blackout             = abi.CodeBlackout
	BuyerNotAccredited   = abi.CodeBuyerNotAccredited
	BuyerNotProfessional = abi.CodeBuyerNotProfessional
	MaxHolders           = abi.CodeMaxHolders
	MaxNonAccredited     = abi.CodeMaxNonAccredited
	MaxOwnership         = abi.CodeMaxOwnership
	MinHolding           = abi.CodeMinHolding
	NoWhitePaper         = abi.CodeNoWhitePaper
	NotPassported        = abi.CodeNotPassported
	VolumeCap            = abi.CodeVolumeCap
	RuleTimeout          = abi.CodeRuleTimeout
	RuleFault            = abi.CodeRuleFault
	RuleUnavailable      = abi.CodeRuleUnavailable
)

// MaxReason is the longest reason kept, in bytes; Deny truncates to it.
const MaxReason = abi.MaxReason

// Days is n 86,400-second days.
func Days(n int64) time.Duration { return abi.Days(n) }
