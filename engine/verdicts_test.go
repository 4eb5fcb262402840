package engine_test

import (
	"bytes"
	"context"
	"encoding/hex"
	"encoding/json"
	"errors"
	"fmt"
	"hash/fnv"
	"math/rand"
	"reflect"
	"sync"
	"sync/atomic"
	"testing"
	"time"

	"github.com/regulavenue/regula/engine"
	"github.com/regulavenue/regula/engine/book"
	"github.com/regulavenue/regula/engine/store"
)

// ruleDouble is a Compliance whose match answers a test changes between the
// live run and a restart, standing in for an investor registry or a rule set
// that changed. Entry allows everything.
type ruleDouble struct {
	mu    sync.Mutex
	salt  uint64              // changes every hashed answer
	rate  uint64              // deny one pair in rate, by hash of the pair and qty; 0: none
	pairs map[[2]string]uint8 // (buyer, seller) → code, checked first
	calls atomic.Int64        // Match calls
}

func (d *ruleDouble) set(salt, rate uint64, pairs map[[2]string]uint8) {
	d.mu.Lock()
	d.salt, d.rate, d.pairs = salt, rate, pairs
	d.mu.Unlock()
}

func (d *ruleDouble) Entry(token, account string, side book.Side, qty, price int64, at int64) engine.Verdict {
	return engine.Verdict{Allow: true}
}

func (d *ruleDouble) Match(token, buyer, seller string, qty, price int64, at int64) engine.Verdict {
	d.calls.Add(1)
	d.mu.Lock()
	defer d.mu.Unlock()
	if c := d.pairs[[2]string{buyer, seller}]; c != 0 {
		return engine.Verdict{Code: c, Reason: "listed pair", Rule: "double@1.0.0"}
	}
	if d.rate > 0 {
		h := fnv.New64a()
		fmt.Fprintf(h, "%s|%s|%s|%d|%d", token, buyer, seller, qty, d.salt)
		if s := h.Sum64(); s%d.rate == 0 {
			return engine.Verdict{Code: uint8(30 + s/d.rate%3), Reason: "hashed", Rule: "double@1.0.0"}
		}
	}
	return engine.Verdict{Allow: true}
}

// crashJournal passes records to the real journal until the process "dies":
// from then on nothing reaches the disk (records, snapshots), as if the
// venue had been killed at that instant.
type crashJournal struct {
	engine.Journal
	mu      sync.Mutex
	crashIf func(*engine.Record) bool // crash on the first record it is true for
	crashed bool
	lost    engine.Record // the record that was being appended at the crash
	dead    chan struct{} // closed at the crash
}

func newCrashJournal(j engine.Journal) *crashJournal {
	return &crashJournal{Journal: j, dead: make(chan struct{})}
}

func (j *crashJournal) crashWhen(f func(*engine.Record) bool) {
	j.mu.Lock()
	j.crashIf = f
	j.mu.Unlock()
}

func (j *crashJournal) crash() { j.crashWhen(func(*engine.Record) bool { return true }) }

func (j *crashJournal) Append(r *engine.Record) {
	j.mu.Lock()
	defer j.mu.Unlock()
	if !j.crashed && j.crashIf != nil && j.crashIf(r) {
		j.crashed, j.lost = true, *r
		close(j.dead)
	}
	if !j.crashed {
		j.Journal.Append(r)
	}
}

func (j *crashJournal) SaveSnapshot(seq uint64, data []byte) {
	j.mu.Lock()
	defer j.mu.Unlock()
	if j.crashIf != nil { // a crash is armed or past: no clean snapshot at Close
		return
	}
	j.Journal.SaveSnapshot(seq, data)
}

// forgetVerdicts reads a journal as if it had been written before match
// verdicts were journaled (format 1), from record 1, and writes nothing.
type forgetVerdicts struct{ engine.Journal }

func (forgetVerdicts) Append(*engine.Record)                 {}
func (forgetVerdicts) SaveSnapshot(uint64, []byte)           {}
func (forgetVerdicts) LoadSnapshot() (uint64, []byte, error) { return 0, nil, nil }
func (j forgetVerdicts) Replay(after uint64, fn func(*engine.Record) error) error {
	return j.Journal.Replay(after, func(r *engine.Record) error {
		r.Skips, r.Legacy = nil, true
		return fn(r)
	})
}

