package contracts

import (
	"context"
	"errors"
	"math/big"
	"sync"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum/accounts/abi/bind"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"

	"github.com/regulavenue/regula/contracts/bindings"
)

func TestSimulated(t *testing.T) {
	runCore(t, newSimWorld(t))
}

func TestLockupExpires(t *testing.T) {
	w := newSimWorld(t)
	v := w.newVenue(t)
	ctx := ctxT(t)
	now, err := w.chain.HeadTime(ctx)
	must(t, err)
	must(t, w.chain.RegisterInvestor(ctx, v.token, w.seller.addr, Investor{Allowed: true, Country: "US", LockupUntil: now + 3600}))
	inv, err := w.chain.InvestorOf(ctx, v.token, w.seller.addr)
	must(t, err)
	if inv != (Investor{Allowed: true, Country: "US", LockupUntil: now + 3600}) {
		t.Fatalf("InvestorOf = %+v", inv)
	}
	code, _, err := w.chain.DetectRestriction(ctx, v.token, w.seller.addr, w.buyer.addr, 1)
	must(t, err)
	if code != RestrictionLocked {
		t.Fatalf("code = %d, want LOCKED", code)
	}
	must(t, w.sim.AdjustTime(2*time.Hour))
	code, _, err = w.chain.DetectRestriction(ctx, v.token, w.seller.addr, w.buyer.addr, 1)
	must(t, err)
	if code != RestrictionOK {
		t.Fatalf("after lock-up: code = %d, want 0", code)
	}
}

func TestAttestationExpiresWithChainTime(t *testing.T) {
	w := newSimWorld(t)
	v := w.newVenue(t)
	ctx := ctxT(t)
	st := v.sign(t, v.trade(t, 1, 1)) // deadline: head + 1 h
	must(t, w.sim.AdjustTime(2*time.Hour))
	_, err := w.chain.Settle(ctx, v.dvp, st)
	var re *RevertError
	if !errors.As(err, &re) || re.Code != FailExpired {
		t.Fatalf("settle err = %v, want EXPIRED", err)
	}
}

