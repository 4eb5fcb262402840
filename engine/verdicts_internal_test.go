package engine

import (
	"slices"
	"testing"
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