// venueState is everything a client can see of accounts and tokens, as JSON.
// Trades are listed per token: across tokens the ledger keeps them in the
// order the book goroutines happened to finish, which replay need not match.
func venueState(t *testing.T, v *engine.Venue, accts, tokens []string) []byte {
	t.Helper()
	type acct struct {
		Orders       []engine.Order
		Cash, Tokens map[string]engine.Balance
	}
	st := struct {
		Accounts map[string]acct
		Trades   [][]engine.Trade
		Depth    []engine.Depth
	}{Accounts: map[string]acct{}}
	for _, a := range accts {
		cash, toks, err := v.Balances(a)
		if err != nil {
			t.Fatal(err)
		}
		st.Accounts[a] = acct{Orders: v.Orders(a, false), Cash: cash, Tokens: toks}
	}
	for _, tok := range tokens {
		st.Trades = append(st.Trades, v.Trades(tok, 0))
		d, err := v.Depth(ctx, tok, 1000)
		if err != nil {
			t.Fatal(err)
		}
		st.Depth = append(st.Depth, d)
	}
	b, err := json.Marshal(st)
	if err != nil {
		t.Fatal(err)
	}
	return b
}

// quiesce lets the timer-driven commands of a load finish before a crash:
// it moves the clock past every GTD expiry, waits until the venue has
// expired them all (a tick the sequencer sends by itself), then audits, which
// waits until every book has applied, and so journaled, everything before it,
// and sends one more command, whose answer means all events are out.
// Without this a tick can be in flight at the crash: applied live but never
// acknowledged, it may or may not survive, as in a real crash.
func quiesce(t *testing.T, h *harness, accts []string) {
	t.Helper()
	h.clock.Add(time.Hour) // GTD orders of the loads expire within ms; DAY ones at midnight
	waitFor(t, func() bool {
		for _, a := range accts {
			for _, o := range h.v.Orders(a, true) {
				if o.TIF == "gtd" {
					return false
				}
			}
		}
		return true
	})
	h.audit()
	// An acknowledged command last: events are published in journal order,
	// so once it is answered every event before it has reached OnEvents.
	h.must(h.v.Deposit(ctx, accts[0], "USD", 1))
}

// firstDiff shows where two encodings first differ.
func firstDiff(got, want []byte) string {
	i := 0
	for i < len(got) && i < len(want) && got[i] == want[i] {
		i++
	}
	lo := max(0, i-300)
	return fmt.Sprintf("at byte %d:\n got …%s…\nwant …%s…", i, got[lo:min(len(got), i+300)], want[lo:min(len(want), i+300)])
}

func countKind(evs []engine.Event, k engine.EventKind) int {
	n := 0
	for _, e := range evs {
		if e.Kind == k {
			n++
		}
	}
	return n
}

// betaLoad places and cancels n orders on BETA from accounts a, b, c, so
// that two book goroutines journal concurrently.
func betaLoad(v *engine.Venue, seed int64, n int) {
	rng := rand.New(rand.NewSource(seed))
	accts := []string{"a", "b", "c"}
	var open []engine.CancelOrder
	for i := 0; i < n; i++ {
		acct := accts[rng.Intn(3)]
		if len(open) > 0 && rng.Intn(4) == 0 {
			k := rng.Intn(len(open))
			v.Cancel(ctx, open[k])
			open = append(open[:k], open[k+1:]...)
			continue
		}
		evs, err := v.Place(ctx, engine.PlaceOrder{Account: acct, Token: "BETA", Side: book.Side(1 + rng.Intn(2)),
			Type: engine.Limit, TIF: book.GTC, Price: int64(95 + rng.Intn(11)), Qty: int64(1 + rng.Intn(5))})
		if err == nil && evs[0].Kind == engine.EvAccepted {
			open = append(open, engine.CancelOrder{Account: acct, OrderID: evs[0].OrderID})
		}
	}
}

