package web

import (
	"context"
	"encoding/json"
	"log"
	"net/http"
	"slices"
	"strconv"
	"sync"
	"sync/atomic"
	"time"

	"github.com/gorilla/websocket"

	"github.com/regulavenue/regula/engine"
)

// HubOptions configures a Hub. The zero value of every field is a sensible
// default; see docs/WEBSOCKET.md for what each one means to a client.
type HubOptions struct {
	// BookLevels is how many price levels a side the book channel carries.
	// Default 50.
	BookLevels int
	// QueueSize bounds each connection's outgoing queue, in messages. A
	// connection whose queue is full is cut off as a slow consumer. Default
	// 1024.
	QueueSize int
	// HeartbeatInterval is how often the server pings and sends a heartbeat
	// message. Default 15 s.
	HeartbeatInterval time.Duration
	// IdleTimeout closes a connection that sent nothing (not even a pong) for
	// this long. Default 60 s.
	IdleTimeout time.Duration
	// WriteTimeout bounds one write to the socket. Default 10 s.
	WriteTimeout time.Duration
	// WriteBufferBytes, if set, is each connection's kernel send buffer
	// (SO_SNDBUF). Smaller buffers cap the memory a stalled client pins and
	// find slow consumers sooner; 0 keeps the OS default (autotuned, up to
	// megabytes a connection).
	WriteBufferBytes int
	// RatePerSecond and RateBurst set each API key's token bucket, shared by
	// the key's connections: every op but ping costs one token. Defaults 50
	// and 100.
	RatePerSecond, RateBurst int64
	// KeyCheckInterval is how often open connections' keys are checked
	// against the key store: a connection whose key was revoked (here or by
	// another process) is closed with code 1008, "API key revoked". Default
	// KeyCacheTTL (2 s).
	KeyCheckInterval time.Duration
	// MaxBadMessages is how many invalid messages in a row close the
	// connection as abusive. Default 10.
	MaxBadMessages int
	// MaxPendingEvents bounds the events the hub has been handed but not yet
	// fanned out. Beyond it the hub drops them and disconnects every
	// subscriber (they resubscribe and get a fresh snapshot) rather than
	// block the venue. Default 1,000,000.
	MaxPendingEvents int
	// NoQueryKey refuses the ?key= query parameter on upgrade, leaving only
	// the Authorization header (see docs/WEBSOCKET.md on the trade-off).
	NoQueryKey bool
	// CheckOrigin is gorilla's origin check; nil allows same-origin browsers
	// and every non-browser client.
	CheckOrigin func(r *http.Request) bool
	// Now is the clock of the rate limiter and of heartbeats. Default
	// time.Now.
	Now func() time.Time
	// Logf logs connection events (slow consumers, abusive clients).
	// Default log.Printf.
	Logf func(format string, args ...any)
}

func (o *HubOptions) defaults() {
	def := func(p *int, v int) {
		if *p <= 0 {
			*p = v
		}
	}
	def(&o.BookLevels, 50)
	def(&o.QueueSize, 1024)
	def(&o.MaxBadMessages, 10)
	def(&o.MaxPendingEvents, 1_000_000)
	defd := func(p *time.Duration, v time.Duration) {
		if *p <= 0 {
			*p = v
		}
	}
	defd(&o.HeartbeatInterval, 15*time.Second)
	defd(&o.IdleTimeout, 60*time.Second)
	defd(&o.WriteTimeout, 10*time.Second)
	defd(&o.KeyCheckInterval, KeyCacheTTL)
	if o.RatePerSecond <= 0 {
		o.RatePerSecond = 50
	}
	if o.RateBurst <= 0 {
		o.RateBurst = 100
	}
	if o.Now == nil {
		o.Now = time.Now
	}
	if o.Logf == nil {
		o.Logf = log.Printf
	}
}

// HubStats are the hub's counters.
type HubStats struct {
	Connections   int64 `json:"connections"`    // open now
	Accepted      int64 `json:"accepted"`       // upgrades since start
	SlowConsumers int64 `json:"slow_consumers"` // connections cut off for a full queue
	Abusive       int64 `json:"abusive"`        // connections closed for too many bad messages
	Overflows     int64 `json:"overflows"`      // times the hub's own intake overflowed
}