func TestAgentAndRoles(t *testing.T) {
	w := newSimWorld(t)
	v := w.newVenue(t)
	ctx := ctxT(t)
	// Minting to an address off the whitelist is refused.
	err := w.chain.MintSecurity(ctx, v.token, w.third.addr, 1)
	if !errors.Is(err, ErrReverted) {
		t.Fatalf("mint to non-whitelisted: %v, want revert", err)
	}
	// Forced transfer ignores the whitelist (recovery), burn removes.
	tok, err := bindings.NewRestrictedToken(v.token, w.chain.b)
	must(t, err)
	w.operatorSend(t, func(o *bind.TransactOpts) (*types.Transaction, error) {
		return tok.ForcedTransfer(o, w.seller.addr, w.third.addr, big.NewInt(5))
	})
	w.operatorSend(t, func(o *bind.TransactOpts) (*types.Transaction, error) {
		return tok.Burn(o, w.third.addr, big.NewInt(2))
	})
	if got, err := w.chain.BalanceOf(ctx, v.token, w.third.addr); err != nil || got != 3 {
		t.Fatalf("third's balance = %d, %v, want 3", got, err)
	}
	// Forced transfer is no back door to mint or burn.
	for _, tc := range []struct {
		name     string
		from, to common.Address
		want     string
	}{
		{"from zero", common.Address{}, w.third.addr, "ERC20InvalidSender(sender=0x0000000000000000000000000000000000000000)"},
		{"to zero", w.seller.addr, common.Address{}, "ERC20InvalidReceiver(receiver=0x0000000000000000000000000000000000000000)"},
	} {
		_, err := w.chain.send(ctx, w.operator, 0, func(o *bind.TransactOpts) (*types.Transaction, error) {
			return tok.ForcedTransfer(o, tc.from, tc.to, big.NewInt(1))
		})
		var re *RevertError
		if !errors.As(err, &re) || re.Reason != tc.want {
			t.Fatalf("forced transfer %s: %v, want %s", tc.name, err, tc.want)
		}
	}
	// Nobody but the roles' holders may use them.
	for _, tc := range []struct {
		name string
		call func(o *bind.TransactOpts) (*types.Transaction, error)
	}{
		{"mint", func(o *bind.TransactOpts) (*types.Transaction, error) {
			return tok.Mint(o, w.seller.addr, big.NewInt(1))
		}},
		{"forced transfer", func(o *bind.TransactOpts) (*types.Transaction, error) {
			return tok.ForcedTransfer(o, w.seller.addr, w.buyer.addr, big.NewInt(1))
		}},
		{"set investor", func(o *bind.TransactOpts) (*types.Transaction, error) {
			return tok.SetInvestor(o, w.buyer.addr, true, [2]byte{'U', 'S'}, 0)
		}},
		{"pause", func(o *bind.TransactOpts) (*types.Transaction, error) { return tok.Pause(o) }},
	} {
		t.Run(tc.name, func(t *testing.T) {
			_, err := w.chain.send(ctx, w.seller, 0, tc.call)
			var re *RevertError
			if !errors.As(err, &re) || re.Reason == "" || re.Reason[:len("AccessControlUnauthorizedAccount")] != "AccessControlUnauthorizedAccount" {
				t.Fatalf("err = %v, want AccessControlUnauthorizedAccount", err)
			}
		})
	}
	// Only the settler may settle.
	d, err := bindings.NewDvPSettlement(v.dvp, w.chain.b)
	must(t, err)
	bt, err := toBinding(v.trade(t, 1, 1))
	must(t, err)
	_, err = w.chain.send(ctx, w.seller, 0, func(o *bind.TransactOpts) (*types.Transaction, error) {
		return d.Settle(o, bt, make([]byte, 65))
	})
	if !errors.Is(err, ErrReverted) {
		t.Fatalf("settle by a non-settler: %v, want revert", err)
	}
	// Negative amounts never reach the chain.
	if err := w.chain.MintCash(ctx, v.cash, w.buyer.addr, -1); !errors.Is(err, ErrNegative) {
		t.Fatalf("negative mint: %v", err)
	}
	if err := w.chain.RegisterInvestor(ctx, v.token, w.buyer.addr, Investor{Country: "usa"}); !errors.Is(err, ErrBadCountry) {
		t.Fatalf("bad country: %v", err)
	}
}

// testNonceManagerHammer sends from one key on many goroutines: every send must
// get its own nonce and land.
func testNonceManagerHammer(t *testing.T, w *world) {
	v := w.newVenue(t)
	ctx := ctxT(t)
	const P, N = 4, 10
	var wg sync.WaitGroup
	errs := make(chan error, P*N)
	for p := 0; p < P; p++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for i := 0; i < N; i++ {
				errs <- w.chain.MintCash(ctx, v.cash, w.third.addr, 1)
			}
		}()
	}
	wg.Wait()
	close(errs)
	for err := range errs {
		must(t, err)
	}
	got, err := w.chain.BalanceOf(ctx, v.cash, w.third.addr)
	must(t, err)
	if got != P*N {
		t.Fatalf("minted %d, want %d", got, P*N)
	}
}

// TestNonceResyncAfterOutsideSend: a transaction sent from the operator key by
// someone else makes our nonce stale; the next send resynchronises and lands.
func TestNonceResyncAfterOutsideSend(t *testing.T) {
	w := newSimWorld(t)
	v := w.newVenue(t)
	ctx := ctxT(t)
	cash, err := bindings.NewSettlementToken(v.cash, w.chain.b)
	must(t, err)
	opts, err := bind.NewKeyedTransactorWithChainID(w.operator.priv, w.chain.ChainID())
	must(t, err)
	opts.Context = ctx
	if _, err := cash.Mint(opts, w.third.addr, big.NewInt(5)); err != nil { // outside the manager
		t.Fatal(err)
	}
	w.sim.Commit()
	must(t, w.chain.MintCash(ctx, v.cash, w.third.addr, 7))
	got, err := w.chain.BalanceOf(ctx, v.cash, w.third.addr)
	must(t, err)
	if got != 12 {
		t.Fatalf("balance = %d, want 12", got)
	}
}

