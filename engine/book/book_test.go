package book

import (
	"errors"
	"math"
	"testing"
)

func TestNewValidatesSpec(t *testing.T) {
	for _, tc := range []struct {
		name string
		spec Spec
		ok   bool
	}{
		{"ok", Spec{TickSize: 5, LotSize: 10, BandBps: 100, MarketBandBps: 50, RefPrice: 1000}, true},
		{"zero tick", Spec{TickSize: 0, LotSize: 1}, false},
		{"negative lot", Spec{TickSize: 1, LotSize: -1}, false},
		{"negative band", Spec{TickSize: 1, LotSize: 1, BandBps: -1}, false},
		{"negative market band", Spec{TickSize: 1, LotSize: 1, MarketBandBps: -1}, false},
		{"ref off tick", Spec{TickSize: 5, LotSize: 1, RefPrice: 1001}, false},
		{"negative ref", Spec{TickSize: 1, LotSize: 1, RefPrice: -1}, false},
	} {
		t.Run(tc.name, func(t *testing.T) {
			_, err := New(tc.spec, nil)
			if (err == nil) != tc.ok {
				t.Fatalf("err = %v, want ok=%v", err, tc.ok)
			}
			if err != nil && !errors.Is(err, ErrBadSpec) {
				t.Fatalf("err %v does not wrap ErrBadSpec", err)
			}
		})
	}
}

func TestSubmitValidation(t *testing.T) {
	// tick 5, lot 10, band 10% around 1000.
	spec := Spec{TickSize: 5, LotSize: 10, BandBps: 1000, RefPrice: 1000}
	good := buy(1, 1, 1000, 10)
	mod := func(f func(o *Order)) Order { o := good; f(&o); return o }
	for _, tc := range []struct {
		name string
		o    Order
		want string
	}{
		{"good", good, "acc #1 10@1000"},
		{"side 0", mod(func(o *Order) { o.Side = 0 }), "rej #1 bad_side"},
		{"side 3", mod(func(o *Order) { o.Side = 3 }), "rej #1 bad_side"},
		{"kind 0", mod(func(o *Order) { o.Kind = 0 }), "rej #1 bad_kind"},
		{"kind 3", mod(func(o *Order) { o.Kind = 3 }), "rej #1 bad_kind"},
		{"tif 0", mod(func(o *Order) { o.TIF = 0 }), "rej #1 bad_tif"},
		{"tif 6", mod(func(o *Order) { o.TIF = 6 }), "rej #1 bad_tif"},
		{"stp 5", mod(func(o *Order) { o.STP = 5 }), "rej #1 bad_stp"},
		{"id 0", mod(func(o *Order) { o.ID = 0 }), "rej #0 bad_id"},
		{"qty 0", mod(func(o *Order) { o.Qty = 0 }), "rej #1 bad_qty"},
		{"qty negative", mod(func(o *Order) { o.Qty = -10 }), "rej #1 bad_qty"},
		{"off lot", mod(func(o *Order) { o.Qty = 15 }), "rej #1 off_lot"},
		{"price 0", mod(func(o *Order) { o.Price = 0 }), "rej #1 bad_price"},
		{"price negative", mod(func(o *Order) { o.Price = -5 }), "rej #1 bad_price"},
		{"off tick", mod(func(o *Order) { o.Price = 1002 }), "rej #1 off_tick"},
		// |1105-1000|*10000 = 1,050,000 > 1000*1000: outside; 1100 is exactly 10%: inside.
		{"outside band high", mod(func(o *Order) { o.Price = 1105 }), "rej #1 outside_band"},
		{"outside band low", mod(func(o *Order) { o.Price = 895 }), "rej #1 outside_band"},
		{"band edge", mod(func(o *Order) { o.Price = 1100 }), "acc #1 10@1100"},
		{"gtd no expiry", mod(func(o *Order) { o.TIF = GTD }), "rej #1 bad_expiry"},
		{"day expiry now", mod(func(o *Order) { o.TIF, o.ExpiresAt = DAY, t0 }), "rej #1 bad_expiry"},
		{"gtd expiry past", mod(func(o *Order) { o.TIF, o.ExpiresAt = GTD, t0-1 }), "rej #1 bad_expiry"},
		{"gtc with expiry", mod(func(o *Order) { o.ExpiresAt = t0 + 1 }), "rej #1 bad_expiry"},
		{"post-only ioc", mod(func(o *Order) { o.PostOnly, o.TIF = true, IOC }), "rej #1 bad_post_only"},
		{"post-only fok", mod(func(o *Order) { o.PostOnly, o.TIF = true, FOK }), "rej #1 bad_post_only"},
		{"post-only market", mod(func(o *Order) { o.PostOnly, o.Kind, o.TIF = true, Market, IOC }), "rej #1 bad_post_only"},
		{"market gtc", mod(func(o *Order) { o.Kind = Market }), "rej #1 bad_tif"},
		{"market no liquidity", mod(func(o *Order) { o.Kind, o.TIF = Market, IOC }), "rej #1 no_liquidity"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			b, _ := New(spec, nil)
			out := b.Submit(tc.o, t0, nil)
			if len(out) == 0 || fmtEv(out[0]) != tc.want {
				t.Fatalf("got %q, want %q first", fmtEvs(out), tc.want)
			}
			if out[0].Kind == EvRejected && (len(out) != 1 || b.Len() != 0 || b.seq != 0) {
				t.Fatalf("rejected order changed the book: %q", fmtEvs(out))
			}
			if err := checkInvariants(b, nil); err != nil {
				t.Fatal(err)
			}
		})
	}
}

