// Package settle is the venue's settlement pipeline: it takes trades pending
// settlement, re-checks each against its token's rule set with phase
// settlement, signs the EIP-712 compliance attestation, settles the trades by
// DvP on chain in batches and tells the venue what happened to each.
//
// # States
//
// Every trade's settlement state is persisted in the venue database (table
// settle_trades), so a restart resumes where the pipeline stopped:
//
//	queued -> attested -> submitted -> settled | failed
//
// A trade is marked submitted before the transaction is sent, so after a crash
// the pipeline asks the chain (TradeStatus) about every submitted or attested
// trade before doing anything else with it: a trade the chain already settled
// is reported settled and never sent again. The DvP contract's replay check is
// the last line of defence, not the first. See docs/SETTLEMENT.md and
// RATIONALE.md, "Why is settlement idempotent by asking the chain first?".
//
// # What it consumes
//
// The pipeline is wired to the rest of the venue through small interfaces
// defined here: Checker (the rule set at phase settlement), Wallets (account
// id to wallet address), Instruments (token symbol to contract addresses) and
// Outcomes (the venue, told once per trade that it settled or broke).
package settle

import (
	"context"
	"errors"
	"fmt"
	"log"
	"time"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/crypto"

	"github.com/regulavenue/regula/contracts"
	"github.com/regulavenue/regula/engine"
	"github.com/regulavenue/regula/engine/store"
)

// Break codes of the pipeline's own, for trades broken by something other
// than a rule module. They sit between the range RULES.md leaves to modules
// (128–249) and the host codes (253–255). A trade whose leg a token refused
// with an ERC-1404 restriction is broken with that restriction code instead
// (10, 11, 20, 21, 31 mean the same as in RULES.md; 128 is the token paused).
const (
	// CodeChainFailed: the DvP contract failed the trade; the rule is
	// "dvp:<FailCode>" (e.g. "dvp:CASH_LEG") and the reason is the chain's.
	CodeChainFailed uint8 = 250
	// CodeUnresolved: a party has no wallet or the token no contracts.
	CodeUnresolved uint8 = 251
	// CodeCancelled: the trade id was cancelled on chain outside the
	// pipeline, or settled there for a different trade (see
	// Config.Namespace).
	CodeCancelled uint8 = 252
)

// ErrUnknown is what a Wallets or Instruments implementation returns (wrapped)
// when an account has no wallet or a token no contracts: the trade cannot be
// attested and is broken with CodeUnresolved. Any other error is taken as
// transient and retried.
var ErrUnknown = errors.New("settle: unknown account or token")

// ErrClosed is returned by Submit after Close.
var ErrClosed = errors.New("settle: pipeline closed")

// Verdict is the outcome of re-checking a trade at settlement.
type Verdict struct {
	Allow  bool
	Code   uint8
	Reason string
	Rule   string
	// RuleSetHash identifies the rule set that decided; it is signed into the
	// attestation (zero when the token has no rule set).
	RuleSetHash [32]byte
}

// Checker re-runs a trade's rule set with phase settlement against the
// registry as it is now, as if the trades ahead had settled first: those the
// pipeline approved before t and the cap table does not have yet (on their
// way to the chain, or earlier in t's batch), oldest first. So a holder cap
// or a lock holds across trades that settle together. An error means the
// check could not run (it is retried); a deny is a Verdict with Allow false.
type Checker interface {
	CheckSettlement(ctx context.Context, t engine.Trade, ahead []engine.Trade) (Verdict, error)
}

// CheckerFunc adapts a function to Checker.
type CheckerFunc func(ctx context.Context, t engine.Trade, ahead []engine.Trade) (Verdict, error)

// CheckSettlement implements Checker.
func (f CheckerFunc) CheckSettlement(ctx context.Context, t engine.Trade, ahead []engine.Trade) (Verdict, error) {
	return f(ctx, t, ahead)
}

