package settle

import (
	"context"
	"errors"
	"fmt"
	"math"
	"sync"
	"time"

	"github.com/ethereum/go-ethereum/common"

	"github.com/regulavenue/regula/contracts"
	"github.com/regulavenue/regula/engine"
	"github.com/regulavenue/regula/engine/store"
)

// row is one trade in flight. Only the worker goroutine touches rows once
// they are handed over through Pipeline.incoming.
type row struct {
	t       engine.Trade
	chainID contracts.TradeID

	// Persisted (settle_trades).
	state                          string
	reported                       bool
	sellerW, buyerW, tokenA, cashA common.Address
	cashAmount                     int64
	rsHash                         [32]byte
	deadline                       uint64
	att                            []byte
	signed, cancelled              bool
	reattests                      int
	fromBlock                      uint64
	tx                             common.Hash
	block                          uint64
	code                           uint8
	reason, rule                   string

	// Memory only.
	uncertain bool      // may be on chain: ask TradeStatus before anything else
	dirty     bool      // changed since it was last written
	arrived   time.Time // for the batching window
	retries   int
	notBefore time.Time
}

func (r *row) ready(now time.Time) bool { return !r.notBefore.After(now) }

// hooks let tests stop the worker at chosen points, as a crash would.
type hooks struct {
	// afterSend runs once SettleBatch returned; true stops the worker there,
	// before anything about the batch's outcome is recorded.
	afterSend func() bool
	// beforeSend runs just before SettleBatch.
	beforeSend func()
	// save runs before every state write; an error fails the write.
	save func(rows []*row) error
}

// headTimer is implemented by chain adapters that can tell the chain's clock
// (contracts.Client and contracts.Simulated do).
type headTimer interface {
	HeadTime(ctx context.Context) (uint64, error)
}

// Pipeline settles trades. Submit feeds it; Start runs it in its own
// goroutine until Close. It is safe for concurrent use.
//
// # Notes
//
// One worker goroutine owns every trade in flight and the chain calls; Submit
// only writes the trade to the database and hands it over. Lock order:
// submitMu, then mu. submitMu is held across Submit's insert and hand-over and
// across the worker's initial load, so a trade is never both loaded and handed
// over after the loaded copy could have finished. mu (incoming trades, stats)
// is never held across I/O.
type Pipeline struct {
	cfg   Config
	db    *store.DB
	hooks hooks

	submitMu sync.Mutex
	mu       sync.Mutex
	incoming []*row
	stats    Stats
	closed   bool
	started  bool
	notify   chan struct{}
	cancel   context.CancelFunc
	done     chan struct{}

	// Worker-owned.
	rows      []*row
	byID      map[string]*row
	lastBlock uint64
	headFloor uint64
	w         Stats // counters since Open
	// A failed write of dirty rows is retried from flushAt on.
	flushAt      time.Time
	flushRetries int
}

// Open prepares a pipeline over cfg.DB (applying the settle_ migrations). It
// does not start it: Submit may be called before Start, and trades left in
// flight by a previous run are resumed by Start.
func Open(ctx context.Context, cfg Config) (*Pipeline, error) {
	if err := cfg.validate(); err != nil {
		return nil, err
	}
	p := &Pipeline{cfg: cfg, db: cfg.DB, notify: make(chan struct{}, 1), done: make(chan struct{}), byID: map[string]*row{}}
	if err := migrate(ctx, p.db); err != nil {
		return nil, err
	}
	if cfg.FreshChain {
		if err := p.forgetChain(ctx); err != nil {
			return nil, err
		}
	}
	s, f, err := p.countDone(ctx)
	if err != nil {
		return nil, err
	}
	p.w.Settled, p.w.Failed = s, f
	p.stats = p.w
	return p, nil
}

// Start resumes the trades left in flight and runs the pipeline until ctx is
// done or Close is called. It returns at once; calling it twice is an error.
func (p *Pipeline) Start(ctx context.Context) error {
	p.mu.Lock()
	defer p.mu.Unlock()
	if p.closed {
		return ErrClosed
	}
	if p.started {
		return errors.New("settle: already started")
	}
	p.started = true
	ctx, p.cancel = context.WithCancel(ctx)
	go p.run(ctx)
	return nil
}