func TestOverflow(t *testing.T) {
	runScenarios(t, []scenario{
		{name: "price times qty", steps: []step{
			{sub(buy(1, 1, 10_000_000_000, 10_000_000_000)), []string{"rej #1 overflow"}},
		}, wantBook: ""},
		{name: "side total", steps: []step{
			{sub(buy(1, 1, 1, 1<<62)), []string{"acc #1 4611686018427387904@1"}},
			{sub(buy(2, 1, 1, 1<<62)), []string{"rej #2 overflow"}},
			{amd(1, 1, 1, math.MaxInt64), []string{"amd #1 9223372036854775807@1 lost"}},
		}, wantBook: "B #1 9223372036854775807@1"},
		{name: "amend price times qty", steps: []step{
			ok(sub(buy(1, 1, 10, 10))),
			{amd(1, 1, 10_000_000_000, 10_000_000_000), []string{"amdrej #1 overflow"}},
		}, wantBook: "B #1 10@10"},
		{name: "huge band does not overflow", spec: Spec{TickSize: 1, LotSize: 1, BandBps: math.MaxInt64, RefPrice: math.MaxInt64 - 1}, steps: []step{
			{sub(buy(1, 1, 1, 1)), []string{"acc #1 1@1"}},
		}, wantBook: "B #1 1@1"},
	})
}

