package docs_test

import (
	"context"
	"database/sql"
	"fmt"
	"path/filepath"
	"sync"
	"sync/atomic"
	"testing"

	"github.com/ethereum/go-ethereum/common"

	"github.com/regulavenue/regula/engine"
	"github.com/regulavenue/regula/engine/issuer"
	"github.com/regulavenue/regula/engine/registry"
	"github.com/regulavenue/regula/engine/store"
)

// TestOnlineBackup runs OPERATOR.md's backup procedure: VACUUM INTO through
// the venue's SQLite driver while the venue keeps acknowledging orders, then
// a restore: the copy passes an integrity check, opens as a venue, and holds
// every order acknowledged before the backup started and none that the live
// venue does not have.
func TestOnlineBackup(t *testing.T) {
	ctx := context.Background()
	dir := t.TempDir()
	live := filepath.Join(dir, "regula.db")
	db, err := store.Open(ctx, live)
	if err != nil {
		t.Fatal(err)
	}
	defer db.Close()
	ops, err := issuer.Open(ctx, db, issuer.Options{})
	if err != nil {
		t.Fatal(err)
	}
	defer ops.Close(ctx)
	mustSeed(t, ctx, ops)

	// A writer keeps the journal busy during the backup.
	var acked atomic.Int64
	place := func(i int64) error {
		o, err := engine.DecodePlace([]byte(fmt.Sprintf(`{"account":"bob","token":"ACME","side":"buy","price":%d,"qty":10}`, 100+i%50)))
		if err != nil {
			return err
		}
		if _, err := ops.Venue.Place(ctx, o); err != nil {
			return err
		}
		acked.Add(1)
		return nil
	}
	for i := range int64(50) {
		if err := place(i); err != nil {
			t.Fatal(err)
		}
	}
	stop := make(chan struct{})
	var wg sync.WaitGroup
	var writeErr error
	wg.Go(func() {
		for i := int64(50); ; i++ {
			select {
			case <-stop:
				return
			default:
			}
			if err := place(i); err != nil {
				writeErr = err
				return
			}
		}
	})

	// The operator's side: a separate connection, as sqlite3 or a script would open it.
	before := acked.Load()
	backup := filepath.Join(dir, "backup.db")
	other, err := sql.Open("sqlite", "file:"+live+"?_pragma=busy_timeout(10000)")
	if err != nil {
		t.Fatal(err)
	}
	if _, err := other.ExecContext(ctx, "VACUUM INTO ?", backup); err != nil {
		t.Fatalf("VACUUM INTO while the venue writes: %v", err)
	}
	other.Close()
	close(stop)
	wg.Wait()
	if writeErr != nil {
		t.Fatalf("the venue failed during the backup: %v", writeErr)
	}
	if err := ops.Close(ctx); err != nil {
		t.Fatal(err)
	}
	liveOrders := int64(len(ops.Venue.Orders("bob", false)))

	// Restore: open the copy as the venue would.
	bdb, err := store.Open(ctx, backup)
	if err != nil {
		t.Fatal(err)
	}
	defer bdb.Close()
	var check string
	if err := bdb.GetContext(ctx, &check, "PRAGMA integrity_check"); err != nil || check != "ok" {
		t.Fatalf("integrity_check of the copy = %q, %v", check, err)
	}
	restored, err := issuer.Open(ctx, bdb, issuer.Options{})
	if err != nil {
		t.Fatalf("opening the backup as a venue: %v", err)
	}
	defer restored.Close(ctx)
	got := int64(len(restored.Venue.Orders("bob", false)))
	if got < before || got > liveOrders {
		t.Errorf("backup holds %d of bob's orders; want between %d (acknowledged before the backup) and %d (live)", got, before, liveOrders)
	}
	if inv, ok := restored.Registry.Investor("inv-bob"); !ok || inv.Country != "US" {
		t.Errorf("investor inv-bob in the backup = %+v, %v", inv, ok)
	}
	cash, _, err := restored.Venue.Balances("bob")
	if err != nil || cash["USD"].Total != 1_000_000_000 {
		t.Errorf("bob's cash in the backup = %+v, %v", cash, err)
	}
	t.Logf("backup taken with %d orders acknowledged; it holds %d; the live venue ended with %d", before, got, liveOrders)
}

// mustSeed lists ACME and gives bob, a verified investor, an account and cash.
func mustSeed(t *testing.T, ctx context.Context, ops *issuer.Ops) {
	t.Helper()
	steps := []error{
		ops.CreateToken(ctx, "test", issuer.Token{TokenSpec: engine.TokenSpec{Symbol: "ACME", Currency: "USD", TickSize: 1, LotSize: 10}}),
		ops.PutInvestor(ctx, "test", registry.Investor{ID: "inv-bob", Country: "US", USPerson: true,
			Class: registry.ClassRetail, KYCStatus: registry.KYCApproved}),
		ops.AddAccount(ctx, "test", registry.Account{ID: "bob", InvestorID: "inv-bob", Wallet: common.HexToAddress("0xb0b")}),
		ops.Deposit(ctx, "bob", "USD", 1_000_000_000),
	}
	for i, err := range steps {
		if err != nil {
			t.Fatalf("seed step %d: %v", i, err)
		}
	}
}