// Close stops the pipeline and waits for its goroutine. Trades in flight stay
// in the database and are resumed by the next Start. Close is idempotent.
func (p *Pipeline) Close() error {
	p.mu.Lock()
	p.closed = true
	started, cancel := p.started, p.cancel
	p.mu.Unlock()
	if started {
		cancel()
		<-p.done
	}
	return nil
}

// Submit queues trades for settlement. They are durable when Submit returns
// nil; a trade id already known to the pipeline is ignored, so the venue may
// hand over its pending trades again after a restart. Pass the trades of one
// venue event batch in one call: they are written in one transaction.
//
// It returns an *engine.Error with code engine.EInvalid for a malformed trade
// (nothing is stored then), ErrClosed after Close, or a wrapped database error.
func (p *Pipeline) Submit(ctx context.Context, trades ...engine.Trade) error {
	for _, t := range trades {
		if err := validTrade(t); err != nil {
			return err
		}
	}
	p.mu.Lock()
	closed := p.closed
	p.mu.Unlock()
	if closed {
		return ErrClosed
	}
	p.submitMu.Lock()
	defer p.submitMu.Unlock()
	fresh, err := p.insert(ctx, trades)
	if err != nil {
		return err
	}
	if len(fresh) == 0 {
		return nil
	}
	now := time.Now()
	for _, r := range fresh {
		r.arrived = now
	}
	p.mu.Lock()
	p.incoming = append(p.incoming, fresh...)
	p.stats.Queued += len(fresh)
	p.mu.Unlock()
	p.wake()
	return nil
}

func validTrade(t engine.Trade) error {
	switch {
	case t.ID == "" || t.Token == "" || t.Buyer == "" || t.Seller == "":
		return engine.Errorf(engine.EInvalid, "trade %q: id, token, buyer and seller are required", t.ID)
	case t.Buyer == t.Seller:
		return engine.Errorf(engine.EInvalid, "trade %q: buyer and seller are the same account", t.ID)
	case t.Qty <= 0:
		return engine.Errorf(engine.EBadQuantity, "trade %q: quantity %d", t.ID, t.Qty)
	case t.Amount <= 0:
		return engine.Errorf(engine.EInvalid, "trade %q: amount %d", t.ID, t.Amount)
	}
	return nil
}

// Stats returns the pipeline's counts.
func (p *Pipeline) Stats() Stats {
	p.mu.Lock()
	defer p.mu.Unlock()
	return p.stats
}

func (p *Pipeline) wake() {
	select {
	case p.notify <- struct{}{}:
	default:
	}
}

func (p *Pipeline) logf(format string, args ...any) { p.cfg.Logf("settle: "+format, args...) }

// run is the worker.
func (p *Pipeline) run(ctx context.Context) {
	defer close(p.done)
	for backoff := p.cfg.RetryMin; ; backoff = min(2*backoff, p.cfg.RetryMax) {
		err := p.load(ctx)
		if err == nil {
			break
		}
		p.logf("resume: %v", err)
		if !p.waitFor(ctx, backoff) {
			return
		}
	}
	for {
		p.drain()
		p.publish()
		wait, now := p.plan(time.Now())
		if !now {
			if !p.waitFor(ctx, wait) {
				return
			}
			continue
		}
		if p.step(ctx) || ctx.Err() != nil {
			p.publish()
			return
		}
	}
}

// load resumes the trades in flight: every attested or submitted trade may
// already be on chain, so it is asked about first.
func (p *Pipeline) load(ctx context.Context) error {
	p.submitMu.Lock()
	rows, last, err := p.loadOpen(ctx)
	if err == nil {
		p.dropHandedOver()
	}
	p.submitMu.Unlock()
	if err != nil {
		return err
	}
	p.lastBlock = last
	for _, r := range rows {
		if _, ok := p.byID[r.t.ID]; ok {
			continue
		}
		r.uncertain = r.state == stAttested || r.state == stSubmitted
		r.arrived = time.Now()
		p.add(r)
	}
	if n := len(p.rows); n > 0 {
		onChain := 0
		for _, r := range p.rows {
			if r.uncertain {
				onChain++
			}
		}
		p.logf("%d trades in flight at start, %d of them possibly on chain", n, onChain)
	}
	return nil
}

func (p *Pipeline) add(r *row) {
	p.byID[r.t.ID] = r
	p.rows = append(p.rows, r)
}

