// Package bot is a small market maker over Regula's public WebSocket API
// (docs/WEBSOCKET.md). It is the reference client for traders: it connects
// with a trader API key, keeps a few two-sided quotes around a mid price,
// moves them (cancel, then place) when the mid moves, and now and then
// crosses the spread with an immediate-or-cancel order so that the book
// trades.
//
// Everything goes through the public protocol: one JSON object per text
// frame, requests answered by a reply carrying the request's id, channel
// messages (trades, orders) in between. The bot sends one request at a time
// and handles channel messages while it waits for the reply, so its state has
// one owner (the Run goroutine) and needs no lock.
package bot

import (
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"math/rand/v2"
	"net/http"
	"net/url"
	"strconv"
	"sync/atomic"
	"time"

	"github.com/gorilla/websocket"
)

// Config is what one bot quotes, and where. Zero fields take the defaults
// noted.
type Config struct {
	// URL is the venue's WebSocket endpoint, e.g. ws://127.0.0.1:8080/v1/ws.
	URL string
	// Key is a trader API key; the account it is bound to is the one that
	// trades.
	Key string
	// Token is the symbol to quote.
	Token string
	// Mid is the fair price to start from, in minor currency units per whole
	// token. The bot then follows the last trade, pulled back towards Mid
	// when it wanders more than 5% away.
	Mid int64
	// Tick is the price step (the token's tick size). Default 1.
	Tick int64
	// HalfSpread is the distance in ticks from the mid to the best quote on
	// each side. Default 2.
	HalfSpread int64
	// Levels is how many quotes a side, one tick apart. Default 2.
	Levels int
	// Size is the quantity of each quote (a multiple of the token's lot
	// size). Default 10.
	Size int64
	// Interval is how often the bot revisits its quotes. Default 1 s.
	Interval time.Duration
	// TakeEvery makes every TakeEvery-th round cross the spread with an IOC
	// order of Size, buying when the bot is short and selling when it is
	// long (so its inventory stays near where it started). 0 never takes.
	TakeEvery int
	// Seed seeds the bot's random walk; 0 picks one.
	Seed uint64
	// Logf logs connections, rejections and errors. Default: discard.
	Logf func(format string, args ...any)
}

func (c *Config) defaults() {
	if c.Tick <= 0 {
		c.Tick = 1
	}
	if c.HalfSpread <= 0 {
		c.HalfSpread = 2
	}
	if c.Levels <= 0 {
		c.Levels = 2
	}
	if c.Size <= 0 {
		c.Size = 10
	}
	if c.Interval <= 0 {
		c.Interval = time.Second
	}
	if c.Seed == 0 {
		c.Seed = rand.Uint64()
	}
	if c.Logf == nil {
		c.Logf = func(string, ...any) {}
	}
}

// Stats counts what a bot has done since it started.
type Stats struct {
	// Placed and Cancelled count quotes and IOC orders placed and cancelled.
	Placed, Cancelled int64
	// Fills counts fills of the bot's orders; Position is the net quantity
	// bought minus sold through them.
	Fills, Position int64
	// Rejected counts orders the venue refused (rule denials included).
	Rejected int64
	// Connects counts WebSocket connections made (reconnections included).
	Connects int64
}

// Bot is one market maker: one key, one token. Make it with New and start it
// with Run.
type Bot struct {
	cfg Config
	rng *rand.Rand

	// Owned by the Run goroutine.
	conn    *websocket.Conn
	msgs    chan message // from the reader: replies and channel messages
	readErr chan error
	done    chan struct{} // closed when the session ends: the reader stops
	nextReq int
	nextCID int
	session string
	quotes  map[string]*quote // by slot: "buy0", "sell1", ...
	mid     int64
	last    int64 // last trade price seen on the trades channel, 0 if none
	round   int

	placed, cancelled, fills, position, rejected, connects atomic.Int64
}

// quote is one of the bot's resting orders.
type quote struct {
	clientID string
	side     string
	price    int64
	open     bool
}

// New returns a bot for cfg.
func New(cfg Config) *Bot {
	cfg.defaults()
	return &Bot{cfg: cfg, rng: rand.New(rand.NewPCG(cfg.Seed, 0x5eed)), mid: cfg.Mid}
}

