package registry

import (
	"context"
	"encoding/binary"
	"fmt"
	"sync"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum/common"

	"github.com/regulavenue/regula/rules/abi"
)

// Hammer: P readers build contexts while writers trade and change investors;
// afterwards the incremental statistics equal a recomputation. Run with -race.
func TestHammerContextDuringWrites(t *testing.T) {
	e := newEnv(t)
	e.must(e.r.AddToken(ctx, "issuer", "ACME"))
	const investors = 6
	countries := []string{"US", "DE", "FR"}
	for i := range investors {
		e.investor(fmt.Sprint(i), i+1, func(inv *Investor) { inv.Country = countries[i%3]; inv.USPerson = i%3 == 0 })
		e.must(e.r.Mint(ctx, "issuer", "ACME", fmt.Sprint("acc-", i), 1000, day(0)))
	}
	tok := TokenInfo{Symbol: "ACME"}
	var wg sync.WaitGroup
	stop := make(chan struct{})
	for p := range 4 {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for n := 0; ; n++ {
				select {
				case <-stop:
					return
				default:
				}
				c, err := e.r.Context(abi.PhaseMatch, day(1), tok, fmt.Sprint("acc-", (p+n)%investors), fmt.Sprint("acc-", (p+n+1)%investors), 1, 1)
				if err != nil {
					t.Error(err)
					return
				}
				var sum int64
				for _, l := range c.Seller.Lots {
					sum += l.Quantity
				}
				if sum != c.Seller.Balance {
					t.Errorf("lots sum %d, balance %d", sum, c.Seller.Balance)
					return
				}
			}
		}()
	}
	var wwg sync.WaitGroup
	for w := range 2 {
		wwg.Add(1)
		go func() {
			defer wwg.Done()
			for n := range 40 {
				s, b := (w*7+n)%investors, (w*7+n*5+1)%investors
				if s == b {
					continue
				}
				err := e.r.Transfer(ctx, Transfer{Token: "ACME", Seller: fmt.Sprint("acc-", s), Buyer: fmt.Sprint("acc-", b),
					Quantity: int64(1 + n*37%400), At: day(1).Add(time.Duration(n) * time.Minute)})
				if err != nil && codeOf(err) != "insufficient" {
					t.Error(err)
					return
				}
				if n%10 == 0 {
					id := fmt.Sprint(n % investors)
					err := e.r.PutInvestor(ctx, "kyc", Investor{ID: id, Country: countries[(n/10)%3], Class: ClassRetail,
						KYCStatus: KYCApproved, Accredited: n%20 == 0, AccreditationExpiresAt: day(n)})
					if err != nil {
						t.Error(err)
						return
					}
				}
			}
		}()
	}
	wwg.Wait()
	close(stop)
	wg.Wait()
	for _, d := range []int{0, 1, 15, 40} {
		checkStats(t, e.r, "ACME", day(d))
	}
	want := dump(t, e.r, day(1))
	e.reopen()
	if got := dump(t, e.r, day(1)); got != want {
		t.Fatalf("reopen differs:\n got %s\nwant %s", got, want)
	}
}