func TestTradeIDFromUint64(t *testing.T) {
	for _, tc := range []struct {
		n    uint64
		want string
	}{
		{0, "0x0000000000000000000000000000000000000000000000000000000000000000"},
		{1, "0x0000000000000000000000000000000000000000000000000000000000000001"},
		{1<<64 - 1, "0x000000000000000000000000000000000000000000000000ffffffffffffffff"},
	} {
		if got := TradeIDFromUint64(tc.n).String(); got != tc.want {
			t.Errorf("TradeIDFromUint64(%d) = %s, want %s", tc.n, got, tc.want)
		}
	}
}

func TestWatchStopsAtToBlock(t *testing.T) {
	w := newSimWorld(t)
	v := w.newVenue(t)
	ctx, cancel := context.WithTimeout(context.Background(), 20*time.Second)
	defer cancel()
	head, err := w.chain.b.BlockNumber(ctx)
	must(t, err)
	n := 0
	err = w.chain.Watch(ctx, EventQuery{Contracts: []common.Address{v.token, v.cash}, ToBlock: &head}, func(Event) error {
		n++
		return nil
	})
	must(t, err)
	if n != 2 { // the two mints
		t.Fatalf("saw %d events up to block %d, want 2 mints", n, head)
	}
}

// TestMaxBatchTrades settles the largest batch the Go side allows in one
// transaction (under the EIP-7825 gas cap) and refuses one more.
func TestMaxBatchTrades(t *testing.T) {
	w := newSimWorld(t)
	v := w.newVenue(t)
	ctx := ctxT(t)
	if MaxBatchTrades < 50 {
		t.Fatalf("MaxBatchTrades = %d, want >= 50", MaxBatchTrades)
	}
	sts := make([]SignedTrade, MaxBatchTrades+1)
	for i := range sts {
		sts[i] = v.sign(t, v.trade(t, 1, 1))
	}
	if _, err := w.chain.SettleBatch(ctx, v.dvp, sts); !errors.Is(err, ErrBatchTooLarge) {
		t.Fatalf("%d trades: err = %v, want ErrBatchTooLarge", len(sts), err)
	}
	before := v.balances(t)
	br, err := w.chain.SettleBatch(ctx, v.dvp, sts[:MaxBatchTrades])
	must(t, err)
	if br.Settled() != MaxBatchTrades {
		t.Fatalf("settled %d of %d", br.Settled(), MaxBatchTrades)
	}
	v.wantMoved(t, before, MaxBatchTrades, MaxBatchTrades)
}

// TestFreshlyFundedKeysSendAtOnce funds new keys and has each approve right
// away, as the venue does for every custodial account (a node's pool may
// still see the old, empty balance for a moment); and a key that was never
// funded still fails, after the bounded wait.
func TestFreshlyFundedKeysSendAtOnce(t *testing.T) {
	w := newSimWorld(t)
	v := w.newVenue(t)
	ctx := ctxT(t)
	for i := 0; i < 20; i++ {
		k, err := GenerateKey()
		must(t, err)
		must(t, w.chain.Fund(ctx, k.Address(), big.NewInt(1e17)))
		must(t, w.chain.Approve(ctx, k, v.cash, v.dvp, 1000))
	}
	poor, err := GenerateKey()
	must(t, err)
	start := time.Now()
	if err := w.chain.Approve(ctx, poor, v.cash, v.dvp, 1000); err == nil || !isFundsError(err) {
		t.Fatalf("approve from an empty account: %v, want insufficient funds", err)
	}
	if d := time.Since(start); d > 10*time.Second {
		t.Fatalf("the empty account failed after %v", d)
	}
}
