package store_test

import (
	"context"
	"os"
	"path/filepath"
	"testing"

	"github.com/regulavenue/regula/engine"
	"github.com/regulavenue/regula/engine/store"
)

// A path with URI metacharacters once opened a truncated path ("a" for
// "a#b/c.db"), silently sharing one database between venues.
func TestOpenPathWithURIMetacharacters(t *testing.T) {
	dir := filepath.Join(t.TempDir(), "odd#dir?x=1%20")
	if err := os.MkdirAll(dir, 0o755); err != nil {
		t.Fatal(err)
	}
	path := filepath.Join(dir, "venue.db")
	db, err := store.Open(context.Background(), path)
	if err != nil {
		t.Fatal(err)
	}
	defer db.Close()
	if _, err := os.Stat(path); err != nil {
		t.Fatalf("database not at %s: %v", path, err)
	}
}

func TestJournalRoundTripAndSnapshots(t *testing.T) {
	path := filepath.Join(t.TempDir(), "j.db")
	db, err := store.Open(context.Background(), path)
	if err != nil {
		t.Fatal(err)
	}
	j := db.Journal(store.JournalConfig{MaxBatch: 3, KeepSnapshots: 2})
	commits := make(chan uint64, 100)
	j.Start(func(seq uint64, err error) {
		if err != nil {
			t.Error(err)
		}
		commits <- seq
	})
	for i := uint64(1); i <= 10; i++ {
		j.Append(&engine.Record{Seq: i, Time: int64(i), Kind: engine.KindCreateAccount, Account: "a"})
		if i%4 == 0 {
			j.SaveSnapshot(i, []byte{byte(i)})
		}
	}
	if err := j.Close(); err != nil {
		t.Fatal(err)
	}
	var last uint64
	for len(commits) > 0 {
		s := <-commits
		if s <= last {
			t.Fatalf("commit %d after %d", s, last)
		}
		last = s
	}
	if last != 10 {
		t.Fatalf("last commit %d, want 10", last)
	}
	db.Close()

	db, err = store.Open(context.Background(), path) // migrations are idempotent
	if err != nil {
		t.Fatal(err)
	}
	defer db.Close()
	j = db.Journal(store.JournalConfig{})
	seq, data, err := j.LoadSnapshot()
	if err != nil || seq != 8 || len(data) != 1 || data[0] != 8 {
		t.Fatalf("snapshot %d %v %v, want 8", seq, data, err)
	}
	var n int
	if err := db.Get(&n, `SELECT COUNT(*) FROM snapshots`); err != nil || n != 2 {
		t.Fatalf("%d snapshots kept (%v), want 2", n, err)
	}
	var seen []uint64
	if err := j.Replay(4, func(r *engine.Record) error { seen = append(seen, r.Seq); return nil }); err != nil {
		t.Fatal(err)
	}
	if len(seen) != 6 || seen[0] != 5 || seen[5] != 10 {
		t.Fatalf("replay after 4: %v", seen)
	}
}
