package book

import (
	"fmt"
	"strings"
	"testing"
)

// fmtEv renders an event compactly for table tests.
func fmtEv(e Event) string {
	switch e.Kind {
	case EvAccepted:
		return fmt.Sprintf("acc #%d %d@%d", e.OrderID, e.Qty, e.Price)
	case EvRejected:
		return fmt.Sprintf("rej #%d %s", e.OrderID, ReasonName(e.Code))
	case EvFill:
		return fmt.Sprintf("fill #%d<#%d %d@%d r%d/%d m%d", e.OrderID, e.MakerID, e.Qty, e.Price, e.Remaining, e.MakerRemaining, e.MatchID)
	case EvCancelled:
		return fmt.Sprintf("cxl #%d %d %s", e.OrderID, e.Qty, ReasonName(e.Code))
	case EvExpired:
		return fmt.Sprintf("exp #%d %d", e.OrderID, e.Qty)
	case EvAmended:
		p := "kept"
		if e.Code == AmendLostPriority {
			p = "lost"
		}
		return fmt.Sprintf("amd #%d %d@%d %s", e.OrderID, e.Qty, e.Price, p)
	case EvSkipped:
		return fmt.Sprintf("skip #%d<#%d %d@%d r%d/%d c%d", e.OrderID, e.MakerID, e.Qty, e.Price, e.Remaining, e.MakerRemaining, e.Code)
	case EvDecremented:
		return fmt.Sprintf("dec #%d<#%d %d r%d/%d", e.OrderID, e.MakerID, e.Qty, e.Remaining, e.MakerRemaining)
	case EvModeChanged:
		return "mode " + Mode(e.Code).String()
	case EvIndicative:
		return fmt.Sprintf("ind %d@%d s%d", e.Qty, e.Price, e.Remaining)
	case EvUncrossed:
		return fmt.Sprintf("uncross %d@%d", e.Qty, e.Price)
	case EvCancelRejected:
		return fmt.Sprintf("cxlrej #%d %s", e.OrderID, ReasonName(e.Code))
	case EvAmendRejected:
		return fmt.Sprintf("amdrej #%d %s", e.OrderID, ReasonName(e.Code))
	case EvModeRejected:
		return "moderej " + ReasonName(e.Code)
	}
	return fmt.Sprintf("%+v", e)
}

func fmtEvs(evs []Event) []string {
	s := make([]string, len(evs))
	for i, e := range evs {
		s[i] = fmtEv(e)
	}
	return s
}

// bookStr renders resting orders in priority order: "B #1 10@100 | S #2 5@101".
func bookStr(b *Book) string {
	var parts []string
	b.Walk(func(o *Order) bool {
		s := "B"
		if o.Side == Sell {
			s = "S"
		}
		parts = append(parts, fmt.Sprintf("%s #%d %d@%d", s, o.ID, o.Qty, o.Price))
		return true
	})
	return strings.Join(parts, " | ")
}

// Order builders.
func buy(id, acct uint64, price, qty int64) Order {
	return Order{ID: id, Account: acct, Side: Buy, Kind: Limit, TIF: GTC, Price: price, Qty: qty}
}

func sell(id, acct uint64, price, qty int64) Order {
	return Order{ID: id, Account: acct, Side: Sell, Kind: Limit, TIF: GTC, Price: price, Qty: qty}
}

func tif(o Order, t TIF, exp int64) Order { o.TIF, o.ExpiresAt = t, exp; return o }
func mkt(o Order, t TIF) Order            { o.Kind, o.TIF, o.Price = Market, t, 0; return o }
func post(o Order) Order                  { o.PostOnly = true; return o }
func stp(o Order, m STP) Order            { o.STP = m; return o }

// op is one call on the book at time now.
type op struct {
	name string
	do   func(b *Book, out []Event) []Event
}

const t0 = int64(1_000)

func sub(o Order) op {
	return op{fmt.Sprintf("submit #%d", o.ID), func(b *Book, out []Event) []Event { return b.Submit(o, t0, out) }}
}
func subAt(o Order, now int64) op {
	return op{fmt.Sprintf("submit #%d @%d", o.ID, now), func(b *Book, out []Event) []Event { return b.Submit(o, now, out) }}
}
func cxl(id, acct uint64) op {
	return op{fmt.Sprintf("cancel #%d", id), func(b *Book, out []Event) []Event { return b.Cancel(id, acct, t0, out) }}
}
func amd(id, acct uint64, price, qty int64) op {
	return op{fmt.Sprintf("amend #%d", id), func(b *Book, out []Event) []Event { return b.Amend(id, acct, price, qty, t0, out) }}
}
func mode(m Mode) op {
	return op{"mode " + m.String(), func(b *Book, out []Event) []Event { return b.SetMode(m, t0, out) }}
}
func uncrossOp() op {
	return op{"uncross", func(b *Book, out []Event) []Event { return b.Uncross(t0, out) }}
}
func expire(now int64) op {
	return op{fmt.Sprintf("expire @%d", now), func(b *Book, out []Event) []Event { return b.Expire(now, out) }}
}

// step is an op and the events it must produce (nil: not checked).
type step struct {
	op   op
	want []string
}

// ok is a setup step whose events are not checked.
func ok(o op) step { return step{op: o} }

// scenario is one table test: a book, steps, and the book it must end with.
type scenario struct {
	name     string
	spec     Spec
	elig     Eligibility
	steps    []step
	wantBook string // checked unless "-"
}

var spec1 = Spec{TickSize: 1, LotSize: 1}