// TestReplayKeepsAcknowledgedFillsWhenComplianceChanges is issue 6's replay
// gap: a live run with match denies on two books, then the rules change and
// the venue restarts as after a crash (no snapshot, the whole journal
// replayed). The restarted venue must hold exactly what was acknowledged live,
// replay must give the live event stream byte for byte, and Compliance must
// not be asked at all.
func TestReplayKeepsAcknowledgedFillsWhenComplianceChanges(t *testing.T) {
	rules := &ruleDouble{}
	rules.set(1, 3, map[[2]string]uint8{{"a", "c"}: 31})
	var cj *crashJournal
	h := newHarnessWrap(t, engine.Config{Compliance: rules, SnapshotEvery: 1 << 40}, func(j engine.Journal) engine.Journal {
		cj = newCrashJournal(j)
		return cj
	})
	h.setup()
	h.must(h.v.CreateToken(ctx, engine.TokenSpec{Symbol: "BETA", Currency: "USD", TickSize: 1, LotSize: 1}))
	for _, a := range []string{"a", "b", "c"} {
		h.must(h.v.Credit(ctx, a, "BETA", 1000))
	}
	var wg sync.WaitGroup
	wg.Add(1)
	go func() { defer wg.Done(); betaLoad(h.v, 5, 300) }()
	randomLoad(t, h, 7, 500)
	wg.Wait()
	accts, tokens := []string{"a", "b", "c"}, []string{"ACME", "BETA"}
	quiesce(t, h, accts)

	want := venueState(t, h.v, accts, tokens)
	h.mu.Lock()
	live := encode(t, h.events)
	skips, trades := countKind(h.events, engine.EvSkipped), countKind(h.events, engine.EvTrade)
	h.mu.Unlock()
	if skips < 10 || trades < 10 {
		t.Fatalf("the live run should have many denies and trades: %d skipped, %d trades", skips, trades)
	}

	// The process dies: nothing more reaches the disk, not even the snapshot
	// Close would take. Meanwhile the registry and the rule set change.
	cj.crash()
	h.close()
	rules.set(2, 2, map[[2]string]uint8{{"b", "a"}: 11, {"c", "b"}: 40})
	rules.calls.Store(0)

	h.open()
	if n := rules.calls.Load(); n != 0 {
		t.Fatalf("recovery asked Compliance.Match %d times; it must answer from the journal", n)
	}
	if got := venueState(t, h.v, accts, tokens); !bytes.Equal(got, want) {
		t.Fatalf("the restarted venue differs from what was acknowledged live: %s", firstDiff(got, want))
	}
	h.audit()
	h.close()

	// The whole journal replays to the acknowledged event stream, byte for byte.
	db, err := store.Open(ctx, h.path)
	if err != nil {
		t.Fatal(err)
	}
	defer db.Close()
	var replayed []engine.Event
	if err := engine.Replay(&noSnapshot{db.Journal(store.JournalConfig{})}, nil, func(evs []engine.Event) {
		replayed = append(replayed, evs...)
	}); err != nil {
		t.Fatal(err)
	}
	if got := encode(t, replayed); !bytes.Equal(got, live) {
		t.Fatalf("replay differs from the live stream (%d vs %d bytes): %s", len(got), len(live), firstDiff(got, live)+" extra: "+string(got[min(len(got), len(live)):]))
	}

	// The check above can fail: the same journal read without its verdicts,
	// under the changed rules, gives other fills. (This is the gap closed.)
	v, err := engine.New(engine.Config{Journal: forgetVerdicts{db.Journal(store.JournalConfig{})}, Compliance: rules,
		Now: h.clock.Now, SnapshotEvery: 1 << 40})
	if err != nil {
		t.Fatal(err)
	}
	defer v.Close()
	if rules.calls.Load() == 0 {
		t.Fatal("without journaled verdicts recovery should have asked Compliance")
	}
	if got := venueState(t, v, accts, tokens); bytes.Equal(got, want) {
		t.Fatal("without journaled verdicts the changed rules should have changed the fills: this test proves nothing")
	}
}

