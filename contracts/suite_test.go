package contracts

import (
	"bytes"
	"context"
	"errors"
	"math/big"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum/accounts/abi/bind"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"
	"github.com/ethereum/go-ethereum/crypto"

	"github.com/regulavenue/regula/contracts/bindings"
	"github.com/regulavenue/regula/contracts/internal/testbind"
)

// world is one chain with funded keys; venue deploys contracts on it.
type world struct {
	chain      *Client
	sim        *Simulated // nil on a real node
	operator   *Key
	compliance *Key
	seller     *Key
	buyer      *Key
	third      *Key
}

// venue is one fresh deployment of the three contracts with two onboarded,
// funded, approving parties.
type venue struct {
	*world
	token, cash, dvp common.Address
	att              *Attester
}

const (
	sellerShares = 1_000
	buyerCash    = 1_000_000_000 // 1,000 USD in micro-dollars
)

func ctxT(t testing.TB) context.Context {
	ctx, cancel := context.WithTimeout(context.Background(), 2*time.Minute)
	t.Cleanup(cancel)
	return ctx
}

func must(t testing.TB, err error) {
	t.Helper()
	if err != nil {
		t.Fatal(err)
	}
}

func newKeys(t testing.TB) (op, comp, seller, buyer, third *Key) {
	t.Helper()
	keys := make([]*Key, 5)
	for i := range keys {
		k, err := GenerateKey()
		must(t, err)
		keys[i] = k
	}
	return keys[0], keys[1], keys[2], keys[3], keys[4]
}

func newSimWorld(t testing.TB) *world {
	t.Helper()
	op, comp, s, b, th := newKeys(t)
	sim, err := NewSimulated(op, SimulatedOptions{Funded: []common.Address{s.addr, b.addr, th.addr}})
	must(t, err)
	t.Cleanup(func() { _ = sim.Close() })
	return &world{chain: sim.Client, sim: sim, operator: op, compliance: comp, seller: s, buyer: b, third: th}
}

// newVenue deploys token, cash and DvP, onboards seller (US) and buyer (DE),
// mints and approves.
func (w *world) newVenue(t testing.TB) *venue {
	t.Helper()
	ctx := ctxT(t)
	c := w.chain
	v := &venue{world: w}
	var err error
	v.token, err = c.DeploySecurity(ctx, SecurityParams{Name: "Acme Common", Symbol: "ACME", Decimals: 0})
	must(t, err)
	v.cash, err = c.DeployCash(ctx, CashParams{Name: "Regula USD", Symbol: "RUSD"})
	must(t, err)
	v.dvp, err = c.DeployDvP(ctx, w.compliance.addr)
	must(t, err)
	v.att = NewAttester(w.compliance, c.ChainID(), v.dvp)
	must(t, c.RegisterInvestor(ctx, v.token, w.seller.addr, Investor{Allowed: true, Country: "US"}))
	must(t, c.RegisterInvestor(ctx, v.token, w.buyer.addr, Investor{Allowed: true, Country: "DE"}))
	must(t, c.MintSecurity(ctx, v.token, w.seller.addr, sellerShares))
	must(t, c.MintCash(ctx, v.cash, w.buyer.addr, buyerCash))
	must(t, c.Approve(ctx, w.seller, v.token, v.dvp, 1<<40))
	must(t, c.Approve(ctx, w.buyer, v.cash, v.dvp, 1<<50))
	return v
}

var tradeSeq uint64 = 1000

// trade makes a trade seller->buyer of q shares for amt micro-dollars, deadline an hour ahead.
func (v *venue) trade(t testing.TB, q, amt int64) Trade {
	t.Helper()
	now, err := v.chain.HeadTime(ctxT(t))
	must(t, err)
	tradeSeq++
	return Trade{
		ID: TradeIDFromUint64(tradeSeq), Seller: v.seller.addr, Buyer: v.buyer.addr,
		Token: v.token, Quantity: q, CashToken: v.cash, Amount: amt,
		RuleSetHash: crypto.Keccak256Hash([]byte("ruleset-v1")), Deadline: now + 3600,
	}
}

func (v *venue) sign(t testing.TB, tr Trade) SignedTrade {
	t.Helper()
	st, err := v.att.Sign(tr)
	must(t, err)
	return st
}