// drain takes over the submitted trades.
func (p *Pipeline) drain() {
	p.mu.Lock()
	in := p.incoming
	p.incoming = nil
	p.mu.Unlock()
	for _, r := range in {
		if _, ok := p.byID[r.t.ID]; !ok {
			p.add(r)
		}
	}
}

// dropHandedOver, under submitMu, drops the trades handed over before the
// load: they were committed first, so the load read them.
func (p *Pipeline) dropHandedOver() {
	p.mu.Lock()
	clear(p.incoming)
	p.incoming = nil
	p.mu.Unlock()
}

// publish recomputes the stats from the trades in flight.
func (p *Pipeline) publish() {
	s := p.w
	now := time.Now()
	for _, r := range p.rows {
		switch {
		case r.state == stSettled || r.state == stFailed:
			s.Unreported++
		case r.state == stQueued:
			s.Queued++
		case r.state == stAttested:
			s.Attested++
		case r.state == stSubmitted:
			s.Submitted++
		}
		if !r.ready(now) {
			s.Waiting++
		}
	}
	p.mu.Lock()
	for _, r := range p.incoming {
		if _, ok := p.byID[r.t.ID]; !ok {
			s.Queued++
		}
	}
	p.stats = s
	p.mu.Unlock()
}

// waitFor waits for d (forever if negative), a submission or the end of ctx;
// false means ctx is done.
func (p *Pipeline) waitFor(ctx context.Context, d time.Duration) bool {
	var timer <-chan time.Time
	if d >= 0 {
		t := time.NewTimer(d)
		defer t.Stop()
		timer = t.C
	}
	select {
	case <-ctx.Done():
		return false
	case <-p.notify:
	case <-timer:
	}
	return true
}

// plan says whether there is work to do now, or how long to wait for some
// (negative: until a submission). Queued trades wait for a full batch or for
// the batching window since the oldest of them arrived.
func (p *Pipeline) plan(now time.Time) (time.Duration, bool) {
	wait := time.Duration(-1)
	later := func(t time.Time) {
		if d := t.Sub(now); wait < 0 || d < wait {
			wait = d
		}
	}
	queued := 0
	var oldest time.Time
	expiring := p.expiring(p.cfg.Now())
	for _, r := range p.rows {
		if r.dirty {
			if !now.Before(p.flushAt) {
				return 0, true
			}
			later(p.flushAt)
		}
		if !r.ready(now) {
			later(r.notBefore)
			continue
		}
		if r.state != stQueued {
			if needsResolve(r) || needsPrepare(r, expiring) || needsSend(r, 0) || needsFinish(r) {
				return 0, true
			}
			continue
		}
		queued++
		if oldest.IsZero() || r.arrived.Before(oldest) {
			oldest = r.arrived
		}
	}
	if queued == 0 {
		return wait, false
	}
	if queued >= p.cfg.BatchSize || now.Sub(oldest) >= p.cfg.Window {
		return 0, true
	}
	later(oldest.Add(p.cfg.Window))
	return wait, false
}

// What each stage takes. A submitted trade is always asked about: it may be
// on chain whatever this process remembers.
func needsResolve(r *row) bool { return r.uncertain || r.state == stSubmitted }

func needsPrepare(r *row, expiring uint64) bool {
	return !needsResolve(r) && (r.state == stQueued || r.state == stAttested && r.deadline <= expiring)
}

func needsSend(r *row, expired uint64) bool {
	return !needsResolve(r) && r.state == stAttested && r.deadline > expired
}

func needsFinish(r *row) bool {
	return !r.reported && !needsResolve(r) && (r.state == stSettled || r.state == stFailed)
}

// expiring is the deadline under which prepare signs an attestation again.
func (p *Pipeline) expiring(now time.Time) uint64 {
	margin := min(p.cfg.TTL/10, 30*time.Second)
	return uint64(max(now.Add(margin).Unix(), 0))
}

// retry backs r off after a transient failure.
func (p *Pipeline) retry(r *row, what string, err error) {
	p.retryAll([]*row{r}, what, err)
}

// retryAll backs a batch off together after a transient failure, so that it
// stays one batch: by the longest backoff among its trades.
func (p *Pipeline) retryAll(rows []*row, what string, err error) {
	n := 0
	for _, r := range rows {
		r.retries++
		n = max(n, r.retries)
	}
	d := p.cfg.RetryMin
	for i := 1; i < n && d < p.cfg.RetryMax; i++ {
		d *= 2
	}
	d = min(d, p.cfg.RetryMax)
	at := time.Now().Add(d)
	for _, r := range rows {
		r.retries, r.notBefore = n, at
	}
	p.w.Errors++
	if n == 1 || n%20 == 0 {
		p.logf("%d trade(s) from %s: %s (attempt %d, next in %v): %v", len(rows), rows[0].t.ID, what, n, d, err)
	}
}

