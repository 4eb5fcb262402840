package registry

import (
	"encoding/json"
	"errors"
	"reflect"
	"strings"
	"testing"

	"github.com/ethereum/go-ethereum/common"
)

func TestValidCountry(t *testing.T) {
	n := 0
	for a := 'A'; a <= 'Z'; a++ {
		for b := 'A'; b <= 'Z'; b++ {
			if ValidCountry(string([]rune{a, b})) {
				n++
			}
		}
	}
	if n != 249 {
		t.Fatalf("%d assigned codes, want 249", n)
	}
	for _, tt := range []struct {
		c  string
		ok bool
	}{
		{"US", true}, {"DE", true}, {"GB", true}, {"XK", false}, {"UK", false}, {"us", false},
		{"USA", false}, {"", false}, {"U", false}, {" US", false}, {"S ", false}, {"ZW", true}, {"AD", true},
	} {
		if got := ValidCountry(tt.c); got != tt.ok {
			t.Errorf("ValidCountry(%q) = %v", tt.c, got)
		}
	}
}

func TestAuditTrail(t *testing.T) {
	e := newEnv(t)
	e.must(e.r.AddToken(ctx, "issuer-1", "ACME"))
	e.clock.Set(day(1))
	inv := Investor{ID: "a", Country: "US", USPerson: true, Class: ClassRetail, KYCStatus: KYCPending}
	e.must(e.r.PutInvestor(ctx, "onboarding", inv))
	e.clock.Set(day(2))
	inv2 := inv
	inv2.KYCStatus, inv2.KYCExpiresAt = KYCApproved, day(365)
	e.must(e.r.PutInvestor(ctx, "kyc-officer", inv2))
	e.must(e.r.AddAccount(ctx, "onboarding", Account{ID: "acc-a", InvestorID: "a", Wallet: wallet(1)}))
	lock := Lock{Name: "founder", Quantity: 10, Until: day(100), Reason: "founder shares"}
	e.must(e.r.SetLock(ctx, "issuer-1", "ACME", "a", lock))
	e.must(e.r.RemoveLock(ctx, "issuer-1", "ACME", "a", "founder"))
	e.must(e.r.Mint(ctx, "issuer-1", "ACME", "acc-a", 7, day(2)))
	// Refused changes leave no trace.
	if err := e.r.PutInvestor(ctx, "x", Investor{ID: "a", Country: "ZZ", Class: ClassRetail, KYCStatus: KYCApproved}); err == nil {
		t.Fatal("bad country accepted")
	}
	e.reopen()

	js := func(v any) string {
		if v == nil {
			return "null"
		}
		b, _ := json.Marshal(v)
		return string(b)
	}
	want := []struct {
		actor, action, subject string
		before, after          string
	}{
		{"issuer-1", ActionTokenAdd, "ACME", "null", `{"symbol":"ACME"}`},
		{"onboarding", ActionInvestorCreate, "a", "null", js(inv)},
		{"kyc-officer", ActionInvestorUpdate, "a", js(inv), js(inv2)},
		{"onboarding", ActionAccountAdd, "acc-a", "null", js(Account{ID: "acc-a", InvestorID: "a", Wallet: wallet(1)})},
		{"issuer-1", ActionLockSet, "ACME/a/founder", "null", js(lock)},
		{"issuer-1", ActionLockRemove, "ACME/a/founder", js(lock), "null"},
		{"issuer-1", ActionMint, "ACME/acc-a", `{"token":"ACME","account":"acc-a","balance":0}`,
			`{"token":"ACME","account":"acc-a","balance":7,"quantity":7,"acquired_at":"2026-01-17T00:00:00Z"}`},
	}
	got, err := e.r.Audit(ctx, AuditQuery{})
	if err != nil {
		t.Fatal(err)
	}
	if len(got) != len(want) {
		t.Fatalf("%d entries, want %d: %+v", len(got), len(want), got)
	}
	for i, w := range want {
		g := got[i]
		if g.Actor != w.actor || g.Action != w.action || g.Subject != w.subject || string(g.Before) != w.before || string(g.After) != w.after {
			t.Errorf("entry %d:\n got %s %s %s %s -> %s\nwant %s %s %s %s -> %s", i, g.Actor, g.Action, g.Subject, g.Before, g.After,
				w.actor, w.action, w.subject, w.before, w.after)
		}
	}
	if !got[1].At.Equal(day(1)) || !got[2].At.Equal(day(2)) {
		t.Errorf("times %s, %s", got[1].At, got[2].At)
	}
	// The before of an update is the investor as it was: decodes back equal.
	var back Investor
	if err := json.Unmarshal(got[2].Before, &back); err != nil || !reflect.DeepEqual(back, inv) {
		t.Errorf("before decodes to %+v (%v)", back, err)
	}
	sub, err := e.r.Audit(ctx, AuditQuery{Subject: "a"})
	if err != nil || len(sub) != 2 {
		t.Fatalf("by subject: %d, %v", len(sub), err)
	}
	page, err := e.r.Audit(ctx, AuditQuery{AfterID: got[4].ID, Limit: 1})
	if err != nil || len(page) != 1 || page[0].ID != got[5].ID {
		t.Fatalf("paging: %+v, %v", page, err)
	}
	act, err := e.r.Audit(ctx, AuditQuery{Action: ActionMint})
	if err != nil || len(act) != 1 {
		t.Fatalf("by action: %d, %v", len(act), err)
	}
}

