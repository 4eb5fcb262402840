package registry

import (
	"fmt"
	"testing"
	"time"

	"github.com/regulavenue/regula/rules/abi"
)

// BenchmarkContext measures building a match context (both parties, with
// lots and locks) from a token with 1,000 holders in 20 countries, the call
// made before every candidate fill.
func BenchmarkContext(b *testing.B) {
	e := newEnv(b)
	e.must(e.r.AddToken(ctx, "issuer", "ACME"))
	countries := []string{"US", "DE", "FR", "GB", "JP", "SG", "CH", "NL", "IT", "ES", "SE", "NO", "DK", "FI", "IE", "AT", "BE", "PT", "PL", "CA"}
	const holders = 1000
	for i := range holders {
		id := fmt.Sprint(i)
		inv := Investor{ID: id, Country: countries[i%len(countries)], USPerson: i%len(countries) == 0, Class: ClassRetail,
			KYCStatus: KYCApproved, Accredited: i%3 != 0, AccreditationExpiresAt: day(365 + i)}
		acc := Account{ID: "acc-" + id, InvestorID: id, Wallet: wallet(i + 1)}
		// Bulk set-up without the per-change fsync: one transaction per
		// investor would take most of the benchmark's time.
		e.r.investors[id] = inv
		e.r.accounts[acc.ID] = acc
		e.r.byWallet[acc.Wallet] = acc.ID
		e.r.invAccounts[id] = []string{acc.ID}
	}
	ts := e.r.tokens["ACME"]
	for i := range holders {
		id := fmt.Sprint(i)
		p := ts.position(id)
		for l := range 3 {
			p.lots = append(p.lots, lot{id: int64(i*3 + l), qty: 100, at: day(l * 30)})
		}
		p.balance = 300
		if i%10 == 0 {
			p.locks["founder"] = Lock{Name: "founder", Quantity: 100, Until: day(400), Reason: "founder"}
		}
		ts.balances["acc-"+id] = 300
		ts.supply += 300
		ts.apply(contribOf(e.r.investors[id], 300), 1)
	}
	checkStats(b, e.r, "ACME", day(500))
	tok := TokenInfo{Symbol: "ACME", Offering: abi.Offering{Exemption: "reg_d_506c", ClosedAt: t0}}
	at := day(500)
	// ahead=N: the settlement re-check with N trades approved ahead and not
	// yet recorded, each between two holders picked at random.
	for _, n := range []int{0, 10, 100, 1000} {
		ahead := make([]Transfer, n)
		for i := range ahead {
			s, by := (i*7919)%holders, (i*104729+1)%holders
			if s == by {
				by = (by + 1) % holders
			}
			ahead[i] = Transfer{Token: "ACME", Seller: fmt.Sprint("acc-", s), Buyer: fmt.Sprint("acc-", by), Quantity: 1, At: at}
		}
		b.Run(fmt.Sprint("ahead=", n), func(b *testing.B) {
			b.ReportAllocs()
			start := time.Now()
			for b.Loop() {
				if _, err := e.r.ContextAfter(abi.PhaseMatch, at, tok, "acc-0", "acc-1", 100, 1250, ahead); err != nil {
					b.Fatal(err)
				}
			}
			b.ReportMetric(float64(time.Since(start).Nanoseconds())/float64(b.N), "ns/context")
		})
	}
}

// BenchmarkTransfer measures recording a settled trade (write-through to
// SQLite with a full fsync per transfer).
func BenchmarkTransfer(b *testing.B) {
	e := newEnv(b)
	e.must(e.r.AddToken(ctx, "issuer", "ACME"))
	e.investor("a", 1, nil)
	e.investor("b", 2, nil)
	e.must(e.r.Mint(ctx, "issuer", "ACME", "acc-a", 1<<40, day(0)))
	e.must(e.r.Mint(ctx, "issuer", "ACME", "acc-b", 1<<40, day(0)))
	b.ResetTimer()
	start := time.Now()
	for i := 0; b.Loop(); i++ {
		s, t := "acc-a", "acc-b"
		if i%2 == 1 {
			s, t = t, s
		}
		if err := e.r.Transfer(ctx, Transfer{Token: "ACME", Seller: s, Buyer: t, Quantity: 10, At: day(1)}); err != nil {
			b.Fatal(err)
		}
	}
	el := time.Since(start)
	b.ReportMetric(float64(b.N)/el.Seconds(), "transfers/s")
}

// BenchmarkRecordTransfers measures recording settlement batches of 100
// trades, one transaction (one fsync) per batch.
func BenchmarkRecordTransfers(b *testing.B) {
	e := newEnv(b)
	e.must(e.r.AddToken(ctx, "issuer", "ACME"))
	const n = 10
	for i := range n {
		e.investor(fmt.Sprint(i), i+1, nil)
		e.must(e.r.Mint(ctx, "issuer", "ACME", fmt.Sprint("acc-", i), 1<<40, day(0)))
	}
	batch := make([]Transfer, 100)
	b.ResetTimer()
	start := time.Now()
	trades := 0
	for k := 0; b.Loop(); k++ {
		for i := range batch {
			s := (k + i) % n
			batch[i] = Transfer{Token: "ACME", Seller: fmt.Sprint("acc-", s), Buyer: fmt.Sprint("acc-", (s+1+i%3)%n), Quantity: 10, Price: 1, At: day(1)}
		}
		if err := e.r.RecordTransfers(ctx, batch); err != nil {
			b.Fatal(err)
		}
		trades += len(batch)
	}
	b.ReportMetric(float64(trades)/time.Since(start).Seconds(), "transfers/s")
}