func (p *Pipeline) progressed(r *row) {
	r.retries = 0
	r.notBefore = time.Time{}
}

// pick returns up to BatchSize ready trades that match.
func (p *Pipeline) pick(now time.Time, match func(*row) bool) []*row {
	var out []*row
	for _, r := range p.rows {
		if len(out) == p.cfg.BatchSize {
			break
		}
		if r.ready(now) && match(r) {
			out = append(out, r)
		}
	}
	return out
}

// step runs each stage once over a batch, then writes what changed; true
// means a test hook stopped the worker.
//
// # Notes
//
// Stages change rows in memory and mark them dirty; one write before a batch
// is sent, or at the end of a step after which nothing is to be sent, makes
// them durable. Every state
// the database can be left in by a crash is a safe place to resume from,
// because of one rule: a trade is sent only once the database says it is
// submitted. A trade attested in memory but queued in the database is checked
// and signed again; a trade settled or broken in memory but submitted in the
// database is asked about on chain again.
func (p *Pipeline) step(ctx context.Context) bool {
	p.resolve(ctx)
	p.prepare(ctx)
	if p.send(ctx) {
		return true
	}
	p.finish(ctx)
	if !p.moreToSend() {
		p.flush(ctx)
	}
	return false
}

// moreToSend says whether the next step will send a batch: then its write
// before sending carries this step's changes too, one fsync instead of two.
func (p *Pipeline) moreToSend() bool {
	now := time.Now()
	for _, r := range p.rows {
		if r.ready(now) && !needsResolve(r) && (r.state == stQueued || r.state == stAttested) {
			return true
		}
	}
	return false
}

// dirtyRows returns the rows changed since they were last written.
func (p *Pipeline) dirtyRows() []*row {
	var out []*row
	for _, r := range p.rows {
		if r.dirty {
			out = append(out, r)
		}
	}
	return out
}

// flush writes the dirty rows and lets go of the trades the venue was told
// of. A failed write is retried with backoff; until it succeeds those
// trades stay in memory (a crash meanwhile resumes them from their last
// written state).
func (p *Pipeline) flush(ctx context.Context) bool {
	rows := p.dirtyRows()
	if len(rows) == 0 || time.Now().Before(p.flushAt) {
		return len(rows) == 0
	}
	if err := p.save(ctx, rows); err != nil {
		p.flushRetries++
		d := min(p.cfg.RetryMin<<min(p.flushRetries-1, 20), p.cfg.RetryMax)
		p.flushAt = time.Now().Add(d)
		p.w.Errors++
		if p.flushRetries == 1 || p.flushRetries%20 == 0 {
			p.logf("writing %d trades (attempt %d, next in %v): %v", len(rows), p.flushRetries, d, err)
		}
		return false
	}
	p.flushRetries, p.flushAt = 0, time.Time{}
	for _, r := range rows {
		r.dirty = false
	}
	p.sweep()
	return true
}

// sweep drops the trades whose report to the venue is written.
func (p *Pipeline) sweep() {
	kept := p.rows[:0]
	for _, r := range p.rows {
		if !r.reported || r.dirty {
			kept = append(kept, r)
			continue
		}
		if r.state == stSettled {
			p.w.Settled++
		} else {
			p.w.Failed++
		}
		delete(p.byID, r.t.ID)
	}
	clear(p.rows[len(kept):])
	p.rows = kept
}

// breakTrade records that r is broken; finish cancels its id on chain if an
// attestation was ever signed for it, then tells the venue.
func breakTrade(r *row, code uint8, reason, rule string) {
	r.state, r.code, r.reason, r.rule = stFailed, code, reason, rule
	r.uncertain = false
}

