package settle

import (
	"context"
	"encoding/hex"
	"fmt"
	"strings"
	"time"

	"github.com/regulavenue/regula/engine"
	"github.com/regulavenue/regula/rules"
	"github.com/regulavenue/regula/rules/abi"
)

// Evaluator runs a token's rule set on a transfer context; *rules.Service is
// one.
type Evaluator interface {
	Evaluate(ctx context.Context, token string, tc *abi.Context) rules.Decision
}

// RulesChecker is the Checker over the venue's rule host: it builds the
// settlement-phase transfer context of a trade (from the registry as it is
// now) and evaluates the token's rule set on it.
//
// # Notes
//
// It fails closed: a context that cannot be built (an account or token the
// registry does not know) or a decision with a malformed rule-set hash is a
// deny with code 255 (RULE_UNAVAILABLE). Only the end of ctx is an error
// (the pipeline is stopping; the trade is checked again on restart), so a
// shutdown never breaks a trade.
type RulesChecker struct {
	// Rules evaluates rule sets.
	Rules Evaluator
	// Context builds the transfer context of t in phase at time at, as if
	// the trades ahead had settled (see Checker); with engine/registry, a
	// closure over (*registry.Registry).ContextAfter and the venue's token
	// info.
	Context func(phase string, at time.Time, t engine.Trade, ahead []engine.Trade) (*abi.Context, error)
	// Now is the evaluation time. Default time.Now.
	Now func() time.Time
}

// CheckSettlement implements Checker.
func (c RulesChecker) CheckSettlement(ctx context.Context, t engine.Trade, ahead []engine.Trade) (Verdict, error) {
	now := time.Now
	if c.Now != nil {
		now = c.Now
	}
	tc, err := c.Context(abi.PhaseSettlement, now(), t, ahead)
	if err != nil {
		return Verdict{Code: abi.CodeRuleUnavailable, Reason: "no transfer context: " + engine.ErrorMessage(err), Rule: "registry"}, nil
	}
	d := c.Rules.Evaluate(ctx, t.Token, tc)
	if err := ctx.Err(); err != nil {
		return Verdict{}, fmt.Errorf("settle: check %s: %w", t.ID, err)
	}
	h, err := ParseRuleSetHash(d.RuleSetHash)
	if err != nil {
		return Verdict{Code: abi.CodeRuleUnavailable, Reason: err.Error(), Rule: d.Rule}, nil
	}
	return Verdict{Allow: d.Allow, Code: d.Code, Reason: d.Reason, Rule: d.Rule, RuleSetHash: h}, nil
}

// ParseRuleSetHash reads a rule-set hash as rules.Decision reports it (64 hex
// digits, with or without 0x); "" (a token without a rule set) is the zero
// hash.
func ParseRuleSetHash(s string) ([32]byte, error) {
	var h [32]byte
	if s == "" {
		return h, nil
	}
	b, err := hex.DecodeString(strings.TrimPrefix(s, "0x"))
	if err != nil || len(b) != len(h) {
		return h, fmt.Errorf("settle: malformed rule-set hash %q", s)
	}
	copy(h[:], b)
	return h, nil
}
