package settle

import (
	"context"
	"encoding/hex"
	"errors"
	"testing"
	"time"

	"github.com/regulavenue/regula/engine"
	"github.com/regulavenue/regula/rules"
	"github.com/regulavenue/regula/rules/abi"
)

// evaluator stands for the rule host: it denies a buyer from KP, as a
// sanctions module's blocked countries would, and records what it saw.
type evaluator struct {
	hash   string
	phases []string
	cancel context.CancelFunc // if set, cancelled during evaluation (shutdown)
}

func (e *evaluator) Evaluate(_ context.Context, token string, tc *abi.Context) rules.Decision {
	e.phases = append(e.phases, tc.Phase)
	if e.cancel != nil {
		e.cancel()
		return rules.Decision{Token: token, Code: abi.CodeRuleUnavailable, RuleSetHash: e.hash}
	}
	if tc.Buyer != nil && tc.Buyer.Country == "KP" {
		return rules.Decision{Token: token, Phase: tc.Phase, Code: abi.CodeBuyerJurisdiction,
			Reason: "buyer's country KP is blocked", Rule: "sanctions@1.0.0", RuleSetHash: e.hash}
	}
	return rules.Decision{Token: token, Phase: tc.Phase, Allow: true, RuleSetHash: e.hash}
}

func TestRulesChecker(t *testing.T) {
	hash := hex.EncodeToString(ruleSetHash[:])
	countries := map[string]string{"alice": "US", "bob": "DE", "kim": "KP"}
	contextOf := func(phase string, at time.Time, tr engine.Trade, _ []engine.Trade) (*abi.Context, error) {
		b, ok := countries[tr.Buyer]
		if !ok {
			return nil, engine.Errorf(engine.EUnknownAcct, "unknown account %s", tr.Buyer)
		}
		return &abi.Context{Phase: phase, Time: at, Token: abi.Token{Symbol: tr.Token},
			Seller: &abi.Party{Account: tr.Seller, Country: countries[tr.Seller]},
			Buyer:  &abi.Party{Account: tr.Buyer, Country: b}, Quantity: tr.Qty, Price: tr.Price}, nil
	}
	for _, tc := range []struct {
		name, buyer, hash string
		want              Verdict
	}{
		{"allow", "bob", hash, Verdict{Allow: true, RuleSetHash: ruleSetHash}},
		{"allow with 0x hash", "bob", "0x" + hash, Verdict{Allow: true, RuleSetHash: ruleSetHash}},
		{"no rule set", "bob", "", Verdict{Allow: true}},
		{"deny", "kim", hash, Verdict{Code: abi.CodeBuyerJurisdiction, Reason: "buyer's country KP is blocked",
			Rule: "sanctions@1.0.0", RuleSetHash: ruleSetHash}},
		{"unknown account fails closed", "nobody", hash, Verdict{Code: abi.CodeRuleUnavailable,
			Reason: "no transfer context: unknown account nobody", Rule: "registry"}},
		{"bad hash fails closed", "bob", "zz", Verdict{Code: abi.CodeRuleUnavailable,
			Reason: `settle: malformed rule-set hash "zz"`}},
	} {
		t.Run(tc.name, func(t *testing.T) {
			ev := &evaluator{hash: tc.hash}
			c := RulesChecker{Rules: ev, Context: contextOf}
			got, err := c.CheckSettlement(context.Background(), trade("alice", tc.buyer, 1, 100), nil)
			if err != nil {
				t.Fatal(err)
			}
			if got != tc.want {
				t.Errorf("got %+v, want %+v", got, tc.want)
			}
			for _, ph := range ev.phases {
				if ph != abi.PhaseSettlement {
					t.Errorf("evaluated phase %q", ph)
				}
			}
		})
	}
	t.Run("shutdown is not a deny", func(t *testing.T) {
		ctx, cancel := context.WithCancel(context.Background())
		c := RulesChecker{Rules: &evaluator{hash: hash, cancel: cancel}, Context: contextOf}
		if _, err := c.CheckSettlement(ctx, trade("alice", "bob", 1, 100), nil); !errors.Is(err, context.Canceled) {
			t.Fatalf("got %v, want context.Canceled", err)
		}
	})
}
