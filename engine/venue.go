package engine

import (
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"log"
	"math"
	"sort"
	"strconv"
	"sync"
	"sync/atomic"
	"time"

	"github.com/regulavenue/regula/engine/book"
)

// Config configures a Venue. The zero value of every field but Journal is a
// sensible default.
type Config struct {
	// Journal makes commands durable; required.
	Journal Journal
	// Now is the venue clock. Only the sequencer reads it; everything below
	// gets time from the journaled command. Default time.Now.
	Now func() time.Time
	// Eligibility, if set, returns the eligibility function for a token's
	// book: it is called before every candidate fill. Its denies are
	// journaled with the command, so replay answers from the journal and
	// never calls it for a journaled command (see Record.Skips).
	Eligibility func(token string) book.Eligibility
	// Compliance, if set, runs each token's rule set at order entry and
	// before every candidate fill. It replaces Eligibility. Its match
	// denies are journaled like Eligibility's: a restart gives the fills that
	// were acknowledged live whatever the registry or the rule set has
	// become since.
	Compliance Compliance
	// OnEvents, if set, receives every published batch of events, in journal
	// order, from one goroutine. It must not block for long.
	OnEvents func([]Event)
	// QueueSize bounds each internal queue. Default 4096.
	QueueSize int
	// SnapshotEvery is the number of commands between snapshots. Default
	// 100,000.
	SnapshotEvery uint64
	// Logf logs operational messages. Default log.Printf.
	Logf func(format string, args ...any)
}

// Venue is the trading venue: tokens, accounts, balances, order books and
// trades. It is safe for concurrent use.
//
// # Notes
//
// One sequencer goroutine validates commands, reserves funds, stamps time and
// sequences them; one goroutine per token runs that token's book and then
// journals the command with the match verdicts it got; one publisher
// goroutine releases each command's events, in journal order, once the
// journal says the command is durable. Nothing is acknowledged before its
// commit. See RATIONALE.md, "Why a sequencer, a goroutine per book and a
// publisher?" and "Why are match verdicts journaled inside the command, after
// matching?".
type Venue struct {
	cfg Config

	in      chan *request
	pubc    chan pubItem
	stopc   chan struct{} // closed by Close: the sequencer drains and stops
	seqDone chan struct{}
	pubStop chan struct{}  // closed once the journal is flushed: the publisher stops
	wg      sync.WaitGroup // the publisher

	mu  sync.Mutex // guards led
	led *ledger

	app *appender // puts records into the journal in sequence order

	tokMu  sync.RWMutex // guards tokens (the map; tokenState is goroutine-owned)
	tokens map[string]*tokenState

	// Sequencer-owned.
	seq       uint64
	lastTime  int64
	sinceSnap uint64
	timer     *time.Timer

	failed atomic.Pointer[error]
	closed atomic.Bool
}

// tokenState is one token: its spec and the goroutine running its book.
type tokenState struct {
	spec TokenSpec
	run  *runner
	ref  atomic.Int64 // reference price as last seen by the book goroutine
	// Sequencer-owned.
	mode     book.Mode
	nextWake int64   // earliest time a tick may have work: expiry or uncross; 0 = none
	expiries minHeap // expiry times still ahead (some orders may have left the book since)
}

// minHeap is a binary min-heap of times. The sequencer keeps one per token so
// that after a tick it knows the next expiry: nextWake alone forgot every
// later one, and an order could outlive its time in force.
type minHeap struct {
	h    []int64
	last int64 // the last time pushed: DAY orders share theirs, so push it once
}

func (m *minHeap) push(t int64) {
	if t == m.last {
		return
	}
	m.last = t
	m.h = append(m.h, t)
	for i := len(m.h) - 1; i > 0; {
		p := (i - 1) / 2
		if m.h[p] <= m.h[i] {
			break
		}
		m.h[p], m.h[i] = m.h[i], m.h[p]
		i = p
	}
}

// next drops every time at or before now and returns the earliest left, or 0.
func (m *minHeap) next(now int64) int64 {
	for len(m.h) > 0 && m.h[0] <= now {
		n := len(m.h) - 1
		m.h[0] = m.h[n]
		m.h = m.h[:n]
		for i := 0; ; {
			l, small := 2*i+1, i
			if l < n && m.h[l] < m.h[small] {
				small = l
			}
			if l+1 < n && m.h[l+1] < m.h[small] {
				small = l + 1
			}
			if small == i {
				break
			}
			m.h[i], m.h[small] = m.h[small], m.h[i]
			i = small
		}
	}
	if len(m.h) == 0 {
		return 0
	}
	return m.h[0]
}

// request is one client command waiting for its outcome.
type request struct {
	rec  Record
	resp chan result
}

