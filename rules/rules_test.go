package rules

import (
	"context"
	"encoding/json"
	"errors"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/regulavenue/regula/rules/abi"
)

func TestUpload(t *testing.T) {
	s, _ := openService(t, Options{MaxUploadBytes: 8 << 20})
	ctx := context.Background()
	kyc := examples["kyc"]
	info, err := s.Upload(ctx, kyc)
	if err != nil {
		t.Fatal(err)
	}
	if info.Ref() != "kyc@1.0.0" || len(info.SHA256) != 64 || info.Cases == 0 {
		t.Fatalf("info %+v", info)
	}
	again, err := s.Upload(ctx, kyc)
	if err != nil || again.SHA256 != info.SHA256 {
		t.Fatalf("idempotent re-upload: %v %+v", err, again)
	}
	mod := func(edit func(u *Upload)) Upload {
		u := kyc
		edit(&u)
		return u
	}
	failing := strings.Replace(string(kyc.Cases), `"allow": true`, `"allow": false`, 1)
	tests := []struct {
		name string
		up   Upload
		want error
		msg  string
	}{
		{"other bytes, same name@version", mod(func(u *Upload) { u.Wasm = examples["lockup"].Wasm }), ErrConflict, "exists with other bytes"},
		{"not wasm", mod(func(u *Upload) { u.Wasm = []byte("hello"); u.Manifest = []byte(`{"name":"x","version":"1.0.0"}`) }), ErrInvalid, "not a Wasm"},
		{"100 MB", mod(func(u *Upload) { u.Wasm = make([]byte, 100<<20) }), ErrTooLarge, "limit 8388608"},
		{"bad name", mod(func(u *Upload) { u.Manifest = []byte(`{"name":"Bad Name","version":"1.0.0"}`) }), ErrInvalid, "name"},
		{"bad version", mod(func(u *Upload) { u.Manifest = []byte(`{"name":"kyc","version":"v1"}`) }), ErrInvalid, "semver"},
		{"unknown manifest key", mod(func(u *Upload) { u.Manifest = []byte(`{"name":"kyc","version":"1.0.1","nmae":"x"}`) }), ErrInvalid, "unknown field"},
		{"unsupported schema keyword", mod(func(u *Upload) {
			u.Manifest = []byte(`{"name":"kyc","version":"1.0.2"}`)
			u.Schema = []byte(`{"type":"object","oneOf":[]}`)
		}), ErrInvalid, "unsupported keyword"},
		{"failing bundled case", mod(func(u *Upload) {
			u.Manifest = []byte(`{"name":"kyc","version":"1.0.3"}`)
			u.Cases = []byte(failing)
		}), ErrInvalid, "fails 1 of its"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			_, err := s.Upload(ctx, tt.up)
			if !errors.Is(err, tt.want) || !strings.Contains(err.Error(), tt.msg) {
				t.Fatalf("got %v, want %v with %q", err, tt.want, tt.msg)
			}
		})
	}
	mods, err := s.Modules(ctx)
	if err != nil || len(mods) != 1 {
		t.Fatalf("modules after rejects: %v %+v", err, mods)
	}
}