// TestCrashBeforeTheRecordIsJournaled: a command is journaled only once its
// book goroutine has applied it, together with its verdicts, in one record. A
// crash after the book applied it but before the record reached the journal
// loses the command, which was never acknowledged; there is no journaled
// command without its verdicts. Resent after the restart, it is judged by the
// rules as they are then.
func TestCrashBeforeTheRecordIsJournaled(t *testing.T) {
	rules := &ruleDouble{}
	rules.set(0, 0, map[[2]string]uint8{{"a", "c"}: 31})
	var cj *crashJournal
	h := newHarnessWrap(t, engine.Config{Compliance: rules, SnapshotEvery: 1 << 40}, func(j engine.Journal) engine.Journal {
		cj = newCrashJournal(j)
		return cj
	})
	h.setup()
	c1 := h.place("c", book.Sell, 100, 10)[0].OrderID // first in time
	h.place("b", book.Sell, 100, 10)
	evs := h.place("a", book.Buy, 100, 10)
	if k := kinds(evs); countKind(evs, engine.EvSkipped) != 1 || countKind(evs, engine.EvTrade) != 1 || evs[1].Code != "31" {
		t.Fatalf("a's buy should skip c (31) and trade with b: %v %+v", k, evs)
	}
	b2 := h.place("b", book.Sell, 100, 10)[0].OrderID

	// The next buy is matched (c skipped, b2 filled), then the process dies
	// before its record reaches the journal.
	cj.crashWhen(func(r *engine.Record) bool { return r.Kind == engine.KindPlace && len(r.Skips) > 0 })
	cctx, cancel := context.WithTimeout(ctx, 300*time.Millisecond)
	_, err := h.v.Place(cctx, engine.PlaceOrder{Account: "a", Token: "ACME", Side: book.Buy, Type: engine.Limit,
		TIF: book.GTC, Price: 100, Qty: 10})
	cancel()
	if !errors.Is(err, context.DeadlineExceeded) {
		t.Fatalf("the order was answered (%v) though its record never reached the journal", err)
	}
	<-cj.dead
	lost := cj.lost
	if len(lost.Skips) != 1 || lost.Skips[0] != (engine.Skip{Call: 0, Taker: lost.OrderID, Maker: c1, Code: 31}) {
		t.Fatalf("the lost record should carry the skip of c: %+v", lost.Skips)
	}
	h.mu.Lock()
	for _, e := range h.events {
		if e.Seq >= lost.Seq {
			t.Fatalf("an event of an unacknowledged command was published: %+v", e)
		}
	}
	live := encode(t, h.events)
	h.mu.Unlock()
	h.close()

	rules.set(0, 0, nil) // a and c may trade now
	h.open()
	if _, err := h.v.Order("a", lost.OrderID); engine.ErrorCode(err) != engine.EUnknownOrder {
		t.Fatalf("the unacknowledged order survived the crash: %v", err)
	}
	if tr := h.v.Trades("ACME", 0); len(tr) != 1 || tr[0].Seller != "b" {
		t.Fatalf("want only the acknowledged trade with b, got %+v", tr)
	}
	for _, o := range []struct {
		acct string
		id   uint64
	}{{"c", c1}, {"b", b2}} {
		if got, err := h.v.Order(o.acct, o.id); err != nil || got.Status != engine.StatusOpen || got.Remaining != 10 {
			t.Fatalf("order %d should rest untouched: %+v %v", o.id, got, err)
		}
	}
	h.audit()

	// Resent, the order is judged by today's rules: it trades with c, first in time.
	evs = h.place("a", book.Buy, 100, 10)
	if countKind(evs, engine.EvSkipped) != 0 || countKind(evs, engine.EvTrade) != 1 || evs[1].Seller != "c" {
		t.Fatalf("the resent buy should trade with c: %+v", evs)
	}
	h.close()

	db, err := store.Open(ctx, h.path)
	if err != nil {
		t.Fatal(err)
	}
	defer db.Close()
	var replayed []engine.Event
	if err := engine.Replay(&noSnapshot{db.Journal(store.JournalConfig{})}, nil, func(evs []engine.Event) {
		replayed = append(replayed, evs...)
	}); err != nil {
		t.Fatal(err)
	}
	if got := encode(t, replayed); !bytes.HasPrefix(got, live) {
		t.Fatalf("replay does not start with the acknowledged stream:\n got %s\nwant %s", got, live)
	}
}

