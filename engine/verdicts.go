package engine

import (
	"fmt"
	"sync"

	"github.com/regulavenue/regula/engine/book"
)

// Match verdicts are journaled inside the command that asked for them, so
// that replay never asks the eligibility hook (Compliance) again: its answers
// depend on the investor registry and the bound rule set as they were when the
// book asked, and neither is in the journal. A routed command therefore
// reaches the journal after its book goroutine applied it, with the denies it
// got (Record.Skips); the appender below puts records back into sequence
// order on their way to the journal. See RATIONALE.md, "Why are match
// verdicts journaled inside the command, after matching?".

// eligible is every book's eligibility hook. Live, it asks the configured
// hook (Compliance.Match or Config.Eligibility) and keeps each deny for the
// command's record. Replaying a record that carries its verdicts, it answers
// from them: deny exactly the recorded calls, allow the rest.
func (r *runner) eligible(taker, maker *book.Order, qty int64) uint8 {
	n := r.calls
	r.calls++
	if r.replaying {
		if len(r.recorded) == 0 || r.recorded[0].Call != n {
			return 0
		}
		s := r.recorded[0]
		r.recorded = r.recorded[1:]
		if (s.Taker != taker.ID || s.Maker != maker.ID) && r.verdictErr == nil {
			r.verdictErr = fmt.Errorf("call %d asks about orders %d and %d, the journal denied %d and %d",
				n, taker.ID, maker.ID, s.Taker, s.Maker)
		}
		r.denied = true
		return s.Code // fail closed even when the journal and the book disagree
	}
	if r.hook == nil {
		return 0
	}
	code := r.hook(taker, maker, qty)
	if code != 0 {
		r.skips = append(r.skips, Skip{Call: n, Taker: taker.ID, Maker: maker.ID, Code: code})
		r.denied = true
	}
	return code
}

// beginVerdicts readies the runner's verdict state for one command: live
// (collect denies) or replaying rec's recorded ones.
func (r *runner) beginVerdicts(rec *Record, replay bool) {
	r.calls = 0
	r.skips = r.skips[:0]
	r.replaying = replay && !rec.Legacy
	r.recorded = nil
	if r.replaying {
		r.recorded = rec.Skips
	}
	r.verdictErr = nil
}

// endReplay reports whether the recorded verdicts of the command just
// replayed fitted the book exactly: every one used, each on the pair it
// named. A misfit means the journal and the book disagree (corruption, or a
// book that is not deterministic); recovery stops rather than guess.
func (r *runner) endReplay(rec *Record) error {
	err := r.verdictErr
	if err == nil && len(r.recorded) > 0 {
		err = fmt.Errorf("%d journaled skips were never asked for (first: call %d)", len(r.recorded), r.recorded[0].Call)
	}
	r.replaying, r.recorded, r.verdictErr = false, nil, nil
	if err != nil {
		return fmt.Errorf("engine: record %d (%s %s): match verdicts do not fit the book: %w", rec.Seq, rec.Kind, rec.Token, err)
	}
	return nil
}

// appender hands records to the journal in sequence order. The sequencer
// gives every command its sequence number, but a routed command is ready for
// the journal only once its book goroutine has applied it (with its verdicts),
// and book goroutines finish in any order; a record that arrives before its
// predecessors waits in a ring until they have been appended.
//
// # Notes
//
// It is called by the sequencer (commands no book applies) and by every book
// goroutine; the lock is held across Journal.Append, which only queues.
// Lock order: appender.mu is never held while taking Venue.mu or sending to a
// venue channel, and nothing holds Venue.mu while calling put.
type appender struct {
	mu   sync.Mutex
	j    Journal
	next uint64   // the sequence number the journal expects next
	ring []Record // held records, at seq & (len(ring)-1)
	has  []bool
}

func newAppender(j Journal, next uint64) *appender {
	const initial = 64 // a power of two; grows with the commands in flight
	return &appender{j: j, next: next, ring: make([]Record, initial), has: make([]bool, initial)}
}

// put appends r if it is next, followed by every held record that then is;
// otherwise it holds a copy of r.
func (a *appender) put(r *Record) {
	a.mu.Lock()
	defer a.mu.Unlock()
	if r.Seq != a.next {
		a.hold(r)
		return
	}
	a.j.Append(r)
	a.next++
	mask := uint64(len(a.ring) - 1)
	for i := a.next & mask; a.has[i]; i = a.next & mask {
		a.j.Append(&a.ring[i])
		a.ring[i], a.has[i] = Record{}, false
		a.next++
	}
}

func (a *appender) hold(r *Record) {
	if r.Seq < a.next {
		panic(fmt.Sprintf("engine: record %d reached the journal twice", r.Seq))
	}
	for r.Seq-a.next >= uint64(len(a.ring)) {
		a.grow()
	}
	i := r.Seq & uint64(len(a.ring)-1)
	a.ring[i], a.has[i] = *r, true
}

// grow doubles the ring, keeping every held record.
func (a *appender) grow() {
	old, oldHas := a.ring, a.has
	oldMask := uint64(len(old) - 1)
	a.ring, a.has = make([]Record, 2*len(old)), make([]bool, 2*len(old))
	mask := uint64(len(a.ring) - 1)
	for s := a.next; s < a.next+uint64(len(old)); s++ {
		if oldHas[s&oldMask] {
			a.ring[s&mask], a.has[s&mask] = old[s&oldMask], true
		}
	}
}

// snapshot queues a snapshot at seq behind record seq. The caller has made
// sure every record up to seq was put; if one is still missing the snapshot
// is not taken (it would be written before a record it covers).
func (a *appender) snapshot(seq uint64, data []byte) error {
	a.mu.Lock()
	defer a.mu.Unlock()
	if a.next != seq+1 {
		return fmt.Errorf("records up to %d are not all journaled (next %d)", seq, a.next)
	}
	a.j.SaveSnapshot(seq, data)
	return nil
}
