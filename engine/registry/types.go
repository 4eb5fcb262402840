package registry

import (
	"context"
	"encoding/json"
	"strings"
	"time"
	"unicode/utf8"

	"github.com/ethereum/go-ethereum/common"

	"github.com/regulavenue/regula/engine"
	"github.com/regulavenue/regula/rules/abi"
)

// KYC statuses (RULES.md kyc.status).
const (
	KYCApproved = "approved"
	KYCPending  = "pending"
	KYCRejected = "rejected"
)

// Investor classes (RULES.md investor_class).
const (
	ClassRetail               = "retail"
	ClassProfessional         = "professional"
	ClassEligibleCounterparty = "eligible_counterparty"
)

// MaxIDLen bounds investor, account, token, lock and actor names in bytes.
const MaxIDLen = 128

// Investor is a person or entity the venue knows, with the facts transfer rules
// read. One investor holds any number of accounts.
type Investor struct {
	// ID is the venue's investor id ("inv-7").
	ID string `json:"id"`
	// Country is ISO 3166-1 alpha-2, upper case ("US").
	Country string `json:"country"`
	// USPerson is the Regulation S "U.S. person" flag.
	USPerson bool `json:"us_person"`
	// Class is ClassRetail, ClassProfessional or ClassEligibleCounterparty.
	Class string `json:"investor_class"`
	// KYCStatus is KYCApproved, KYCPending or KYCRejected.
	KYCStatus string `json:"kyc_status"`
	// KYCExpiresAt is zero when the KYC does not expire.
	KYCExpiresAt time.Time `json:"kyc_expires_at,omitzero"`
	// Accredited is the accredited-investor flag.
	Accredited bool `json:"accredited"`
	// AccreditationExpiresAt is zero when the accreditation does not expire.
	AccreditationExpiresAt time.Time `json:"accreditation_expires_at,omitzero"`
}

// Account is a venue account of an investor and the wallet its tokens sit in
// on chain. Wallets are unique: one wallet belongs to one account.
type Account struct {
	ID         string         `json:"id"`
	InvestorID string         `json:"investor_id"`
	Wallet     common.Address `json:"wallet"`
}

// Lock is an issuer-kept named lock-up on an investor's position in a token:
// Quantity of the balance may not be sold before Until.
type Lock struct {
	Name     string    `json:"name"`
	Quantity int64     `json:"quantity"`
	Until    time.Time `json:"until"`
	Reason   string    `json:"reason"`
}

// TokenInfo is what the venue knows about a token and the registry does not:
// it is passed to Context and copied into the transfer context.
//
// Its JSON names are snake_case, as in the audit trail's other entries;
// profiles stored before the tags existed ("Symbol", "MiCA") still read,
// since encoding/json matches names case-insensitively.
type TokenInfo struct {
	Symbol   string       `json:"symbol"`
	Decimals uint8        `json:"decimals"`
	Offering abi.Offering `json:"offering"`
	MiCA     abi.MiCA     `json:"mica"`
}

// Transfer is a settled trade to record in the cap table.
type Transfer struct {
	// Token is the symbol.
	Token string
	// Ref identifies the trade (e.g. the venue's trade id). A non-empty Ref is
	// recorded once per token: a second Transfer with it is refused with
	// engine.EDuplicate, so settlement can retry safely.
	Ref string
	// Seller and Buyer are account ids.
	Seller, Buyer string
	// Quantity is in the token's smallest unit; Price in minor currency units
	// per whole token (recorded, not used).
	Quantity, Price int64
	// At is the settlement time: the buyer's new lot is acquired at At, and
	// the transfer counts towards the daily transactions of At's UTC day.
	At time.Time
}

// WhitelistEntry is an account's entry of a token's on-chain whitelist mirror.
type WhitelistEntry struct {
	// Allowed is true when the investor's KYC is approved and not expired.
	Allowed bool
	// Country is the investor's ISO 3166-1 alpha-2 country.
	Country string
	// LockupUntil is zero for none; see RATIONALE.md for when it is set.
	LockupUntil time.Time
}

// Mirror writes whitelist entries to the chain. The lead implements it over
// contracts.Chain (token symbol to contract address, LockupUntil to unix
// seconds). It must be idempotent: an entry may be sent more than once.
type Mirror interface {
	RegisterInvestor(ctx context.Context, token string, wallet common.Address, e WhitelistEntry) error
}

// MirrorFunc adapts a function to Mirror.
type MirrorFunc func(ctx context.Context, token string, wallet common.Address, e WhitelistEntry) error

// RegisterInvestor calls f.
func (f MirrorFunc) RegisterInvestor(ctx context.Context, token string, wallet common.Address, e WhitelistEntry) error {
	return f(ctx, token, wallet, e)
}

// MirrorStatus is the state of one (token, wallet) whitelist entry.
type MirrorStatus struct {
	Token  string
	Wallet common.Address
	Entry  WhitelistEntry
	// Pending is true until the entry has been written to the chain.
	Pending bool
	// Attempts counts failed deliveries of the current entry.
	Attempts int64
	// LastError is the text of the last failure, "" if none.
	LastError string
}

// Drift is a reconciliation difference: the cap table and the chain disagree
// on an account's balance.
type Drift struct {
	Token      string         `json:"token"`
	Account    string         `json:"account"`
	InvestorID string         `json:"investor_id"`
	Wallet     common.Address `json:"wallet"`
	CapTable   int64          `json:"cap_table"`
	Chain      int64          `json:"chain"`
}

