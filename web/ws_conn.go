package web

import (
	"context"
	"encoding/json"
	"errors"
	"net/http"
	"slices"
	"strconv"
	"sync"
	"sync/atomic"
	"time"

	"github.com/gorilla/websocket"

	"github.com/regulavenue/regula/engine"
)

// wsConn is one WebSocket client. The reader goroutine runs its requests one
// at a time; the writer goroutine is the only one that writes data frames.
type wsConn struct {
	h   *Hub
	ws  *websocket.Conn
	p   Principal
	out chan []byte

	done     chan struct{} // closed by kill
	killOnce sync.Once
	cod      atomic.Bool // cancel on disconnect
	bad      int         // invalid messages in a row (reader only)
}

// ServeHTTP upgrades an authenticated request to a WebSocket (mount it at
// /v1/ws). The key comes from `Authorization: Bearer` or, unless NoQueryKey
// is set, from the key query parameter; `cancel_on_disconnect=true` in the
// query turns cancel-on-disconnect on from the start.
func (h *Hub) ServeHTTP(w http.ResponseWriter, r *http.Request) {
	if h.closed.Load() {
		writeError(w, engine.Errorf(engine.EUnavailable, "the server is shutting down"))
		return
	}
	p, ok := h.keys.authenticate(w, r, !h.opts.NoQueryKey)
	if !ok {
		return
	}
	cod := false
	if q := r.URL.Query().Get("cancel_on_disconnect"); q != "" {
		b, err := strconv.ParseBool(q)
		if err != nil {
			writeError(w, engine.Errorf(engine.EInvalid, "cancel_on_disconnect must be true or false"))
			return
		}
		if b && p.Role != RoleTrader {
			writeJSON(w, http.StatusForbidden, apiError{Code: EForbidden, Message: "cancel_on_disconnect needs a trader key"})
			return
		}
		cod = b
	}
	ws, err := h.up.Upgrade(w, r, nil)
	if err != nil {
		return // the upgrader has answered
	}
	if n := h.opts.WriteBufferBytes; n > 0 {
		if tc, ok := ws.NetConn().(interface{ SetWriteBuffer(int) error }); ok {
			tc.SetWriteBuffer(n)
		}
	}
	c := &wsConn{h: h, ws: ws, p: p, out: make(chan []byte, h.opts.QueueSize), done: make(chan struct{})}
	c.cod.Store(cod)
	h.connsMu.Lock()
	if h.closed.Load() {
		h.connsMu.Unlock()
		ws.WriteControl(websocket.CloseMessage, websocket.FormatCloseMessage(websocket.CloseGoingAway, "server shutting down"), time.Now().Add(time.Second))
		ws.Close()
		return
	}
	h.conns[c] = struct{}{}
	h.wg.Add(2)
	h.connsMu.Unlock()
	h.nConns.Add(1)
	h.nAccepted.Add(1)
	go c.writer()
	go c.reader()
}

// kill closes the connection once, with a close frame carrying code and
// reason. It never blocks: the frame is written by a goroutine of its own
// (the socket may be the very thing that is stuck).
func (c *wsConn) kill(code int, reason string) {
	c.killOnce.Do(func() {
		close(c.done)
		go func() {
			c.ws.WriteControl(websocket.CloseMessage, websocket.FormatCloseMessage(code, reason), time.Now().Add(time.Second))
			c.ws.Close()
		}()
	})
}

// enqueue queues msg for the writer without waiting. A full queue cuts the
// connection off as a slow consumer.
func (c *wsConn) enqueue(msg []byte) {
	select {
	case <-c.done:
		return
	default:
	}
	select {
	case c.out <- msg:
	default:
		c.h.nSlow.Add(1)
		c.h.opts.Logf("web: ws: key %s (%s %s): slow consumer cut off, %d messages queued", c.p.KeyID, c.p.Role, c.p.Account, len(c.out))
		c.kill(websocket.ClosePolicyViolation, "slow consumer")
	}
}

func (c *wsConn) sendJSON(v any) {
	b, err := json.Marshal(v)
	if err != nil {
		c.h.opts.Logf("web: ws: marshal: %v", err)
		return
	}
	c.enqueue(b)
}

// sendError answers a request with a stable code and a client-safe message.
func (c *wsConn) sendError(id, op string, err error, remaining, resetMs *int64) {
	code := engine.ErrorCode(err)
	if code == engine.EInternal {
		c.h.opts.Logf("web: ws: internal error: %v", err)
	}
	c.sendJSON(wsReply{Type: "error", ID: id, Op: op, Code: code, Message: engine.ErrorMessage(err), Rule: ruleOf(err),
		Remaining: remaining, ResetMs: resetMs})
}