func runScenarios(t *testing.T, cases []scenario) {
	t.Helper()
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			spec := tc.spec
			if spec.TickSize == 0 {
				spec = spec1
			}
			b, err := New(spec, tc.elig)
			if err != nil {
				t.Fatal(err)
			}
			var out []Event
			for i, s := range tc.steps {
				out = s.op.do(b, out[:0])
				if s.want != nil {
					got := fmtEvs(out)
					if strings.Join(got, "\n") != strings.Join(s.want, "\n") {
						t.Fatalf("step %d (%s):\ngot  %q\nwant %q", i, s.op.name, got, s.want)
					}
				}
				if err := checkInvariants(b, tc.elig); err != nil {
					t.Fatalf("step %d (%s): %v", i, s.op.name, err)
				}
			}
			if tc.wantBook != "-" {
				if got := bookStr(b); got != tc.wantBook {
					t.Fatalf("book:\ngot  %q\nwant %q", got, tc.wantBook)
				}
			}
		})
	}
}

// refuseAccounts returns an eligibility function refusing (code 7) any pair
// of the two accounts, whichever is taker.
func refuseAccounts(a, c uint64) Eligibility {
	return func(t, m *Order, q int64) uint8 {
		if (t.Account == a && m.Account == c) || (t.Account == c && m.Account == a) {
			return 7
		}
		return 0
	}
}

// checkInvariants checks the book's internal consistency: levels sorted and
// non-empty, quantities and counts add up, the ID index and expiry heap match
// the resting orders, time priority holds within levels, and (in Continuous
// mode) no eligible pair crosses.
func checkInvariants(b *Book, elig Eligibility) error {
	if err := checkStructure(b); err != nil {
		return err
	}
	if b.mode != Continuous {
		return nil
	}
	return checkUncrossed(b, elig)
}

// checkStructure checks everything but crossing.
func checkStructure(b *Book) error {
	seen := 0
	for _, s := range [2]Side{Buy, Sell} {
		h := &b.side[s]
		var total int64
		for i, l := range h.lv {
			lv := &b.levels[l]
			if i > 0 && h.key(b.levels[h.lv[i-1]].price) >= h.key(lv.price) {
				return fmt.Errorf("%v levels out of order at %d", s, i)
			}
			if lv.count <= 0 || lv.head == nilIdx {
				return fmt.Errorf("%v empty level %d", s, lv.price)
			}
			var q int64
			var c int32
			var lastSeq uint64
			prev := nilIdx
			for n := lv.head; n != nilIdx; n = b.nodes[n].next {
				nd := &b.nodes[n]
				o := &nd.o
				if nd.prev != prev || nd.lvl != l {
					return fmt.Errorf("order %d: bad links", o.ID)
				}
				if o.Qty <= 0 {
					return fmt.Errorf("order %d rests with qty %d", o.ID, o.Qty)
				}
				if o.Price != lv.price || o.Side != s {
					return fmt.Errorf("order %d in wrong level", o.ID)
				}
				if o.Seq <= lastSeq {
					return fmt.Errorf("order %d: time priority out of order", o.ID)
				}
				if o.Seq > b.seq {
					return fmt.Errorf("order %d: seq %d beyond %d", o.ID, o.Seq, b.seq)
				}
				lastSeq = o.Seq
				if got, ok := b.ids.get(o.ID); !ok || got != n || !nd.indexed {
					return fmt.Errorf("order %d: index inconsistent", o.ID)
				}
				wantHeap := o.TIF == GTD || o.TIF == DAY
				if (nd.hpos >= 0) != wantHeap || (wantHeap && b.heap[nd.hpos] != n) {
					return fmt.Errorf("order %d: heap inconsistent", o.ID)
				}
				q += o.Qty
				c++
				seen++
				prev = n
			}
			if prev != lv.tail || q != lv.qty || c != lv.count {
				return fmt.Errorf("%v level %d: tail/qty/count inconsistent", s, lv.price)
			}
			total += q
		}
		if total != h.total {
			return fmt.Errorf("%v total %d, orders sum %d", s, h.total, total)
		}
	}
	if seen != b.ids.n {
		return fmt.Errorf("index holds %d, book %d", b.ids.n, seen)
	}
	for i := range b.heap {
		if i > 0 && b.heapLess(i, (i-1)/2) {
			return fmt.Errorf("heap order broken at %d", i)
		}
	}
	return nil
}

// checkUncrossed checks that no eligible pair crosses (eligibility here must
// not depend on qty).
func checkUncrossed(b *Book, elig Eligibility) error {
	bids, asks := &b.side[Buy], &b.side[Sell]
	for bi := len(bids.lv) - 1; bi >= 0; bi-- {
		bl := &b.levels[bids.lv[bi]]
		for ai := len(asks.lv) - 1; ai >= 0; ai-- {
			al := &b.levels[asks.lv[ai]]
			if al.price > bl.price {
				break
			}
			for bn := bl.head; bn != nilIdx; bn = b.nodes[bn].next {
				for an := al.head; an != nilIdx; an = b.nodes[an].next {
					bo, ao := b.nodes[bn].o, b.nodes[an].o
					if elig == nil || elig(&bo, &ao, min(bo.Qty, ao.Qty)) == 0 {
						return fmt.Errorf("eligible orders %d@%d and %d@%d cross", bo.ID, bo.Price, ao.ID, ao.Price)
					}
				}
			}
		}
	}
	return nil
}

// rng is a small deterministic generator (splitmix64) for seeded tests.
type rng struct{ s uint64 }

func newRand(seed uint64) *rng { return &rng{seed} }

func (r *rng) next() uint64 {
	r.s += 0x9E3779B97F4A7C15
	z := r.s
	z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9
	z = (z ^ (z >> 27)) * 0x94D049BB133111EB
	return z ^ (z >> 31)
}

func (r *rng) intn(n int) int { return int(r.next() % uint64(n)) }
