package engine

import (
	"math/rand"
	"slices"
	"testing"

	"github.com/regulavenue/regula/engine/book"
)

// seqJournal records what reaches it, in order.
type seqJournal struct {
	Journal
	seqs  []uint64
	snaps []uint64
}

func (j *seqJournal) Append(r *Record)                  { j.seqs = append(j.seqs, r.Seq) }
func (j *seqJournal) SaveSnapshot(seq uint64, _ []byte) { j.snaps = append(j.snaps, seq) }

func TestAppenderPutsRecordsInSequenceOrder(t *testing.T) {
	for _, tc := range []struct {
		name string
		puts []uint64
	}{
		{"in order", []uint64{1, 2, 3, 4, 5}},
		{"reversed", []uint64{5, 4, 3, 2, 1}},
		{"interleaved", []uint64{2, 1, 4, 5, 3}},
		{"far ahead: the ring grows", append([]uint64{300, 200, 70}, seqRange(1, 299, 70, 200)...)},
	} {
		t.Run(tc.name, func(t *testing.T) {
			j := &seqJournal{}
			a := newAppender(j, 1)
			for _, s := range tc.puts {
				a.put(&Record{Seq: s, Kind: KindPlace, Skips: []Skip{{Call: s, Code: 1}}})
			}
			if want := seqRange(1, uint64(len(tc.puts))); !slices.Equal(j.seqs, want) {
				t.Fatalf("appended %v", j.seqs)
			}
			for i, h := range a.has {
				if h || a.ring[i].Skips != nil {
					t.Fatalf("slot %d still holds a record", i)
				}
			}
		})
	}
}

func TestAppenderSnapshotWaitsForItsRecords(t *testing.T) {
	j := &seqJournal{}
	a := newAppender(j, 1)
	a.put(&Record{Seq: 2})
	if err := a.snapshot(2, nil); err == nil {
		t.Fatal("a snapshot at 2 was queued before record 1")
	}
	a.put(&Record{Seq: 1})
	if err := a.snapshot(2, nil); err != nil || !slices.Equal(j.snaps, []uint64{2}) {
		t.Fatalf("snapshot at 2: %v %v", err, j.snaps)
	}
}

// seqRange returns lo..hi inclusive, without the values in skip.
func seqRange(lo, hi uint64, skip ...uint64) []uint64 {
	var out []uint64
	for s := lo; s <= hi; s++ {
		if !slices.Contains(skip, s) {
			out = append(out, s)
		}
	}
	return out
}

// TestVerdictsDoNotAllocateWithoutDenies: the hot path (a command whose
// pairs were all allowed) allocates nothing for verdicts: asking the hook,
// and putting records, in order or held for a predecessor.
func TestVerdictsDoNotAllocateWithoutDenies(t *testing.T) {
	r := &runner{hook: func(_, _ *book.Order, _ int64) uint8 { return 0 }}
	tk, mk := &book.Order{ID: 2}, &book.Order{ID: 1}
	rec := &Record{Seq: 1, Kind: KindPlace}
	if n := testing.AllocsPerRun(100, func() {
		r.beginVerdicts(rec, false)
		for i := 0; i < 8; i++ {
			r.eligible(tk, mk, 10)
		}
	}); n != 0 || len(r.skips) != 0 {
		t.Fatalf("eligible: %v allocations, %d skips", n, len(r.skips))
	}
	a := newAppender(&seqJournal{seqs: make([]uint64, 0, 1024)}, 1)
	seq := uint64(1)
	late, next := &Record{Kind: KindPlace}, &Record{Kind: KindPlace}
	if n := testing.AllocsPerRun(100, func() {
		late.Seq, next.Seq = seq+1, seq
		a.put(late) // held: its predecessor is not there yet
		a.put(next)
		seq += 2
	}); n != 0 {
		t.Fatalf("put: %v allocations", n)
	}
}

func TestMinHeapGivesTheNextTimeAhead(t *testing.T) {
	rng := rand.New(rand.NewSource(1))
	var m minHeap
	var all []int64
	for i := 0; i < 500; i++ {
		v := int64(1 + rng.Intn(300))
		m.push(v)
		all = append(all, v)
	}
	slices.Sort(all)
	for now := int64(0); now < 310; now += 7 {
		want := int64(0)
		for _, v := range all {
			if v > now {
				want = v
				break
			}
		}
		if got := m.next(now); got != want {
			t.Fatalf("next(%d) = %d, want %d", now, got, want)
		}
	}
	if len(m.h) != 0 {
		t.Fatalf("%d times left after every one passed", len(m.h))
	}
}
