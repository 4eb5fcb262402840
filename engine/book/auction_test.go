package book

import "testing"

func TestAuction(t *testing.T) {
	runScenarios(t, []scenario{
		// Worked example 1: maximum volume decides. Reference 105.
		//   bids #1 10@105, #2 20@100; asks #3 15@99, #4 5@104
		//   price    buy(>=p) sell(<=p) volume surplus
		//   99       30       15        15     15
		//   100      30       15        15     15
		//   101-103  10       15        10      5
		//   104-105  10       20        10     10
		// The maximum volume, 15, is at 99 and 100 (101-103 have a smaller
		// surplus but less volume); of those, 100 is closest to 105.
		{name: "max volume", spec: Spec{TickSize: 1, LotSize: 1, RefPrice: 105}, steps: []step{
			{mode(Auction), []string{"mode auction"}},
			{sub(buy(1, 1, 105, 10)), []string{"acc #1 10@105"}},
			{sub(buy(2, 2, 100, 20)), []string{"acc #2 20@100"}},
			{sub(sell(3, 3, 99, 15)), []string{"acc #3 15@99", "ind 15@100 s15"}},
			{sub(sell(4, 4, 104, 5)), []string{"acc #4 5@104"}}, // indicative unchanged: no event
			{uncrossOp(), []string{"fill #3<#1 10@100 r5/0 m1", "fill #3<#2 5@100 r0/15 m2", "uncross 15@100", "ind 0@0 s0"}},
		}, wantBook: "B #2 15@100 | S #4 5@104"},
		// Worked example 2: minimum surplus decides. Reference 100.
		//   bids #1 10@105, #2 5@100; asks #3 10@100, #4 5@105
		//   price    buy  sell  volume surplus
		//   100      15   10    10     5
		//   101-104  10   10    10     0
		//   105      10   15    10     5
		// Volume is 10 everywhere; surplus 0 only at 101-104; of those, 101 is
		// closest to the reference 100 (which itself is excluded).
		{name: "min surplus", spec: Spec{TickSize: 1, LotSize: 1, RefPrice: 100}, steps: []step{
			ok(mode(Auction)),
			ok(sub(buy(1, 1, 105, 10))),
			ok(sub(buy(2, 2, 100, 5))),
			{sub(sell(3, 3, 100, 10)), []string{"acc #3 10@100", "ind 10@101 s0"}},
			{sub(sell(4, 4, 105, 5)), []string{"acc #4 5@105"}},
			{uncrossOp(), []string{"fill #3<#1 10@101 r0/0 m1", "uncross 10@101", "ind 0@0 s0"}},
		}, wantBook: "B #2 5@100 | S #4 5@105"},
		// Eligibility in an uncross: #1 (acct 1) and #2 (acct 3) may not
		// trade; #2 keeps its place and #3 fills. Indicative: buy 5, sell 10
		// at 100: volume 5, surplus 5.
		{name: "eligibility per pair", elig: refuseAccounts(1, 3), steps: []step{
			ok(mode(Auction)),
			ok(sub(buy(1, 1, 100, 5))),
			{sub(sell(2, 3, 100, 5)), []string{"acc #2 5@100", "ind 5@100 s0"}},
			{sub(sell(3, 2, 100, 5)), []string{"acc #3 5@100", "ind 5@100 s5"}},
			{uncrossOp(), []string{"skip #2<#1 5@100 r5/5 c7", "fill #3<#1 5@100 r0/0 m1", "uncross 5@100", "ind 0@0 s0"}},
		}, wantBook: "S #2 5@100"},
		// The later order's STP mode applies in an uncross.
		{name: "stp expire taker", steps: []step{
			ok(mode(Auction)),
			ok(sub(buy(1, 1, 100, 10))),
			ok(sub(stp(sell(2, 1, 100, 10), STPExpireTaker))),
			{uncrossOp(), []string{"cxl #2 10 self_trade_prevented", "uncross 0@100", "ind 0@0 s0"}},
		}, wantBook: "B #1 10@100"},
		{name: "stp decrement", steps: []step{
			ok(mode(Auction)),
			ok(sub(buy(1, 1, 100, 10))),
			ok(sub(stp(sell(2, 1, 100, 4), STPDecrement))),
			{uncrossOp(), []string{"dec #2<#1 4 r0/6", "uncross 0@100", "ind 0@0 s0"}},
		}, wantBook: "B #1 6@100"},
		{name: "stp expire maker and both", steps: []step{
			ok(mode(Auction)),
			ok(sub(buy(1, 1, 100, 10))),
			ok(sub(stp(sell(2, 1, 100, 4), STPExpireMaker))),
			ok(sub(sell(3, 2, 100, 4))),
			ok(sub(stp(sell(4, 1, 100, 4), STPExpireBoth))),
			{uncrossOp(), []string{"cxl #1 10 self_trade_prevented", "uncross 0@100", "ind 0@0 s0"}},
		}, wantBook: "S #2 4@100 | S #3 4@100 | S #4 4@100"},
		// Entering continuous trading uncrosses, then re-enters what still
		// crosses. #1 (acct 1) and #3 (acct 3) may not trade.
		//   bids #1 10@105, #2 10@101; ask #3 10@100
		//   100-101: buy 20 sell 10 (surplus 10); 102-105: buy 10 sell 10 (surplus 0)
		//   No reference: the middle of 102-105, rounded down, is 103.
		// At 103 only #1 bids, and it is refused. #2 (101) and #3 (100) still
		// cross and may trade: re-entered in time priority (#1, #2 rest; #3
		// takes), #3 skips #1 and fills #2 at #2's price.
		{name: "continuous after a refused uncross", elig: refuseAccounts(1, 3), steps: []step{
			ok(mode(Auction)),
			ok(sub(buy(1, 1, 105, 10))),
			ok(sub(buy(2, 2, 101, 10))),
			{sub(sell(3, 3, 100, 10)), []string{"acc #3 10@100", "ind 10@103 s0"}},
			{mode(Continuous), []string{"skip #3<#1 10@103 r10/10 c7", "uncross 0@103", "skip #3<#1 10@105 r10/10 c7", "fill #3<#2 10@101 r0/0 m1", "mode continuous"}},
		}, wantBook: "B #1 10@105"},
		{name: "continuous after an uncross", steps: []step{
			ok(mode(Auction)),
			ok(sub(buy(1, 1, 101, 10))),
			// 100 and 101 both execute 4 with surplus 6; no reference: the lower middle.
			{sub(sell(2, 2, 100, 4)), []string{"acc #2 4@100", "ind 4@100 s6"}},
			{mode(Continuous), []string{"fill #2<#1 4@100 r0/6 m1", "uncross 4@100", "mode continuous"}},
			{sub(sell(3, 3, 101, 1)), []string{"acc #3 1@101", "fill #3<#1 1@101 r0/5 m2"}},
		}, wantBook: "B #1 5@101"},
		{name: "nothing to uncross", steps: []step{
			ok(sub(buy(1, 1, 99, 10))),
			ok(mode(Auction)),
			{sub(sell(2, 2, 100, 4)), []string{"acc #2 4@100"}},
			{uncrossOp(), []string{"uncross 0@0"}},
			{mode(Continuous), []string{"uncross 0@0", "mode continuous"}},
			{uncrossOp(), []string{}},
		}, wantBook: "B #1 10@99 | S #2 4@100"},
		{name: "halt during a call, resume uncrosses", steps: []step{
			ok(mode(Auction)),
			ok(sub(buy(1, 1, 101, 10))),
			ok(sub(sell(2, 2, 100, 10))),
			{mode(Halted), []string{"mode halted"}},
			{uncrossOp(), []string{}},
			{mode(Continuous), []string{"fill #2<#1 10@100 r0/0 m1", "uncross 10@100", "mode continuous"}},
		}, wantBook: ""},
		{name: "orders rest without matching; ioc and fok refused", steps: []step{
			ok(mode(Auction)),
			ok(sub(buy(1, 1, 101, 10))),
			ok(sub(sell(2, 2, 100, 10))),
			{sub(tif(buy(3, 1, 101, 10), IOC, 0)), []string{"rej #3 ioc_in_auction"}},
			{sub(tif(buy(4, 1, 101, 10), FOK, 0)), []string{"rej #4 ioc_in_auction"}},
			{sub(post(buy(5, 1, 101, 10))), []string{"acc #5 10@101", "ind 10@100 s10"}},
		}, wantBook: "B #1 10@101 | B #5 10@101 | S #2 10@100"},
		{name: "amend and cancel during a call", steps: []step{
			ok(mode(Auction)),
			ok(sub(buy(1, 1, 101, 10))),
			ok(sub(sell(2, 2, 100, 10))),
			ok(sub(sell(3, 3, 100, 10))),
			{amd(2, 2, 100, 20), []string{"amd #2 20@100 lost", "ind 10@100 s20"}},
			{cxl(3, 3), []string{"cxl #3 10 user_cancel", "ind 10@100 s10"}},
			{expire(t0), []string{}},
		}, wantBook: "B #1 10@101 | S #2 20@100"},
	})
}