type result struct {
	events []Event
	err    error
}

type pubItem struct {
	seq    uint64
	events []Event
	req    *request
	commit uint64 // when non-zero (and events nil): journal durable up to here
	err    error  // journal failure
}

// New opens the venue: it restores the last snapshot, replays the journal
// after it, and starts the goroutines. Close stops them.
func New(cfg Config) (*Venue, error) {
	if cfg.Journal == nil {
		return nil, errors.New("engine: Config.Journal is required")
	}
	if cfg.Now == nil {
		cfg.Now = time.Now
	}
	if cfg.QueueSize <= 0 {
		cfg.QueueSize = 4096
	}
	if cfg.SnapshotEvery == 0 {
		cfg.SnapshotEvery = 100_000
	}
	if cfg.Logf == nil {
		cfg.Logf = log.Printf
	}
	v := &Venue{cfg: cfg, led: newLedger(), tokens: map[string]*tokenState{},
		in: make(chan *request, cfg.QueueSize), pubc: make(chan pubItem, cfg.QueueSize),
		stopc: make(chan struct{}), seqDone: make(chan struct{}), pubStop: make(chan struct{})}
	if err := v.recover(nil); err != nil {
		return nil, err
	}
	v.app = newAppender(cfg.Journal, v.seq+1)
	cfg.Journal.Start(func(seq uint64, err error) {
		v.pubc <- pubItem{commit: seq, err: err}
	})
	for _, ts := range v.tokens {
		v.startRunner(ts)
	}
	v.wg.Add(1)
	first := v.seq + 1 // read before the sequencer may move it
	go v.sequence()
	go v.publish(first)
	return v, nil
}

// Replay rebuilds a venue's state from a journal without starting it and
// calls fn with each command's events, in order. It is how replay
// determinism is checked: the same journal always gives the same events.
//
// # Notes
//
// Match verdicts come from the journal (Record.Skips): eligibility is asked
// only for format-1 records (Record.Legacy), which predate them, and may be
// nil. Replay fails if a record's verdicts do not fit the book.
func Replay(j Journal, eligibility func(string) book.Eligibility, fn func([]Event)) error {
	v := &Venue{cfg: Config{Journal: j, Eligibility: eligibility, Logf: log.Printf},
		led: newLedger(), tokens: map[string]*tokenState{}}
	return v.recover(fn)
}

// recover loads the snapshot and replays the journal synchronously.
func (v *Venue) recover(fn func([]Event)) error {
	seq, data, err := v.cfg.Journal.LoadSnapshot()
	if err != nil {
		return fmt.Errorf("engine: load snapshot: %w", err)
	}
	if data != nil {
		if err := v.restore(data); err != nil {
			return fmt.Errorf("engine: restore snapshot %d: %w", seq, err)
		}
		v.seq = seq
	}
	return v.cfg.Journal.Replay(v.seq, func(r *Record) error {
		if r.Seq != v.seq+1 {
			return fmt.Errorf("engine: journal gap: record %d after %d", r.Seq, v.seq)
		}
		v.seq = r.Seq
		if r.Time > v.lastTime {
			v.lastTime = r.Time
		}
		evs := v.stage(r)
		if ts := v.tokens[r.Token]; ts != nil && routed(r.Kind) {
			evs = v.apply(ts.run, r, evs, true)
			if err := ts.run.endReplay(r); err != nil {
				return err
			}
		}
		if fn != nil {
			fn(evs)
		}
		return nil
	})
}

// routed reports whether a kind is applied by the token's book goroutine.
func routed(k Kind) bool {
	switch k {
	case KindPlace, KindCancel, KindAmend, KindSetMode, KindTick:
		return true
	}
	return false
}

// Close stops accepting commands, lets queued ones finish, takes a snapshot,
// flushes the journal and stops every goroutine.
func (v *Venue) Close() error {
	if !v.closed.CompareAndSwap(false, true) {
		return nil
	}
	close(v.stopc)
	<-v.seqDone
	for _, ts := range v.tokens {
		close(ts.run.in)
	}
	for _, ts := range v.tokens {
		<-ts.run.done
	}
	err := v.cfg.Journal.Close()
	close(v.pubStop)
	v.wg.Wait()
	return err
}

// ---- client API ----

// submit hands a request to the sequencer and waits for its outcome.
func (v *Venue) submit(ctx context.Context, rec Record) ([]Event, error) {
	if v.closed.Load() {
		return nil, Errorf(EUnavailable, "the venue is shutting down")
	}
	if p := v.failed.Load(); p != nil {
		return nil, Errorf(EUnavailable, "the venue has stopped: journal failure")
	}
	req := &request{rec: rec, resp: make(chan result, 1)}
	select {
	case v.in <- req:
	case <-ctx.Done():
		return nil, ctx.Err()
	case <-v.stopc:
		return nil, Errorf(EUnavailable, "the venue is shutting down")
	}
	select {
	case res := <-req.resp:
		return res.events, res.err
	case <-ctx.Done():
		// The command may still be applied; its events are published anyway.
		return nil, ctx.Err()
	}
}