// Every refused change leaves memory and database exactly as they were.
func TestBadInputChangesNothing(t *testing.T) {
	e := newEnv(t)
	e.must(e.r.AddToken(ctx, "issuer", "ACME"))
	e.investor("a", 1, nil)
	e.investor("b", 2, nil)
	e.must(e.r.Mint(ctx, "issuer", "ACME", "acc-a", 100, day(0)))
	e.must(e.r.Transfer(ctx, Transfer{Token: "ACME", Ref: "t-1", Seller: "acc-a", Buyer: "acc-b", Quantity: 10, At: day(1)}))
	good := Investor{ID: "c", Country: "FR", Class: ClassRetail, KYCStatus: KYCApproved}
	with := func(f func(*Investor)) Investor { i := good; f(&i); return i }
	tests := []struct {
		name string
		do   func() error
		code string
	}{
		{"bad country", func() error { return e.r.PutInvestor(ctx, "i", with(func(i *Investor) { i.Country = "XX" })) }, "invalid"},
		{"lower-case country", func() error { return e.r.PutInvestor(ctx, "i", with(func(i *Investor) { i.Country = "fr" })) }, "invalid"},
		{"alpha-3 country", func() error { return e.r.PutInvestor(ctx, "i", with(func(i *Investor) { i.Country = "FRA" })) }, "invalid"},
		{"bad class", func() error { return e.r.PutInvestor(ctx, "i", with(func(i *Investor) { i.Class = "whale" })) }, "invalid"},
		{"bad kyc", func() error { return e.r.PutInvestor(ctx, "i", with(func(i *Investor) { i.KYCStatus = "ok" })) }, "invalid"},
		{"empty id", func() error { return e.r.PutInvestor(ctx, "i", with(func(i *Investor) { i.ID = "" })) }, "invalid"},
		{"control char id", func() error { return e.r.PutInvestor(ctx, "i", with(func(i *Investor) { i.ID = "a\nb" })) }, "invalid"},
		{"no actor", func() error { return e.r.PutInvestor(ctx, "", good) }, "invalid"},
		{"account of unknown investor", func() error {
			return e.r.AddAccount(ctx, "i", Account{ID: "acc-x", InvestorID: "nobody", Wallet: wallet(9)})
		}, "unknown_account"},
		{"duplicate account", func() error {
			return e.r.AddAccount(ctx, "i", Account{ID: "acc-a", InvestorID: "b", Wallet: wallet(9)})
		}, "duplicate"},
		{"duplicate wallet", func() error {
			return e.r.AddAccount(ctx, "i", Account{ID: "acc-x", InvestorID: "b", Wallet: wallet(1)})
		}, "duplicate"},
		{"zero wallet", func() error { return e.r.AddAccount(ctx, "i", Account{ID: "acc-x", InvestorID: "b"}) }, "invalid"},
		{"duplicate token", func() error { return e.r.AddToken(ctx, "i", "ACME") }, "duplicate"},
		{"negative mint", func() error { return e.r.Mint(ctx, "i", "ACME", "acc-a", -5, day(2)) }, "bad_quantity"},
		{"zero mint", func() error { return e.r.Mint(ctx, "i", "ACME", "acc-a", 0, day(2)) }, "bad_quantity"},
		{"mint of unknown token", func() error { return e.r.Mint(ctx, "i", "NOPE", "acc-a", 5, day(2)) }, "unknown_token"},
		{"mint to unknown account", func() error { return e.r.Mint(ctx, "i", "ACME", "acc-x", 5, day(2)) }, "unknown_account"},
		{"mint overflowing supply", func() error { return e.r.Mint(ctx, "i", "ACME", "acc-a", 1<<63-50, day(2)) }, "bad_quantity"},
		{"transfer beyond balance", func() error {
			return e.r.Transfer(ctx, Transfer{Token: "ACME", Seller: "acc-a", Buyer: "acc-b", Quantity: 91, At: day(2)})
		}, "insufficient"},
		{"transfer beyond a partial lot holder", func() error {
			return e.r.Transfer(ctx, Transfer{Token: "ACME", Seller: "acc-b", Buyer: "acc-a", Quantity: 11, At: day(2)})
		}, "insufficient"},
		{"negative transfer", func() error {
			return e.r.Transfer(ctx, Transfer{Token: "ACME", Seller: "acc-a", Buyer: "acc-b", Quantity: -1, At: day(2)})
		}, "bad_quantity"},
		{"negative price", func() error {
			return e.r.Transfer(ctx, Transfer{Token: "ACME", Seller: "acc-a", Buyer: "acc-b", Quantity: 1, Price: -1, At: day(2)})
		}, "bad_price"},
		{"transfer to unknown buyer", func() error {
			return e.r.Transfer(ctx, Transfer{Token: "ACME", Seller: "acc-a", Buyer: "acc-x", Quantity: 1, At: day(2)})
		}, "unknown_account"},
		{"transfer to itself", func() error {
			return e.r.Transfer(ctx, Transfer{Token: "ACME", Seller: "acc-a", Buyer: "acc-a", Quantity: 1, At: day(2)})
		}, "invalid"},
		{"transfer recorded twice", func() error {
			return e.r.Transfer(ctx, Transfer{Token: "ACME", Ref: "t-1", Seller: "acc-a", Buyer: "acc-b", Quantity: 10, At: day(1)})
		}, "duplicate"},
		{"lock of zero", func() error { return e.r.SetLock(ctx, "i", "ACME", "a", Lock{Name: "l", Until: day(9)}) }, "bad_quantity"},
		{"lock without until", func() error { return e.r.SetLock(ctx, "i", "ACME", "a", Lock{Name: "l", Quantity: 1}) }, "invalid"},
		{"lock on unknown token", func() error {
			return e.r.SetLock(ctx, "i", "NOPE", "a", Lock{Name: "l", Quantity: 1, Until: day(9)})
		}, "unknown_token"},
		{"lock of unknown investor", func() error {
			return e.r.SetLock(ctx, "i", "ACME", "zz", Lock{Name: "l", Quantity: 1, Until: day(9)})
		}, "unknown_account"},
		{"remove missing lock", func() error { return e.r.RemoveLock(ctx, "i", "ACME", "a", "none") }, "invalid"},
	}
	want := dump(t, e.r, day(3))
	audits, _ := e.r.Audit(ctx, AuditQuery{})
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			err := tt.do()
			if codeOf(err) != tt.code {
				t.Fatalf("error %v, want code %q", err, tt.code)
			}
			if got := dump(t, e.r, day(3)); got != want {
				t.Fatalf("state changed:\n%s", got)
			}
		})
	}
	e.reopen()
	if got := dump(t, e.r, day(3)); got != want {
		t.Fatalf("database changed:\n%s", got)
	}
	if a, _ := e.r.Audit(ctx, AuditQuery{}); len(a) != len(audits) {
		t.Fatalf("%d audit entries, want %d", len(a), len(audits))
	}
}