// Hub is the WebSocket endpoint (/v1/ws): it authenticates connections,
// runs their requests against the venue and fans the venue's events out to
// subscribers.
//
// # Notes
//
// OnEvents only appends to a queue and wakes the hub's loop goroutine, so the
// venue's publisher is never blocked by a client. The loop owns every
// subscription; it turns events into messages and hands them to each
// connection's bounded queue without waiting: a full queue cuts the
// connection off as a slow consumer. Each connection has one reader and one
// writer goroutine. The book channel is computed by diffing Depth snapshots
// after each batch (RATIONALE.md, "Why diff L2 snapshots for book deltas?").
//
// Lock order: Hub.connsMu, then nothing; Hub.inMu, then nothing; the
// limiter's locks are leaves. The loop takes no lock while it calls the venue.
type Hub struct {
	v    *engine.Venue
	keys *Keys
	opts HubOptions
	up   websocket.Upgrader
	lim  *limiter

	inMu     sync.Mutex
	inEvents [][]engine.Event
	inCount  int
	inDec    []any
	overflow bool
	wake     chan struct{}

	cmds     chan hubCmd
	done     chan struct{}
	closed   atomic.Bool
	loopDone chan struct{}
	keysDone chan struct{}  // closed when watchKeys returns
	wg       sync.WaitGroup // connection goroutines

	connsMu sync.Mutex
	conns   map[*wsConn]struct{}

	nConns, nAccepted, nSlow, nAbusive, nOverflow atomic.Int64
	nDecSubs                                      atomic.Int64 // decisions subscribers, kept by the loop

	// Owned by the loop goroutine.
	books     map[string]*bookState
	trades    map[string]map[*wsConn]*sub
	orders    map[string]map[*wsConn]*sub
	decisions map[*wsConn]*sub
}

// sub is one subscription of one connection; seq numbers its messages.
type sub struct{ seq uint64 }

// bookState is what the clients of one token's book channel last saw.
type bookState struct {
	last engine.Depth
	subs map[*wsConn]*sub
}

// NewHub returns a hub over the venue. Pass its OnEvents to the venue (see
// HubRef when the venue is created first) and mount it at /v1/ws; Close it
// before closing the venue.
func NewHub(v *engine.Venue, keys *Keys, opts HubOptions) *Hub {
	opts.defaults()
	h := &Hub{
		v: v, keys: keys, opts: opts,
		up: websocket.Upgrader{ReadBufferSize: 4096, WriteBufferSize: 4096,
			CheckOrigin: opts.CheckOrigin, EnableCompression: false},
		lim:       &limiter{rate: opts.RatePerSecond, burst: opts.RateBurst, now: opts.Now, buckets: map[string]*bucket{}},
		wake:      make(chan struct{}, 1),
		cmds:      make(chan hubCmd),
		done:      make(chan struct{}),
		loopDone:  make(chan struct{}),
		keysDone:  make(chan struct{}),
		conns:     map[*wsConn]struct{}{},
		books:     map[string]*bookState{},
		trades:    map[string]map[*wsConn]*sub{},
		orders:    map[string]map[*wsConn]*sub{},
		decisions: map[*wsConn]*sub{},
	}
	go h.loop()
	go h.watchKeys()
	return h
}

// watchKeys closes the connections of revoked keys, every KeyCheckInterval,
// until the hub closes. A key is checked once when it connects; without
// this a revoked key would keep its open connections, trading, for as long
// as they last.
func (h *Hub) watchKeys() {
	defer close(h.keysDone)
	if h.keys == nil {
		return
	}
	tick := time.NewTicker(h.opts.KeyCheckInterval)
	defer tick.Stop()
	for {
		select {
		case <-h.done:
			return
		case <-tick.C:
		}
		h.connsMu.Lock()
		open := make([]*wsConn, 0, len(h.conns))
		for c := range h.conns {
			open = append(open, c)
		}
		h.connsMu.Unlock()
		if len(open) == 0 {
			continue
		}
		ctx, cancel := context.WithTimeout(context.Background(), h.opts.KeyCheckInterval)
		revoked, err := h.keys.RevokedIDs(ctx)
		cancel()
		if err != nil {
			h.opts.Logf("web: ws: checking keys: %v", err)
			continue
		}
		for _, c := range open {
			if revoked[c.p.KeyID] {
				h.opts.Logf("web: ws: key %s (%s %s) revoked: connection closed", c.p.KeyID, c.p.Role, c.p.Account)
				c.kill(websocket.ClosePolicyViolation, "API key revoked")
			}
		}
	}
}

