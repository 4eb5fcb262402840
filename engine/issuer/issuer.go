// Package issuer is the Go API of what issuers do: list tokens with their
// offering data and rule sets, onboard investors and their accounts, mint,
// halt and resume trading, and read the cap table, holder statistics and
// decision log. It keeps the venue (engine), the investor registry
// (engine/registry), the token profiles (engine/compliance) and the rule host
// (rules) in step, so callers never have to.
package issuer

import (
	"context"
	"errors"
	"fmt"
	"math"
	"sync"
	"time"

	"github.com/ethereum/go-ethereum/common"

	"github.com/regulavenue/regula/contracts"
	"github.com/regulavenue/regula/engine"
	"github.com/regulavenue/regula/engine/book"
	"github.com/regulavenue/regula/engine/compliance"
	"github.com/regulavenue/regula/engine/registry"
	"github.com/regulavenue/regula/rules"
	"github.com/regulavenue/regula/rules/abi"
)

// Ops performs issuer operations. Every method that changes something takes
// the actor (who asked) for the registry's audit trail.
type Ops struct {
	Venue    *engine.Venue
	Registry *registry.Registry
	Checker  *compliance.Checker
	Rules    *rules.Service
	// Now stamps issuance lots. Default time.Now.
	Now func() time.Time

	chain *settlement // nil without a chain
	// reconciling holds the tokens being reconciled: one run per token at
	// a time, since each reads the chain for every account.
	reconciling sync.Map
}

func (o *Ops) now() time.Time {
	if o.Now != nil {
		return o.Now()
	}
	return time.Now()
}

// Token is a token to list: how it trades, and what its rules read.
type Token struct {
	engine.TokenSpec
	Offering abi.Offering `json:"offering"`
	MiCA     abi.MiCA     `json:"mica"`
}

// CreateToken lists a token on the venue, registers it with the registry
// (cap table, whitelist) and records its compliance profile. Until a rule set
// is bound, the token's transfers are allowed by the rule host; bind one
// before onboarding investors.
func (o *Ops) CreateToken(ctx context.Context, actor string, t Token) error {
	if err := validMiCA(t.MiCA); err != nil {
		return err
	}
	if err := o.Venue.CreateToken(ctx, t.TokenSpec); err != nil {
		return err
	}
	if o.chain != nil {
		if err := o.chain.deployToken(ctx, t.Symbol, t.Decimals); err != nil {
			return err
		}
	}
	if err := o.Registry.AddToken(ctx, actor, t.Symbol); err != nil {
		return fmt.Errorf("issuer: token %s listed but not registered: %w", t.Symbol, err)
	}
	return o.Checker.SetToken(ctx, registry.TokenInfo{Symbol: t.Symbol, Decimals: t.Decimals,
		Offering: t.Offering, MiCA: t.MiCA})
}

// UpdateProfile replaces a token's offering data and MiCA attributes (close
// a Reg S offering, publish a MiCA white paper); new evaluations read them at
// once and trades pending settlement are re-checked under them. The change is
// audited (registry.ActionTokenProfile, subject the token) with the profile
// before and after; if only that write fails, the new profile is in force
// and the error says so.
func (o *Ops) UpdateProfile(ctx context.Context, actor, symbol string, offering abi.Offering, mica abi.MiCA) error {
	if actor == "" {
		return engine.Errorf(engine.EInvalid, "a profile change needs an actor")
	}
	if err := validMiCA(mica); err != nil {
		return err
	}
	before, ok := o.Checker.Token(symbol)
	if !ok {
		return engine.Errorf(engine.EUnknownToken, "no token %q", symbol)
	}
	after := before
	after.Offering, after.MiCA = offering, mica
	if err := o.Checker.SetToken(ctx, after); err != nil {
		return err
	}
	if err := o.Registry.Record(ctx, actor, registry.ActionTokenProfile, symbol, before, after); err != nil {
		return fmt.Errorf("issuer: the new profile of %s is in force, but its audit entry failed: %w", symbol, err)
	}
	return nil
}