// A transfer whose SQL fails halfway (after its lots were rewritten) is rolled
// back whole, in the database and in memory.
func TestTransferFailingInSQLIsNotHalfApplied(t *testing.T) {
	e := newEnv(t)
	e.must(e.r.AddToken(ctx, "issuer", "ACME"))
	e.investor("a", 1, nil)
	e.investor("b", 2, nil)
	e.must(e.r.Mint(ctx, "issuer", "ACME", "acc-a", 60, day(0)))
	e.must(e.r.Mint(ctx, "issuer", "ACME", "acc-a", 40, day(1)))
	want := dump(t, e.r, day(3))
	if _, err := e.db.Exec(`ALTER TABLE reg_transfers RENAME TO reg_transfers_gone`); err != nil {
		t.Fatal(err)
	}
	err := e.r.Transfer(ctx, Transfer{Token: "ACME", Seller: "acc-a", Buyer: "acc-b", Quantity: 70, At: day(2)})
	if err == nil || codeOf(err) != "internal" {
		t.Fatalf("error %v, want an internal one", err)
	}
	if got := dump(t, e.r, day(3)); got != want {
		t.Fatalf("memory changed:\n%s", got)
	}
	if _, err := e.db.Exec(`ALTER TABLE reg_transfers_gone RENAME TO reg_transfers`); err != nil {
		t.Fatal(err)
	}
	e.reopen()
	if got := dump(t, e.r, day(3)); got != want {
		t.Fatalf("database changed:\n%s", got)
	}
	// And the registry still works: the lot ids did not collide.
	e.must(e.r.Transfer(ctx, Transfer{Token: "ACME", Seller: "acc-a", Buyer: "acc-b", Quantity: 70, At: day(2)}))
	checkStats(t, e.r, "ACME", day(3))
}