// balances is seller shares, buyer shares, seller cash, buyer cash.
type balances [4]int64

func (v *venue) balances(t testing.TB) balances {
	t.Helper()
	ctx := ctxT(t)
	var b balances
	var err error
	for i, q := range []struct{ tok, who common.Address }{
		{v.token, v.seller.addr}, {v.token, v.buyer.addr}, {v.cash, v.seller.addr}, {v.cash, v.buyer.addr},
	} {
		b[i], err = v.chain.BalanceOf(ctx, q.tok, q.who)
		must(t, err)
	}
	return b
}

func (v *venue) wantMoved(t testing.TB, before balances, q, amt int64) {
	t.Helper()
	want := balances{before[0] - q, before[1] + q, before[2] + amt, before[3] - amt}
	if got := v.balances(t); got != want {
		t.Fatalf("balances = %v, want %v (before %v)", got, want, before)
	}
}

func (v *venue) status(t testing.TB, id TradeID) TradeStatus {
	t.Helper()
	s, err := v.chain.TradeStatus(ctxT(t), v.dvp, id)
	must(t, err)
	return s
}

// operatorSend sends a raw binding call from the operator (for test-only contracts).
func (w *world) operatorSend(t testing.TB, build func(*bind.TransactOpts) (*types.Transaction, error)) {
	t.Helper()
	_, err := w.chain.send(ctxT(t), w.operator, 0, build)
	must(t, err)
}

// runCore is the suite that runs on every adapter (simulated and geth --dev).
func runCore(t *testing.T, w *world) {
	t.Run("DigestMatchesContract", func(t *testing.T) { testDigestMatchesContract(t, w) })
	t.Run("RestrictionCodes", func(t *testing.T) { testRestrictionCodes(t, w) })
	t.Run("Atomicity", func(t *testing.T) { testAtomicity(t, w) })
	t.Run("AttestationRejected", func(t *testing.T) { testAttestationRejected(t, w) })
	t.Run("BatchBadTradeInMiddle", func(t *testing.T) { testBatchBadTradeInMiddle(t, w) })
	t.Run("Pause", func(t *testing.T) { testPause(t, w) })
	t.Run("Reentrancy", func(t *testing.T) { testReentrancy(t, w) })
	t.Run("Events", func(t *testing.T) { testEvents(t, w) })
	t.Run("NonceManagerHammer", func(t *testing.T) { testNonceManagerHammer(t, w) })
}

func testDigestMatchesContract(t *testing.T, w *world) {
	v := w.newVenue(t)
	ctx := ctxT(t)
	d, err := bindings.NewDvPSettlement(v.dvp, w.chain.b)
	must(t, err)
	for _, tr := range []Trade{
		v.trade(t, 10, 1_250_000),
		{ID: TradeID{0xff}, Seller: common.Address{1}, Buyer: common.Address{2}, Token: common.Address{3},
			Quantity: 1<<63 - 1, CashToken: common.Address{4}, Amount: 0, RuleSetHash: [32]byte{9}, Deadline: 1<<64 - 1},
	} {
		bt, err := toBinding(tr)
		must(t, err)
		onChain, err := d.HashAttestation(callOpts(ctx), bt)
		must(t, err)
		if got := v.att.Digest(tr); got != common.Hash(onChain) {
			t.Fatalf("Go digest %x != contract hashAttestation %x", got, onChain)
		}
	}
	sep, err := d.DomainSeparator(callOpts(ctx))
	must(t, err)
	if got := DomainSeparator(w.chain.ChainID(), v.dvp); got != common.Hash(sep) {
		t.Fatalf("domain separator %x != contract %x", got, sep)
	}
	th, err := d.ATTESTATIONTYPEHASH(callOpts(ctx))
	must(t, err)
	if common.Hash(th) != attestationTypeHash {
		t.Fatalf("type hash mismatch: AttestationType differs from the contract")
	}
	// The contract accepts the Go signature.
	tr := v.trade(t, 10, 1_250_000)
	st := v.sign(t, tr)
	signer, err := RecoverSigner(w.chain.ChainID(), v.dvp, st)
	must(t, err)
	if signer != w.compliance.addr {
		t.Fatalf("RecoverSigner = %s, want %s", signer, w.compliance.addr)
	}
	before := v.balances(t)
	res, err := w.chain.Settle(ctx, v.dvp, st)
	must(t, err)
	if !res.Results[0].Settled {
		t.Fatalf("not settled: %+v", res.Results[0])
	}
	v.wantMoved(t, before, 10, 1_250_000)
	if s := v.status(t, tr.ID); s != StatusSettled {
		t.Fatalf("status = %d, want settled", s)
	}
}

