package contracts_test

import (
	"context"
	"fmt"
	"log"

	"github.com/regulavenue/regula/contracts"
)

// The embedded chain end to end: deploy, onboard two investors, approve, attest
// and settle a batch in which the second trade fails (the seller lacks shares).
func ExampleNewSimulated() {
	ctx := context.Background()
	operator, _ := contracts.GenerateKey()
	compliance, _ := contracts.GenerateKey()
	alice, _ := contracts.GenerateKey() // seller
	bob, _ := contracts.GenerateKey()   // buyer
	chain, err := contracts.NewSimulated(operator, contracts.SimulatedOptions{})
	if err != nil {
		log.Fatal(err)
	}
	defer chain.Close()
	check := func(err error) {
		if err != nil {
			log.Fatal(err)
		}
	}
	acme, err := chain.DeploySecurity(ctx, contracts.SecurityParams{Name: "Acme", Symbol: "ACME"})
	check(err)
	usd, err := chain.DeployCash(ctx, contracts.CashParams{Name: "Regula USD", Symbol: "RUSD"})
	check(err)
	dvp, err := chain.DeployDvP(ctx, compliance.Address())
	check(err)
	for _, k := range []*contracts.Key{alice, bob} {
		check(chain.Fund(ctx, k.Address(), contracts.Ether(1)))
		check(chain.RegisterInvestor(ctx, acme, k.Address(), contracts.Investor{Allowed: true, Country: "US"}))
	}
	check(chain.MintSecurity(ctx, acme, alice.Address(), 100))
	check(chain.MintCash(ctx, usd, bob.Address(), 50_000_000)) // 50 USD
	check(chain.Approve(ctx, alice, acme, dvp, 100))
	check(chain.Approve(ctx, bob, usd, dvp, 50_000_000))

	now, err := chain.HeadTime(ctx)
	check(err)
	att := contracts.NewAttester(compliance, chain.ChainID(), dvp)
	var batch []contracts.SignedTrade
	for i, qty := range []int64{10, 1_000} {
		st, err := att.Sign(contracts.Trade{
			ID: contracts.TradeIDFromUint64(uint64(i + 1)), Seller: alice.Address(), Buyer: bob.Address(),
			Token: acme, Quantity: qty, CashToken: usd, Amount: 12_500_000,
			Deadline: now + 3600,
		})
		check(err)
		batch = append(batch, st)
	}
	res, err := chain.SettleBatch(ctx, dvp, batch)
	check(err)
	for _, r := range res.Results {
		fmt.Println(r.Settled, r.Code)
	}
	shares, _ := chain.BalanceOf(ctx, acme, bob.Address())
	cash, _ := chain.BalanceOf(ctx, usd, alice.Address())
	fmt.Println("bob holds", shares, "ACME; alice received", cash, "micro-USD")
	// Output:
	// true NONE
	// false SECURITY_LEG
	// bob holds 10 ACME; alice received 12500000 micro-USD
}