func TestLimitOrders(t *testing.T) {
	runScenarios(t, []scenario{
		{name: "partial fill at maker prices, best price first", steps: []step{
			{sub(sell(1, 10, 101, 5)), []string{"acc #1 5@101"}},
			{sub(sell(2, 11, 100, 5)), []string{"acc #2 5@100"}},
			{sub(buy(3, 12, 101, 8)), []string{"acc #3 8@101", "fill #3<#2 5@100 r3/0 m1", "fill #3<#1 3@101 r0/2 m2"}},
		}, wantBook: "S #1 2@101"},
		{name: "time priority within a level", steps: []step{
			ok(sub(sell(1, 10, 100, 5))),
			ok(sub(sell(2, 11, 100, 5))),
			{sub(buy(3, 12, 100, 7)), []string{"acc #3 7@100", "fill #3<#1 5@100 r2/0 m1", "fill #3<#2 2@100 r0/3 m2"}},
		}, wantBook: "S #2 3@100"},
		{name: "remainder rests", steps: []step{
			ok(sub(sell(1, 10, 100, 5))),
			{sub(buy(2, 12, 100, 8)), []string{"acc #2 8@100", "fill #2<#1 5@100 r3/0 m1"}},
		}, wantBook: "B #2 3@100"},
		{name: "sell taker fills best bid first", steps: []step{
			ok(sub(buy(1, 10, 99, 5))),
			ok(sub(buy(2, 11, 100, 5))),
			{sub(sell(3, 12, 99, 10)), []string{"acc #3 10@99", "fill #3<#2 5@100 r5/0 m1", "fill #3<#1 5@99 r0/0 m2"}},
		}, wantBook: ""},
		{name: "no cross rests", steps: []step{
			ok(sub(sell(1, 10, 101, 5))),
			{sub(buy(2, 12, 100, 5)), []string{"acc #2 5@100"}},
		}, wantBook: "B #2 5@100 | S #1 5@101"},
		{name: "duplicate id of a resting order", steps: []step{
			ok(sub(buy(1, 10, 100, 5))),
			{sub(sell(1, 10, 200, 5)), []string{"rej #1 duplicate_id"}},
		}, wantBook: "B #1 5@100"},
		{name: "id reusable once gone", steps: []step{
			ok(sub(buy(1, 10, 100, 5))),
			ok(cxl(1, 10)),
			{sub(sell(1, 10, 200, 5)), []string{"acc #1 5@200"}},
		}, wantBook: "S #1 5@200"},
		{name: "ioc remainder cancelled", steps: []step{
			ok(sub(sell(1, 10, 100, 5))),
			{sub(tif(buy(2, 12, 101, 8), IOC, 0)), []string{"acc #2 8@101", "fill #2<#1 5@100 r3/0 m1", "cxl #2 3 ioc_remainder"}},
		}, wantBook: ""},
		{name: "ioc without cross", steps: []step{
			ok(sub(sell(1, 10, 100, 5))),
			{sub(tif(buy(2, 12, 99, 5), IOC, 0)), []string{"acc #2 5@99", "cxl #2 5 ioc_remainder"}},
		}, wantBook: "S #1 5@100"},
		{name: "fok fills in full", steps: []step{
			ok(sub(sell(1, 10, 100, 5))),
			ok(sub(sell(2, 11, 101, 5))),
			{sub(tif(buy(3, 12, 101, 10), FOK, 0)), []string{"acc #3 10@101", "fill #3<#1 5@100 r5/0 m1", "fill #3<#2 5@101 r0/0 m2"}},
		}, wantBook: ""},
		{name: "fok killed leaves the book as it was", steps: []step{
			ok(sub(sell(1, 10, 100, 5))),
			ok(sub(sell(2, 11, 101, 5))),
			{sub(tif(buy(3, 12, 101, 11), FOK, 0)), []string{"acc #3 11@101", "cxl #3 11 fok_unfillable"}},
		}, wantBook: "S #1 5@100 | S #2 5@101"},
		{name: "fok counts only eligible liquidity", elig: refuseAccounts(10, 12), steps: []step{
			ok(sub(sell(1, 10, 100, 5))),
			ok(sub(sell(2, 11, 101, 5))),
			ok(sub(sell(3, 11, 102, 5))),
			{sub(tif(buy(4, 12, 102, 10), FOK, 0)), []string{"acc #4 10@102", "skip #4<#1 5@100 r10/5 c7", "fill #4<#2 5@101 r5/0 m1", "fill #4<#3 5@102 r0/0 m2"}},
		}, wantBook: "S #1 5@100"},
		{name: "fok killed when eligible liquidity is short", elig: refuseAccounts(10, 12), steps: []step{
			ok(sub(sell(1, 10, 100, 5))),
			ok(sub(sell(2, 11, 101, 5))),
			ok(sub(sell(3, 11, 102, 5))),
			{sub(tif(buy(4, 12, 102, 15), FOK, 0)), []string{"acc #4 15@102", "skip #4<#1 5@100 r15/5 c7", "cxl #4 15 fok_unfillable"}},
		}, wantBook: "S #1 5@100 | S #2 5@101 | S #3 5@102"},
		// Regression: a killed FOK's skips reported the remaining quantity of
		// the dry run (after fills that never happened), not the order's.
		{name: "killed fok skip reports the real remaining", elig: refuseAccounts(1, 3), steps: []step{
			ok(sub(buy(1, 3, 196, 4))),
			ok(sub(buy(2, 2, 216, 1))),
			{sub(tif(sell(3, 1, 196, 5), FOK, 0)), []string{"acc #3 5@196", "skip #3<#1 4@196 r5/4 c7", "cxl #3 5 fok_unfillable"}},
		}, wantBook: "B #2 1@216 | B #1 4@196"},
		{name: "fok stopped by stp expire taker", steps: []step{
			ok(sub(sell(1, 10, 100, 5))),
			ok(sub(sell(2, 12, 101, 5))),
			{sub(stp(tif(buy(3, 12, 101, 10), FOK, 0), STPExpireTaker)), []string{"acc #3 10@101", "cxl #3 10 self_trade_prevented"}},
		}, wantBook: "S #1 5@100 | S #2 5@101"},
		{name: "fok with stp expire maker", steps: []step{
			ok(sub(sell(1, 12, 100, 5))),
			ok(sub(sell(2, 11, 101, 5))),
			{sub(stp(tif(buy(3, 12, 101, 5), FOK, 0), STPExpireMaker)), []string{"acc #3 5@101", "cxl #1 5 self_trade_prevented", "fill #3<#2 5@101 r0/0 m1"}},
		}, wantBook: ""},
	})
}