func testRestrictionCodes(t *testing.T, w *world) {
	ctx := ctxT(t)
	now, err := w.chain.HeadTime(ctx)
	must(t, err)
	for _, tc := range []struct {
		name  string
		setup func(t *testing.T, v *venue)
		code  uint8
	}{
		{"ok", func(t *testing.T, v *venue) {}, RestrictionOK},
		{"seller not whitelisted", func(t *testing.T, v *venue) {
			must(t, w.chain.RegisterInvestor(ctx, v.token, w.seller.addr, Investor{Allowed: false, Country: "US"}))
		}, RestrictionSellerNotVerified},
		{"buyer not whitelisted", func(t *testing.T, v *venue) {
			must(t, w.chain.RegisterInvestor(ctx, v.token, w.buyer.addr, Investor{}))
		}, RestrictionBuyerNotVerified},
		{"seller country blocked", func(t *testing.T, v *venue) {
			must(t, w.chain.SetCountryBlocked(ctx, v.token, "US", true))
		}, RestrictionSellerJurisdiction},
		{"buyer country blocked", func(t *testing.T, v *venue) {
			must(t, w.chain.SetCountryBlocked(ctx, v.token, "DE", true))
		}, RestrictionBuyerJurisdiction},
		{"seller locked up", func(t *testing.T, v *venue) {
			must(t, w.chain.RegisterInvestor(ctx, v.token, w.seller.addr, Investor{Allowed: true, Country: "US", LockupUntil: now + 1_000_000}))
		}, RestrictionLocked},
		{"paused", func(t *testing.T, v *venue) {
			must(t, w.chain.SetPaused(ctx, v.token, true))
		}, RestrictionPaused},
	} {
		t.Run(tc.name, func(t *testing.T) {
			v := w.newVenue(t)
			tc.setup(t, v)
			code, msg, err := w.chain.DetectRestriction(ctx, v.token, w.seller.addr, w.buyer.addr, 5)
			must(t, err)
			if code != tc.code {
				t.Fatalf("detectTransferRestriction = %d (%s), want %d", code, msg, tc.code)
			}
			if name := RestrictionName(code); name == "" || !bytes.HasPrefix([]byte(msg), []byte(name)) {
				t.Fatalf("message %q does not start with %q", msg, name)
			}
			// A plain ERC-20 transfer enforces the same code.
			tok, err := bindings.NewRestrictedToken(v.token, w.chain.b)
			must(t, err)
			_, err = w.chain.send(ctx, w.seller, 0, func(o *bind.TransactOpts) (*types.Transaction, error) {
				return tok.Transfer(o, w.buyer.addr, big.NewInt(5))
			})
			if tc.code == RestrictionOK {
				must(t, err)
				return
			}
			var re *RevertError
			if !errors.As(err, &re) || re.Restriction != tc.code {
				t.Fatalf("transfer err = %v, want TransferRestricted(%d)", err, tc.code)
			}
			// And so does DvP settlement: nothing moves.
			before := v.balances(t)
			tr := v.trade(t, 5, 5_000_000)
			_, err = w.chain.Settle(ctx, v.dvp, v.sign(t, tr))
			if !errors.As(err, &re) || re.Code != FailSecurityLeg || re.Restriction != tc.code {
				t.Fatalf("settle err = %v, want security leg restriction %d", err, tc.code)
			}
			if got := v.balances(t); got != before {
				t.Fatalf("balances moved: %v -> %v", before, got)
			}
		})
	}
}