// Stats returns the bot's counters; safe to call from any goroutine.
func (b *Bot) Stats() Stats {
	return Stats{Placed: b.placed.Load(), Cancelled: b.cancelled.Load(), Fills: b.fills.Load(),
		Position: b.position.Load(), Rejected: b.rejected.Load(), Connects: b.connects.Load()}
}

// ErrUnauthorized is returned by Run when the venue refuses the key.
var ErrUnauthorized = errors.New("bot: the venue refused the API key")

// Run quotes until ctx is done, reconnecting (with a growing pause, up to
// 5 s) when the connection drops. It returns ctx's error, or ErrUnauthorized
// when the key is refused (retrying would not help).
func (b *Bot) Run(ctx context.Context) error {
	pause := 100 * time.Millisecond
	for {
		err := b.session1(ctx)
		if ctx.Err() != nil {
			return ctx.Err()
		}
		if errors.Is(err, ErrUnauthorized) {
			return err
		}
		b.cfg.Logf("%s: %v; reconnecting in %v", b.cfg.Token, err, pause)
		select {
		case <-ctx.Done():
			return ctx.Err()
		case <-time.After(pause):
		}
		pause = min(2*pause, 5*time.Second)
	}
}

// session1 is one connection: connect, subscribe, quote until an error.
func (b *Bot) session1(ctx context.Context) error {
	if err := b.connect(ctx); err != nil {
		return err
	}
	defer b.conn.Close()
	defer close(b.done)
	// Closing the socket when ctx ends unblocks the reader; with
	// cancel_on_disconnect the venue then cancels our quotes.
	stop := context.AfterFunc(ctx, func() {
		b.conn.WriteControl(websocket.CloseMessage, websocket.FormatCloseMessage(websocket.CloseNormalClosure, "bye"), time.Now().Add(time.Second))
		b.conn.Close()
	})
	defer stop()

	for _, ch := range []map[string]any{
		{"op": "subscribe", "channel": "orders"},                       // our own orders and fills
		{"op": "subscribe", "channel": "trades", "token": b.cfg.Token}, // everyone's trades: the last price
	} {
		if _, err := b.call(ctx, ch); err != nil {
			return err
		}
	}
	if err := b.requote(ctx); err != nil {
		return err
	}
	tick := time.NewTicker(b.cfg.Interval)
	defer tick.Stop()
	for {
		select {
		case <-ctx.Done():
			return ctx.Err()
		case err := <-b.readErr:
			return err
		case m := <-b.msgs:
			b.handle(m)
		case <-tick.C:
			if err := b.requote(ctx); err != nil {
				return err
			}
		}
	}
}

// connect dials the venue with the key in the Authorization header and
// cancel-on-disconnect on, so that quotes never outlive the bot.
func (b *Bot) connect(ctx context.Context) error {
	u, err := url.Parse(b.cfg.URL)
	if err != nil {
		return fmt.Errorf("bot: url: %w", err)
	}
	q := u.Query()
	q.Set("cancel_on_disconnect", "true")
	u.RawQuery = q.Encode()
	hdr := http.Header{"Authorization": {"Bearer " + b.cfg.Key}}
	conn, resp, err := websocket.DefaultDialer.DialContext(ctx, u.String(), hdr)
	if err != nil {
		if resp != nil && resp.StatusCode == http.StatusUnauthorized {
			return ErrUnauthorized
		}
		return fmt.Errorf("bot: dial %s: %w", b.cfg.URL, err)
	}
	b.connects.Add(1)
	b.conn = conn
	b.msgs = make(chan message, 256)
	b.readErr = make(chan error, 1)
	b.done = make(chan struct{})
	b.quotes = map[string]*quote{} // the old session's quotes were cancelled with it
	b.session = strconv.FormatUint(b.rng.Uint64()%0xffff, 16)
	go b.read(conn, b.msgs, b.readErr, b.done)
	b.cfg.Logf("%s: connected to %s", b.cfg.Token, b.cfg.URL)
	return nil
}