func TestMarketOrders(t *testing.T) {
	// Band 1% around 1000: a market buy may pay up to 1010, a sell get down to 990.
	banded := Spec{TickSize: 1, LotSize: 1, MarketBandBps: 100, RefPrice: 1000}
	runScenarios(t, []scenario{
		{name: "buy stops at the band", spec: banded, steps: []step{
			ok(sub(sell(1, 10, 1005, 5))),
			ok(sub(sell(2, 11, 1010, 5))),
			ok(sub(sell(3, 11, 1011, 5))),
			{sub(mkt(buy(4, 12, 0, 12), IOC)), []string{"acc #4 12@1010", "fill #4<#1 5@1005 r7/0 m1", "fill #4<#2 5@1010 r2/0 m2", "cxl #4 2 market_band"}},
		}, wantBook: "S #3 5@1011"},
		{name: "sell stops at the band", spec: banded, steps: []step{
			ok(sub(buy(1, 10, 995, 5))),
			ok(sub(buy(2, 11, 989, 5))),
			{sub(mkt(sell(3, 12, 0, 10), IOC)), []string{"acc #3 10@990", "fill #3<#1 5@995 r5/0 m1", "cxl #3 5 market_band"}},
		}, wantBook: "B #2 5@989"},
		{name: "buy exhausts the book inside the band", spec: banded, steps: []step{
			ok(sub(sell(1, 10, 1005, 5))),
			{sub(mkt(buy(2, 12, 0, 8), IOC)), []string{"acc #2 8@1005", "fill #2<#1 5@1005 r3/0 m1", "cxl #2 3 no_liquidity"}},
		}, wantBook: ""},
		{name: "no reference: band around the best opposite price", spec: Spec{TickSize: 1, LotSize: 1, MarketBandBps: 100}, steps: []step{
			ok(sub(sell(1, 10, 2000, 5))),
			ok(sub(sell(2, 10, 2030, 5))),
			{sub(mkt(buy(3, 12, 0, 10), IOC)), []string{"acc #3 10@2020", "fill #3<#1 5@2000 r5/0 m1", "cxl #3 5 market_band"}},
		}, wantBook: "S #2 5@2030"},
		{name: "no band sweeps the book", steps: []step{
			ok(sub(sell(1, 10, 100, 5))),
			ok(sub(sell(2, 10, 500, 5))),
			{sub(mkt(buy(3, 12, 0, 20), IOC)), []string{"acc #3 20@500", "fill #3<#1 5@100 r15/0 m1", "fill #3<#2 5@500 r10/0 m2", "cxl #3 10 no_liquidity"}},
		}, wantBook: ""},
		{name: "market fok", spec: banded, steps: []step{
			ok(sub(sell(1, 10, 1005, 5))),
			{sub(mkt(buy(2, 12, 0, 10), FOK)), []string{"acc #2 10@1005", "cxl #2 10 fok_unfillable"}},
			{sub(mkt(buy(3, 12, 0, 5), FOK)), []string{"acc #3 5@1005", "fill #3<#1 5@1005 r0/0 m1"}},
		}, wantBook: ""},
		{name: "empty opposite side", spec: banded, steps: []step{
			ok(sub(buy(1, 10, 995, 5))),
			{sub(mkt(buy(2, 12, 0, 10), IOC)), []string{"rej #2 no_liquidity"}},
		}, wantBook: "B #1 5@995"},
		{name: "refused in auction", spec: banded, steps: []step{
			ok(sub(sell(1, 10, 1005, 5))),
			ok(mode(Auction)),
			{sub(mkt(buy(2, 12, 0, 10), IOC)), []string{"rej #2 market_in_auction"}},
		}, wantBook: "S #1 5@1005"},
	})
}

