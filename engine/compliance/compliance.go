// Package compliance runs each token's rule set for the venue: it builds the
// RULES.md transfer context from the investor registry and cap table
// (engine/registry) and evaluates it on the Wasm rule host (rules). It is
// the venue's engine.Compliance.
package compliance

import (
	"context"
	"embed"
	"encoding/json"
	"errors"
	"fmt"
	"io/fs"
	"sync"
	"time"

	"github.com/regulavenue/regula/engine"
	"github.com/regulavenue/regula/engine/book"
	"github.com/regulavenue/regula/engine/registry"
	"github.com/regulavenue/regula/engine/store"
	"github.com/regulavenue/regula/rules"
	"github.com/regulavenue/regula/rules/abi"
)

//go:embed migrations/*.sql
var migrations embed.FS

// Checker evaluates transfers against tokens' rule sets. It is safe for
// concurrent use.
type Checker struct {
	reg   *registry.Registry
	rules *rules.Service
	db    *store.DB

	mu     sync.RWMutex
	tokens map[string]registry.TokenInfo
}

// Open returns a checker over the registry and the rule host, with the token
// profiles stored in db (its own table, cmp_tokens).
func Open(ctx context.Context, db *store.DB, reg *registry.Registry, rs *rules.Service) (*Checker, error) {
	sub, err := fs.Sub(migrations, "migrations")
	if err != nil {
		return nil, err
	}
	if err := db.Migrate(ctx, "compliance", sub); err != nil {
		return nil, err
	}
	c := &Checker{reg: reg, rules: rs, db: db, tokens: map[string]registry.TokenInfo{}}
	var rows []struct {
		Symbol string `db:"symbol"`
		Info   string `db:"info"`
	}
	if err := db.SelectContext(ctx, &rows, `SELECT symbol, info FROM cmp_tokens`); err != nil {
		return nil, fmt.Errorf("compliance: load token profiles: %w", err)
	}
	for _, r := range rows {
		var info registry.TokenInfo
		if err := json.Unmarshal([]byte(r.Info), &info); err != nil {
			return nil, fmt.Errorf("compliance: token profile %s: %w", r.Symbol, err)
		}
		c.tokens[r.Symbol] = info
	}
	return c, nil
}

// SetToken records, durably, what rules read about a token beyond the
// registry: its decimals, offering (exemption, closed_at, issuer_reporting)
// and MiCA attributes. It takes effect for evaluations that start after it.
// A token the checker does not know is denied with 255 (RULE_UNAVAILABLE):
// the venue fails closed.
func (c *Checker) SetToken(ctx context.Context, info registry.TokenInfo) error {
	data, err := json.Marshal(info)
	if err != nil {
		return err
	}
	if _, err := c.db.ExecContext(ctx, c.db.Rebind(`INSERT INTO cmp_tokens (symbol, info, updated_at) VALUES (?, ?, ?)
		ON CONFLICT (symbol) DO UPDATE SET info = excluded.info, updated_at = excluded.updated_at`),
		info.Symbol, string(data), time.Now().UnixNano()); err != nil {
		return fmt.Errorf("compliance: save token profile %s: %w", info.Symbol, err)
	}
	c.mu.Lock()
	c.tokens[info.Symbol] = info
	c.mu.Unlock()
	return nil
}

// Token returns the token's info, if set.
func (c *Checker) Token(symbol string) (registry.TokenInfo, bool) {
	c.mu.RLock()
	defer c.mu.RUnlock()
	t, ok := c.tokens[symbol]
	return t, ok
}

// Entry runs the rule set at order entry, with only the entering party.
func (c *Checker) Entry(token, account string, side book.Side, qty, price int64, at int64) engine.Verdict {
	seller, buyer := account, ""
	if side == book.Buy {
		seller, buyer = "", account
	}
	d := c.Evaluate(context.Background(), abi.PhaseOrderEntry, token, seller, buyer, qty, price, time.Unix(0, at).UTC())
	return d.verdict
}

// Match runs the rule set before a candidate fill, with both parties.
func (c *Checker) Match(token, buyer, seller string, qty, price int64, at int64) engine.Verdict {
	d := c.Evaluate(context.Background(), abi.PhaseMatch, token, seller, buyer, qty, price, time.Unix(0, at).UTC())
	return d.verdict
}

// VenueRule names the venue itself as the denying rule when no module ran:
// the token has no compliance profile, or a party is not in the registry.
const VenueRule = "venue"

// Result is a decision with the venue's view of it.
type Result struct {
	verdict engine.Verdict
	// Decision is the rule host's decision (nil when no rule ran: unknown
	// token or party).
	Decision *rules.Decision
}

// Verdict is the decision as the venue sees it.
func (r Result) Verdict() engine.Verdict { return r.verdict }

// Evaluate builds the transfer context and runs the token's rule set. It
// never fails open: an unknown token, an account the registry does not know,
// or a context that cannot be built is a deny.
func (c *Checker) Evaluate(ctx context.Context, phase, token, seller, buyer string, qty, price int64, at time.Time) Result {
	info, ok := c.Token(token)
	if !ok {
		return deny(abi.CodeRuleUnavailable, fmt.Sprintf("token %s has no compliance profile", token), VenueRule)
	}
	tc, err := c.reg.Context(phase, at, info, seller, buyer, qty, price)
	if err != nil {
		return deny(contextCode(err, seller, buyer, c.reg), engine.ErrorMessage(err), VenueRule)
	}
	d := c.rules.Evaluate(ctx, token, tc)
	return Result{verdict: engine.Verdict{Allow: d.Allow, Code: d.Code, Reason: d.Reason, Rule: d.Rule}, Decision: &d}
}

// contextCode maps a context failure to the nearest RULES.md code: a party
// the registry does not know is not verified.
func contextCode(err error, seller, buyer string, reg *registry.Registry) uint8 {
	var e *engine.Error
	if errors.As(err, &e) && e.Code == engine.EUnknownAcct {
		if seller != "" {
			if _, ok := reg.Account(seller); !ok {
				return abi.CodeSellerNotVerified
			}
		}
		return abi.CodeBuyerNotVerified
	}
	return abi.CodeRuleUnavailable
}

func deny(code uint8, reason, rule string) Result {
	return Result{verdict: engine.Verdict{Code: code, Reason: reason, Rule: rule}}
}