// validMiCA refuses a MiCA kind other than the ABI's: a typo ("ART") would
// quietly switch off what the mica rule does for asset-referenced tokens.
func validMiCA(m abi.MiCA) error {
	switch m.Kind {
	case "", "art", "emt", "other":
		return nil
	}
	return engine.Errorf(engine.EInvalid, "mica kind %q: want art, emt, other or empty (not a MiCA token)", m.Kind)
}

// PutInvestor onboards an investor or replaces its facts (KYC, accreditation,
// country, US-person flag, class). The change is audited and mirrored to the
// tokens' on-chain whitelists.
func (o *Ops) PutInvestor(ctx context.Context, actor string, inv registry.Investor) error {
	return o.Registry.PutInvestor(ctx, actor, inv)
}

// AddAccount opens a venue account for an investor, bound to its wallet.
// Without a wallet, on a venue that settles on a chain, the account is
// custodial (see AddCustodialAccount): the venue makes and keeps its key.
func (o *Ops) AddAccount(ctx context.Context, actor string, a registry.Account) error {
	if a.Wallet == (common.Address{}) && o.chain != nil {
		_, err := o.AddCustodialAccount(ctx, actor, a.ID, a.InvestorID)
		return err
	}
	return o.addAccount(ctx, actor, a)
}

func (o *Ops) addAccount(ctx context.Context, actor string, a registry.Account) error {
	if _, ok := o.Registry.Investor(a.InvestorID); !ok {
		return engine.Errorf(engine.EUnknownAcct, "no investor %q", a.InvestorID)
	}
	if err := o.Venue.CreateAccount(ctx, a.ID); err != nil {
		return err
	}
	return o.Registry.AddAccount(ctx, actor, a)
}

// Mint issues quantity units of token to an account: a new lot acquired now
// in the cap table, and the balance on the venue. With a chain the tokens
// are minted there first: the chain refuses a holder its whitelist does not
// allow (KYC not approved, say), and then nothing is written anywhere.
func (o *Ops) Mint(ctx context.Context, actor, token, account string, quantity int64) error {
	if quantity <= 0 {
		return engine.Errorf(engine.EBadQuantity, "quantity must be positive, got %d", quantity)
	}
	if _, ok := o.Registry.Account(account); !ok {
		return engine.Errorf(engine.EUnknownAcct, "no account %q in the registry", account)
	}
	if s := o.chain; s != nil {
		addr, err := s.instrument(ctx, token)
		if err != nil {
			return err
		}
		w, err := o.Registry.Wallet(ctx, account)
		if err != nil {
			return err
		}
		if err := s.opts.Chain.MintSecurity(ctx, addr.Token, w, quantity); err != nil {
			if errors.Is(err, contracts.ErrReverted) {
				return engine.Errorf(engine.EInvalid, "the chain refused to mint %d %s to %s (is its investor's KYC approved?): %v", quantity, token, account, err)
			}
			return fmt.Errorf("issuer: mint %d %s to %s on chain: %w", quantity, token, account, err)
		}
	}
	if err := o.Registry.Mint(ctx, actor, token, account, quantity, o.now()); err != nil {
		return fmt.Errorf("issuer: minted %d %s to %s on chain but not in the cap table: %w", quantity, token, account, err)
	}
	if err := o.Venue.Credit(ctx, account, token, quantity); err != nil {
		return fmt.Errorf("issuer: minted %d %s to %s in the cap table but not on the venue: %w", quantity, token, account, err)
	}
	return nil
}