// HubRef lets the venue be created before the hub: pass ref.OnEvents as
// engine.Config.OnEvents, then ref.Set(hub) once the hub exists. Events
// published before Set are dropped (nobody can be subscribed yet).
type HubRef struct{ p atomic.Pointer[Hub] }

// Set points the reference at h.
func (r *HubRef) Set(h *Hub) { r.p.Store(h) }

// OnEvents forwards to the hub, if set.
func (r *HubRef) OnEvents(evs []engine.Event) {
	if h := r.p.Load(); h != nil {
		h.OnEvents(evs)
	}
}

// OnEvents takes a batch of venue events for fan-out. It never blocks for
// long: it is meant to be engine.Config.OnEvents. The batch must not be
// modified afterwards (the venue does not).
func (h *Hub) OnEvents(evs []engine.Event) {
	if len(evs) == 0 || h.closed.Load() {
		return
	}
	h.inMu.Lock()
	if h.inCount+len(evs) > h.opts.MaxPendingEvents {
		h.overflow = true
		h.inEvents, h.inCount = nil, 0
	} else {
		h.inEvents = append(h.inEvents, evs)
		h.inCount += len(evs)
	}
	h.inMu.Unlock()
	h.poke()
}

// OnDecision publishes one rule decision (for example a rules.Decision) to
// the decisions channel, which only compliance keys may read. It is the hook
// through which the rule host's decisions reach the WebSocket. It never blocks
// for long and costs next to nothing while nobody is subscribed; d is
// marshalled to JSON later, on the hub's goroutine, so it must not be
// modified afterwards.
func (h *Hub) OnDecision(d any) {
	if h.closed.Load() || h.nDecSubs.Load() == 0 {
		return
	}
	h.inMu.Lock()
	if len(h.inDec) < h.opts.MaxPendingEvents {
		h.inDec = append(h.inDec, d)
	}
	h.inMu.Unlock()
	h.poke()
}

func (h *Hub) poke() {
	select {
	case h.wake <- struct{}{}:
	default:
	}
}

// Stats returns the hub's counters.
func (h *Hub) Stats() HubStats {
	return HubStats{Connections: h.nConns.Load(), Accepted: h.nAccepted.Load(), SlowConsumers: h.nSlow.Load(),
		Abusive: h.nAbusive.Load(), Overflows: h.nOverflow.Load()}
}

// Close disconnects every client (close code 1001, going away), stops the
// hub and waits for its goroutines. Cancel-on-disconnect still runs for the
// connections that asked for it, so close the hub before the venue.
func (h *Hub) Close() error {
	if h.closed.Swap(true) {
		return nil
	}
	h.connsMu.Lock()
	conns := make([]*wsConn, 0, len(h.conns))
	for c := range h.conns {
		conns = append(conns, c)
	}
	h.connsMu.Unlock()
	for _, c := range conns {
		c.kill(websocket.CloseGoingAway, "server shutting down")
	}
	h.wg.Wait()
	close(h.done)
	<-h.loopDone
	<-h.keysDone
	return nil
}

// ---- the loop ----

type cmdKind uint8

const (
	cmdSubscribe cmdKind = iota
	cmdUnsubscribe
	cmdDrop    // the connection is gone: forget its subscriptions
	cmdPrivate // events for one account's orders channel (rejects at entry)
)

type hubCmd struct {
	kind    cmdKind
	c       *wsConn
	channel string
	token   string
	reply   wsReply // sent once the command is done (subscribe, unsubscribe)
	events  []engine.Event
	done    chan struct{} // closed when handled (cmdDrop)
}