// CreateToken lists a new token.
func (v *Venue) CreateToken(ctx context.Context, s TokenSpec) error {
	_, err := v.submit(ctx, Record{Kind: KindCreateToken, Token: s.Symbol, Currency: s.Currency,
		Decimals: s.Decimals, TickSize: s.TickSize, LotSize: s.LotSize, BandBps: s.BandBps,
		MarketBandBps: s.MarketBandBps, Price: s.RefPrice, CallPeriod: s.CallPeriodMs * int64(time.Millisecond)})
	return err
}

// CreateAccount opens an account.
func (v *Venue) CreateAccount(ctx context.Context, id string) error {
	_, err := v.submit(ctx, Record{Kind: KindCreateAccount, Account: id})
	return err
}

// Deposit adds cash, in minor units of currency, to an account.
func (v *Venue) Deposit(ctx context.Context, account, currency string, amount int64) error {
	_, err := v.submit(ctx, Record{Kind: KindDeposit, Account: account, Currency: currency, Amount: amount})
	return err
}

// Credit adds tokens, in the token's smallest unit, to an account.
func (v *Venue) Credit(ctx context.Context, account, token string, qty int64) error {
	_, err := v.submit(ctx, Record{Kind: KindCredit, Account: account, Token: token, Amount: qty})
	return err
}

// Place enters an order. It returns once the order is durable, with the
// events it caused at once (accepted or rejected, and any immediate fills). A
// rejection by the book (post-only would cross, FOK unfillable, …) is an
// EvRejected event, not an error; an error means nothing was journaled.
func (v *Venue) Place(ctx context.Context, o PlaceOrder) ([]Event, error) {
	if err := checkPlain(o); err != nil {
		return nil, err
	}
	return v.submit(ctx, Record{Kind: KindPlace, Account: o.Account, Token: o.Token,
		ClientID: o.ClientID, Side: uint8(o.Side), OType: uint8(o.Type), TIF: uint8(o.TIF),
		STP: uint8(o.STP), PostOnly: o.PostOnly, Price: o.Price, Qty: o.Qty, ExpiresAt: o.ExpiresAt})
}

// Cancel cancels an open order of the account.
func (v *Venue) Cancel(ctx context.Context, c CancelOrder) ([]Event, error) {
	return v.submit(ctx, Record{Kind: KindCancel, Account: c.Account, OrderID: c.OrderID})
}

// Amend changes an open order's price and remaining quantity.
func (v *Venue) Amend(ctx context.Context, a AmendOrder) ([]Event, error) {
	return v.submit(ctx, Record{Kind: KindAmend, Account: a.Account, OrderID: a.OrderID,
		Price: a.Price, Qty: a.Qty})
}

// SetMode switches a token between continuous trading, call auction and
// halted (cancel-only).
func (v *Venue) SetMode(ctx context.Context, token string, m book.Mode) ([]Event, error) {
	return v.submit(ctx, Record{Kind: KindSetMode, Token: token, Mode: uint8(m)})
}

// SettleTrade records that a pending trade settled on chain: the seller's
// tokens and the buyer's cash move, and what they held for it is released.
// The settlement pipeline calls it once the chain confirms.
func (v *Venue) SettleTrade(ctx context.Context, tradeID string) ([]Event, error) {
	return v.submit(ctx, Record{Kind: KindSettle, TradeID: tradeID})
}

// BreakTrade records that a pending trade failed at settlement (a rule denied
// it, or the chain refused it): it becomes FAILED, what the parties held for
// it is released, and both are told the code, reason and rule.
func (v *Venue) BreakTrade(ctx context.Context, tradeID string, code uint8, reason, rule string) ([]Event, error) {
	if len(reason) > maxString || len(rule) > maxString {
		return nil, Errorf(EInvalid, "reason and rule are at most %d bytes", maxString)
	}
	return v.submit(ctx, Record{Kind: KindBreak, TradeID: tradeID, Code: code, Reason: reason, Rule: rule})
}

// ---- the sequencer ----

func (v *Venue) sequence() {
	defer close(v.seqDone)
	v.timer = time.NewTimer(time.Hour)
	v.timer.Stop()
	v.armTimer()
	for {
		select {
		case <-v.stopc:
			v.drain()
			v.snapshotNow()
			return
		case req := <-v.in:
			v.handle(req)
		case <-v.timer.C:
			v.tick()
		}
	}
}