func TestMarketLimit(t *testing.T) {
	for _, tc := range []struct {
		name   string
		spec   Spec
		asks   []int64
		side   Side
		want   int64
		wantOK bool
	}{
		{"band rounds in to a tick", Spec{TickSize: 5, LotSize: 1, MarketBandBps: 130, RefPrice: 1000}, []int64{1100}, Buy, 1010, true}, // 1000+13 -> 1010
		{"capped at worst ask", Spec{TickSize: 5, LotSize: 1, MarketBandBps: 1000, RefPrice: 1000}, []int64{1005, 1020}, Buy, 1020, true},
		{"empty side", Spec{TickSize: 5, LotSize: 1, MarketBandBps: 100, RefPrice: 1000}, nil, Buy, 0, false},
		{"bad side", Spec{TickSize: 5, LotSize: 1, MarketBandBps: 100, RefPrice: 1000}, []int64{1005}, 0, 0, false},
		{"huge band saturates", Spec{TickSize: 1, LotSize: 1, MarketBandBps: math.MaxInt64, RefPrice: 1 << 40}, []int64{1 << 41}, Buy, 1 << 41, true},
	} {
		t.Run(tc.name, func(t *testing.T) {
			b, _ := New(tc.spec, nil)
			for i, p := range tc.asks {
				b.Submit(sell(uint64(i+1), 1, p, 1), t0, nil)
			}
			got, ok := b.MarketLimit(tc.side)
			if got != tc.want || ok != tc.wantOK {
				t.Fatalf("got %d %v, want %d %v", got, ok, tc.want, tc.wantOK)
			}
		})
	}
	// Sell side: 1000 - 13 = 987, rounded up to 990; never below one tick.
	b, _ := New(Spec{TickSize: 5, LotSize: 1, MarketBandBps: 130, RefPrice: 1000}, nil)
	b.Submit(buy(1, 1, 900, 1), t0, nil)
	if got, _ := b.MarketLimit(Sell); got != 990 {
		t.Fatalf("sell limit %d, want 990", got)
	}
	b, _ = New(Spec{TickSize: 5, LotSize: 1, MarketBandBps: 20000, RefPrice: 1000}, nil)
	b.Submit(buy(1, 1, 5, 1), t0, nil)
	if got, _ := b.MarketLimit(Sell); got != 5 {
		t.Fatalf("sell limit %d, want 5", got)
	}
}

func TestPostOnly(t *testing.T) {
	runScenarios(t, []scenario{
		{name: "would cross", steps: []step{
			ok(sub(sell(1, 10, 100, 5))),
			{sub(post(buy(2, 12, 100, 5))), []string{"rej #2 post_only_would_cross"}},
			{sub(post(buy(3, 12, 99, 5))), []string{"acc #3 5@99"}},
		}, wantBook: "B #3 5@99 | S #1 5@100"},
		{name: "crossing an ineligible order still counts", elig: refuseAccounts(10, 12), steps: []step{
			ok(sub(sell(1, 10, 100, 5))),
			{sub(post(buy(2, 12, 101, 5))), []string{"rej #2 post_only_would_cross"}},
		}, wantBook: "S #1 5@100"},
		{name: "amend that would cross", steps: []step{
			ok(sub(post(buy(1, 12, 99, 5)))),
			ok(sub(sell(2, 10, 100, 5))),
			{amd(1, 12, 100, 5), []string{"amdrej #1 post_only_would_cross"}},
			{amd(1, 12, 98, 5), []string{"amd #1 5@98 lost"}},
		}, wantBook: "B #1 5@98 | S #2 5@100"},
	})
}

func TestExpiry(t *testing.T) {
	runScenarios(t, []scenario{
		{name: "gtd and day expire at ExpiresAt, earliest first then by id", steps: []step{
			ok(sub(tif(buy(2, 10, 100, 5), GTD, 5000))),
			ok(sub(tif(buy(4, 10, 99, 5), DAY, 3000))),
			ok(sub(tif(buy(3, 10, 98, 5), GTD, 3000))),
			ok(sub(buy(1, 10, 97, 5))),
			{expire(2999), []string{}},
			{expire(3000), []string{"exp #3 5", "exp #4 5"}},
		}, wantBook: "B #2 5@100 | B #1 5@97"},
		{name: "every call expires first", steps: []step{
			ok(sub(tif(buy(1, 10, 100, 5), GTD, 5000))),
			{subAt(sell(2, 11, 100, 5), 5000), []string{"exp #1 5", "acc #2 5@100"}},
		}, wantBook: "S #2 5@100"},
		{name: "filled gtd leaves the heap", steps: []step{
			ok(sub(tif(buy(1, 10, 100, 5), GTD, 5000))),
			ok(sub(sell(2, 11, 100, 5))),
			{expire(6000), []string{}},
		}, wantBook: ""},
		{name: "amend keeps expiry", steps: []step{
			ok(sub(tif(buy(1, 10, 100, 5), GTD, 5000))),
			ok(amd(1, 10, 101, 7)),
			{expire(5000), []string{"exp #1 7"}},
		}, wantBook: ""},
		{name: "cancelled gtd leaves the heap", steps: []step{
			ok(sub(tif(buy(1, 10, 100, 5), GTD, 5000))),
			ok(sub(tif(buy(2, 10, 100, 5), GTD, 4000))),
			ok(cxl(2, 10)),
			{expire(4500), []string{}},
		}, wantBook: "B #1 5@100"},
	})
}