// send hands cmd to the loop; false if the hub is closed.
func (h *Hub) send(cmd hubCmd) bool {
	select {
	case h.cmds <- cmd:
		return true
	case <-h.done:
		return false
	}
}

func (h *Hub) loop() {
	defer close(h.loopDone)
	for {
		select {
		case <-h.done:
			return
		case cmd := <-h.cmds:
			h.handle(cmd)
		case <-h.wake:
			h.drain()
		}
	}
}

func (h *Hub) handle(cmd hubCmd) {
	c := cmd.c
	switch cmd.kind {
	case cmdSubscribe:
		switch cmd.channel {
		case chanBook:
			if err := h.subscribeBook(c, cmd.token, cmd.reply); err != nil {
				c.sendError(cmd.reply.ID, cmd.reply.Op, err, cmd.reply.Remaining, cmd.reply.ResetMs)
			}
			return
		case chanTrades:
			addSub(h.trades, cmd.token, c)
		case chanOrders:
			addSub(h.orders, c.p.Account, c)
		case chanDecisions:
			if h.decisions[c] == nil {
				h.decisions[c] = &sub{}
			}
			h.nDecSubs.Store(int64(len(h.decisions)))
		}
		c.sendJSON(cmd.reply)
	case cmdUnsubscribe:
		switch cmd.channel {
		case chanBook:
			if bs := h.books[cmd.token]; bs != nil {
				delete(bs.subs, c)
				if len(bs.subs) == 0 {
					delete(h.books, cmd.token)
				}
			}
		case chanTrades:
			delSub(h.trades, cmd.token, c)
		case chanOrders:
			delSub(h.orders, c.p.Account, c)
		case chanDecisions:
			delete(h.decisions, c)
			h.nDecSubs.Store(int64(len(h.decisions)))
		}
		c.sendJSON(cmd.reply)
	case cmdDrop:
		for tok, bs := range h.books {
			delete(bs.subs, c)
			if len(bs.subs) == 0 {
				delete(h.books, tok)
			}
		}
		for tok := range h.trades {
			delSub(h.trades, tok, c)
		}
		delSub(h.orders, c.p.Account, c)
		delete(h.decisions, c)
		h.nDecSubs.Store(int64(len(h.decisions)))
		close(cmd.done)
	case cmdPrivate:
		h.fanOrders(cmd.c.p.Account, cmd.events)
	}
}

func addSub(m map[string]map[*wsConn]*sub, key string, c *wsConn) {
	s := m[key]
	if s == nil {
		s = map[*wsConn]*sub{}
		m[key] = s
	}
	if s[c] == nil {
		s[c] = &sub{}
	}
}

func delSub(m map[string]map[*wsConn]*sub, key string, c *wsConn) {
	if s := m[key]; s != nil {
		delete(s, c)
		if len(s) == 0 {
			delete(m, key)
		}
	}
}

// drain fans out everything queued since the last wake-up.
func (h *Hub) drain() {
	h.inMu.Lock()
	batches, decs, overflow := h.inEvents, h.inDec, h.overflow
	h.inEvents, h.inDec, h.inCount, h.overflow = nil, nil, 0, false
	h.inMu.Unlock()
	if overflow {
		h.overflowed()
		return
	}
	dirty := map[string]int64{} // book token -> latest event time
	for _, evs := range batches {
		h.dispatch(evs, dirty)
	}
	for _, d := range decs {
		if len(h.decisions) == 0 {
			break
		}
		b, err := json.Marshal(d)
		if err != nil {
			h.opts.Logf("web: ws: decision not published: %v", err)
			continue
		}
		body := append([]byte(`"decision":`), b...)
		body = append(body, '}')
		for c, s := range h.decisions {
			s.seq++
			c.enqueue(frame(chanDecisions, s.seq, body))
		}
	}
	for tok, at := range dirty {
		h.refreshBook(tok, at)
	}
}