// drain answers what is queued when the venue closes: processed, so that a
// caller that got into the queue gets its outcome.
func (v *Venue) drain() {
	for {
		select {
		case req := <-v.in:
			v.handle(req)
		default:
			return
		}
	}
}

func (v *Venue) now() int64 {
	t := v.cfg.Now().UnixNano()
	if t < v.lastTime {
		t = v.lastTime // time never runs backwards in the journal
	}
	v.lastTime = t
	return t
}

func (v *Venue) handle(req *request) {
	if p := v.failed.Load(); p != nil {
		req.resp <- result{err: Errorf(EUnavailable, "the venue has stopped: journal failure")}
		return
	}
	rec := &req.rec
	if rec.Kind == kindAudit {
		if err := v.audit(); err != nil {
			req.resp <- result{err: auditErr{err}}
		} else {
			req.resp <- result{}
		}
		return
	}
	rec.Time = v.now()
	if err := v.check(rec); err != nil {
		req.resp <- result{err: err}
		return
	}
	v.commit(rec, req)
}

// commit journals a checked record, applies its sequencer stage, and routes it.
func (v *Venue) commit(rec *Record, req *request) {
	v.seq++
	rec.Seq = v.seq
	evs := v.stage(rec)
	ts := v.tokens[rec.Token]
	if ts != nil && routed(rec.Kind) {
		// The book goroutine journals it once applied, with its verdicts.
		ts.run.in <- work{rec: *rec, req: req, events: evs}
	} else {
		v.app.put(rec)
		v.pubc <- pubItem{seq: rec.Seq, events: evs, req: req}
	}
	switch {
	case rec.Kind == KindCreateToken:
		v.startRunner(v.tokens[rec.Token])
	case rec.Kind == KindSetMode || rec.ExpiresAt > 0 && rec.Kind == KindPlace:
		v.armTimer() // a new wake-up time may be earlier than the armed one
	}
	v.sinceSnap++
	if v.sinceSnap >= v.cfg.SnapshotEvery {
		v.snapshotNow()
	}
}

// check validates a live command against the venue's state and fills in what
// the sequencer decides (order id, protection price, amend reservation). It
// changes nothing: a rejected command leaves no trace.
func (v *Venue) check(r *Record) error {
	switch r.Kind {
	case KindCreateToken:
		return v.checkToken(r)
	case KindCreateAccount:
		if !validID(r.Account) {
			return Errorf(EInvalid, "account must be 1 to 64 characters of [A-Za-z0-9._-]")
		}
		v.mu.Lock()
		defer v.mu.Unlock()
		if v.led.accounts[r.Account] != nil {
			return Errorf(EDuplicate, "account %q exists", r.Account)
		}
		return nil
	case KindDeposit, KindCredit:
		return v.checkFunding(r)
	case KindPlace:
		return v.checkPlace(r)
	case KindCancel, KindAmend:
		return v.checkOrderChange(r)
	case KindSettle, KindBreak:
		v.mu.Lock()
		defer v.mu.Unlock()
		i, ok := v.led.tradeIdx[r.TradeID]
		if !ok {
			return Errorf(EUnknownTrade, "no trade %q", r.TradeID)
		}
		if t := v.led.trades[i]; t.Status != TradePending {
			return Errorf(ETradeDone, "trade %s is already %s", r.TradeID, t.Status)
		}
		return nil
	case KindSetMode:
		ts := v.token(r.Token)
		if ts == nil {
			return Errorf(EUnknownToken, "no token %q", r.Token)
		}
		if _, ok := modeWords[book.Mode(r.Mode)]; !ok {
			return Errorf(EInvalid, "unknown mode %d", r.Mode)
		}
		return nil
	}
	return Errorf(EInvalid, "unknown command")
}

func (v *Venue) checkToken(r *Record) error {
	switch {
	case !validID(r.Token):
		return Errorf(EInvalid, "symbol must be 1 to 64 characters of [A-Za-z0-9._-]")
	case !validID(r.Currency):
		return Errorf(EInvalid, "currency must be 1 to 64 characters of [A-Za-z0-9._-]")
	case r.Decimals > 18:
		return Errorf(EInvalid, "decimals over 18")
	case r.TickSize <= 0 || r.LotSize <= 0:
		return Errorf(EInvalid, "tick_size and lot_size must be positive")
	case r.TickSize > math.MaxInt64/r.LotSize || (r.TickSize*r.LotSize)%pow10(r.Decimals) != 0:
		return Errorf(EInvalid, "tick_size × lot_size must be a multiple of 10^decimals, so every trade's cash amount is whole")
	case r.BandBps < 0 || r.MarketBandBps < 0 || r.BandBps > 10000 || r.MarketBandBps > 10000:
		return Errorf(EInvalid, "bands are 0 to 10000 bps")
	case r.Price < 0 || r.Price%r.TickSize != 0:
		return Errorf(EBadPrice, "ref_price must be a non-negative multiple of the tick size")
	case r.CallPeriod < 0:
		return Errorf(EInvalid, "call_period_ms must not be negative")
	}
	if r.MarketBandBps == 0 {
		// 0 would let a market order trade only at the reference price
		// itself, which is rarely on the book: no one asks for that.
		r.MarketBandBps = DefaultMarketBandBps
	}
	if _, err := book.New(v.bookSpec(r), nil); err != nil {
		return Errorf(EInvalid, "%v", err)
	}
	if v.token(r.Token) != nil {
		return Errorf(EDuplicate, "token %q exists", r.Token)
	}
	return nil
}