func TestSTP(t *testing.T) {
	// Makers: #1 acct 2 at 99, #2 acct 1 (the taker's) at 100, #3 acct 2 at 100.
	makers := func(q2 int64) []step {
		return []step{ok(sub(sell(1, 2, 99, 5))), ok(sub(sell(2, 1, 100, q2))), ok(sub(sell(3, 2, 100, 5)))}
	}
	with := func(s []step, more ...step) []step { return append(s, more...) }
	runScenarios(t, []scenario{
		{name: "expire taker", steps: with(makers(5),
			step{sub(stp(buy(4, 1, 100, 15), STPExpireTaker)), []string{"acc #4 15@100", "fill #4<#1 5@99 r10/0 m1", "cxl #4 10 self_trade_prevented"}}),
			wantBook: "S #2 5@100 | S #3 5@100"},
		{name: "expire maker", steps: with(makers(5),
			step{sub(stp(buy(4, 1, 100, 15), STPExpireMaker)), []string{"acc #4 15@100", "fill #4<#1 5@99 r10/0 m1", "cxl #2 5 self_trade_prevented", "fill #4<#3 5@100 r5/0 m2"}}),
			wantBook: "B #4 5@100"},
		{name: "expire both", steps: with(makers(5),
			step{sub(stp(buy(4, 1, 100, 15), STPExpireBoth)), []string{"acc #4 15@100", "fill #4<#1 5@99 r10/0 m1", "cxl #2 5 self_trade_prevented", "cxl #4 10 self_trade_prevented"}}),
			wantBook: "S #3 5@100"},
		{name: "decrement maker smaller", steps: with(makers(3),
			step{sub(stp(buy(4, 1, 100, 15), STPDecrement)), []string{"acc #4 15@100", "fill #4<#1 5@99 r10/0 m1", "dec #4<#2 3 r7/0", "fill #4<#3 5@100 r2/0 m2"}}),
			wantBook: "B #4 2@100"},
		{name: "decrement taker smaller", steps: []step{
			ok(sub(sell(1, 1, 100, 10))),
			{sub(stp(buy(2, 1, 100, 4), STPDecrement)), []string{"acc #2 4@100", "dec #2<#1 4 r0/6"}},
		}, wantBook: "S #1 6@100"},
		{name: "none trades with itself", steps: []step{
			ok(sub(sell(1, 1, 100, 10))),
			{sub(buy(2, 1, 100, 4)), []string{"acc #2 4@100", "fill #2<#1 4@100 r0/6 m1"}},
		}, wantBook: "S #1 6@100"},
		{name: "the taker's mode applies, not the maker's", steps: []step{
			ok(sub(stp(sell(1, 1, 100, 10), STPExpireBoth))),
			{sub(buy(2, 1, 100, 4)), []string{"acc #2 4@100", "fill #2<#1 4@100 r0/6 m1"}},
		}, wantBook: "S #1 6@100"},
	})
}

func TestAmend(t *testing.T) {
	runScenarios(t, []scenario{
		{name: "size down keeps priority", steps: []step{
			ok(sub(sell(1, 1, 100, 10))),
			ok(sub(sell(2, 2, 100, 10))),
			{amd(1, 1, 100, 4), []string{"amd #1 4@100 kept"}},
			{sub(buy(3, 3, 100, 5)), []string{"acc #3 5@100", "fill #3<#1 4@100 r1/0 m1", "fill #3<#2 1@100 r0/9 m2"}},
		}, wantBook: "S #2 9@100"},
		{name: "same size keeps priority", steps: []step{
			ok(sub(sell(1, 1, 100, 10))),
			ok(sub(sell(2, 2, 100, 10))),
			{amd(1, 1, 100, 10), []string{"amd #1 10@100 kept"}},
		}, wantBook: "S #1 10@100 | S #2 10@100"},
		{name: "size up loses priority", steps: []step{
			ok(sub(sell(1, 1, 100, 10))),
			ok(sub(sell(2, 2, 100, 10))),
			{amd(1, 1, 100, 12), []string{"amd #1 12@100 lost"}},
			{sub(buy(3, 3, 100, 5)), []string{"acc #3 5@100", "fill #3<#2 5@100 r0/5 m1"}},
		}, wantBook: "S #2 5@100 | S #1 12@100"},
		{name: "price change loses priority", steps: []step{
			ok(sub(sell(1, 1, 100, 10))),
			ok(sub(sell(2, 2, 100, 10))),
			{amd(1, 1, 101, 10), []string{"amd #1 10@101 lost"}},
			{amd(1, 1, 100, 10), []string{"amd #1 10@100 lost"}},
		}, wantBook: "S #2 10@100 | S #1 10@100"},
		{name: "crossing amend matches as a taker", steps: []step{
			ok(sub(buy(1, 1, 99, 5))),
			ok(sub(sell(2, 2, 100, 5))),
			{amd(1, 1, 100, 8), []string{"amd #1 8@100 lost", "fill #1<#2 5@100 r3/0 m1"}},
		}, wantBook: "B #1 3@100"},
		{name: "crossing amend filled in full leaves the book", steps: []step{
			ok(sub(buy(1, 1, 99, 5))),
			ok(sub(sell(2, 2, 100, 9))),
			{amd(1, 1, 100, 5), []string{"amd #1 5@100 lost", "fill #1<#2 5@100 r0/4 m1"}},
			{cxl(1, 1), []string{"cxlrej #1 unknown_order"}},
		}, wantBook: "S #2 4@100"},
		{name: "refusals change nothing", spec: Spec{TickSize: 5, LotSize: 10, BandBps: 1000, RefPrice: 100}, steps: []step{
			ok(sub(buy(1, 1, 100, 10))),
			{amd(1, 2, 100, 10), []string{"amdrej #1 not_owner"}},
			{amd(9, 1, 100, 10), []string{"amdrej #9 unknown_order"}},
			{amd(1, 1, 100, 0), []string{"amdrej #1 bad_qty"}},
			{amd(1, 1, 100, 15), []string{"amdrej #1 off_lot"}},
			{amd(1, 1, 0, 10), []string{"amdrej #1 bad_price"}},
			{amd(1, 1, 101, 10), []string{"amdrej #1 off_tick"}},
			{amd(1, 1, 115, 10), []string{"amdrej #1 outside_band"}},
		}, wantBook: "B #1 10@100"},
	})
}