// overflowed disconnects every subscriber after the intake overflowed: they
// missed events, and a fresh subscription is the only way back to a correct
// view.
func (h *Hub) overflowed() {
	h.nOverflow.Add(1)
	h.opts.Logf("web: ws: over %d events pending, disconnecting every subscriber", h.opts.MaxPendingEvents)
	victims := map[*wsConn]bool{}
	for _, bs := range h.books {
		for c := range bs.subs {
			victims[c] = true
		}
	}
	for _, m := range []map[string]map[*wsConn]*sub{h.trades, h.orders} {
		for _, s := range m {
			for c := range s {
				victims[c] = true
			}
		}
	}
	for c := range h.decisions {
		victims[c] = true
	}
	for c := range victims {
		c.kill(websocket.CloseTryAgainLater, "server overloaded, resubscribe")
	}
}

// publicTrade is a trade as the public trades channel shows it: no parties.
type publicTrade struct {
	ID    string `json:"id"`
	Price int64  `json:"price"`
	Qty   int64  `json:"qty"`
	Side  string `json:"side"` // the taker's side
	Time  int64  `json:"time"` // unix ns
}

// bookKinds change a book's L2 view.
var bookKinds = map[engine.EventKind]bool{
	engine.EvAccepted: true, engine.EvPartiallyFilled: true, engine.EvFilled: true, engine.EvCancelled: true,
	engine.EvExpired: true, engine.EvAmended: true, engine.EvTrade: true, engine.EvModeChanged: true,
}

// privateKinds go to the orders channel of the event's account.
var privateKinds = map[engine.EventKind]bool{
	engine.EvAccepted: true, engine.EvRejected: true, engine.EvPartiallyFilled: true, engine.EvFilled: true,
	engine.EvCancelled: true, engine.EvExpired: true, engine.EvAmended: true,
}

// dispatch fans one batch out to the trades and orders channels and marks
// the books it touched.
func (h *Hub) dispatch(evs []engine.Event, dirty map[string]int64) {
	var trades map[string][]publicTrade
	var private map[string][]engine.Event
	addPrivate := func(acct string, e engine.Event) {
		if acct == "" || h.orders[acct] == nil {
			return
		}
		if private == nil {
			private = map[string][]engine.Event{}
		}
		private[acct] = append(private[acct], e)
	}
	for _, e := range evs {
		if bookKinds[e.Kind] && h.books[e.Token] != nil {
			dirty[e.Token] = max(dirty[e.Token], e.Time)
		}
		switch {
		case e.Kind == engine.EvTrade:
			if h.trades[e.Token] != nil {
				if trades == nil {
					trades = map[string][]publicTrade{}
				}
				trades[e.Token] = append(trades[e.Token], publicTrade{ID: e.TradeID, Price: e.Price, Qty: e.Qty, Side: e.Side, Time: e.Time})
			}
		case privateKinds[e.Kind]:
			addPrivate(e.Account, e)
		case e.Kind == engine.EvSettled || e.Kind == engine.EvBroken:
			addPrivate(e.Buyer, e)
			if e.Seller != e.Buyer {
				addPrivate(e.Seller, e)
			}
		case e.Kind == engine.EvSkipped:
			// The event names the taker's order only: find whose it is
			// among the accounts listening.
			for acct := range h.orders {
				if _, err := h.v.Order(acct, e.OrderID); err == nil {
					addPrivate(acct, e)
					break
				}
			}
		}
	}
	for tok, ts := range trades {
		body, _ := json.Marshal(struct {
			Token  string        `json:"token"`
			Trades []publicTrade `json:"trades"`
		}{tok, ts})
		for c, s := range h.trades[tok] {
			s.seq++
			c.enqueue(frame(chanTrades, s.seq, body[1:]))
		}
	}
	for acct, es := range private {
		h.fanOrders(acct, es)
	}
}

func (h *Hub) fanOrders(acct string, es []engine.Event) {
	subs := h.orders[acct]
	if len(subs) == 0 {
		return
	}
	body, _ := json.Marshal(struct {
		Events []engine.Event `json:"events"`
	}{es})
	for c, s := range subs {
		s.seq++
		c.enqueue(frame(chanOrders, s.seq, body[1:]))
	}
}