func TestRuleSetEvaluate(t *testing.T) {
	s, _ := openService(t, Options{MaxModulesPerSet: 4})
	ctx := context.Background()
	uploadAll(t, s)
	if _, err := s.SetLists(ctx, map[string][]string{"sanctions": {"inv-666"}}); err != nil {
		t.Fatal(err)
	}
	set := []Entry{{Module: "kyc@1.0.0"}, {Module: "sanctions@1.0.0"}, {Module: "reg-d@1.0.0", Config: json.RawMessage(`{"holding_period_days": 365}`)}, {Module: "lockup@1.0.0"}}
	info, err := s.SetRuleSet(ctx, "ACME", set)
	if err != nil {
		t.Fatal(err)
	}
	if info.Version != 1 || len(info.Hash) != 64 {
		t.Fatalf("info %+v", info)
	}
	tests := []struct {
		name  string
		edit  func(c *abi.Context)
		allow bool
		code  uint8
		rule  string
	}{
		{"all allow", func(c *abi.Context) {}, true, 0, ""},
		{"seller KYC pending: kyc first", func(c *abi.Context) { c.Seller.KYC.Status = "pending"; c.Buyer.InvestorID = "inv-666" }, false, 10, "kyc@1.0.0"},
		{"buyer sanctioned", func(c *abi.Context) { c.Buyer.InvestorID = "inv-666" }, false, 13, "sanctions@1.0.0"},
		{"holding period", func(c *abi.Context) { c.Quantity = 4000 }, false, 30, "reg-d@1.0.0"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			c := matchContext()
			tt.edit(c)
			d := s.Evaluate(ctx, "ACME", c)
			if d.Allow != tt.allow || d.Code != tt.code || d.Rule != tt.rule {
				t.Fatalf("got allow=%t code=%d rule=%s (%s); verdicts %+v", d.Allow, d.Code, d.Rule, d.Reason, d.Verdicts)
			}
			if len(d.Verdicts) != 4 || d.RuleSetHash != info.Hash || d.RuleSetVersion != 1 || len(d.InputDigest) != 64 || !d.Logged {
				t.Fatalf("decision %+v", d)
			}
		})
	}
	t.Run("no rule set allows", func(t *testing.T) {
		if d := s.Evaluate(ctx, "OTHER", matchContext()); !d.Allow || d.RuleSetVersion != 0 {
			t.Fatalf("%+v", d)
		}
	})
	t.Run("unknown phase fails closed", func(t *testing.T) {
		c := matchContext()
		c.Phase = "after_hours"
		if d := s.Evaluate(ctx, "ACME", c); d.Allow || d.Code != abi.CodeRuleUnavailable {
			t.Fatalf("%+v", d)
		}
	})
	bad := []struct {
		name string
		set  []Entry
		want error
	}{
		{"config against schema", []Entry{{Module: "reg-d@1.0.0", Config: json.RawMessage(`{"holding_period_days": -1}`)}}, ErrInvalid},
		{"unknown config key", []Entry{{Module: "reg-d@1.0.0", Config: json.RawMessage(`{"holding_period": 1}`)}}, ErrInvalid},
		{"unknown module", []Entry{{Module: "nope@1.0.0"}}, ErrInvalid},
		{"bad ref", []Entry{{Module: "kyc"}}, ErrInvalid},
		{"twice", []Entry{{Module: "kyc@1.0.0"}, {Module: "kyc@1.0.0"}}, ErrInvalid},
		{"too many", append(set, Entry{Module: "kyc@1.0.0"}), ErrTooLarge},
	}
	for _, tt := range bad {
		t.Run(tt.name, func(t *testing.T) {
			if _, err := s.SetRuleSet(ctx, "ACME", tt.set); !errors.Is(err, tt.want) {
				t.Fatalf("got %v, want %v", err, tt.want)
			}
		})
	}
	if cur, _ := s.RuleSet("ACME"); cur.Version != 1 {
		t.Fatalf("a refused set changed the active one: %+v", cur)
	}
	// The hash covers modules and canonical configs: the same set again
	// (config spelt differently) hashes the same, another config does not.
	same := append([]Entry(nil), set...)
	same[2].Config = json.RawMessage(`{ "holding_period_days" : 365 }`)
	again, err := s.SetRuleSet(ctx, "ACME", same)
	if err != nil || again.Version != 2 || again.Hash != info.Hash {
		t.Fatalf("same set: %v %+v (v1 hash %s)", err, again, info.Hash)
	}
	same[2].Config = json.RawMessage(`{"holding_period_days": 180}`)
	other, err := s.SetRuleSet(ctx, "ACME", same)
	if err != nil || other.Hash == info.Hash {
		t.Fatalf("other config, same hash: %v %+v", err, other)
	}
	if _, err := s.ActivateRuleSet(ctx, "ACME", 1); err != nil {
		t.Fatal(err)
	}
	if d := s.Evaluate(ctx, "ACME", matchContext()); d.RuleSetVersion != 1 || d.RuleSetHash != info.Hash {
		t.Fatalf("rollback: %+v", d)
	}
}