// TestReplayRefusesVerdictsThatDoNotFit: a journaled skip that names other
// orders than the book asks about means journal and book disagree; recovery
// stops instead of guessing.
func TestReplayRefusesVerdictsThatDoNotFit(t *testing.T) {
	rules := &ruleDouble{}
	rules.set(0, 0, map[[2]string]uint8{{"a", "c"}: 31})
	h := newHarness(t, engine.Config{Compliance: rules, SnapshotEvery: 1 << 40})
	h.setup()
	h.place("c", book.Sell, 100, 10)
	h.place("b", book.Sell, 100, 10)
	h.place("a", book.Buy, 100, 10)
	h.close()
	for name, tamper := range map[string]func(*engine.Record){
		"other orders": func(r *engine.Record) { r.Skips[0].Maker++ },
		"never asked":  func(r *engine.Record) { r.Skips[0].Call = 7 },
	} {
		t.Run(name, func(t *testing.T) {
			db, err := store.Open(ctx, h.path)
			if err != nil {
				t.Fatal(err)
			}
			defer db.Close()
			err = engine.Replay(tamperJournal{noSnapshot{db.Journal(store.JournalConfig{})}, tamper}, nil, nil)
			if err == nil {
				t.Fatal("replay accepted verdicts that do not fit the book")
			}
		})
	}
}

type tamperJournal struct {
	noSnapshot
	f func(*engine.Record)
}

func (j tamperJournal) Replay(after uint64, fn func(*engine.Record) error) error {
	return j.noSnapshot.Replay(after, func(r *engine.Record) error {
		if len(r.Skips) > 0 {
			j.f(r)
		}
		return fn(r)
	})
}

// v1Place is a place record as format 1 wrote it, before verdicts were
// journaled.
const v1Place = "010509f2c0010441434d450161026331000101010000000009c801140000000000000000000000"

func TestRecordFormats(t *testing.T) {
	old, _ := hex.DecodeString(v1Place)
	var r engine.Record
	if err := r.UnmarshalBinary(old); err != nil {
		t.Fatal(err)
	}
	want := engine.Record{Seq: 9, Time: 12345, Kind: engine.KindPlace, Token: "ACME", Account: "a", ClientID: "c1",
		Side: 1, OType: 1, TIF: 1, Price: 100, Qty: 10, OrderID: 9, Legacy: true}
	if !reflect.DeepEqual(r, want) {
		t.Fatalf("format 1: got %+v", r)
	}
	if b, _ := r.MarshalBinary(); !bytes.Equal(b, old) {
		t.Fatalf("a format-1 record must encode back to format 1: %x", b)
	}
	r.Legacy = false
	v2, _ := r.MarshalBinary()
	if wantV2 := append(append([]byte{2}, old[1:]...), 0); !bytes.Equal(v2, wantV2) {
		t.Fatalf("format 2 without skips: got %x, want %x", v2, wantV2)
	}

	skip := func(s ...byte) []byte { return append(append([]byte{}, v2[:len(v2)-1]...), s...) }
	for _, c := range []struct {
		name string
		data []byte
		ok   bool
	}{
		{"one skip", skip(1, 0, 9, 4, 31), true},
		{"two skips", skip(2, 0, 9, 4, 31, 3, 9, 5, 255), true},
		{"code 0", skip(1, 0, 9, 4, 0), false},
		{"calls not increasing", skip(2, 3, 9, 4, 31, 3, 9, 5, 31), false},
		{"count over the bytes", skip(200, 0, 9, 4, 31), false},
		{"truncated skip", skip(1, 0, 9, 4), false},
		{"trailing byte", skip(1, 0, 9, 4, 31, 0), false},
		{"version 3", append([]byte{3}, v2[1:]...), false},
	} {
		var got engine.Record
		err := got.UnmarshalBinary(c.data)
		if (err == nil) != c.ok {
			t.Errorf("%s: err %v", c.name, err)
		}
	}
	// Skips only on commands a book applies.
	dep, _ := (&engine.Record{Seq: 1, Kind: engine.KindDeposit, Account: "a", Currency: "USD", Amount: 1}).MarshalBinary()
	dep = append(dep[:len(dep)-1], 1, 0, 9, 4, 31)
	if err := new(engine.Record).UnmarshalBinary(dep); err == nil {
		t.Error("a deposit with skips decoded")
	}
}