func pow10(d uint8) int64 {
	p := int64(1)
	for i := uint8(0); i < d; i++ {
		p *= 10
	}
	return p
}

func (v *Venue) checkFunding(r *Record) error {
	if r.Amount <= 0 {
		return Errorf(EBadQuantity, "amount must be positive, got %d", r.Amount)
	}
	cash := r.Kind == KindDeposit
	asset := r.Currency
	if !cash {
		if v.token(r.Token) == nil {
			return Errorf(EUnknownToken, "no token %q", r.Token)
		}
		asset = r.Token
	} else if !validID(asset) {
		return Errorf(EInvalid, "currency must be 1 to 64 characters of [A-Za-z0-9._-]")
	}
	v.mu.Lock()
	defer v.mu.Unlock()
	acct := v.led.accounts[r.Account]
	if acct == nil {
		return Errorf(EUnknownAcct, "no account %q", r.Account)
	}
	if b := v.led.balance(acct, asset, cash); b.Total > math.MaxInt64-r.Amount {
		return Errorf(EBadQuantity, "balance would overflow")
	}
	return nil
}

func (v *Venue) checkPlace(r *Record) error {
	ts := v.token(r.Token)
	if ts == nil {
		return Errorf(EUnknownToken, "no token %q", r.Token)
	}
	spec := ts.spec
	if ts.mode == book.Halted {
		return Errorf(EHalted, "%s is halted: cancel only", r.Token)
	}
	if r.Qty%spec.LotSize != 0 {
		return Errorf(EBadQuantity, "qty %d is not a multiple of the lot size %d", r.Qty, spec.LotSize)
	}
	if OrderType(r.OType) == Market {
		ref := ts.ref.Load()
		if ref <= 0 {
			return Errorf(ENoReference, "no reference price yet for a market order on %s", r.Token)
		}
		band := ref * spec.MarketBandBps / 10000
		if book.Side(r.Side) == book.Buy {
			r.Price = (ref + band) / spec.TickSize * spec.TickSize
		} else {
			r.Price = (ref - band + spec.TickSize - 1) / spec.TickSize * spec.TickSize
			if r.Price <= 0 {
				r.Price = spec.TickSize
			}
		}
		if r.Price > math.MaxInt64/r.Qty {
			return Errorf(EBadQuantity, "price × qty overflows")
		}
	} else if r.Price%spec.TickSize != 0 {
		return Errorf(EBadPrice, "price %d is not a multiple of the tick size %d", r.Price, spec.TickSize)
	}
	if r.TIF == uint8(book.DAY) {
		r.ExpiresAt = endOfDay(r.Time)
	}
	if r.TIF == uint8(book.GTD) && r.ExpiresAt <= r.Time {
		return Errorf(EInvalid, "expires_at is in the past")
	}
	v.mu.Lock()
	defer v.mu.Unlock()
	acct := v.led.accounts[r.Account]
	if acct == nil {
		return Errorf(EUnknownAcct, "no account %q", r.Account)
	}
	if r.ClientID != "" {
		if id, dup := acct.Clients[r.ClientID]; dup {
			return Errorf(EDuplicate, "client_id %q is already used by open order %d", r.ClientID, id)
		}
	}
	need, asset, cash := r.Qty, r.Token, false
	if book.Side(r.Side) == book.Buy {
		need, asset, cash = notional(r.Qty, r.Price, spec.Decimals), spec.Currency, true
	}
	if b := v.led.balance(acct, asset, cash); b.Available() < need {
		return Errorf(EInsufficient, "needs %d %s, %d available", need, asset, b.Available())
	}
	v.mu.Unlock()
	err := v.checkEntry(r) // runs a rule set: not under the ledger lock
	v.mu.Lock()
	if err != nil {
		return err
	}
	r.OrderID = v.seq + 1
	return nil
}

// endOfDay is the end of the UTC day containing t: when DAY orders expire.
func endOfDay(t int64) int64 {
	const day = int64(24 * time.Hour)
	return (t/day + 1) * day
}