// Wallets resolves a venue account id to its on-chain wallet. It returns an
// error wrapping ErrUnknown for an account without one.
type Wallets interface {
	Wallet(ctx context.Context, account string) (common.Address, error)
}

// WalletsFunc adapts a function to Wallets.
type WalletsFunc func(ctx context.Context, account string) (common.Address, error)

// Wallet implements Wallets.
func (f WalletsFunc) Wallet(ctx context.Context, account string) (common.Address, error) {
	return f(ctx, account)
}

// Instrument is where a token trades on chain.
type Instrument struct {
	// Token is the RestrictedToken contract (quantities are in its smallest
	// unit, the same as the venue's).
	Token common.Address
	// Cash is the settlement token of the token's currency.
	Cash common.Address
	// CashScale is how many of the cash token's units make one of the venue's
	// minor currency units (10,000 for cents settled in a 6-decimals
	// stablecoin); 0 means 1.
	CashScale int64
}

// Instruments resolves a token symbol to its contracts. It returns an error
// wrapping ErrUnknown for a token without them.
type Instruments interface {
	Instrument(ctx context.Context, symbol string) (Instrument, error)
}

// InstrumentsFunc adapts a function to Instruments.
type InstrumentsFunc func(ctx context.Context, symbol string) (Instrument, error)

// Instrument implements Instruments.
func (f InstrumentsFunc) Instrument(ctx context.Context, symbol string) (Instrument, error) {
	return f(ctx, symbol)
}

// Outcomes is the venue side of settlement. Settled is called only once the
// chain says the trade is settled; Broken when it was denied at settlement,
// could not be attested, or failed on chain (and its id was cancelled there).
//
// # Notes
//
// Each trade is reported once in normal operation, and a crash between
// deciding and reporting makes the pipeline report again after restart, never
// lose the report. A crash in the instant between a successful call and its
// being recorded reports that trade a second time, so implementations must
// treat a repeated report of the same trade as a no-op (the venue's journaled
// settle and break commands do). An error is retried with backoff.
type Outcomes interface {
	Settled(ctx context.Context, tradeID string, tx common.Hash) error
	Broken(ctx context.Context, tradeID string, code uint8, reason, rule string) error
}

// Config configures a Pipeline. DB, Chain, DvP, Attester, Checker, Wallets,
// Instruments and Outcomes are required; every other zero field takes its
// default.
type Config struct {
	DB          *store.DB
	Chain       contracts.Chain
	DvP         common.Address
	Attester    *contracts.Attester
	Checker     Checker
	Wallets     Wallets
	Instruments Instruments
	Outcomes    Outcomes

	// Now is the clock attestation deadlines are computed from. Default
	// time.Now. Retry backoff and the batching window use the real clock.
	Now func() time.Time
	// TTL is how long an attestation is valid. Default 10 minutes.
	TTL time.Duration
	// BatchSize is the most trades per settlement transaction. Default 20;
	// at most contracts.MaxBatchTrades.
	BatchSize int
	// Window is how long a batch waits to fill up after its first trade
	// arrives. Default 20 ms.
	Window time.Duration
	// RetryMin and RetryMax bound the exponential backoff of a trade whose
	// step failed for a transient reason (chain, registry or venue
	// unavailable). Defaults 50 ms and 5 s.
	RetryMin, RetryMax time.Duration
	// MaxReattest is how many times a trade is re-signed after the chain
	// found its attestation expired before it is broken. Default 3.
	MaxReattest int
	// Namespace is mixed into every on-chain trade id (ChainTradeID). Venue
	// trade ids restart with a new venue database while a real chain and its
	// DvP contract live on, so give each venue database its own namespace
	// (e.g. an id made at install) when the chain can outlive it. Never change
	// it for a database with trades in flight.
	Namespace string
	// FreshChain says the chain started empty since the last run (the
	// embedded simulated chain keeps its state in memory): Open forgets what
	// was in flight on the old chain (trades the venue was not told about
	// are dropped, to be submitted again by the venue) and the old chain's
	// block heights. Never set it for a chain that kept its state.
	FreshChain bool
	// Logf logs operational messages. Default log.Printf.
	Logf func(format string, args ...any)
}

