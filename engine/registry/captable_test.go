package registry

import (
	"context"
	"fmt"
	"reflect"
	"slices"
	"strings"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum/common"

	"github.com/regulavenue/regula/rules/abi"
)

func day(n int) time.Time { return t0.Add(time.Duration(n) * 24 * time.Hour) }

func TestLotsFIFO(t *testing.T) {
	type mint struct {
		qty int64
		at  time.Time
	}
	tests := []struct {
		name       string
		mints      []mint
		sales      []int64 // successive sales to the buyer, the i-th settled on day 100+i
		wantSeller []abi.Lot
		wantBuyer  []abi.Lot
	}{
		{
			name:       "partial lot",
			mints:      []mint{{3000, day(0)}, {2000, day(10)}},
			sales:      []int64{1000},
			wantSeller: []abi.Lot{{Quantity: 2000, AcquiredAt: day(0)}, {Quantity: 2000, AcquiredAt: day(10)}},
			wantBuyer:  []abi.Lot{{Quantity: 1000, AcquiredAt: day(100)}},
		},
		{
			name:       "exact lot",
			mints:      []mint{{3000, day(0)}, {2000, day(10)}},
			sales:      []int64{3000},
			wantSeller: []abi.Lot{{Quantity: 2000, AcquiredAt: day(10)}},
			wantBuyer:  []abi.Lot{{Quantity: 3000, AcquiredAt: day(100)}},
		},
		{
			name:       "across lots",
			mints:      []mint{{3000, day(0)}, {2000, day(10)}, {500, day(20)}},
			sales:      []int64{4000},
			wantSeller: []abi.Lot{{Quantity: 1000, AcquiredAt: day(10)}, {Quantity: 500, AcquiredAt: day(20)}},
			wantBuyer:  []abi.Lot{{Quantity: 4000, AcquiredAt: day(100)}},
		},
		{
			name:      "exact exit",
			mints:     []mint{{3000, day(0)}, {2000, day(10)}},
			sales:     []int64{5000},
			wantBuyer: []abi.Lot{{Quantity: 5000, AcquiredAt: day(100)}},
		},
		{
			name:       "minted out of order are kept oldest first",
			mints:      []mint{{2000, day(10)}, {3000, day(0)}},
			sales:      []int64{3500},
			wantSeller: []abi.Lot{{Quantity: 1500, AcquiredAt: day(10)}},
			wantBuyer:  []abi.Lot{{Quantity: 3500, AcquiredAt: day(100)}},
		},
		{
			name:       "several sales",
			mints:      []mint{{3000, day(0)}, {2000, day(10)}},
			sales:      []int64{1000, 2500, 1},
			wantSeller: []abi.Lot{{Quantity: 1499, AcquiredAt: day(10)}},
			wantBuyer: []abi.Lot{{Quantity: 1000, AcquiredAt: day(100)}, {Quantity: 2500, AcquiredAt: day(101)},
				{Quantity: 1, AcquiredAt: day(102)}},
		},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			e := newEnv(t)
			e.must(e.r.AddToken(ctx, "issuer", "ACME"))
			e.investor("s", 1, nil)
			e.investor("b", 2, nil)
			for _, m := range tt.mints {
				e.must(e.r.Mint(ctx, "issuer", "ACME", "acc-s", m.qty, m.at))
			}
			for i, q := range tt.sales {
				e.must(e.r.Transfer(ctx, Transfer{Token: "ACME", Seller: "acc-s", Buyer: "acc-b", Quantity: q, Price: 10, At: day(100 + i)}))
			}
			check := func() {
				t.Helper()
				if got := e.r.Lots("ACME", "s"); !reflect.DeepEqual(got, tt.wantSeller) {
					t.Errorf("seller lots %+v, want %+v", got, tt.wantSeller)
				}
				if got := e.r.Lots("ACME", "b"); !reflect.DeepEqual(got, tt.wantBuyer) {
					t.Errorf("buyer lots %+v, want %+v", got, tt.wantBuyer)
				}
				checkStats(t, e.r, "ACME", day(200))
			}
			check()
			e.reopen()
			check()
		})
	}
}