func (v *Venue) checkOrderChange(r *Record) error {
	v.mu.Lock()
	defer v.mu.Unlock()
	o := v.led.orders[r.OrderID]
	if o == nil || o.Status != StatusOpen {
		return Errorf(EUnknownOrder, "no open order %d", r.OrderID)
	}
	if o.Account != r.Account {
		return Errorf(ENotOwner, "order %d belongs to another account", r.OrderID)
	}
	r.Token = o.Token
	if r.Kind == KindCancel {
		return nil
	}
	ts := v.tokens[o.Token]
	if ts.mode == book.Halted {
		return Errorf(EHalted, "%s is halted: cancel only", o.Token)
	}
	spec := ts.spec
	switch {
	case r.Qty <= 0 || r.Qty%spec.LotSize != 0:
		return Errorf(EBadQuantity, "qty must be a positive multiple of the lot size %d", spec.LotSize)
	case r.Price <= 0 || r.Price%spec.TickSize != 0:
		return Errorf(EBadPrice, "price must be a positive multiple of the tick size %d", spec.TickSize)
	case r.Price > math.MaxInt64/r.Qty:
		return Errorf(EBadQuantity, "price × qty overflows")
	}
	// Reserve for the whole new size at the new price now; the book goroutine
	// releases what the order does not need once the amend is applied.
	extra := r.Qty
	if o.side == book.Buy {
		extra = notional(r.Qty, r.Price, spec.Decimals)
	}
	if b := v.led.holding(o); b.Available() < extra {
		return Errorf(EInsufficient, "amend needs %d more, %d available", extra, b.Available())
	}
	r.Amount = extra
	return nil
}

func (v *Venue) token(sym string) *tokenState {
	v.tokMu.RLock()
	defer v.tokMu.RUnlock()
	return v.tokens[sym]
}

func (v *Venue) bookSpec(r *Record) book.Spec {
	return book.Spec{TickSize: r.TickSize, LotSize: r.LotSize, BandBps: r.BandBps,
		MarketBandBps: r.MarketBandBps, RefPrice: r.Price}
}

// stage applies the part of a command that the sequencer owns (live and on
// replay): new tokens and accounts, funding, and reservations. It returns the
// events of commands that do not go to a book.
func (v *Venue) stage(r *Record) []Event {
	switch r.Kind {
	case KindCreateToken:
		spec := TokenSpec{Symbol: r.Token, Decimals: r.Decimals, Currency: r.Currency,
			TickSize: r.TickSize, LotSize: r.LotSize, BandBps: r.BandBps,
			MarketBandBps: r.MarketBandBps, RefPrice: r.Price, CallPeriodMs: r.CallPeriod / int64(time.Millisecond)}
		ts := &tokenState{spec: spec, mode: book.Continuous}
		ts.ref.Store(r.Price)
		run := &runner{token: r.Token, ts: ts, callPeriod: r.CallPeriod, in: make(chan work, v.cfg.QueueSize), done: make(chan struct{})}
		run.hook = v.eligibility(r.Token, run)
		b, err := book.New(v.bookSpec(r), run.eligible)
		if err != nil { // checked before journaling; a journal that fails here is corrupt
			panic(fmt.Sprintf("engine: journaled token %s does not build: %v", r.Token, err))
		}
		run.book = b
		ts.run = run
		v.tokMu.Lock()
		v.tokens[r.Token] = ts
		v.tokMu.Unlock()
		v.mu.Lock()
		v.led.decimals[r.Token] = r.Decimals
		v.led.currency[r.Token] = r.Currency
		v.mu.Unlock()
		return []Event{{Seq: r.Seq, Kind: EvTokenCreated, Time: r.Time, Token: r.Token}}
	case KindCreateAccount:
		v.mu.Lock()
		v.led.addAccount(r.Account)
		v.mu.Unlock()
		return []Event{{Seq: r.Seq, Kind: EvAccountCreated, Time: r.Time, Account: r.Account}}
	case KindDeposit, KindCredit:
		v.mu.Lock()
		acct := v.led.accounts[r.Account]
		kind, asset := EvDeposited, r.Currency
		if r.Kind == KindCredit {
			kind, asset = EvCredited, r.Token
		}
		v.led.balance(acct, asset, r.Kind == KindDeposit).Total += r.Amount
		v.mu.Unlock()
		return []Event{{Seq: r.Seq, Kind: kind, Time: r.Time, Account: r.Account, Token: asset, Qty: r.Amount}}
	case KindPlace:
		ts := v.tokens[r.Token]
		v.mu.Lock()
		o := &orderState{Order: Order{ID: r.OrderID, Account: r.Account, Token: r.Token,
			ClientID: r.ClientID, Side: sideName(book.Side(r.Side)), Type: typeName(OrderType(r.OType)),
			TIF: tifName(book.TIF(r.TIF)), Price: r.Price, Qty: r.Qty, Remaining: r.Qty, Status: StatusOpen},
			side: book.Side(r.Side), price: r.Price}
		v.led.orders[o.ID] = o
		v.led.reserve(o, v.led.need(o))
		if o.ClientID != "" {
			v.led.accounts[o.Account].Clients[o.ClientID] = o.ID
		}
		v.mu.Unlock()
		if r.ExpiresAt > 0 {
			ts.expiries.push(r.ExpiresAt)
			if ts.nextWake == 0 || r.ExpiresAt < ts.nextWake {
				ts.nextWake = r.ExpiresAt
			}
		}
	case KindSettle, KindBreak:
		v.mu.Lock()
		defer v.mu.Unlock()
		t := &v.led.trades[v.led.tradeIdx[r.TradeID]]
		e := Event{Seq: r.Seq, Time: r.Time, Token: t.Token, TradeID: t.ID, Buyer: t.Buyer, Seller: t.Seller,
			Price: t.Price, Qty: t.Qty}
		if r.Kind == KindSettle {
			v.led.settleTrade(t)
			e.Kind = EvSettled
		} else {
			v.led.breakTrade(t)
			e.Kind, e.Code, e.Reason, e.Rule = EvBroken, strconv.Itoa(int(r.Code)), r.Reason, r.Rule
		}
		return []Event{e}
	case KindAmend:
		v.mu.Lock()
		if o := v.led.orders[r.OrderID]; o != nil {
			v.led.reserve(o, r.Amount)
		}
		v.mu.Unlock()
	case KindSetMode:
		ts := v.tokens[r.Token]
		ts.mode = book.Mode(r.Mode)
		if ts.mode == book.Auction && ts.spec.CallPeriodMs > 0 {
			ts.nextWake = r.Time + ts.spec.CallPeriodMs*int64(time.Millisecond)
		}
	}
	return nil
}