func TestDecisionLogReplay(t *testing.T) {
	s, path := openService(t, Options{})
	ctx := context.Background()
	uploadAll(t, s)
	if _, err := s.SetLists(ctx, map[string][]string{"sanctions": {"inv-666"}}); err != nil {
		t.Fatal(err)
	}
	if _, err := s.SetRuleSet(ctx, "ACME", []Entry{{Module: "kyc@1.0.0"}, {Module: "sanctions@1.0.0"}, {Module: "reg-d@1.0.0"}}); err != nil {
		t.Fatal(err)
	}
	// An order refused at entry is logged (the record of why); one
	// accepted at entry is not (its match and settlement decisions are).
	oeDenied := matchContext()
	oeDenied.Phase, oeDenied.Buyer, oeDenied.Seller.InvestorID = abi.PhaseOrderEntry, nil, "inv-666"
	entryDenied := s.Evaluate(ctx, "ACME", oeDenied)
	if entryDenied.Code != 12 || !entryDenied.Logged {
		t.Fatalf("entry deny %+v", entryDenied)
	}
	c := matchContext()
	c.Buyer.InvestorID = "inv-666"
	denied := s.Evaluate(ctx, "ACME", c)
	allowed := s.Evaluate(ctx, "ACME", matchContext())
	oe := matchContext()
	oe.Phase, oe.Buyer = abi.PhaseOrderEntry, nil
	entry := s.Evaluate(ctx, "ACME", oe)
	if denied.Code != 13 || !allowed.Allow || entry.Logged {
		t.Fatalf("denied %+v allowed %+v entry logged %t", denied, allowed, entry.Logged)
	}
	// Lists and rule set change afterwards: replay still uses what was read.
	if _, err := s.SetLists(ctx, nil); err != nil {
		t.Fatal(err)
	}
	if _, err := s.SetRuleSet(ctx, "ACME", []Entry{{Module: "lockup@1.0.0"}}); err != nil {
		t.Fatal(err)
	}
	if err := s.Flush(ctx); err != nil {
		t.Fatal(err)
	}
	for _, d := range []Decision{entryDenied, denied, allowed} {
		r, err := s.Replay(ctx, d.ID)
		if err != nil {
			t.Fatal(err)
		}
		if !r.Same || r.Decision.Code != d.Code || len(r.Verdicts) != 3 {
			t.Fatalf("replay of %d: %+v", d.ID, r)
		}
	}
	if _, err := s.Decision(ctx, entry.ID); !errors.Is(err, ErrNotFound) {
		t.Fatalf("order entry decision logged: %v", err)
	}
	got, err := s.Decisions(ctx, DecisionFilter{Token: "ACME"})
	if err != nil || len(got) != 3 || got[0].ID != allowed.ID || got[2].ID != entryDenied.ID {
		t.Fatalf("decisions: %v %+v", err, got)
	}
	gc, err := got[1].Context()
	if err != nil || gc.Buyer.InvestorID != "inv-666" {
		t.Fatalf("logged context: %v %+v", err, gc)
	}

	// Reopen on the same file: active set, lists and ids carry over.
	s.Close(ctx)
	s2 := openAt(t, path, Options{})
	if rs, err := s2.RuleSet("ACME"); err != nil || rs.Version != 2 {
		t.Fatalf("after reopen: %v %+v", err, rs)
	}
	d := s2.Evaluate(ctx, "ACME", matchContext())
	if d.ID <= allowed.ID || d.RuleSetVersion != 2 {
		t.Fatalf("after reopen: %+v", d)
	}
	if r, err := s2.Replay(ctx, denied.ID); err != nil || !r.Same {
		t.Fatalf("replay after reopen: %v %+v", err, r)
	}
}

// TestActivationIsAtomic swaps rule sets while evaluations run: every
// decision carries a (version, hash) pair of one real version and as many
// verdicts as that version has modules.
func TestActivationIsAtomic(t *testing.T) {
	s, _ := openService(t, Options{})
	ctx := context.Background()
	uploadAll(t, s)
	one := []Entry{{Module: "kyc@1.0.0"}}
	two := []Entry{{Module: "kyc@1.0.0"}, {Module: "reg-d@1.0.0"}}
	hashes := map[int64]string{}
	sizes := map[int64]int{}
	var mu sync.Mutex
	set := func(e []Entry) {
		info, err := s.SetRuleSet(ctx, "ACME", e)
		if err != nil {
			t.Error(err)
			return
		}
		mu.Lock()
		hashes[info.Version], sizes[info.Version] = info.Hash, len(e)
		mu.Unlock()
	}
	set(one)
	var wg sync.WaitGroup
	stop := make(chan struct{})
	var decisions []Decision
	var dmu sync.Mutex
	for g := 0; g < 2; g++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for {
				select {
				case <-stop:
					return
				default:
				}
				d := s.Evaluate(ctx, "ACME", matchContext())
				dmu.Lock()
				decisions = append(decisions, d)
				dmu.Unlock()
			}
		}()
	}
	count := func() int {
		dmu.Lock()
		defer dmu.Unlock()
		return len(decisions)
	}
	for i := 0; i < 6; i++ {
		if i%2 == 0 {
			set(two)
		} else {
			set(one)
		}
		n := count()
		waitFor(t, 30*time.Second, "evaluations on the new set", func() bool { return count() >= n+5 })
	}
	close(stop)
	wg.Wait()
	mu.Lock()
	defer mu.Unlock()
	for _, d := range decisions {
		if hashes[d.RuleSetVersion] != d.RuleSetHash || sizes[d.RuleSetVersion] != len(d.Verdicts) {
			t.Fatalf("decision on v%d with hash %s and %d verdicts", d.RuleSetVersion, d.RuleSetHash, len(d.Verdicts))
		}
	}
	if len(decisions) == 0 {
		t.Fatal("no decisions")
	}
}

// waitFor polls cond until it holds or d passes.
func waitFor(t testing.TB, d time.Duration, what string, cond func() bool) {
	t.Helper()
	deadline := time.Now().Add(d)
	for !cond() {
		if time.Now().After(deadline) {
			t.Fatalf("timed out waiting for %s", what)
		}
		time.Sleep(time.Millisecond)
	}
}
