package rules

import (
	"context"
	"crypto/sha256"
	"encoding/hex"
	"time"

	"github.com/regulavenue/regula/rules/abi"
)

// Decision is the outcome of running a token's rule set on a transfer.
type Decision struct {
	// ID numbers decisions in the log (also for those not logged).
	ID    int64  `json:"id"`
	Token string `json:"token"`
	Phase string `json:"phase"`
	// Allow, Code, Reason and Rule are the first deny in rule-set order, or
	// an allow.
	Allow  bool   `json:"allow"`
	Code   uint8  `json:"code"`
	Reason string `json:"reason,omitempty"`
	Rule   string `json:"rule,omitempty"`
	// Verdicts holds every module's verdict, in rule-set order.
	Verdicts []abi.Verdict `json:"verdicts"`
	// RuleSetVersion and RuleSetHash identify the rule set (0 and "" when the
	// token has none: the transfer is allowed).
	RuleSetVersion int64  `json:"ruleset_version"`
	RuleSetHash    string `json:"ruleset_hash"`
	// InputDigest is sha256 of the binary context followed by ListsID.
	InputDigest string `json:"input_digest"`
	ListsID     string `json:"lists_id"`
	// Time is the context's evaluation time.
	Time time.Time `json:"time"`
	// Duration is the whole evaluation; ModuleNanos each module's.
	Duration    time.Duration `json:"duration_ns"`
	ModuleNanos []int64       `json:"module_ns"`
	// Logged reports whether the decision goes to the decision log.
	Logged bool `json:"logged"`

	input []byte
}

// Evaluate runs token's active rule set on tc. It never fails: a context
// that cannot be encoded, a module that cannot be loaded, times out, traps
// or answers garbage is a deny with a host code. Every module runs, so the
// decision keeps every verdict; the first deny in rule-set order decides.
// Decisions of phase match and settlement, and order_entry denies (allows
// too when Options.LogOrderEntry), are queued for the decision log; ctx
// bounds only waiting for a pooled instance and for room in the log queue.
func (s *Service) Evaluate(ctx context.Context, token string, tc *abi.Context) Decision {
	start := time.Now()
	rs := s.active(token)
	lists := s.lists.Load()
	d := Decision{Token: token, Phase: tc.Phase, Allow: true, Time: tc.Time, ListsID: lists.id}
	in, err := abi.EncodeContext(tc)
	if err != nil {
		d.Allow, d.Code, d.Reason = false, abi.CodeRuleUnavailable, "context could not be encoded: "+err.Error()
		d.Duration = time.Since(start)
		return d
	}
	d.input = in
	d.InputDigest = sha256Hex(in, lists.id)
	if rs != nil {
		d.RuleSetVersion, d.RuleSetHash = rs.info.Version, rs.info.Hash
		d.Verdicts, d.ModuleNanos = s.run(ctx, rs, in, lists)
		for _, v := range d.Verdicts {
			if !v.Allow {
				d.Allow, d.Code, d.Reason, d.Rule = false, v.Code, v.Reason, v.Rule
				break
			}
		}
	}
	d.Duration = time.Since(start)
	d.ID = s.log.nextID()
	if tc.Phase != abi.PhaseOrderEntry || !d.Allow || s.opts.LogOrderEntry {
		d.Logged = s.log.enqueue(ctx, &d)
	}
	return d
}

func (s *Service) run(ctx context.Context, rs *ruleSet, in []byte, lists *Lists) ([]abi.Verdict, []int64) {
	verdicts := make([]abi.Verdict, len(rs.entries))
	nanos := make([]int64, len(rs.entries))
	for i, e := range rs.entries {
		t0 := time.Now()
		if e.lm == nil {
			verdicts[i] = abi.Verdict{Code: abi.CodeRuleUnavailable, Reason: "module could not be loaded: " + e.err.Error(), Rule: e.ref}
		} else {
			verdicts[i] = e.lm.mod.Evaluate(ctx, e.cfgID, in, lists).Verdict
			verdicts[i].Rule = e.ref
		}
		nanos[i] = time.Since(t0).Nanoseconds()
	}
	return verdicts, nanos
}

// sha256Hex is the input digest: sha256 of the binary context then the
// lists snapshot id.
func sha256Hex(in []byte, listsID string) string {
	h := sha256.New()
	h.Write(in)
	h.Write([]byte(listsID))
	return hex.EncodeToString(h.Sum(nil))
}
