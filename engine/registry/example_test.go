package registry_test

import (
	"context"
	"fmt"
	"os"
	"path/filepath"
	"time"

	"github.com/ethereum/go-ethereum/common"

	"github.com/regulavenue/regula/engine/registry"
	"github.com/regulavenue/regula/engine/store"
	"github.com/regulavenue/regula/rules/abi"
)

// Onboard two investors, issue a token, record a settled trade and build the
// transfer context of the next one.
func Example() {
	ctx := context.Background()
	dir, _ := os.MkdirTemp("", "registry-example")
	defer os.RemoveAll(dir)
	db, err := store.Open(ctx, filepath.Join(dir, "venue.db"))
	if err != nil {
		panic(err)
	}
	defer db.Close()
	now := time.Date(2027, 3, 1, 14, 30, 0, 0, time.UTC)
	reg, err := registry.Open(ctx, db, registry.Options{Now: func() time.Time { return now }})
	if err != nil {
		panic(err)
	}
	must := func(err error) {
		if err != nil {
			panic(err)
		}
	}
	must(reg.AddToken(ctx, "issuer", "ACME"))
	must(reg.PutInvestor(ctx, "onboarding", registry.Investor{ID: "inv-7", Country: "US", USPerson: true,
		Class: registry.ClassRetail, KYCStatus: registry.KYCApproved, Accredited: true}))
	must(reg.AddAccount(ctx, "onboarding", registry.Account{ID: "acc-7", InvestorID: "inv-7", Wallet: common.HexToAddress("0x07")}))
	must(reg.PutInvestor(ctx, "onboarding", registry.Investor{ID: "inv-8", Country: "DE",
		Class: registry.ClassProfessional, KYCStatus: registry.KYCApproved}))
	must(reg.AddAccount(ctx, "onboarding", registry.Account{ID: "acc-8", InvestorID: "inv-8", Wallet: common.HexToAddress("0x08")}))

	must(reg.Mint(ctx, "issuer", "ACME", "acc-7", 3000, time.Date(2026, 1, 15, 0, 0, 0, 0, time.UTC)))
	must(reg.Mint(ctx, "issuer", "ACME", "acc-7", 2000, time.Date(2026, 11, 1, 0, 0, 0, 0, time.UTC)))
	must(reg.Transfer(ctx, registry.Transfer{Token: "ACME", Ref: "trade-1", Seller: "acc-7", Buyer: "acc-8",
		Quantity: 3500, Price: 1250, At: now.Add(-time.Hour)}))

	c, err := reg.Context(abi.PhaseMatch, now, registry.TokenInfo{Symbol: "ACME"}, "acc-8", "acc-7", 100, 1300)
	if err != nil {
		panic(err)
	}
	st := c.Token.Stats
	fmt.Println("holders", st.Holders, "US", st.USHolders, "non-accredited", st.NonAccreditedHolders, "today", st.DailyTransactions)
	fmt.Println("seller", c.Seller.InvestorID, c.Seller.Balance, c.Seller.Lots[0].AcquiredAt.Format(time.DateTime))
	fmt.Println("buyer", c.Buyer.InvestorID, c.Buyer.Balance, c.Buyer.Lots[0].Quantity, c.Buyer.Lots[0].AcquiredAt.Format(time.DateOnly))
	_, err = reg.Context(abi.PhaseMatch, now, registry.TokenInfo{Symbol: "ACME"}, "acc-8", "acc-9", 100, 1300)
	fmt.Println(err)
	// Output:
	// holders 2 US 1 non-accredited 1 today 1
	// seller inv-8 3500 2027-03-01 13:30:00
	// buyer inv-7 1500 1500 2026-11-01
	// unknown_account: unknown account "acc-9"
}