func TestPersistenceAcrossReopen(t *testing.T) {
	e := newEnv(t)
	for _, s := range []string{"ACME", "BETA"} {
		e.must(e.r.AddToken(ctx, "issuer", s))
	}
	e.investor("a", 1, func(i *Investor) {
		i.KYCExpiresAt, i.AccreditationExpiresAt = day(500).Add(123456789), day(50)
	})
	e.investor("b", 2, func(i *Investor) { i.Country, i.USPerson, i.Class = "SG", false, ClassEligibleCounterparty })
	e.must(e.r.AddAccount(ctx, "issuer", Account{ID: "acc-b2", InvestorID: "b", Wallet: wallet(3)}))
	e.must(e.r.SetLock(ctx, "issuer", "ACME", "a", Lock{Name: "founder", Quantity: 30, Until: day(200), Reason: "founder"}))
	e.must(e.r.SetLock(ctx, "issuer", "BETA", "b", Lock{Name: "vesting", Quantity: 5, Until: day(20), Reason: "vesting"}))
	e.must(e.r.Mint(ctx, "issuer", "ACME", "acc-a", 100, day(0)))
	e.must(e.r.Mint(ctx, "issuer", "BETA", "acc-b2", 10, day(0)))
	e.must(e.r.Transfer(ctx, Transfer{Token: "ACME", Ref: "1", Seller: "acc-a", Buyer: "acc-b", Quantity: 25, Price: 7, At: day(3)}))
	e.must(e.r.Transfer(ctx, Transfer{Token: "ACME", Ref: "2", Seller: "acc-b", Buyer: "acc-b2", Quantity: 5, Price: 7, At: day(3)}))
	for _, at := range []int{3, 49, 50, 51} {
		want := dump(t, e.r, day(at))
		e.reopen()
		if got := dump(t, e.r, day(at)); got != want {
			t.Fatalf("at day %d:\n got %s\nwant %s", at, got, want)
		}
		checkStats(t, e.r, "ACME", day(at))
	}
	s, _ := e.r.Stats("ACME", day(3))
	if s.DailyTransactions != 2 || s.Holders != 2 || s.TotalSupply != 100 {
		t.Fatalf("stats %+v", s)
	}
	// Ids continue after a reopen: a duplicate ref is still refused, new
	// lots and audit entries do not collide.
	if err := e.r.Transfer(ctx, Transfer{Token: "ACME", Ref: "2", Seller: "acc-a", Buyer: "acc-b", Quantity: 1, At: day(4)}); codeOf(err) != "duplicate" {
		t.Fatalf("duplicate ref after reopen: %v", err)
	}
	e.must(e.r.Transfer(ctx, Transfer{Token: "ACME", Ref: "3", Seller: "acc-a", Buyer: "acc-b", Quantity: 1, At: day(4)}))
	e.must(e.r.Mint(ctx, "issuer", "ACME", "acc-a", 1, day(4)))
	want := dump(t, e.r, day(4))
	e.reopen()
	if got := dump(t, e.r, day(4)); got != want {
		t.Fatalf("after more changes:\n got %s\nwant %s", got, want)
	}
}