// A transfer between two accounts of one investor moves the account
// balances but not the lots: the holding period does not restart.
func TestTransferBetweenOwnAccounts(t *testing.T) {
	e := newEnv(t)
	e.must(e.r.AddToken(ctx, "issuer", "ACME"))
	e.investor("a", 1, nil)
	e.must(e.r.AddAccount(ctx, "issuer", Account{ID: "acc-a2", InvestorID: "a", Wallet: wallet(2)}))
	e.must(e.r.Mint(ctx, "issuer", "ACME", "acc-a", 100, day(0)))
	e.must(e.r.Transfer(ctx, Transfer{Token: "ACME", Seller: "acc-a", Buyer: "acc-a2", Quantity: 60, At: day(5)}))
	if got, want := e.r.Lots("ACME", "a"), []abi.Lot{{Quantity: 100, AcquiredAt: day(0)}}; !reflect.DeepEqual(got, want) {
		t.Fatalf("lots %+v, want %+v", got, want)
	}
	if a, a2 := e.r.Balance("ACME", "acc-a"), e.r.Balance("ACME", "acc-a2"); a != 40 || a2 != 60 {
		t.Fatalf("balances %d/%d, want 40/60", a, a2)
	}
	s := checkStats(t, e.r, "ACME", day(5))
	if s.Holders != 1 || s.DailyTransactions != 1 {
		t.Fatalf("stats %+v", s)
	}
	e.reopen()
	checkStats(t, e.r, "ACME", day(5))
	recs, err := e.r.Transfers(ctx, "ACME", 0, 0)
	want := []TransferRecord{{ID: 1, Transfer: Transfer{Token: "ACME", Seller: "acc-a", Buyer: "acc-a2", Quantity: 60, At: day(5)}}}
	if err != nil || !reflect.DeepEqual(recs, want) {
		t.Fatalf("transfers %+v, %v", recs, err)
	}
}