// resolve asks the chain about trades that may already be on it.
func (p *Pipeline) resolve(ctx context.Context) {
	batch := p.pick(time.Now(), needsResolve)
	if len(batch) == 0 {
		return
	}
	var found []*row
	for _, r := range batch {
		st, err := p.cfg.Chain.TradeStatus(ctx, p.cfg.DvP, r.chainID)
		if err != nil {
			p.retry(r, "trade status", err)
			continue
		}
		r.uncertain = false
		switch st {
		case contracts.StatusSettled:
			p.progressed(r)
			r.state = stSettled
			found = append(found, r)
			p.w.FoundOnChain++
		case contracts.StatusCancelled:
			p.progressed(r)
			r.cancelled = true
			breakTrade(r, CodeCancelled, "the trade id was cancelled on chain", "dvp:CANCELLED")
		default:
			// Not on chain: it was never sent, or failed. Its attestation
			// is still good until its deadline (prepare re-signs it after).
			// Not progress: a chain that takes no settlement keeps
			// backing off.
			r.state = stAttested
		}
		r.dirty = true
	}
	p.findTx(ctx, found)
}

// findTx looks up the settlement transactions of trades found settled on
// chain (TradeStatus does not say which transaction settled them). The hash is
// for the record only: a failed lookup leaves it zero.
func (p *Pipeline) findTx(ctx context.Context, rows []*row) {
	if len(rows) == 0 {
		return
	}
	from := rows[0].fromBlock
	want := map[contracts.TradeID]*row{}
	for _, r := range rows {
		from = min(from, r.fromBlock)
		want[r.chainID] = r
	}
	evs, err := p.cfg.Chain.Events(ctx, contracts.EventQuery{Contracts: []common.Address{p.cfg.DvP}, FromBlock: from})
	if err != nil {
		p.logf("looking up settlement transactions: %v", err)
		return
	}
	for _, e := range evs {
		r := want[e.TradeID]
		if r == nil || e.Kind != contracts.EventTradeSettled {
			continue
		}
		if e.Seller != r.sellerW || e.Buyer != r.buyerW || e.Token != r.tokenA || e.Quantity != r.t.Qty ||
			e.CashToken != r.cashA || e.Amount != r.cashAmount {
			// The id was settled for another trade (a venue database
			// reset under the same DvP contract and Namespace): this trade
			// did not settle, and its id can never settle it now.
			p.logf("trade %s: its chain id %s was settled in %s for a different trade", r.t.ID, r.chainID, e.TxHash)
			r.cancelled = true
			breakTrade(r, CodeCancelled, "the trade id was settled on chain for a different trade", "dvp:ALREADY_PROCESSED")
			continue
		}
		r.tx, r.block = e.TxHash, e.Block
	}
}

// prepare re-checks queued trades (and attested ones whose attestation is
// about to expire) and signs their attestations.
func (p *Pipeline) prepare(ctx context.Context) {
	now := p.cfg.Now()
	expiring := p.expiring(now)
	batch := p.pick(time.Now(), func(r *row) bool { return needsPrepare(r, expiring) })
	if len(batch) == 0 {
		return
	}
	// Deadlines count from the later of the venue's clock and the chain's:
	// the contract checks them against block time, which the simulated chain
	// runs ahead of the wall clock under load.
	if h, ok := p.cfg.Chain.(headTimer); ok {
		if t, err := h.HeadTime(ctx); err == nil {
			p.headFloor = max(p.headFloor, t)
		}
	}
	for _, r := range batch {
		if p.attest(ctx, r, now) {
			r.dirty = true
		}
	}
}

// ahead returns the trades of r's token approved before r and not yet in
// the cap table, oldest approval first: signed and on their way to the
// chain (or settled on it, not yet reported), whatever became of the
// process that signed them. A trade approved earlier in r's batch is
// attested by then, so it is among them.
func (p *Pipeline) ahead(r *row) []engine.Trade {
	var out []engine.Trade
	for _, o := range p.rows {
		if o == r || o.t.Token != r.t.Token || o.reported {
			continue
		}
		if o.state == stAttested || o.state == stSubmitted || o.state == stSettled {
			out = append(out, o.t)
		}
	}
	return out
}