func (c *wsConn) writer() {
	defer c.h.wg.Done()
	o := &c.h.opts
	tick := time.NewTicker(o.HeartbeatInterval)
	defer tick.Stop()
	for {
		select {
		case <-c.done:
			return
		case m := <-c.out:
			c.ws.SetWriteDeadline(time.Now().Add(o.WriteTimeout))
			if err := c.ws.WriteMessage(websocket.TextMessage, m); err != nil {
				c.kill(websocket.CloseAbnormalClosure, "write failed")
				return
			}
		case <-tick.C:
			if err := c.ws.WriteControl(websocket.PingMessage, nil, time.Now().Add(o.WriteTimeout)); err != nil {
				c.kill(websocket.CloseAbnormalClosure, "ping failed")
				return
			}
			c.ws.SetWriteDeadline(time.Now().Add(o.WriteTimeout))
			hb := strconv.AppendInt([]byte(`{"type":"heartbeat","time":`), o.Now().UnixNano(), 10)
			if err := c.ws.WriteMessage(websocket.TextMessage, append(hb, '}')); err != nil {
				c.kill(websocket.CloseAbnormalClosure, "write failed")
				return
			}
		}
	}
}

func (c *wsConn) reader() {
	h := c.h
	defer h.wg.Done()
	defer c.closed()
	idle := h.opts.IdleTimeout
	c.ws.SetReadLimit(MaxWSMessageBytes)
	c.ws.SetReadDeadline(time.Now().Add(idle))
	c.ws.SetPongHandler(func(string) error { return c.ws.SetReadDeadline(time.Now().Add(idle)) })
	for {
		mt, data, err := c.ws.ReadMessage()
		if err != nil {
			switch {
			case errors.Is(err, websocket.ErrReadLimit):
				c.kill(websocket.CloseMessageTooBig, "message over "+strconv.Itoa(MaxWSMessageBytes)+" bytes")
			case isTimeout(err):
				c.kill(websocket.CloseGoingAway, "idle timeout")
			default:
				c.kill(websocket.CloseNormalClosure, "")
			}
			return
		}
		c.ws.SetReadDeadline(time.Now().Add(idle))
		if mt != websocket.TextMessage {
			c.invalid("", engine.Errorf(engine.EInvalid, "only text messages carry requests"))
			continue
		}
		req, err := decodeRequest(data)
		if err != nil {
			c.invalid(req.ID, err)
			continue
		}
		c.bad = 0
		c.serve(&req)
		select {
		case <-c.done:
			return
		default:
		}
	}
}

func isTimeout(err error) bool {
	var ne interface{ Timeout() bool }
	return errors.As(err, &ne) && ne.Timeout()
}

// invalid answers a message that could not be decoded; too many in a row
// close the connection.
func (c *wsConn) invalid(id string, err error) {
	c.sendError(id, "", err, nil, nil)
	c.bad++
	if c.bad >= c.h.opts.MaxBadMessages {
		c.h.nAbusive.Add(1)
		c.h.opts.Logf("web: ws: key %s: %d invalid messages in a row, closing", c.p.KeyID, c.bad)
		c.kill(websocket.ClosePolicyViolation, "too many invalid messages")
	}
}

// closed runs once the reader has stopped: the hub forgets the connection
// and, if asked, the account's open orders are cancelled.
func (c *wsConn) closed() {
	h := c.h
	c.kill(websocket.CloseNormalClosure, "")
	h.connsMu.Lock()
	delete(h.conns, c)
	h.connsMu.Unlock()
	h.nConns.Add(-1)
	done := make(chan struct{})
	if h.send(hubCmd{kind: cmdDrop, c: c, done: done}) {
		<-done
	}
	if c.cod.Load() && c.p.Role == RoleTrader {
		ctx, cancel := context.WithTimeout(context.Background(), 10*time.Second)
		defer cancel()
		n := 0
		for _, o := range h.v.Orders(c.p.Account, true) {
			if _, err := h.v.Cancel(ctx, engine.CancelOrder{Account: c.p.Account, OrderID: o.ID}); err == nil {
				n++
			} else if code := engine.ErrorCode(err); code != engine.EUnknownOrder {
				h.opts.Logf("web: ws: cancel on disconnect: account %s order %d: %v", c.p.Account, o.ID, err)
			}
		}
		h.opts.Logf("web: ws: key %s: cancel on disconnect: %d orders of %s cancelled", c.p.KeyID, n, c.p.Account)
	}
}

func ptr[T any](v T) *T { return &v }