func TestHolderStats(t *testing.T) {
	e := newEnv(t)
	e.must(e.r.AddToken(ctx, "issuer", "ACME"))
	e.investor("a", 1, nil)
	e.investor("b", 2, func(i *Investor) { i.Country, i.USPerson, i.Accredited = "DE", false, false })
	e.investor("c", 3, func(i *Investor) { i.AccreditationExpiresAt = day(10) })
	e.must(e.r.AddAccount(ctx, "issuer", Account{ID: "acc-b2", InvestorID: "b", Wallet: wallet(22)}))
	type want struct {
		holders, us, nonAcc, supply, daily int64
		byCountry                          map[string]int64
	}
	steps := []struct {
		name string
		at   time.Time // stats read at
		do   func() error
		want want
	}{
		{"mint a", day(1), func() error { return e.r.Mint(ctx, "i", "ACME", "acc-a", 100, day(1)) },
			want{1, 1, 0, 100, 0, map[string]int64{"US": 1}}},
		{"mint b", day(1), func() error { return e.r.Mint(ctx, "i", "ACME", "acc-b", 50, day(1)) },
			want{2, 1, 1, 150, 0, map[string]int64{"US": 1, "DE": 1}}},
		{"a exits to new holder c", day(2), func() error {
			return e.r.Transfer(ctx, Transfer{Token: "ACME", Seller: "acc-a", Buyer: "acc-c", Quantity: 100, At: day(2)})
		}, want{2, 1, 1, 150, 1, map[string]int64{"US": 1, "DE": 1}}},
		{"c's accreditation expires (exactly at its instant)", day(10), func() error { return nil },
			want{2, 1, 2, 150, 0, map[string]int64{"US": 1, "DE": 1}}},
		{"c moves to FR and is no longer a US person", day(2), func() error {
			return e.r.PutInvestor(ctx, "i", Investor{ID: "c", Country: "FR", Class: ClassProfessional, KYCStatus: KYCApproved,
				Accredited: true, AccreditationExpiresAt: day(10)})
		}, want{2, 0, 1, 150, 1, map[string]int64{"FR": 1, "DE": 1}}},
		{"c's accreditation renewed", day(30), func() error {
			return e.r.PutInvestor(ctx, "i", Investor{ID: "c", Country: "FR", Class: ClassProfessional, KYCStatus: KYCApproved,
				Accredited: true, AccreditationExpiresAt: day(400)})
		}, want{2, 0, 1, 150, 0, map[string]int64{"FR": 1, "DE": 1}}},
		{"b moves between its own accounts", day(3), func() error {
			return e.r.Transfer(ctx, Transfer{Token: "ACME", Seller: "acc-b", Buyer: "acc-b2", Quantity: 20, At: day(3)})
		}, want{2, 0, 1, 150, 1, map[string]int64{"FR": 1, "DE": 1}}},
		{"b partly sells to c: still a holder", day(3), func() error {
			return e.r.Transfer(ctx, Transfer{Token: "ACME", Seller: "acc-b", Buyer: "acc-c", Quantity: 30, At: day(3)})
		}, want{2, 0, 1, 150, 2, map[string]int64{"FR": 1, "DE": 1}}},
		{"b's other account sells out: b exits", day(3), func() error {
			return e.r.Transfer(ctx, Transfer{Token: "ACME", Seller: "acc-b2", Buyer: "acc-a", Quantity: 20, At: day(3)})
		}, want{2, 1, 0, 150, 3, map[string]int64{"FR": 1, "US": 1}}},
		{"a non-holder's changes change nothing", day(3), func() error {
			return e.r.PutInvestor(ctx, "i", Investor{ID: "b", Country: "JP", Class: ClassRetail, KYCStatus: KYCRejected})
		}, want{2, 1, 0, 150, 3, map[string]int64{"FR": 1, "US": 1}}},
		{"c accredited until 9999 (far past the int64 nanosecond range)", day(3), func() error {
			return e.r.PutInvestor(ctx, "i", Investor{ID: "c", Country: "FR", Class: ClassProfessional, KYCStatus: KYCApproved,
				Accredited: true, AccreditationExpiresAt: time.Date(9999, 12, 31, 0, 0, 0, 0, time.UTC)})
		}, want{2, 1, 0, 150, 3, map[string]int64{"FR": 1, "US": 1}}},
		{"a loses accreditation", day(3), func() error {
			return e.r.PutInvestor(ctx, "i", Investor{ID: "a", Country: "US", USPerson: true, Class: ClassRetail, KYCStatus: KYCApproved})
		}, want{2, 1, 1, 150, 3, map[string]int64{"FR": 1, "US": 1}}},
	}
	for _, st := range steps {
		if err := st.do(); err != nil {
			t.Fatalf("%s: %v", st.name, err)
		}
		for pass := range 2 {
			got := checkStats(t, e.r, "ACME", st.at)
			w := abi.Stats{Holders: st.want.holders, USHolders: st.want.us, NonAccreditedHolders: st.want.nonAcc,
				HoldersByCountry: st.want.byCountry, TotalSupply: st.want.supply, DailyTransactions: st.want.daily}
			if !reflect.DeepEqual(got, w) {
				t.Fatalf("%s (pass %d): stats %+v, want %+v", st.name, pass, got, w)
			}
			if pass == 0 {
				e.reopen()
			}
		}
	}
}

func TestReconcile(t *testing.T) {
	e := newEnv(t)
	e.must(e.r.AddToken(ctx, "issuer", "ACME"))
	e.investor("a", 1, nil)
	e.investor("b", 2, nil)
	e.investor("c", 3, nil)
	e.must(e.r.Mint(ctx, "issuer", "ACME", "acc-a", 100, day(0)))
	e.must(e.r.Mint(ctx, "issuer", "ACME", "acc-b", 50, day(0)))
	chain := map[common.Address]int64{wallet(1): 100, wallet(2): 40, wallet(3): 5}
	read := func(_ context.Context, w common.Address) (int64, error) { return chain[w], nil }
	drifts, err := e.r.Reconcile(ctx, "ACME", read)
	if err != nil {
		t.Fatal(err)
	}
	want := []Drift{
		{Token: "ACME", Account: "acc-b", InvestorID: "b", Wallet: wallet(2), CapTable: 50, Chain: 40},
		{Token: "ACME", Account: "acc-c", InvestorID: "c", Wallet: wallet(3), CapTable: 0, Chain: 5},
	}
	if !reflect.DeepEqual(drifts, want) {
		t.Fatalf("drifts %+v, want %+v", drifts, want)
	}
	chain[wallet(2)], chain[wallet(3)] = 50, 0
	if drifts, err := e.r.Reconcile(ctx, "ACME", read); err != nil || len(drifts) != 0 {
		t.Fatalf("after repair: %+v, %v", drifts, err)
	}
	_, err = e.r.Reconcile(ctx, "ACME", func(context.Context, common.Address) (int64, error) { return 0, fmt.Errorf("node down") })
	if err == nil {
		t.Fatal("read error not reported")
	}
	if _, err := e.r.Reconcile(ctx, "NOPE", nil); !isCode(err, "unknown_token") {
		t.Fatalf("unknown token: %v", err)
	}
}