func testAtomicity(t *testing.T, w *world) {
	ctx := ctxT(t)
	for _, tc := range []struct {
		name   string
		q, amt int64
		break_ func(t *testing.T, v *venue)
		fix    func(t *testing.T, v *venue)
		code   FailCode
		restr  uint8
	}{
		{"buyer lacks cash", 10, buyerCash + 1, func(*testing.T, *venue) {}, func(t *testing.T, v *venue) {
			must(t, w.chain.MintCash(ctx, v.cash, w.buyer.addr, 1))
		}, FailCashLeg, 0},
		{"seller lacks tokens", sellerShares + 1, 1, func(*testing.T, *venue) {}, func(t *testing.T, v *venue) {
			must(t, w.chain.MintSecurity(ctx, v.token, w.seller.addr, 1))
		}, FailSecurityLeg, 0},
		{"seller allowance missing", 10, 100, func(t *testing.T, v *venue) {
			must(t, w.chain.Approve(ctx, w.seller, v.token, v.dvp, 0))
		}, func(t *testing.T, v *venue) {
			must(t, w.chain.Approve(ctx, w.seller, v.token, v.dvp, 10))
		}, FailSecurityLeg, 0},
		{"buyer allowance missing", 10, 100, func(t *testing.T, v *venue) {
			must(t, w.chain.Approve(ctx, w.buyer, v.cash, v.dvp, 99))
		}, func(t *testing.T, v *venue) {
			must(t, w.chain.Approve(ctx, w.buyer, v.cash, v.dvp, 100))
		}, FailCashLeg, 0},
		{"token restriction", 10, 100, func(t *testing.T, v *venue) {
			must(t, w.chain.RegisterInvestor(ctx, v.token, w.buyer.addr, Investor{Allowed: false, Country: "DE"}))
		}, func(t *testing.T, v *venue) {
			must(t, w.chain.RegisterInvestor(ctx, v.token, w.buyer.addr, Investor{Allowed: true, Country: "DE"}))
		}, FailSecurityLeg, RestrictionBuyerNotVerified},
	} {
		t.Run(tc.name, func(t *testing.T) {
			v := w.newVenue(t)
			tc.break_(t, v)
			before := v.balances(t)
			st := v.sign(t, v.trade(t, tc.q, tc.amt))

			// Single settle: a revert with the failure decoded, nothing moved.
			_, err := w.chain.Settle(ctx, v.dvp, st)
			var re *RevertError
			if !errors.As(err, &re) || re.Code != tc.code || re.Restriction != tc.restr {
				t.Fatalf("settle err = %v, want code %s restriction %d", err, tc.code, tc.restr)
			}
			// Batch: reported, not reverted; nothing moved, not marked settled.
			br, err := w.chain.SettleBatch(ctx, v.dvp, []SignedTrade{st})
			must(t, err)
			r := br.Results[0]
			if r.Settled || r.Code != tc.code || r.Restriction != tc.restr || r.Reason == "" {
				t.Fatalf("batch result = %+v, want code %s restriction %d", r, tc.code, tc.restr)
			}
			if got := v.balances(t); got != before {
				t.Fatalf("a leg moved: %v -> %v", before, got)
			}
			if s := v.status(t, st.Trade.ID); s != StatusNone {
				t.Fatalf("failed trade status = %d, want none", s)
			}
			// Fixed, the same attestation settles it (not marked settled on failure).
			tc.fix(t, v)
			before = v.balances(t)
			br, err = w.chain.SettleBatch(ctx, v.dvp, []SignedTrade{st})
			must(t, err)
			if !br.Results[0].Settled {
				t.Fatalf("retry not settled: %+v", br.Results[0])
			}
			v.wantMoved(t, before, tc.q, tc.amt)
		})
	}
}