func TestWhitelistEntry(t *testing.T) {
	now := day(10)
	inv := Investor{ID: "a", Country: "DE", Class: ClassRetail, KYCStatus: KYCApproved}
	lk := func(q int64, until int) Lock { return Lock{Quantity: q, Until: day(until)} }
	locks := func(ls ...Lock) map[string]Lock {
		m := map[string]Lock{}
		for i, l := range ls {
			l.Name = string(rune('a' + i))
			m[l.Name] = l
		}
		return m
	}
	tests := []struct {
		name    string
		inv     func(*Investor)
		balance int64
		locks   map[string]Lock
		want    WhitelistEntry
	}{
		{"approved", nil, 100, nil, WhitelistEntry{Allowed: true, Country: "DE"}},
		{"pending", func(i *Investor) { i.KYCStatus = KYCPending }, 100, nil, WhitelistEntry{Country: "DE"}},
		{"rejected", func(i *Investor) { i.KYCStatus = KYCRejected }, 100, nil, WhitelistEntry{Country: "DE"}},
		{"kyc expired exactly now", func(i *Investor) { i.KYCExpiresAt = now }, 100, nil, WhitelistEntry{Country: "DE"}},
		{"kyc expiring later", func(i *Investor) { i.KYCExpiresAt = day(11) }, 100, nil, WhitelistEntry{Allowed: true, Country: "DE"}},
		{"partial lock is not mirrored", nil, 100, locks(lk(60, 20)), WhitelistEntry{Allowed: true, Country: "DE"}},
		{"lock covering the balance", nil, 100, locks(lk(100, 20)), WhitelistEntry{Allowed: true, Country: "DE", LockupUntil: day(20)}},
		{"locks covering together: first release", nil, 100, locks(lk(50, 30), lk(50, 20)),
			WhitelistEntry{Allowed: true, Country: "DE", LockupUntil: day(20)}},
		{"over-covering locks: release that frees a unit", nil, 100, locks(lk(100, 30), lk(50, 20)),
			WhitelistEntry{Allowed: true, Country: "DE", LockupUntil: day(30)}},
		{"expired lock ignored", nil, 100, locks(lk(100, 10)), WhitelistEntry{Allowed: true, Country: "DE"}},
		{"no balance, nothing to lock", nil, 0, locks(lk(100, 20)), WhitelistEntry{Allowed: true, Country: "DE"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			i := inv
			if tt.inv != nil {
				tt.inv(&i)
			}
			if got := whitelistEntry(i, tt.balance, tt.locks, now); !got.equal(tt.want) {
				t.Fatalf("got %+v, want %+v", got, tt.want)
			}
		})
	}
}