// attest checks and signs one trade; false means nothing changed (retry).
func (p *Pipeline) attest(ctx context.Context, r *row, now time.Time) bool {
	v, err := p.cfg.Checker.CheckSettlement(ctx, r.t, p.ahead(r))
	if err != nil {
		p.retry(r, "settlement check", err)
		return false
	}
	if !v.Allow {
		breakTrade(r, v.Code, v.Reason, v.Rule)
		return true
	}
	inst, err := p.cfg.Instruments.Instrument(ctx, r.t.Token)
	if err == nil && (inst.Token == common.Address{} || inst.Cash == common.Address{}) {
		err = fmt.Errorf("token %s: no contract addresses: %w", r.t.Token, ErrUnknown)
	}
	var seller, buyer common.Address
	if err == nil {
		seller, err = p.cfg.Wallets.Wallet(ctx, r.t.Seller)
	}
	if err == nil {
		buyer, err = p.cfg.Wallets.Wallet(ctx, r.t.Buyer)
	}
	if err == nil && (seller == common.Address{} || buyer == common.Address{}) {
		err = fmt.Errorf("zero wallet address: %w", ErrUnknown)
	}
	if errors.Is(err, ErrUnknown) {
		breakTrade(r, CodeUnresolved, err.Error(), "settle")
		return true
	}
	if err != nil {
		p.retry(r, "resolving addresses", err)
		return false
	}
	scale := max(inst.CashScale, 1)
	if r.t.Amount > math.MaxInt64/scale {
		breakTrade(r, CodeUnresolved, fmt.Sprintf("cash amount %d × %d overflows int64", r.t.Amount, scale), "settle")
		return true
	}
	base := uint64(max(now.Unix(), 0))
	deadline := max(base, p.headFloor) + uint64(p.cfg.TTL/time.Second)
	r.sellerW, r.buyerW, r.tokenA, r.cashA = seller, buyer, inst.Token, inst.Cash
	r.cashAmount, r.rsHash = r.t.Amount*scale, v.RuleSetHash
	st, err := p.cfg.Attester.Sign(r.chainTrade(deadline))
	if err != nil {
		breakTrade(r, CodeUnresolved, "cannot attest: "+err.Error(), "settle")
		return true
	}
	if r.signed {
		p.w.Reattested++
	}
	r.state, r.att, r.deadline, r.signed = stAttested, st.Attestation, deadline, true
	p.progressed(r)
	return true
}

// pickInOrder returns up to BatchSize attested trades to send, in the order
// they were approved, never one behind a trade of the same token still
// waiting (backing off, or to be asked about on chain): a trade was checked
// counting the ones approved before it, so it goes to the chain after them,
// in the same batch or a later one.
func (p *Pipeline) pickInOrder(now time.Time, expired uint64) []*row {
	var out []*row
	var held map[string]bool
	for _, r := range p.rows {
		if len(out) == p.cfg.BatchSize {
			break
		}
		if r.state != stAttested && r.state != stSubmitted {
			continue
		}
		if held[r.t.Token] {
			continue
		}
		if r.ready(now) && needsSend(r, expired) {
			out = append(out, r)
			continue
		}
		if held == nil {
			held = map[string]bool{}
		}
		held[r.t.Token] = true
	}
	return out
}

// send settles a batch of attested trades in one transaction. It marks them
// submitted first: from then on they may be on chain whatever happens to this
// process. True means a test hook stopped the worker.
func (p *Pipeline) send(ctx context.Context) bool {
	expired := uint64(max(p.cfg.Now().Unix(), 0))
	batch := p.pickInOrder(time.Now(), expired)
	if len(batch) == 0 {
		return false
	}
	trades := make([]contracts.SignedTrade, len(batch))
	write := p.dirtyRows()
	for i, r := range batch {
		r.state, r.fromBlock = stSubmitted, p.lastBlock
		trades[i] = r.signedTrade()
		if !r.dirty {
			write = append(write, r)
		}
	}
	// The one write that must happen before the chain is touched.
	if err := p.save(ctx, write); err != nil {
		for _, r := range batch {
			r.state = stAttested
			// The write may have reached the database: ask the chain first.
			r.uncertain, r.dirty = true, true
		}
		p.retryAll(batch, "save", err)
		return false
	}
	for _, r := range write {
		r.dirty = false
	}
	if p.hooks.beforeSend != nil {
		p.hooks.beforeSend()
	}
	res, err := p.cfg.Chain.SettleBatch(ctx, p.cfg.DvP, trades)
	if p.hooks.afterSend != nil && p.hooks.afterSend() {
		return true
	}
	if err == nil && len(res.Results) != len(batch) {
		err = fmt.Errorf("chain answered %d results for %d trades", len(res.Results), len(batch))
	}
	if err != nil {
		// Unknown outcome (the transaction may have been mined): ask later.
		for _, r := range batch {
			r.uncertain = true
		}
		p.retryAll(batch, "settle batch", err)
		return false
	}
	p.w.Batches++
	p.lastBlock = max(p.lastBlock, res.Block)
	resign := false
	for i, rr := range res.Results {
		r := batch[i]
		p.progressed(r)
		r.dirty = true
		if rr.TradeID != r.chainID {
			r.uncertain = true
			continue
		}
		switch {
		case rr.Settled:
			r.state, r.tx, r.block = stSettled, res.TxHash, res.Block
		case rr.Code == contracts.FailExpired && r.reattests < p.cfg.MaxReattest:
			// The chain's clock is past the deadline: sign again, against
			// the chain's clock this time.
			r.reattests++
			r.state = stQueued
			resign = true
		case rr.Code == contracts.FailAlreadyProcessed:
			// Settled or cancelled already: the chain's status decides.
			r.uncertain = true
		default:
			code := CodeChainFailed
			if rr.Restriction != 0 {
				code = rr.Restriction
			}
			reason := rr.Code.String()
			if rr.Reason != "" {
				reason += ": " + rr.Reason
			}
			breakTrade(r, code, reason, "dvp:"+rr.Code.String())
		}
	}
	p.recheckAfterFailures(batch)
	if resign {
		if h, ok := p.cfg.Chain.(headTimer); ok {
			if t, err := h.HeadTime(ctx); err == nil {
				p.headFloor = max(p.headFloor, t)
			}
		}
	}
	return false
}