func TestCancel(t *testing.T) {
	runScenarios(t, []scenario{
		{name: "cancel", steps: []step{
			ok(sub(buy(1, 1, 100, 10))),
			ok(sub(buy(2, 1, 100, 10))),
			{cxl(1, 2), []string{"cxlrej #1 not_owner"}},
			{cxl(3, 1), []string{"cxlrej #3 unknown_order"}},
			{cxl(0, 1), []string{"cxlrej #0 unknown_order"}},
			{cxl(1, 1), []string{"cxl #1 10 user_cancel"}},
			{cxl(1, 1), []string{"cxlrej #1 unknown_order"}},
		}, wantBook: "B #2 10@100"},
		{name: "force cancel", steps: []step{
			ok(sub(buy(1, 1, 100, 10))),
			{op{"force", func(b *Book, out []Event) []Event { return b.ForceCancel(1, ReasonAdmin, t0, out) }}, []string{"cxl #1 10 admin_cancel"}},
			{op{"force", func(b *Book, out []Event) []Event { return b.ForceCancel(1, ReasonAdmin, t0, out) }}, []string{"cxlrej #1 unknown_order"}},
		}, wantBook: ""},
	})
}

func TestHalt(t *testing.T) {
	runScenarios(t, []scenario{
		{name: "cancel-only", steps: []step{
			ok(sub(buy(1, 1, 100, 10))),
			ok(sub(buy(2, 1, 99, 10))),
			{mode(Halted), []string{"mode halted"}},
			{sub(sell(3, 2, 100, 10)), []string{"rej #3 halted"}},
			{amd(1, 1, 100, 5), []string{"amdrej #1 halted"}},
			{cxl(2, 1), []string{"cxl #2 10 user_cancel"}},
			{mode(Halted), []string{}},
			{mode(Continuous), []string{"mode continuous"}},
			{sub(sell(3, 2, 100, 10)), []string{"acc #3 10@100", "fill #3<#1 10@100 r0/0 m1"}},
		}, wantBook: ""},
		{name: "bad mode", steps: []step{
			{mode(0), []string{"moderej bad_mode"}},
			{mode(4), []string{"moderej bad_mode"}},
		}, wantBook: ""},
	})
}