// Defaults of Config.
const (
	DefaultTTL         = 10 * time.Minute
	DefaultBatchSize   = 20
	DefaultWindow      = 20 * time.Millisecond
	DefaultRetryMin    = 50 * time.Millisecond
	DefaultRetryMax    = 5 * time.Second
	DefaultMaxReattest = 3
)

func (c *Config) validate() error {
	switch {
	case c.DB == nil:
		return errors.New("settle: Config.DB is required")
	case c.Chain == nil:
		return errors.New("settle: Config.Chain is required")
	case c.DvP == (common.Address{}):
		return errors.New("settle: Config.DvP is required")
	case c.Attester == nil:
		return errors.New("settle: Config.Attester is required")
	case c.Checker == nil || c.Wallets == nil || c.Instruments == nil || c.Outcomes == nil:
		return errors.New("settle: Config.Checker, Wallets, Instruments and Outcomes are required")
	case c.BatchSize < 0 || c.BatchSize > contracts.MaxBatchTrades:
		return fmt.Errorf("settle: BatchSize %d outside 1..%d", c.BatchSize, contracts.MaxBatchTrades)
	case c.TTL < 0 || c.Window < 0 || c.RetryMin < 0 || c.RetryMax < 0 || c.MaxReattest < 0:
		return errors.New("settle: negative durations or counts in Config")
	}
	if c.Now == nil {
		c.Now = time.Now
	}
	if c.TTL == 0 {
		c.TTL = DefaultTTL
	}
	if c.BatchSize == 0 {
		c.BatchSize = DefaultBatchSize
	}
	if c.Window == 0 {
		c.Window = DefaultWindow
	}
	if c.RetryMin == 0 {
		c.RetryMin = DefaultRetryMin
	}
	if c.RetryMax == 0 {
		c.RetryMax = DefaultRetryMax
	}
	if c.RetryMax < c.RetryMin {
		c.RetryMax = c.RetryMin
	}
	if c.MaxReattest == 0 {
		c.MaxReattest = DefaultMaxReattest
	}
	if c.Logf == nil {
		c.Logf = log.Printf
	}
	return nil
}

// ChainTradeID is the on-chain id of a venue trade: keccak256 of namespace,
// "/" and the trade id, or of the trade id alone when namespace is "" (see
// Config.Namespace).
func ChainTradeID(namespace, tradeID string) contracts.TradeID {
	if namespace == "" {
		return contracts.TradeID(crypto.Keccak256Hash([]byte(tradeID)))
	}
	return contracts.TradeID(crypto.Keccak256Hash([]byte(namespace), []byte("/"), []byte(tradeID)))
}

// Stats are the pipeline's counts, for progress and metrics.
type Stats struct {
	// Trades in flight, by state.
	Queued    int `json:"queued"`
	Attested  int `json:"attested"`
	Submitted int `json:"submitted"`
	// Unreported are settled or broken trades the venue has not been told of
	// yet (its Outcomes call failed or is pending), or broken trades whose id
	// is still to be cancelled on chain.
	Unreported int `json:"unreported"`
	// Waiting are in-flight trades backing off after a transient failure.
	Waiting int `json:"waiting"`
	// Settled and Failed count the trades the venue was told of, since the
	// database was created.
	Settled int64 `json:"settled"`
	Failed  int64 `json:"failed"`
	// Since Open: settlement transactions sent, transient errors (chain,
	// registry, venue), attestations re-signed after expiry, trades found
	// already settled on chain when asked before sending.
	Batches      int64 `json:"batches"`
	Errors       int64 `json:"errors"`
	Reattested   int64 `json:"reattested"`
	FoundOnChain int64 `json:"found_on_chain"`
}

// InFlight is the number of trades not yet reported to the venue.
func (s Stats) InFlight() int { return s.Queued + s.Attested + s.Submitted + s.Unreported }