func testAttestationRejected(t *testing.T, w *world) {
	ctx := ctxT(t)
	v := w.newVenue(t)
	other := NewAttester(w.third, w.chain.ChainID(), v.dvp)
	wrongDomain := NewAttester(w.compliance, w.chain.ChainID(), w.third.addr)
	for _, tc := range []struct {
		name string
		make func(t *testing.T) []SignedTrade // the last one is checked
		code FailCode
	}{
		{"replay", func(t *testing.T) []SignedTrade {
			st := v.sign(t, v.trade(t, 1, 10))
			_, err := w.chain.Settle(ctx, v.dvp, st)
			must(t, err)
			return []SignedTrade{st}
		}, FailAlreadyProcessed},
		{"replay in one batch", func(t *testing.T) []SignedTrade {
			st := v.sign(t, v.trade(t, 1, 10))
			return []SignedTrade{st, st}
		}, FailAlreadyProcessed},
		{"cancelled", func(t *testing.T) []SignedTrade {
			st := v.sign(t, v.trade(t, 1, 10))
			must(t, w.chain.CancelTrade(ctx, v.dvp, st.Trade.ID))
			return []SignedTrade{st}
		}, FailAlreadyProcessed},
		{"expired", func(t *testing.T) []SignedTrade {
			tr := v.trade(t, 1, 10)
			tr.Deadline = 1
			return []SignedTrade{v.sign(t, tr)}
		}, FailExpired},
		{"wrong signer", func(t *testing.T) []SignedTrade {
			st, err := other.Sign(v.trade(t, 1, 10))
			must(t, err)
			return []SignedTrade{st}
		}, FailBadSignature},
		{"other contract's domain", func(t *testing.T) []SignedTrade {
			st, err := wrongDomain.Sign(v.trade(t, 1, 10))
			must(t, err)
			return []SignedTrade{st}
		}, FailBadSignature},
		{"tampered quantity", func(t *testing.T) []SignedTrade {
			st := v.sign(t, v.trade(t, 1, 10))
			st.Trade.Quantity = 100
			return []SignedTrade{st}
		}, FailBadSignature},
		{"tampered rule set", func(t *testing.T) []SignedTrade {
			st := v.sign(t, v.trade(t, 1, 10))
			st.Trade.RuleSetHash[0] ^= 1
			return []SignedTrade{st}
		}, FailBadSignature},
		{"garbage signature", func(t *testing.T) []SignedTrade {
			st := v.sign(t, v.trade(t, 1, 10))
			st.Attestation = []byte{1, 2, 3}
			return []SignedTrade{st}
		}, FailBadSignature},
		{"seller is buyer", func(t *testing.T) []SignedTrade {
			tr := v.trade(t, 1, 10)
			tr.Buyer = tr.Seller
			return []SignedTrade{v.sign(t, tr)}
		}, FailInvalidTrade},
	} {
		t.Run(tc.name, func(t *testing.T) {
			sts := tc.make(t)
			last := sts[len(sts)-1]
			before := v.balances(t)
			if len(sts) == 1 {
				_, err := w.chain.Settle(ctx, v.dvp, last)
				var re *RevertError
				if !errors.As(err, &re) || re.Code != tc.code {
					t.Fatalf("settle err = %v, want %s", err, tc.code)
				}
			}
			br, err := w.chain.SettleBatch(ctx, v.dvp, sts)
			must(t, err)
			if r := br.Results[len(sts)-1]; r.Settled || r.Code != tc.code {
				t.Fatalf("batch result = %+v, want %s", r, tc.code)
			}
			moved := int64(0)
			if len(sts) == 2 {
				moved = 1 // the first of the pair settled once
			}
			v.wantMoved(t, before, moved, moved*10)
		})
	}
}

func testBatchBadTradeInMiddle(t *testing.T, w *world) {
	ctx := ctxT(t)
	v := w.newVenue(t)
	good1 := v.sign(t, v.trade(t, 10, 1_000))
	bad := v.sign(t, v.trade(t, sellerShares*10, 1_000)) // seller lacks tokens
	good2 := v.sign(t, v.trade(t, 20, 2_000))
	expired := v.trade(t, 1, 1)
	expired.Deadline = 1
	good3 := v.sign(t, v.trade(t, 30, 3_000))
	before := v.balances(t)
	br, err := w.chain.SettleBatch(ctx, v.dvp, []SignedTrade{good1, bad, good2, v.sign(t, expired), good3})
	must(t, err)
	wantSettled := []bool{true, false, true, false, true}
	wantCode := []FailCode{FailNone, FailSecurityLeg, FailNone, FailExpired, FailNone}
	for i, r := range br.Results {
		if r.Settled != wantSettled[i] || r.Code != wantCode[i] {
			t.Fatalf("result %d = %+v, want settled=%v code=%s", i, r, wantSettled[i], wantCode[i])
		}
	}
	if br.Settled() != 3 {
		t.Fatalf("Settled() = %d, want 3", br.Settled())
	}
	v.wantMoved(t, before, 60, 6_000)
	if s := v.status(t, bad.Trade.ID); s != StatusNone {
		t.Fatalf("bad trade status = %d, want none", s)
	}
}