// serve runs one decoded request and answers it.
func (c *wsConn) serve(req *wsRequest) {
	h := c.h
	if req.Op == opPing {
		c.sendJSON(wsReply{Type: "reply", ID: req.ID, Op: req.Op})
		return
	}
	ok, remaining, resetMs := h.lim.take(c.p.KeyID)
	rem, reset := ptr(remaining), ptr(resetMs)
	if !ok {
		c.sendError(req.ID, req.Op, engine.Errorf(ERateLimited, "rate limit of %d requests a second (burst %d) reached; retry in %d ms",
			h.opts.RatePerSecond, h.opts.RateBurst, resetMs), rem, reset)
		return
	}
	reply := wsReply{Type: "reply", ID: req.ID, Op: req.Op, Remaining: rem, ResetMs: reset}
	fail := func(err error) { c.sendError(req.ID, req.Op, err, rem, reset) }
	forbidden := func(msg string) { fail(engine.Errorf(EForbidden, "%s", msg)) }

	switch req.Op {
	case opSubscribe, opUnsubscribe:
		switch req.Channel {
		case chanOrders:
			if c.p.Role != RoleTrader {
				forbidden("the orders channel needs a trader key: it carries the key's own account")
				return
			}
		case chanDecisions:
			if c.p.Role != RoleCompliance {
				forbidden("the decisions channel needs a compliance key")
				return
			}
		}
		if req.Channel == chanTrades && req.Op == opSubscribe && !slices.ContainsFunc(h.v.Tokens(), func(s engine.TokenSpec) bool { return s.Symbol == req.Token }) {
			fail(engine.Errorf(engine.EUnknownToken, "no token %.32q", req.Token))
			return
		}
		kind := cmdSubscribe
		if req.Op == opUnsubscribe {
			kind = cmdUnsubscribe
		}
		h.send(hubCmd{kind: kind, c: c, channel: req.Channel, token: req.Token, reply: reply})
	case opCancelOnDisconnect:
		if c.p.Role != RoleTrader {
			forbidden("cancel_on_disconnect needs a trader key")
			return
		}
		c.cod.Store(*req.Enabled)
		reply.Enabled = req.Enabled
		c.sendJSON(reply)
	case opPlace, opCancel, opAmend:
		if c.p.Role != RoleTrader || c.p.Account == "" {
			forbidden("orders need a trader key: the account comes from the key")
			return
		}
		ctx, cancel := context.WithTimeout(context.Background(), 30*time.Second)
		defer cancel()
		evs, err := c.order(ctx, req)
		if err != nil {
			fail(err)
			if req.Op == opPlace && engine.ErrorCode(err) != engine.EInternal {
				// Refused before sequencing: nothing was journaled, so the
				// orders channel would never hear of it otherwise.
				e := engine.Event{Kind: engine.EvRejected, Time: h.opts.Now().UnixNano(), Token: req.Token,
					Account: c.p.Account, ClientID: req.ClientID, Side: req.Side, Price: req.Price, Qty: req.Qty,
					Code: engine.ErrorCode(err), Reason: engine.ErrorMessage(err)}
				if r := ruleOf(err); r != nil {
					e.Rule, e.Reason = r.Rule, r.Reason
					e.Code = strconv.Itoa(int(r.Code))
				}
				h.send(hubCmd{kind: cmdPrivate, c: c, events: []engine.Event{e}})
			}
			return
		}
		reply.Events = ownEvents(c.p.Account, evs)
		if len(evs) > 0 {
			reply.OrderID = evs[0].OrderID
		}
		c.sendJSON(reply)
	}
}

// order runs place, cancel or amend for the key's account.
func (c *wsConn) order(ctx context.Context, req *wsRequest) ([]engine.Event, error) {
	v, acct := c.h.v, c.p.Account
	if req.Op == opPlace {
		o, err := req.placeRequest(acct).Order()
		if err != nil {
			return nil, err
		}
		return v.Place(ctx, o)
	}
	var cur engine.Order
	if req.ClientID != "" {
		found := false
		for _, o := range v.Orders(acct, true) {
			if o.ClientID == req.ClientID && (req.Token == "" || o.Token == req.Token) {
				cur, found = o, true
				break
			}
		}
		if !found {
			return nil, engine.Errorf(engine.EUnknownOrder, "no open order with client_id %.64q", req.ClientID)
		}
	} else if req.Op == opAmend {
		o, err := v.Order(acct, req.OrderID)
		if err != nil {
			return nil, err
		}
		cur = o
	} else {
		cur.ID = req.OrderID
	}
	if req.Op == opCancel {
		evs, err := v.Cancel(ctx, engine.CancelOrder{Account: acct, OrderID: cur.ID})
		return evs, notMine(err, cur.ID)
	}
	a := engine.AmendOrder{Account: acct, OrderID: cur.ID, Price: req.Price, Qty: req.Qty}
	if a.Price == 0 {
		a.Price = cur.Price
	}
	if a.Qty == 0 {
		a.Qty = cur.Remaining
	}
	evs, err := v.Amend(ctx, a)
	return evs, notMine(err, cur.ID)
}