// eligibility is the live eligibility hook for a token: the rule set
// through Compliance, or the plain function of Config.Eligibility. The book
// calls it through runner.eligible, which journals its denies.
func (v *Venue) eligibility(token string, run *runner) book.Eligibility {
	switch {
	case v.cfg.Compliance != nil:
		return v.matchEligibility(token, run)
	case v.cfg.Eligibility != nil:
		return v.cfg.Eligibility(token)
	}
	return nil
}

func (l *ledger) addAccount(id string) {
	l.byIdx = append(l.byIdx, id)
	l.accounts[id] = &account{ID: id, Idx: uint64(len(l.byIdx) - 1), Cash: map[string]*Balance{}, Tokens: map[string]*Balance{},
		Clients: map[string]uint64{}}
}

// armTimer sets the timer for the earliest token wake-up.
func (v *Venue) armTimer() {
	var next int64
	for _, ts := range v.tokens {
		if ts.nextWake > 0 && (next == 0 || ts.nextWake < next) {
			next = ts.nextWake
		}
	}
	v.timer.Stop()
	if next > 0 {
		d := time.Duration(next - v.cfg.Now().UnixNano())
		if d < 0 {
			d = 0
		}
		v.timer.Reset(d)
	}
}

// tick journals a tick for every token whose wake-up time has come.
func (v *Venue) tick() {
	now := v.now()
	syms := make([]string, 0, len(v.tokens))
	for sym, ts := range v.tokens {
		if ts.nextWake > 0 && ts.nextWake <= now {
			syms = append(syms, sym)
		}
	}
	sort.Strings(syms)
	for _, sym := range syms {
		ts := v.tokens[sym]
		ts.nextWake = 0
		if ts.mode == book.Auction && ts.spec.CallPeriodMs > 0 {
			ts.nextWake = now + ts.spec.CallPeriodMs*int64(time.Millisecond)
		}
		if e := ts.expiries.next(now); e > 0 && (ts.nextWake == 0 || e < ts.nextWake) {
			ts.nextWake = e // the next order to expire, which this tick leaves in the book
		}
		v.commit(&Record{Kind: KindTick, Token: sym, Time: now}, nil)
	}
	v.armTimer()
}