// TestIndicativeReference checks the last tie-break: closeness to the
// reference price. Bid 10@hi, ask 10@lo: every price in [lo, hi] executes 10
// with surplus 0, so the reference decides.
func TestIndicativeReference(t *testing.T) {
	for _, tc := range []struct {
		name             string
		tick, ref        int64
		bid, ask         int64
		want, wantVolume int64
	}{
		{"reference inside the run", 1, 102, 104, 100, 102, 10},
		{"reference above", 1, 110, 104, 100, 104, 10},
		{"reference below", 1, 90, 104, 100, 100, 10},
		{"no reference: middle", 1, 0, 104, 100, 102, 10},
		{"no reference: lower middle of two", 1, 0, 101, 100, 100, 10},
		{"no reference: middle on a tick", 5, 0, 120, 100, 110, 10},
		{"no reference: lower middle on a tick", 5, 0, 115, 100, 105, 10},
		{"single price", 1, 50, 100, 100, 100, 10},
	} {
		t.Run(tc.name, func(t *testing.T) {
			b, err := New(Spec{TickSize: tc.tick, LotSize: 1, RefPrice: tc.ref}, nil)
			if err != nil {
				t.Fatal(err)
			}
			b.SetMode(Auction, t0, nil)
			b.Submit(buy(1, 1, tc.bid, 10), t0, nil)
			b.Submit(sell(2, 2, tc.ask, 10), t0, nil)
			p, v, s, ok := b.Indicative()
			if !ok || p != tc.want || v != tc.wantVolume || s != 0 {
				t.Fatalf("indicative %d vol %d surplus %d ok %v; want %d vol %d", p, v, s, ok, tc.want, tc.wantVolume)
			}
		})
	}
}