// recheckAfterFailures sends back to the settlement check the attested
// trades that counted a trade of this batch the chain did not settle: they
// were approved as if it had settled. Trades in the same batch behind it
// were settled by then; that residue is in RATIONALE.md.
func (p *Pipeline) recheckAfterFailures(batch []*row) {
	failed := map[string]bool{}
	for _, r := range batch {
		if r.state == stFailed || r.state == stQueued {
			failed[r.t.Token] = true
		}
	}
	if len(failed) == 0 {
		return
	}
	for _, r := range p.rows {
		if r.state == stAttested && !r.uncertain && failed[r.t.Token] {
			r.state, r.dirty = stQueued, true
		}
	}
}

// finish cancels broken trades' ids on chain where an attestation was
// signed, then tells the venue about settled and broken trades.
func (p *Pipeline) finish(ctx context.Context) {
	batch := p.pick(time.Now(), needsFinish)
	if len(batch) == 0 {
		return
	}
	for _, r := range batch {
		if r.state == stFailed && r.signed && !r.cancelled {
			// Write the decision before closing the id on chain, so that a
			// crash in between still knows why the trade broke.
			if r.dirty && !p.flush(ctx) {
				continue
			}
			if !p.cancelOnChain(ctx, r) {
				continue
			}
			r.dirty = true
		}
		var err error
		if r.state == stSettled {
			err = p.cfg.Outcomes.Settled(ctx, r.t.ID, r.tx)
		} else {
			err = p.cfg.Outcomes.Broken(ctx, r.t.ID, r.code, r.reason, r.rule)
		}
		if err != nil {
			p.retry(r, "reporting the outcome", err)
			continue
		}
		p.progressed(r)
		r.reported, r.dirty = true, true
	}
}

// cancelOnChain closes a broken trade's id on chain so that no attestation
// signed for it can settle it later; false means not yet (retry, or the chain
// says it settled after all, which finish then reports).
func (p *Pipeline) cancelOnChain(ctx context.Context, r *row) bool {
	err := p.cfg.Chain.CancelTrade(ctx, p.cfg.DvP, r.chainID)
	if err == nil {
		r.cancelled = true
		return true
	}
	st, serr := p.cfg.Chain.TradeStatus(ctx, p.cfg.DvP, r.chainID)
	switch {
	case serr != nil:
		p.retry(r, "cancel", err)
	case st == contracts.StatusCancelled:
		r.cancelled = true
		return true
	case st == contracts.StatusSettled:
		// Settled after all (e.g. an earlier transaction mined late): the
		// chain is the truth, so the trade is settled, not broken.
		p.logf("trade %s: broken (%s) but settled on chain: reporting settled", r.t.ID, r.reason)
		r.state, r.code, r.reason, r.rule = stSettled, 0, "", ""
		p.findTx(ctx, []*row{r})
		r.dirty = true
	default:
		p.retry(r, "cancel", err)
	}
	return false
}