func testPause(t *testing.T, w *world) {
	ctx := ctxT(t)
	v := w.newVenue(t)
	must(t, w.chain.SetPaused(ctx, v.token, true))
	before := v.balances(t)
	st := v.sign(t, v.trade(t, 10, 100))
	br, err := w.chain.SettleBatch(ctx, v.dvp, []SignedTrade{st})
	must(t, err)
	if r := br.Results[0]; r.Settled || r.Restriction != RestrictionPaused {
		t.Fatalf("paused settle = %+v, want restriction %d", r, RestrictionPaused)
	}
	if got := v.balances(t); got != before {
		t.Fatalf("moved while paused: %v -> %v", before, got)
	}
	// The agent can still force a transfer while paused.
	tok, err := bindings.NewRestrictedToken(v.token, w.chain.b)
	must(t, err)
	w.operatorSend(t, func(o *bind.TransactOpts) (*types.Transaction, error) {
		return tok.ForcedTransfer(o, w.seller.addr, w.buyer.addr, big.NewInt(1))
	})
	v.wantMoved(t, before, 1, 0)
	must(t, w.chain.SetPaused(ctx, v.token, false))
	before = v.balances(t)
	br, err = w.chain.SettleBatch(ctx, v.dvp, []SignedTrade{st})
	must(t, err)
	if !br.Results[0].Settled {
		t.Fatalf("after unpause: %+v", br.Results[0])
	}
	v.wantMoved(t, before, 10, 100)
}

func testReentrancy(t *testing.T, w *world) {
	ctx := ctxT(t)
	for _, tc := range []struct {
		name  string
		batch bool
		call  string // what the malicious token calls back
		want  string // revert of the reentrant call
	}{
		{"settle reenters settle", false, "settle", "TradeRejected(ALREADY_PROCESSED)"},
		{"batch reenters settle", true, "settle", "TradeRejected(ALREADY_PROCESSED)"},
		{"settle reenters executeTrade", false, "executeTrade", "OnlySelf()"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			v := w.newVenue(t)
			var evilAddr common.Address
			w.operatorSend(t, func(o *bind.TransactOpts) (*types.Transaction, error) {
				a, tx, _, err := testbind.DeployReentrantToken(o, w.chain.b)
				evilAddr = a
				return tx, err
			})
			evil, err := testbind.NewReentrantToken(evilAddr, w.chain.b)
			must(t, err)
			w.operatorSend(t, func(o *bind.TransactOpts) (*types.Transaction, error) {
				return evil.Mint(o, w.seller.addr, big.NewInt(100))
			})
			must(t, w.chain.Approve(ctx, w.seller, evilAddr, v.dvp, 100))
			// Worst case: the token even holds SETTLER_ROLE, so only the
			// settled-before-transfer mark stands between it and a double settlement.
			d, err := bindings.NewDvPSettlement(v.dvp, w.chain.b)
			must(t, err)
			role, err := d.SETTLERROLE(callOpts(ctx))
			must(t, err)
			w.operatorSend(t, func(o *bind.TransactOpts) (*types.Transaction, error) {
				return d.GrantRole(o, role, evilAddr)
			})
			tr := v.trade(t, 40, 4_000)
			tr.Token = evilAddr
			st := v.sign(t, tr)
			bt, err := toBinding(tr)
			must(t, err)
			var payload []byte
			if tc.call == "settle" {
				payload, err = dvpABI.Pack("settle", bt, st.Attestation)
			} else {
				payload, err = dvpABI.Pack("executeTrade", bt)
			}
			must(t, err)
			w.operatorSend(t, func(o *bind.TransactOpts) (*types.Transaction, error) {
				return evil.Arm(o, v.dvp, payload)
			})
			cashBefore, err := w.chain.BalanceOf(ctx, v.cash, w.seller.addr)
			must(t, err)
			if tc.batch {
				br, err := w.chain.SettleBatch(ctx, v.dvp, []SignedTrade{st})
				must(t, err)
				if !br.Results[0].Settled {
					t.Fatalf("outer trade not settled: %+v", br.Results[0])
				}
			} else {
				_, err := w.chain.Settle(ctx, v.dvp, st)
				must(t, err)
			}
			it, err := evil.FilterReentered(&bind.FilterOpts{Context: ctx})
			must(t, err)
			var got []*testbind.ReentrantTokenReentered
			for it.Next() {
				got = append(got, it.Event)
			}
			must(t, it.Error())
			if len(got) != 1 || got[0].Ok {
				t.Fatalf("reentries = %+v, want exactly one, refused", got)
			}
			if r := newRevertError(got[0].Result).Reason; r != tc.want {
				t.Fatalf("reentrant call reverted with %q, want %q", r, tc.want)
			}
			cashAfter, err := w.chain.BalanceOf(ctx, v.cash, w.seller.addr)
			must(t, err)
			if cashAfter-cashBefore != 4_000 {
				t.Fatalf("seller paid %d, want exactly one payment of 4000", cashAfter-cashBefore)
			}
			bought, err := w.chain.BalanceOf(ctx, evilAddr, w.buyer.addr)
			must(t, err)
			if bought != 40 {
				t.Fatalf("buyer got %d evil tokens, want 40", bought)
			}
		})
	}
}

