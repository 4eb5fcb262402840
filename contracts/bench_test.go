package contracts

import (
	"fmt"
	"testing"
	"time"

	"errors"

	"github.com/ethereum/go-ethereum/accounts/abi/bind"
	"github.com/ethereum/go-ethereum/core/types"
	"github.com/ethereum/go-ethereum/crypto"

	"github.com/regulavenue/regula/contracts/bindings"
)

// BenchmarkSettle measures DvP settlement on the simulated backend: gas per
// settled trade and trades settled per second, for one trade per settle() call
// and for settleBatch of 1, 10 and 50. Each iteration attests (EIP-712 signs)
// and settles one batch, mining included. Figures: docs/BENCHMARKS.md.
//
//	go test -run '^$' -bench BenchmarkSettle -benchtime 200x ./contracts/
func BenchmarkSettle(b *testing.B) {
	for _, bc := range []struct {
		name   string
		size   int
		single bool
	}{
		{"single", 1, true},
		{"batch=1", 1, false},
		{"batch=10", 10, false},
		{"batch=50", 50, false},
	} {
		b.Run(bc.name, func(b *testing.B) {
			w := newSimWorld(b)
			v := w.newVenue(b)
			ctx := ctxT(b)
			must(b, w.chain.MintSecurity(ctx, v.token, w.seller.addr, 1<<40))
			must(b, w.chain.MintCash(ctx, v.cash, w.buyer.addr, 1<<50))
			now, err := w.chain.HeadTime(ctx)
			must(b, err)
			rsh := crypto.Keccak256Hash([]byte("ruleset-bench"))
			var seq uint64
			var gas uint64
			settled := 0
			sts := make([]SignedTrade, bc.size)
			b.ResetTimer()
			start := time.Now()
			for i := 0; i < b.N; i++ {
				for j := range sts {
					seq++
					st, err := v.att.Sign(Trade{
						ID: TradeIDFromUint64(seq), Seller: w.seller.addr, Buyer: w.buyer.addr,
						Token: v.token, Quantity: 1, CashToken: v.cash, Amount: 1_000_000,
						RuleSetHash: rsh, Deadline: now + 10_000_000,
					})
					if err != nil {
						b.Fatal(err)
					}
					sts[j] = st
				}
				var br BatchResult
				if bc.single {
					br, err = w.chain.Settle(ctx, v.dvp, sts[0])
				} else {
					br, err = w.chain.SettleBatch(ctx, v.dvp, sts)
				}
				if err != nil {
					b.Fatal(err)
				}
				if n := br.Settled(); n != bc.size {
					b.Fatalf("settled %d of %d: %+v", n, bc.size, br.Results)
				}
				gas += br.GasUsed
				settled += bc.size
			}
			elapsed := time.Since(start)
			b.StopTimer()
			b.ReportMetric(float64(gas)/float64(settled), "gas/trade")
			b.ReportMetric(float64(settled)/elapsed.Seconds(), "trades/s")
			b.ReportMetric(0, "ns/op") // per-batch time is not a published figure
		})
	}
}

// TestBatchGasIsDeterministic is the regression test for estimateGas
// under-estimating a batch: a batch given too little gas must revert whole
// (InsufficientGas), never fail a trade spuriously inside the try/catch.
func TestBatchGasIsDeterministic(t *testing.T) {
	w := newSimWorld(t)
	v := w.newVenue(t)
	ctx := ctxT(t)
	d, err := w.chain.dvp(v.dvp)
	must(t, err)
	sts := []SignedTrade{v.sign(t, v.trade(t, 1, 1)), v.sign(t, v.trade(t, 1, 1))}
	tr0, err := toBinding(sts[0].Trade)
	must(t, err)
	tr1, err := toBinding(sts[1].Trade)
	must(t, err)
	for _, gas := range []uint64{100_000, 250_000} {
		t.Run(fmt.Sprint(gas), func(t *testing.T) {
			before := v.balances(t)
			_, err := w.chain.send(ctx, w.operator, gas, func(o *bind.TransactOpts) (*types.Transaction, error) {
				return d.SettleBatch(o, []bindings.DvPSettlementTrade{tr0, tr1}, [][]byte{sts[0].Attestation, sts[1].Attestation})
			})
			var re *RevertError
			if !errors.As(err, &re) || re.Reason != "InsufficientGas()" {
				t.Fatalf("err = %v, want InsufficientGas()", err)
			}
			if got := v.balances(t); got != before {
				t.Fatalf("moved with too little gas: %v -> %v", before, got)
			}
		})
	}
}