// message is every field of the server's messages the bot reads.
type message struct {
	Type    string `json:"type"` // reply, error, trades, orders, heartbeat
	ID      string `json:"id"`
	Code    string `json:"code"`
	Message string `json:"message"`
	ResetMs *int64 `json:"reset_ms"`
	Rule    *struct {
		Code   uint8  `json:"code"`
		Reason string `json:"reason"`
		Rule   string `json:"rule"`
	} `json:"rule"`
	Trades []struct {
		Price int64 `json:"price"`
	} `json:"trades"`
	Events []struct {
		Kind     string `json:"kind"`
		ClientID string `json:"client_id"`
		Side     string `json:"side"`
		Price    int64  `json:"price"`
		Qty      int64  `json:"qty"`
		TradeID  string `json:"trade_id"`
		Code     string `json:"code"`
		Reason   string `json:"reason"`
		Rule     string `json:"rule"`
	} `json:"events"`
}

// read is the connection's only reader: it hands every message to Run
// until the connection fails or the session ends.
func (b *Bot) read(conn *websocket.Conn, out chan<- message, errc chan<- error, done <-chan struct{}) {
	for {
		_, data, err := conn.ReadMessage()
		if err != nil {
			errc <- err
			return
		}
		var m message
		if err := json.Unmarshal(data, &m); err != nil {
			errc <- fmt.Errorf("bot: undecodable message: %w", err)
			return
		}
		select {
		case out <- m:
		case <-done:
			return
		}
	}
}

// replyError is the venue's answer to a refused request.
type replyError struct{ m message }

func (e *replyError) Error() string {
	if e.m.Rule != nil {
		return fmt.Sprintf("%s: %s (rule %s, code %d)", e.m.Code, e.m.Rule.Reason, e.m.Rule.Rule, e.m.Rule.Code)
	}
	return e.m.Code + ": " + e.m.Message
}

// call sends one request and waits for its reply, handling channel messages
// meanwhile. A rate-limited request is retried after the pause the venue
// names. A refusal is a *replyError; a connection failure any other error.
func (b *Bot) call(ctx context.Context, req map[string]any) (message, error) {
	for {
		b.nextReq++
		id := strconv.Itoa(b.nextReq)
		req["id"] = id
		b.conn.SetWriteDeadline(time.Now().Add(5 * time.Second))
		if err := b.conn.WriteJSON(req); err != nil {
			return message{}, err
		}
		m, err := b.await(ctx, id)
		if err != nil {
			return m, err
		}
		if m.Type == "error" && m.Code == "rate_limited" && m.ResetMs != nil {
			time.Sleep(time.Duration(*m.ResetMs+1) * time.Millisecond)
			continue
		}
		if m.Type == "error" {
			return m, &replyError{m}
		}
		return m, nil
	}
}

func (b *Bot) await(ctx context.Context, id string) (message, error) {
	timeout := time.NewTimer(10 * time.Second)
	defer timeout.Stop()
	for {
		select {
		case <-ctx.Done():
			return message{}, ctx.Err()
		case err := <-b.readErr:
			return message{}, err
		case <-timeout.C:
			return message{}, errors.New("bot: no reply within 10s")
		case m := <-b.msgs:
			if (m.Type == "reply" || m.Type == "error") && m.ID == id {
				return m, nil
			}
			b.handle(m)
		}
	}
}

// handle applies a channel message: the last trade price, and our fills and
// closed orders.
func (b *Bot) handle(m message) {
	switch m.Type {
	case "trades":
		if n := len(m.Trades); n > 0 {
			b.last = m.Trades[n-1].Price
		}
	case "orders":
		for _, e := range m.Events {
			switch e.Kind {
			case "partially_filled", "filled":
				if e.TradeID != "" {
					b.fills.Add(1)
					if e.Side == "buy" {
						b.position.Add(e.Qty)
					} else {
						b.position.Add(-e.Qty)
					}
				}
			case "broken":
				b.cfg.Logf("%s: trade %s broken at settlement: %s (rule %s, code %s)", b.cfg.Token, e.TradeID, e.Reason, e.Rule, e.Code)
			}
			switch e.Kind {
			case "filled", "cancelled", "expired", "rejected":
				for _, q := range b.quotes {
					if q.clientID == e.ClientID {
						q.open = false
					}
				}
			}
		}
	}
}

// requote is one round: move the mid, maybe cross the spread, then make the
// resting quotes match the new mid.
func (b *Bot) requote(ctx context.Context) error {
	b.round++
	b.moveMid()
	if b.cfg.TakeEvery > 0 && b.round%b.cfg.TakeEvery == 0 {
		if err := b.take(ctx); err != nil {
			return err
		}
	}
	for lvl := 0; lvl < b.cfg.Levels; lvl++ {
		off := (b.cfg.HalfSpread + int64(lvl)) * b.cfg.Tick
		if err := b.quote(ctx, "buy", lvl, b.mid-off); err != nil {
			return err
		}
		if err := b.quote(ctx, "sell", lvl, b.mid+off); err != nil {
			return err
		}
	}
	return nil
}