func testEvents(t *testing.T, w *world) {
	ctx := ctxT(t)
	v := w.newVenue(t)
	start, err := w.chain.b.BlockNumber(ctx)
	must(t, err)
	good := v.sign(t, v.trade(t, 7, 700))
	bad := v.sign(t, v.trade(t, sellerShares*2, 1))
	_, err = w.chain.SettleBatch(ctx, v.dvp, []SignedTrade{good, bad})
	must(t, err)

	wctx, cancel := context.WithTimeout(ctx, 30*time.Second)
	defer cancel()
	var got []Event
	err = w.chain.Watch(wctx, EventQuery{Contracts: []common.Address{v.dvp, v.token, v.cash}, FromBlock: start + 1},
		func(ev Event) error {
			got = append(got, ev)
			if ev.Kind == EventTradeFailed {
				cancel()
			}
			return nil
		})
	if !errors.Is(err, context.Canceled) {
		t.Fatalf("Watch returned %v, want context.Canceled", err)
	}
	var kinds []EventKind
	for _, ev := range got {
		kinds = append(kinds, ev.Kind)
	}
	want := []EventKind{EventTransfer, EventTransfer, EventTradeSettled, EventTradeFailed}
	if len(kinds) != len(want) {
		t.Fatalf("events %v, want %v", kinds, want)
	}
	for i := range want {
		if kinds[i] != want[i] {
			t.Fatalf("events %v, want %v", kinds, want)
		}
	}
	if e := got[0]; e.Contract != v.token || e.From != w.seller.addr || e.To != w.buyer.addr || e.Value != 7 {
		t.Fatalf("security transfer = %+v", e)
	}
	if e := got[1]; e.Contract != v.cash || e.From != w.buyer.addr || e.To != w.seller.addr || e.Value != 700 {
		t.Fatalf("cash transfer = %+v", e)
	}
	if e := got[2]; e.TradeID != good.Trade.ID || e.Quantity != 7 || e.Amount != 700 || e.Seller != w.seller.addr ||
		e.Buyer != w.buyer.addr || e.Token != v.token || e.CashToken != v.cash || e.RuleSetHash != good.Trade.RuleSetHash {
		t.Fatalf("TradeSettled = %+v", e)
	}
	if e := got[3]; e.TradeID != bad.Trade.ID || e.FailCode != FailSecurityLeg || e.Reason == "" {
		t.Fatalf("TradeFailed = %+v", e)
	}
	// Events gives the same as Watch.
	evs, err := w.chain.Events(ctx, EventQuery{Contracts: []common.Address{v.dvp, v.token, v.cash}, FromBlock: start + 1})
	must(t, err)
	if len(evs) != len(got) {
		t.Fatalf("Events gave %d, Watch %d", len(evs), len(got))
	}
}