// frame builds {"type":typ,"seq":seq,<rest> where rest is the tail of a
// marshalled object without its opening brace.
func frame(typ string, seq uint64, rest []byte) []byte {
	b := make([]byte, 0, len(rest)+40)
	b = append(b, `{"type":"`...)
	b = append(b, typ...)
	b = append(b, `","seq":`...)
	b = strconv.AppendUint(b, seq, 10)
	b = append(b, ',')
	return append(b, rest...)
}

// bookMsg is a book snapshot (every level) or delta (changed levels; a
// quantity of 0 removes the level).
type bookMsg struct {
	Token    string         `json:"token"`
	Snapshot bool           `json:"snapshot,omitempty"`
	Mode     string         `json:"mode,omitempty"` // in snapshots, and deltas when it changed
	Bids     []engine.Level `json:"bids"`
	Asks     []engine.Level `json:"asks"`
	Time     int64          `json:"time,omitempty"` // unix ns of the latest event reflected
}

func (h *Hub) depth(tok string) (engine.Depth, error) {
	ctx, cancel := context.WithTimeout(context.Background(), 5*time.Second)
	defer cancel()
	return h.v.Depth(ctx, tok, h.opts.BookLevels)
}

// subscribeBook sends the reply, then a snapshot, to c; the other
// subscribers get whatever changed since their last message first, so every
// subscriber's view stays the venue's view.
func (h *Hub) subscribeBook(c *wsConn, tok string, reply wsReply) error {
	d, err := h.depth(tok)
	if err != nil {
		return err
	}
	bs := h.books[tok]
	if bs == nil {
		bs = &bookState{last: d, subs: map[*wsConn]*sub{}}
		h.books[tok] = bs
	} else {
		h.applyBook(bs, d, 0)
	}
	s := bs.subs[c]
	if s == nil {
		s = &sub{}
		bs.subs[c] = s
	}
	c.sendJSON(reply)
	s.seq++
	body, _ := json.Marshal(bookMsg{Token: tok, Snapshot: true, Mode: d.Mode, Bids: nonNil(d.Bids), Asks: nonNil(d.Asks)})
	c.enqueue(frame(chanBook, s.seq, body[1:]))
	return nil
}

func nonNil(l []engine.Level) []engine.Level {
	if l == nil {
		return []engine.Level{}
	}
	return l
}

func (h *Hub) refreshBook(tok string, at int64) {
	bs := h.books[tok]
	if bs == nil {
		return
	}
	d, err := h.depth(tok)
	if err != nil {
		h.opts.Logf("web: ws: book %s: %v", tok, err)
		return
	}
	h.applyBook(bs, d, at)
}

// applyBook sends the difference between what bs's subscribers saw and d.
func (h *Hub) applyBook(bs *bookState, d engine.Depth, at int64) {
	m := bookMsg{Token: d.Token, Bids: diffLevels(bs.last.Bids, d.Bids, true), Asks: diffLevels(bs.last.Asks, d.Asks, false), Time: at}
	if d.Mode != bs.last.Mode {
		m.Mode = d.Mode
	}
	bs.last = d
	if len(m.Bids) == 0 && len(m.Asks) == 0 && m.Mode == "" {
		return
	}
	m.Bids, m.Asks = nonNil(m.Bids), nonNil(m.Asks)
	body, _ := json.Marshal(m)
	for c, s := range bs.subs {
		s.seq++
		c.enqueue(frame(chanBook, s.seq, body[1:]))
	}
}

// diffLevels returns the levels of next that differ from prev, and a zero
// level for each price of prev gone from next, best price first.
func diffLevels(prev, next []engine.Level, bids bool) []engine.Level {
	old := make(map[int64]engine.Level, len(prev))
	for _, l := range prev {
		old[l.Price] = l
	}
	var out []engine.Level
	for _, l := range next {
		if o, ok := old[l.Price]; !ok || o != l {
			out = append(out, l)
		}
		delete(old, l.Price)
	}
	for p := range old {
		out = append(out, engine.Level{Price: p})
	}
	slices.SortFunc(out, func(a, b engine.Level) int {
		if bids {
			return compare(b.Price, a.Price)
		}
		return compare(a.Price, b.Price)
	})
	return out
}

func compare(a, b int64) int {
	switch {
	case a < b:
		return -1
	case a > b:
		return 1
	}
	return 0
}