func TestMirrorFollowsChanges(t *testing.T) {
	e := newEnv(t)
	e.investor("a", 1, nil)
	e.must(e.r.AddToken(ctx, "issuer", "ACME")) // existing accounts get an entry
	e.investor("b", 2, func(i *Investor) { i.Country = "DE" })
	check := func(w common.Address, want WhitelistEntry) {
		t.Helper()
		got, ok := e.mirror.get("ACME", w)
		if !ok || !got.equal(want) {
			t.Fatalf("%s: mirror has %+v (%v), want %+v", w.Hex(), got, ok, want)
		}
	}
	check(wallet(1), WhitelistEntry{Allowed: true, Country: "US"})
	check(wallet(2), WhitelistEntry{Allowed: true, Country: "DE"})
	e.must(e.r.Mint(ctx, "issuer", "ACME", "acc-a", 100, day(0)))
	e.must(e.r.SetLock(ctx, "issuer", "ACME", "a", Lock{Name: "all", Quantity: 100, Until: day(30)}))
	check(wallet(1), WhitelistEntry{Allowed: true, Country: "US", LockupUntil: day(30)})
	// A new account of a locked investor gets the lock too.
	e.must(e.r.AddAccount(ctx, "issuer", Account{ID: "acc-a2", InvestorID: "a", Wallet: wallet(3)}))
	check(wallet(3), WhitelistEntry{Allowed: true, Country: "US", LockupUntil: day(30)})
	// A mint makes the lock partial: lifted on chain.
	e.must(e.r.Mint(ctx, "issuer", "ACME", "acc-a", 1, day(1)))
	check(wallet(1), WhitelistEntry{Allowed: true, Country: "US"})
	calls := e.mirror.calls
	e.must(e.r.Transfer(ctx, Transfer{Token: "ACME", Seller: "acc-a", Buyer: "acc-b", Quantity: 1, At: day(1)}))
	check(wallet(1), WhitelistEntry{Allowed: true, Country: "US", LockupUntil: day(30)})
	check(wallet(3), WhitelistEntry{Allowed: true, Country: "US", LockupUntil: day(30)})
	if e.mirror.calls != calls+2 {
		t.Fatalf("%d mirror calls for one transfer, want 2 (unchanged entries are not resent)", e.mirror.calls-calls)
	}
	// KYC expiry is picked up by RefreshMirror.
	e.must(e.r.PutInvestor(ctx, "kyc", Investor{ID: "b", Country: "DE", Class: ClassRetail, KYCStatus: KYCApproved, KYCExpiresAt: day(5)}))
	check(wallet(2), WhitelistEntry{Allowed: true, Country: "DE"})
	e.clock.Set(day(5))
	e.must(e.r.RefreshMirror(ctx))
	check(wallet(2), WhitelistEntry{Country: "DE"})
	if p := e.r.PendingMirror(); len(p) != 0 {
		t.Fatalf("pending %+v", p)
	}
}

// A failing chain never loses a registry change: the entry stays pending,
// across a restart, until RetryMirror delivers it; only the newest entry of
// a wallet is sent.
func TestMirrorFailureIsKeptPending(t *testing.T) {
	e := newEnv(t)
	e.must(e.r.AddToken(ctx, "issuer", "ACME"))
	e.investor("a", 1, nil)
	e.mirror.setFail(errors.New("node unreachable"))
	rejected := Investor{ID: "a", Country: "US", USPerson: true, Class: ClassRetail, KYCStatus: KYCRejected}
	if err := e.r.PutInvestor(ctx, "kyc", rejected); err != nil {
		t.Fatalf("change failed with the mirror: %v", err)
	}
	if inv, _ := e.r.Investor("a"); inv.KYCStatus != KYCRejected {
		t.Fatal("change lost")
	}
	moved := rejected
	moved.Country = "CA"
	e.must(e.r.PutInvestor(ctx, "kyc", moved))
	p := e.r.PendingMirror()
	if len(p) != 1 || p[0].Attempts != 1 || p[0].LastError != "node unreachable" || !p[0].Entry.equal(WhitelistEntry{Country: "CA"}) {
		t.Fatalf("pending %+v", p)
	}
	if err := e.r.RetryMirror(ctx); err == nil || !strings.Contains(err.Error(), "node unreachable") {
		t.Fatalf("retry error %v", err)
	}
	e.reopen()
	p = e.r.PendingMirror()
	if len(p) != 1 || p[0].Attempts != 2 {
		t.Fatalf("pending after reopen %+v", p)
	}
	if got, _ := e.mirror.get("ACME", wallet(1)); !got.equal(WhitelistEntry{Allowed: true, Country: "US"}) {
		t.Fatalf("chain has %+v before recovery", got)
	}
	e.mirror.setFail(nil)
	e.must(e.r.RetryMirror(ctx))
	if got, _ := e.mirror.get("ACME", wallet(1)); !got.equal(WhitelistEntry{Country: "CA"}) {
		t.Fatalf("chain has %+v after recovery", got)
	}
	if p := e.r.PendingMirror(); len(p) != 0 {
		t.Fatalf("still pending %+v", p)
	}
	e.reopen()
	if p := e.r.PendingMirror(); len(p) != 0 {
		t.Fatalf("pending again after reopen %+v", p)
	}
}
