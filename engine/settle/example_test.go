package settle_test

import (
	"context"
	"fmt"
	"log"
	"os"
	"path/filepath"
	"sort"
	"sync"
	"time"

	"github.com/ethereum/go-ethereum/common"

	"github.com/regulavenue/regula/contracts"
	"github.com/regulavenue/regula/engine"
	"github.com/regulavenue/regula/engine/settle"
	"github.com/regulavenue/regula/engine/store"
)

// venue is the Outcomes side of the example: it notes what it is told.
type venue struct {
	mu  sync.Mutex
	got map[string]string
}

func (v *venue) Settled(_ context.Context, id string, _ common.Hash) error {
	v.mu.Lock()
	defer v.mu.Unlock()
	v.got[id] = "settled"
	return nil
}

func (v *venue) Broken(_ context.Context, id string, code uint8, reason, rule string) error {
	v.mu.Lock()
	defer v.mu.Unlock()
	v.got[id] = fmt.Sprintf("broken %d by %s: %s", code, rule, reason)
	return nil
}

// A pipeline on the embedded chain: two trades, one of them denied at
// settlement because the buyer was sanctioned after the match.
func Example() {
	ctx := context.Background()
	check := func(err error) {
		if err != nil {
			log.Fatal(err)
		}
	}
	operator, _ := contracts.GenerateKey()
	compliance, _ := contracts.GenerateKey()
	alice, _ := contracts.GenerateKey()
	bob, _ := contracts.GenerateKey()
	chain, err := contracts.NewSimulated(operator, contracts.SimulatedOptions{
		Funded: []common.Address{alice.Address(), bob.Address()}})
	check(err)
	defer chain.Close()
	acme, err := chain.DeploySecurity(ctx, contracts.SecurityParams{Name: "Acme", Symbol: "ACME"})
	check(err)
	usd, err := chain.DeployCash(ctx, contracts.CashParams{Name: "Regula USD", Symbol: "RUSD"})
	check(err)
	dvp, err := chain.DeployDvP(ctx, compliance.Address())
	check(err)
	for _, k := range []*contracts.Key{alice, bob} {
		check(chain.RegisterInvestor(ctx, acme, k.Address(), contracts.Investor{Allowed: true, Country: "US"}))
	}
	check(chain.MintSecurity(ctx, acme, alice.Address(), 100))
	check(chain.MintCash(ctx, usd, bob.Address(), 200_000_000))
	check(chain.Approve(ctx, alice, acme, dvp, 100))
	check(chain.Approve(ctx, bob, usd, dvp, 200_000_000))

	dir, err := os.MkdirTemp("", "settle-example")
	check(err)
	defer os.RemoveAll(dir)
	db, err := store.Open(ctx, filepath.Join(dir, "venue.db"))
	check(err)
	defer db.Close()

	wallets := map[string]common.Address{"alice": alice.Address(), "bob": bob.Address(), "mallory": bob.Address()}
	v := &venue{got: map[string]string{}}
	p, err := settle.Open(ctx, settle.Config{
		DB: db, Chain: chain, DvP: dvp,
		Attester: contracts.NewAttester(compliance, chain.ChainID(), dvp),
		Checker: settle.CheckerFunc(func(_ context.Context, t engine.Trade, _ []engine.Trade) (settle.Verdict, error) {
			if t.Buyer == "mallory" {
				return settle.Verdict{Code: 13, Reason: "buyer is on the sanctions list", Rule: "sanctions@1.0.0"}, nil
			}
			return settle.Verdict{Allow: true}, nil
		}),
		Wallets: settle.WalletsFunc(func(_ context.Context, id string) (common.Address, error) {
			if w, ok := wallets[id]; ok {
				return w, nil
			}
			return common.Address{}, fmt.Errorf("account %s: %w", id, settle.ErrUnknown)
		}),
		Instruments: settle.InstrumentsFunc(func(_ context.Context, symbol string) (settle.Instrument, error) {
			return settle.Instrument{Token: acme, Cash: usd, CashScale: 10_000}, nil // cents -> micro-USD
		}),
		Outcomes: v,
		Logf:     func(string, ...any) {},
	})
	check(err)
	check(p.Start(ctx))
	defer p.Close()

	check(p.Submit(ctx,
		engine.Trade{ID: "ACME-1", Token: "ACME", Seller: "alice", Buyer: "bob", Price: 1250, Qty: 10, Amount: 12_500},
		engine.Trade{ID: "ACME-2", Token: "ACME", Seller: "alice", Buyer: "mallory", Price: 1250, Qty: 5, Amount: 6_250},
	))
	for p.Stats().Settled+p.Stats().Failed < 2 {
		time.Sleep(5 * time.Millisecond)
	}
	var ids []string
	for id := range v.got {
		ids = append(ids, id)
	}
	sort.Strings(ids)
	for _, id := range ids {
		fmt.Println(id, v.got[id])
	}
	shares, _ := chain.BalanceOf(ctx, acme, bob.Address())
	cash, _ := chain.BalanceOf(ctx, usd, alice.Address())
	fmt.Println("bob holds", shares, "ACME; alice received", cash, "micro-USD")
	// Output:
	// ACME-1 settled
	// ACME-2 broken 13 by sanctions@1.0.0: buyer is on the sanctions list
	// bob holds 10 ACME; alice received 125000000 micro-USD
}