// moveMid follows the last trade, takes a random step of a tick, and leans
// back towards the configured Mid when it has wandered more than 5% away.
func (b *Bot) moveMid() {
	if b.last > 0 {
		b.mid = b.last
	}
	step := int64(b.rng.IntN(3)-1) * b.cfg.Tick
	switch {
	case b.mid > b.cfg.Mid+b.cfg.Mid/20:
		step = -b.cfg.Tick
	case b.mid < b.cfg.Mid-b.cfg.Mid/20:
		step = b.cfg.Tick
	}
	b.mid = max(b.mid+step, (b.cfg.HalfSpread+int64(b.cfg.Levels))*b.cfg.Tick+b.cfg.Tick)
	b.mid -= b.mid % b.cfg.Tick
}

// quote makes the slot (side, level) rest at price: nothing to do if it
// already does; otherwise cancel the old order and place a new one.
func (b *Bot) quote(ctx context.Context, side string, lvl int, price int64) error {
	slot := side + strconv.Itoa(lvl)
	q := b.quotes[slot]
	if q != nil && q.open && q.price == price {
		return nil
	}
	if q != nil && q.open {
		if err := b.cancel(ctx, q); err != nil {
			return err
		}
	}
	q, err := b.place(ctx, side, price, b.cfg.Size, "gtc")
	if err != nil || q == nil {
		return err
	}
	b.quotes[slot] = q
	return nil
}

// take sends an IOC order across the spread, on the side that brings the
// inventory back towards where it started. Our own quotes on the far side
// are cancelled first so the order meets other traders' quotes only.
func (b *Bot) take(ctx context.Context) error {
	side := "buy"
	if p := b.position.Load(); p > 0 || (p == 0 && b.rng.IntN(2) == 0) {
		side = "sell"
	}
	far := "sell"
	reach := (b.cfg.HalfSpread + int64(b.cfg.Levels)) * b.cfg.Tick
	price := b.mid + reach
	if side == "sell" {
		far, price = "buy", b.mid-reach
	}
	for _, q := range b.quotes {
		if q.side == far && q.open {
			if err := b.cancel(ctx, q); err != nil {
				return err
			}
		}
	}
	_, err := b.place(ctx, side, price, b.cfg.Size, "ioc")
	return err
}

// place enters a limit order. A refusal by the venue (a rule, a lack of
// funds) is counted and logged and returns a nil quote and no error: the
// bot carries on. Self-trade prevention expires the incoming order rather
// than trade with ourselves.
func (b *Bot) place(ctx context.Context, side string, price, qty int64, tif string) (*quote, error) {
	b.nextCID++
	q := &quote{clientID: fmt.Sprintf("mm-%s-%d", b.session, b.nextCID), side: side, price: price, open: tif == "gtc"}
	_, err := b.call(ctx, map[string]any{"op": "place", "token": b.cfg.Token, "client_id": q.clientID,
		"side": side, "type": "limit", "tif": tif, "price": price, "qty": qty, "stp": "expire_taker"})
	var re *replyError
	if errors.As(err, &re) {
		b.rejected.Add(1)
		b.cfg.Logf("%s: %s %d @ %d refused: %v", b.cfg.Token, side, qty, price, err)
		return nil, nil
	}
	if err != nil {
		return nil, err
	}
	b.placed.Add(1)
	return q, nil
}

// cancel cancels a quote by its client id. An order already gone (filled in
// the meantime) is not an error.
func (b *Bot) cancel(ctx context.Context, q *quote) error {
	q.open = false
	_, err := b.call(ctx, map[string]any{"op": "cancel", "client_id": q.clientID, "token": b.cfg.Token})
	var re *replyError
	if errors.As(err, &re) {
		if re.m.Code != "unknown_order" {
			b.cfg.Logf("%s: cancel %s: %v", b.cfg.Token, q.clientID, err)
		}
		return nil
	}
	if err == nil {
		b.cancelled.Add(1)
	}
	return err
}