// Holding is one investor's position in a token.
type Holding struct {
	InvestorID string
	Balance    int64
	// Accounts maps account id to its non-zero balance.
	Accounts map[string]int64
	Lots     []abi.Lot
	Locks    []Lock
}

// AuditEntry is one audited registry change.
type AuditEntry struct {
	ID      int64     `json:"id"`
	At      time.Time `json:"at"`
	Actor   string    `json:"actor"`
	Action  string    `json:"action"`
	Subject string    `json:"subject"`
	// Before and After are JSON; "null" when the subject did not (or no
	// longer does) exist.
	Before json.RawMessage `json:"before"`
	After  json.RawMessage `json:"after"`
}

// Audit actions.
const (
	ActionTokenAdd       = "token.add"
	ActionInvestorCreate = "investor.create"
	ActionInvestorUpdate = "investor.update"
	ActionAccountAdd     = "account.add"
	ActionLockSet        = "lock.set"
	ActionLockRemove     = "lock.remove"
	ActionMint           = "mint"
	// ActionRuleSetBind is recorded by the issuer operations (Record): the
	// rule host keeps rule sets, the trail keeps who bound them.
	ActionRuleSetBind = "ruleset.bind"
	// ActionTokenProfile is recorded by the issuer operations (Record): a
	// token's offering data or MiCA attributes changed.
	ActionTokenProfile = "token.profile"
)

// AuditQuery selects audit entries; empty fields match everything.
type AuditQuery struct {
	Subject string
	Action  string
	// AfterID returns entries with a larger id (paging).
	AfterID int64
	// Limit caps the number of entries; 0 means 1000.
	Limit int
}

// ValidCountry reports whether c is an officially assigned ISO 3166-1 alpha-2
// code (upper case).
func ValidCountry(c string) bool {
	if len(c) != 2 || c[0] < 'A' || c[0] > 'Z' || c[1] < 'A' || c[1] > 'Z' {
		return false
	}
	return strings.Contains(iso3166, " "+c+" ")
}

// iso3166 lists the 249 officially assigned ISO 3166-1 alpha-2 codes.
const iso3166 = " AD AE AF AG AI AL AM AO AQ AR AS AT AU AW AX AZ BA BB BD BE BF BG BH BI BJ BL" +
	" BM BN BO BQ BR BS BT BV BW BY BZ CA CC CD CF CG CH CI CK CL CM CN CO CR CU CV CW CX CY CZ" +
	" DE DJ DK DM DO DZ EC EE EG EH ER ES ET FI FJ FK FM FO FR GA GB GD GE GF GG GH GI GL GM GN" +
	" GP GQ GR GS GT GU GW GY HK HM HN HR HT HU ID IE IL IM IN IO IQ IR IS IT JE JM JO JP KE KG" +
	" KH KI KM KN KP KR KW KY KZ LA LB LC LI LK LR LS LT LU LV LY MA MC MD ME MF MG MH MK ML MM" +
	" MN MO MP MQ MR MS MT MU MV MW MX MY MZ NA NC NE NF NG NI NL NO NP NR NU NZ OM PA PE PF PG" +
	" PH PK PL PM PN PR PS PT PW PY QA RE RO RS RU RW SA SB SC SD SE SG SH SI SJ SK SL SM SN SO" +
	" SR SS ST SV SX SY SZ TC TD TF TG TH TJ TK TL TM TN TO TR TT TV TW TZ UA UG UM US UY UZ VA" +
	" VC VE VG VI VN VU WF WS YE YT ZA ZM ZW "

func validID(what, s string) error {
	if s == "" || len(s) > MaxIDLen || !utf8.ValidString(s) {
		return engine.Errorf(engine.EInvalid, "%s must be 1 to %d bytes of UTF-8", what, MaxIDLen)
	}
	for _, r := range s {
		if r < 0x20 || r == 0x7f {
			return engine.Errorf(engine.EInvalid, "%s has a control character", what)
		}
	}
	return nil
}

// normalize validates inv and returns it with times in UTC.
func (inv Investor) normalize() (Investor, error) {
	if err := validID("investor id", inv.ID); err != nil {
		return inv, err
	}
	if !ValidCountry(inv.Country) {
		return inv, engine.Errorf(engine.EInvalid, "investor %s: country %q is not an ISO 3166-1 alpha-2 code", inv.ID, inv.Country)
	}
	switch inv.Class {
	case ClassRetail, ClassProfessional, ClassEligibleCounterparty:
	default:
		return inv, engine.Errorf(engine.EInvalid, "investor %s: investor class %q is not retail, professional or eligible_counterparty", inv.ID, inv.Class)
	}
	switch inv.KYCStatus {
	case KYCApproved, KYCPending, KYCRejected:
	default:
		return inv, engine.Errorf(engine.EInvalid, "investor %s: kyc status %q is not approved, pending or rejected", inv.ID, inv.KYCStatus)
	}
	inv.KYCExpiresAt = utc(inv.KYCExpiresAt)
	inv.AccreditationExpiresAt = utc(inv.AccreditationExpiresAt)
	return inv, nil
}

// utc returns t in UTC without a monotonic reading, so that a time survives a
// round trip through the database unchanged.
func utc(t time.Time) time.Time {
	if t.IsZero() {
		return time.Time{}
	}
	return t.UTC()
}