// A batch equals the same transfers one by one, and a refused transfer
// anywhere in it applies none of them.
func TestRecordTransfers(t *testing.T) {
	setup := func(t *testing.T) *env {
		e := newEnv(t)
		e.must(e.r.AddToken(ctx, "issuer", "ACME"))
		e.must(e.r.AddToken(ctx, "issuer", "BETA"))
		e.investor("a", 1, nil)
		e.investor("b", 2, func(i *Investor) { i.Country = "DE" })
		e.investor("c", 3, func(i *Investor) { i.Accredited = false })
		e.must(e.r.Mint(ctx, "issuer", "ACME", "acc-a", 100, day(0)))
		e.must(e.r.Mint(ctx, "issuer", "ACME", "acc-a", 50, day(1)))
		e.must(e.r.Mint(ctx, "issuer", "BETA", "acc-b", 10, day(0)))
		return e
	}
	batch := []Transfer{
		{Token: "ACME", Ref: "1", Seller: "acc-a", Buyer: "acc-b", Quantity: 120, Price: 5, At: day(2)},
		{Token: "ACME", Ref: "2", Seller: "acc-b", Buyer: "acc-c", Quantity: 70, Price: 5, At: day(3)}, // sells the lot bought just before
		{Token: "BETA", Ref: "1", Seller: "acc-b", Buyer: "acc-a", Quantity: 10, Price: 9, At: day(3)}, // same ref, other token
		{Token: "ACME", Ref: "3", Seller: "acc-a", Buyer: "acc-c", Quantity: 30, Price: 5, At: day(3)}, // a exits
	}
	seq := setup(t)
	for _, tr := range batch {
		seq.must(seq.r.Transfer(ctx, tr))
	}
	bat := setup(t)
	bat.must(bat.r.RecordTransfers(ctx, batch))
	if a, b := dump(t, seq.r, day(3)), dump(t, bat.r, day(3)); a != b {
		t.Fatalf("batch differs from one by one:\n%s\n%s", b, a)
	}
	for _, tok := range []string{"ACME", "BETA"} {
		checkStats(t, bat.r, tok, day(3))
	}
	bat.reopen()
	if a, b := dump(t, seq.r, day(3)), dump(t, bat.r, day(3)); a != b {
		t.Fatalf("batch differs after reopen:\n%s\n%s", b, a)
	}

	bad := []struct {
		name  string
		batch []Transfer
		code  string
		index string
	}{
		{"last beyond balance", append(slices.Clone(batch), Transfer{Token: "ACME", Seller: "acc-a", Buyer: "acc-b", Quantity: 1, At: day(4)}),
			"insufficient", "transfer 4:"},
		{"ref twice in the batch", []Transfer{
			{Token: "ACME", Ref: "9", Seller: "acc-a", Buyer: "acc-b", Quantity: 10, At: day(4)},
			{Token: "ACME", Ref: "9", Seller: "acc-a", Buyer: "acc-c", Quantity: 10, At: day(4)},
		}, "duplicate", "transfer 1:"},
		{"bad quantity first checked", []Transfer{batch[0], {Token: "ACME", Seller: "acc-a", Buyer: "acc-b", At: day(4)}}, "bad_quantity", "transfer 1:"},
		{"unknown account", []Transfer{batch[0], {Token: "ACME", Seller: "acc-b", Buyer: "acc-z", Quantity: 1, At: day(4)}}, "unknown_account", "transfer 1:"},
	}
	for _, tt := range bad {
		t.Run(tt.name, func(t *testing.T) {
			e := setup(t)
			want := dump(t, e.r, day(5))
			err := e.r.RecordTransfers(ctx, tt.batch)
			if codeOf(err) != tt.code || !strings.Contains(err.Error(), tt.index) {
				t.Fatalf("error %v, want %s at %q", err, tt.code, tt.index)
			}
			if got := dump(t, e.r, day(5)); got != want {
				t.Fatalf("batch half applied:\n%s", got)
			}
			e.reopen()
			if got := dump(t, e.r, day(5)); got != want {
				t.Fatalf("batch half written:\n%s", got)
			}
		})
	}
}