// snapshotNow captures a consistent cut at the current sequence: every book
// goroutine hands over its book state after applying everything before it,
// while the sequencer issues nothing new.
func (v *Venue) snapshotNow() {
	v.sinceSnap = 0
	seq := v.seq
	snap := venueSnapshot{Seq: seq, LastTime: v.lastTime}
	syms := make([]string, 0, len(v.tokens))
	for sym := range v.tokens {
		syms = append(syms, sym)
	}
	sort.Strings(syms)
	for _, sym := range syms {
		ts := v.tokens[sym]
		done := make(chan book.State, 1)
		ts.run.in <- work{fn: func(r *runner) { done <- r.book.Snapshot() }}
		st := <-done
		snap.Tokens = append(snap.Tokens, snapToken{Spec: ts.spec, Mode: uint8(ts.mode),
			NextWake: ts.nextWake, CallEnd: ts.run.callEnd, Book: st})
	}
	v.mu.Lock()
	snap.Ledger = v.led.snapshot()
	v.mu.Unlock()
	data, err := json.Marshal(snap)
	if err == nil {
		// Every book has applied, and so journaled, every record up to seq.
		err = v.app.snapshot(seq, data)
	}
	if err != nil {
		v.cfg.Logf("engine: snapshot %d not taken: %v", seq, err)
	}
}

type venueSnapshot struct {
	Seq      uint64        `json:"seq"`
	LastTime int64         `json:"last_time"`
	Tokens   []snapToken   `json:"tokens"`
	Ledger   snapshotState `json:"ledger"`
}

type snapToken struct {
	Spec     TokenSpec  `json:"spec"`
	Mode     uint8      `json:"mode"`
	NextWake int64      `json:"next_wake"`
	CallEnd  int64      `json:"call_end"`
	Book     book.State `json:"book"`
}

func (v *Venue) restore(data []byte) error {
	var snap venueSnapshot
	if err := json.Unmarshal(data, &snap); err != nil {
		return err
	}
	v.lastTime = snap.LastTime
	v.led.restore(snap.Ledger)
	for _, st := range snap.Tokens {
		ts := &tokenState{spec: st.Spec, mode: book.Mode(st.Mode), nextWake: st.NextWake}
		for _, o := range st.Book.Orders {
			if o.ExpiresAt > 0 {
				ts.expiries.push(o.ExpiresAt)
			}
		}
		run := &runner{token: st.Spec.Symbol, ts: ts, callEnd: st.CallEnd,
			callPeriod: st.Spec.CallPeriodMs * int64(time.Millisecond),
			in:         make(chan work, v.cfg.QueueSize), done: make(chan struct{})}
		run.hook = v.eligibility(st.Spec.Symbol, run)
		b, err := book.Restore(st.Book, run.eligible)
		if err != nil {
			return fmt.Errorf("token %s: %w", st.Spec.Symbol, err)
		}
		run.book = b
		run.denied = crossed(b) // only a refused pair leaves a book crossed
		ts.run = run
		ts.ref.Store(st.Spec.RefPrice)
		v.tokens[st.Spec.Symbol] = ts
	}
	return nil
}

// crossed reports whether a book in continuous trading has a bid at or above
// an ask, which only eligibility keeping a pair apart can leave.
func crossed(b *book.Book) bool {
	bid, _, ok1 := b.Best(book.Buy)
	ask, _, ok2 := b.Best(book.Sell)
	return ok1 && ok2 && bid >= ask && b.Mode() == book.Continuous
}

// ---- the publisher ----

// publish releases each command's events in journal order once the journal
// has made the command durable, and answers its request.
func (v *Venue) publish(next uint64) {
	defer v.wg.Done()
	pending := map[uint64]pubItem{}
	var durable uint64
	handle := func(it pubItem) {
		switch {
		case it.err != nil:
			v.failed.Store(&it.err)
			v.cfg.Logf("engine: journal failed, venue stopped: %v", it.err)
			for _, p := range pending {
				if p.req != nil {
					p.req.resp <- result{err: Errorf(EUnavailable, "the venue has stopped: journal failure")}
				}
			}
			clear(pending)
		case it.commit > 0:
			durable = it.commit
		case v.failed.Load() != nil:
			if it.req != nil {
				it.req.resp <- result{err: Errorf(EUnavailable, "the venue has stopped: journal failure")}
			}
		default:
			pending[it.seq] = it
		}
		for next <= durable {
			it, ok := pending[next]
			if !ok {
				return
			}
			delete(pending, next)
			next++
			if v.cfg.OnEvents != nil && len(it.events) > 0 {
				v.cfg.OnEvents(it.events)
			}
			if it.req != nil {
				it.req.resp <- result{events: it.events}
			}
		}
	}
	for {
		select {
		case it := <-v.pubc:
			handle(it)
		case <-v.pubStop:
			// Close has stopped the sequencer and the books and flushed the
			// journal: everything left is already queued.
			for {
				select {
				case it := <-v.pubc:
					handle(it)
				default:
					if len(pending) > 0 {
						v.cfg.Logf("engine: close: %d commands not durable", len(pending))
					}
					return
				}
			}
		}
	}
}