// FuzzCapTable runs a random sequence of registry changes and trades and
// checks after each that the incremental statistics equal a recomputation,
// that refused operations change nothing, and that a reopen restores the
// same state.
func FuzzCapTable(f *testing.F) {
	f.Add([]byte{0, 1, 10, 0, 0, 2, 1, 5, 3, 1, 2, 0, 4, 2, 0, 9})
	f.Add([]byte{0, 0, 200, 1, 0, 1, 200, 2, 1, 3, 7, 3, 2, 0, 255, 4, 1, 1, 0})
	f.Add([]byte{0, 3, 3, 0, 3, 4, 1, 0, 2, 4, 3, 3, 3, 0, 1, 0, 3, 0, 1, 2})
	f.Add([]byte{0, 0, 0, 90, 5, 0, 1, 40, 5, 1, 2, 10, 3, 1, 8, 200, 5, 2, 0, 6})
	f.Fuzz(func(t *testing.T, ops []byte) {
		if len(ops) > 200 {
			ops = ops[:200]
		}
		e := newEnv(t)
		e.must(e.r.AddToken(ctx, "issuer", "T"))
		countries := []string{"US", "DE", "JP"}
		for i := range 3 {
			e.investor(fmt.Sprint(i), i+1, func(inv *Investor) { inv.Country = countries[i] })
		}
		e.must(e.r.AddAccount(ctx, "issuer", Account{ID: "acc-0b", InvestorID: "0", Wallet: wallet(9)}))
		accounts := []string{"acc-0", "acc-1", "acc-2", "acc-0b"}
		at := day(0)
		for len(ops) >= 4 {
			op, a, b, q := ops[0], ops[1], ops[2], ops[3]
			ops = ops[4:]
			at = at.Add(time.Duration(q) * time.Hour)
			before := dump(t, e.r, at)
			var err error
			switch op % 6 {
			case 0:
				err = e.r.Mint(ctx, "issuer", "T", accounts[a%4], int64(q)-5, at.Add(-time.Duration(b)*time.Hour))
			case 1, 2:
				err = e.r.Transfer(ctx, Transfer{Token: "T", Seller: accounts[a%4], Buyer: accounts[b%4], Quantity: int64(q) - 2, At: at})
			case 3:
				err = e.r.PutInvestor(ctx, "kyc", Investor{ID: fmt.Sprint(a % 3), Country: countries[b%3], USPerson: b&4 != 0,
					Class: ClassRetail, KYCStatus: KYCApproved, Accredited: b&8 != 0, AccreditationExpiresAt: at.Add(time.Duration(q-128) * time.Hour)})
			case 5:
				err = e.r.RecordTransfers(ctx, []Transfer{
					{Token: "T", Seller: accounts[a%4], Buyer: accounts[b%4], Quantity: int64(q%16) + 1, At: at},
					{Token: "T", Seller: accounts[b%4], Buyer: accounts[(a+1)%4], Quantity: int64(q) - 3, At: at},
				})
			case 4:
				err = e.r.SetLock(ctx, "issuer", "T", fmt.Sprint(a%3), Lock{Name: fmt.Sprint(b % 2), Quantity: int64(q), Until: at.Add(time.Hour)})
			}
			if err != nil {
				if codeOf(err) == "internal" {
					t.Fatal(err)
				}
				if after := dump(t, e.r, at); after != before {
					t.Fatalf("refused op %d (%v) changed the state", op%6, err)
				}
			}
			checkStats(t, e.r, "T", at)
			checkStats(t, e.r, "T", at.Add(time.Duration(binary.LittleEndian.Uint16([]byte{a, b}))*time.Minute))
		}
		want := dump(t, e.r, at)
		e.reopen()
		if got := dump(t, e.r, at); got != want {
			t.Fatalf("reopen differs:\n got %s\nwant %s", got, want)
		}
	})
}

// Concurrent changes of one investor while the chain is slow: whatever the
// interleaving, the chain ends with the entry of the registry's final state.
func TestHammerMirrorNewestWins(t *testing.T) {
	e := newEnv(t)
	e.must(e.r.AddToken(ctx, "issuer", "ACME"))
	e.investor("a", 1, nil)
	slow := e.mirror
	e.r.mirror = MirrorFunc(func(c context.Context, token string, w common.Address, en WhitelistEntry) error {
		time.Sleep(200 * time.Microsecond) // a chain round trip, shortened
		return slow.RegisterInvestor(c, token, w, en)
	})
	countries := []string{"US", "DE", "FR", "JP"}
	var wg sync.WaitGroup
	for g := range 4 {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for n := range 15 {
				err := e.r.PutInvestor(ctx, "kyc", Investor{ID: "a", Country: countries[(g+n)%4], Class: ClassRetail,
					KYCStatus: []string{KYCApproved, KYCPending}[n%2]})
				if err != nil {
					t.Error(err)
					return
				}
			}
		}()
	}
	wg.Wait()
	e.must(e.r.RetryMirror(ctx))
	inv, _ := e.r.Investor("a")
	want := whitelistEntry(inv, 0, nil, e.clock.Now())
	if got, _ := slow.get("ACME", wallet(1)); !got.equal(want) {
		t.Fatalf("chain has %+v, registry wants %+v", got, want)
	}
	if p := e.r.PendingMirror(); len(p) != 0 {
		t.Fatalf("pending %+v", p)
	}
}