func TestEligibility(t *testing.T) {
	var calls []int64
	record := func(tk, mk *Order, q int64) uint8 {
		calls = append(calls, int64(tk.ID), int64(mk.ID), q)
		tk.Qty, mk.Qty = 0, 0 // copies: must not reach the book
		return refuseAccounts(1, 3)(tk, mk, q)
	}
	runScenarios(t, []scenario{
		{name: "refused maker keeps its place, the next one fills", elig: refuseAccounts(1, 3), steps: []step{
			ok(sub(sell(1, 1, 100, 5))),
			ok(sub(sell(2, 2, 100, 5))),
			ok(sub(sell(3, 5, 100, 5))),
			{sub(buy(4, 3, 100, 5)), []string{"acc #4 5@100", "skip #4<#1 5@100 r5/5 c7", "fill #4<#2 5@100 r0/0 m1"}},
			{sub(buy(5, 4, 100, 5)), []string{"acc #5 5@100", "fill #5<#1 5@100 r0/0 m2"}},
		}, wantBook: "S #3 5@100"},
		{name: "taker rests across an ineligible maker", elig: refuseAccounts(1, 3), steps: []step{
			ok(sub(sell(1, 1, 100, 5))),
			{sub(buy(2, 3, 101, 5)), []string{"acc #2 5@101", "skip #2<#1 5@100 r5/5 c7"}},
			{sub(sell(3, 2, 101, 2)), []string{"acc #3 2@101", "fill #3<#2 2@101 r0/3 m1"}},
		}, wantBook: "B #2 3@101 | S #1 5@100"},
		{name: "called with copies and the quantity about to trade", elig: record, steps: []step{
			ok(sub(sell(1, 1, 100, 5))),
			ok(sub(sell(2, 2, 100, 5))),
			{sub(buy(4, 3, 100, 7)), []string{"acc #4 7@100", "skip #4<#1 5@100 r7/5 c7", "fill #4<#2 5@100 r2/0 m1"}},
		}, wantBook: "B #4 2@100 | S #1 5@100"},
	})
	// The first two calls are the book's; the invariant checker calls it too.
	if want := []int64{4, 1, 5, 4, 2, 5}; len(calls) < len(want) {
		t.Fatalf("eligibility calls %v, want %v", calls, want)
	} else {
		for i := range want {
			if calls[i] != want[i] {
				t.Fatalf("eligibility calls %v, want %v", calls, want)
			}
		}
	}
}

func TestQueries(t *testing.T) {
	b, _ := New(spec1, nil)
	var out []Event
	out = b.Submit(buy(1, 1, 100, 5), t0, out[:0])
	out = b.Submit(buy(2, 1, 100, 7), t0, out[:0])
	out = b.Submit(buy(3, 1, 98, 1), t0, out[:0])
	b.Submit(sell(4, 2, 103, 2), t0, out[:0])
	var got []int64
	b.Depth(Buy, 0, func(p, q int64, n int) { got = append(got, p, q, int64(n)) })
	b.Depth(Sell, 1, func(p, q int64, n int) { got = append(got, p, q, int64(n)) })
	b.Depth(Buy, 1, func(p, q int64, n int) { got = append(got, p, q, int64(n)) })
	want := []int64{100, 12, 2, 98, 1, 1, 103, 2, 1, 100, 12, 2}
	if len(got) != len(want) {
		t.Fatalf("depth %v, want %v", got, want)
	}
	for i := range want {
		if got[i] != want[i] {
			t.Fatalf("depth %v, want %v", got, want)
		}
	}
	if p, q, ok := b.Best(Sell); p != 103 || q != 2 || !ok {
		t.Fatalf("best ask %d %d %v", p, q, ok)
	}
	if o, ok := b.Get(2); !ok || o.Qty != 7 || o.Seq != 2 {
		t.Fatalf("get: %+v %v", o, ok)
	}
	if _, ok := b.Get(9); ok {
		t.Fatal("get of unknown id")
	}
	n := 0
	b.Walk(func(o *Order) bool { n++; return n < 2 })
	if n != 2 {
		t.Fatalf("walk did not stop: %d", n)
	}
	if b.Len() != 4 || b.Mode() != Continuous || b.RefPrice() != 0 || b.Spec() != spec1 {
		t.Fatal("accessors")
	}
	if _, _, _, ok := b.Indicative(); ok {
		t.Fatal("indicative outside an auction")
	}
}

func TestNames(t *testing.T) {
	for c := 0; c < len(reasonNames); c++ {
		if reasonNames[c] == "" {
			t.Fatalf("reason %d has no name", c)
		}
	}
	for k := 1; k < len(eventNames); k++ {
		if eventNames[k] == "" {
			t.Fatalf("event kind %d has no name", k)
		}
	}
	for _, tc := range []struct{ got, want string }{
		{ReasonName(ReasonSTP), "self_trade_prevented"},
		{ReasonName(200), "reason(200)"},
		{EvFill.String(), "fill"},
		{EventKind(99).String(), "event(99)"},
		{Buy.String(), "buy"},
		{Side(9).String(), "side(9)"},
		{Market.String(), "market"},
		{Kind(9).String(), "kind(9)"},
		{FOK.String(), "FOK"},
		{TIF(9).String(), "tif(9)"},
		{STPDecrement.String(), "decrement"},
		{STP(9).String(), "stp(9)"},
		{Auction.String(), "auction"},
		{Mode(9).String(), "mode(9)"},
	} {
		if tc.got != tc.want {
			t.Errorf("got %q, want %q", tc.got, tc.want)
		}
	}
}