// Deposit adds cash to an account: on the venue, and as settlement tokens
// in its wallet when the venue settles on a chain.
func (o *Ops) Deposit(ctx context.Context, account, currency string, amount int64) error {
	if err := o.Venue.Deposit(ctx, account, currency, amount); err != nil {
		return err
	}
	if s := o.chain; s != nil {
		w, err := o.Registry.Wallet(ctx, account)
		if err != nil {
			return err
		}
		if amount > math.MaxInt64/s.opts.CashScale {
			return engine.Errorf(engine.EBadQuantity, "amount too large to settle on chain")
		}
		if err := s.opts.Chain.MintCash(ctx, s.cash, w, amount*s.opts.CashScale); err != nil {
			return fmt.Errorf("issuer: deposited %d on the venue but not on chain: %w", amount, err)
		}
	}
	return nil
}

// AddCustodialAccount opens an account whose wallet key the venue holds, and
// gives the DvP contract its allowances: how the demo and the tests trade
// on the embedded chain. (Real investors approve from their own wallets.)
func (o *Ops) AddCustodialAccount(ctx context.Context, actor, id, investorID string) (*contracts.Key, error) {
	if o.chain == nil {
		return nil, engine.Errorf(engine.EInvalid, "the venue has no chain")
	}
	k, err := contracts.GenerateKey()
	if err != nil {
		return nil, err
	}
	if err := o.addAccount(ctx, actor, registry.Account{ID: id, InvestorID: investorID, Wallet: k.Address()}); err != nil {
		return nil, err
	}
	return k, o.chain.custodial(ctx, id, k)
}

// SetLock sets or replaces an investor's named lock on a token.
func (o *Ops) SetLock(ctx context.Context, actor, token, investorID string, l registry.Lock) error {
	return o.Registry.SetLock(ctx, actor, token, investorID, l)
}

// RemoveLock lifts an investor's named lock on a token before its until.
// Removing a lock that does not exist is an engine.EInvalid error.
func (o *Ops) RemoveLock(ctx context.Context, actor, token, investorID, name string) error {
	return o.Registry.RemoveLock(ctx, actor, token, investorID, name)
}

// BindRuleSet binds an ordered rule set to a token and activates it: new
// evaluations use it at once; trades pending settlement are re-checked
// under it at settlement. The change goes into the registry's audit trail
// (registry.ActionRuleSetBind, subject the token) with the versions before
// and after; if only that write fails, the new set is active and the error
// says so.
func (o *Ops) BindRuleSet(ctx context.Context, actor, token string, entries []rules.Entry) (*rules.RuleSetInfo, error) {
	if _, ok := o.Checker.Token(token); !ok {
		return nil, engine.Errorf(engine.EUnknownToken, "no token %q", token)
	}
	before, _ := o.Rules.RuleSet(token) // nil: none bound yet
	info, err := o.Rules.SetRuleSet(ctx, token, entries)
	if err != nil {
		return nil, err
	}
	if err := o.Registry.Record(ctx, actor, registry.ActionRuleSetBind, token, before, info); err != nil {
		return info, fmt.Errorf("issuer: rule set %s v%d is active, but its audit entry failed: %w", token, info.Version, err)
	}
	return info, nil
}

// Halt stops trading in a token: cancel-only until Resume.
func (o *Ops) Halt(ctx context.Context, token string) error {
	_, err := o.Venue.SetMode(ctx, token, book.Halted)
	return err
}

// Resume returns a token to continuous trading.
func (o *Ops) Resume(ctx context.Context, token string) error {
	_, err := o.Venue.SetMode(ctx, token, book.Continuous)
	return err
}

// CapTable returns the token's holdings by account, with each investor's lots.
func (o *Ops) CapTable(token string) ([]registry.Holding, error) {
	return o.Registry.Holdings(token)
}

// Stats returns the token's holder statistics now.
func (o *Ops) Stats(token string) (abi.Stats, error) {
	return o.Registry.Stats(token, time.Now())
}

// Decisions reads the decision log.
func (o *Ops) Decisions(ctx context.Context, f rules.DecisionFilter) ([]rules.Decision, error) {
	return o.Rules.Decisions(ctx, f)
}