// TestIndicativeBruteForce compares the indicative price with a direct
// evaluation of every tick price, on seeded random books.
func TestIndicativeBruteForce(t *testing.T) {
	r := newRand(7)
	for iter := 0; iter < 300; iter++ {
		tick := int64(1 + r.intn(3))
		ref := int64(r.intn(30)) * tick
		b, _ := New(Spec{TickSize: tick, LotSize: 1, RefPrice: ref}, nil)
		b.SetMode(Auction, t0, nil)
		n := 1 + r.intn(12)
		for i := 0; i < n; i++ {
			o := buy(uint64(i+1), uint64(i), int64(1+r.intn(30))*tick, int64(1+r.intn(20)))
			if r.intn(2) == 0 {
				o.Side = Sell
			}
			b.Submit(o, t0, nil)
		}
		// Brute force over every tick in range.
		var bp, bv, bs int64 = 0, 0, 0
		found := false
		for p := tick; p <= 31*tick; p += tick {
			var buyQ, sellQ int64
			b.Walk(func(o *Order) bool {
				if o.Side == Buy && o.Price >= p {
					buyQ += o.Qty
				}
				if o.Side == Sell && o.Price <= p {
					sellQ += o.Qty
				}
				return true
			})
			v, s := min(buyQ, sellQ), buyQ-sellQ
			if s < 0 {
				s = -s
			}
			if v == 0 {
				continue
			}
			better := !found || v > bv || (v == bv && s < bs)
			if !better && v == bv && s == bs && ref > 0 {
				d, bd := p-ref, bp-ref
				if d < 0 {
					d = -d
				}
				if bd < 0 {
					bd = -bd
				}
				better = d < bd
			}
			if better {
				bp, bv, bs, found = p, v, s, true
			}
		}
		p, v, s, ok := b.Indicative()
		if ok != found || v != bv || s != bs || (ref > 0 && p != bp) {
			t.Fatalf("iter %d: indicative %d/%d/%d/%v, brute force %d/%d/%d/%v\n%s", iter, p, v, s, ok, bp, bv, bs, found, bookStr(b))
		}
	}
}
