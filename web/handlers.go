package web

import (
	"bytes"
	"cmp"
	"encoding/json"
	"errors"
	"net/http"
	"slices"
	"strconv"

	"github.com/regulavenue/regula/engine"
	"github.com/regulavenue/regula/engine/registry"
)

// Orders and trades: what traders do.

// placeResponse answers an order entry: the order id (0 when the venue
// refused it before sequencing) and the events it caused at once.
type placeResponse struct {
	OrderID uint64         `json:"order_id"`
	Events  []engine.Event `json:"events"`
}

func (s *Server) place(w http.ResponseWriter, r *http.Request) {
	body, err := readBody(w, r, MaxBodyBytes)
	if err != nil {
		writeError(w, err)
		return
	}
	o, err := decodePlace(body, principal(r))
	if err != nil {
		writeError(w, err)
		return
	}
	evs, err := s.v.Place(r.Context(), o)
	if err != nil {
		writeError(w, err)
		return
	}
	resp := placeResponse{Events: nonEmpty(ownEvents(o.Account, evs))}
	if len(evs) > 0 {
		resp.OrderID = evs[0].OrderID
	}
	writeJSON(w, http.StatusCreated, resp)
}

// ownEvents is what an order's answer shows its trader: its own orders'
// events and the trades, not the other side's order events (a maker's
// client id and what it has left resting are that trader's business).
func ownEvents(acct string, evs []engine.Event) []engine.Event {
	out := evs[:0:0]
	for _, e := range evs {
		if e.Account == "" || e.Account == acct {
			out = append(out, e)
		}
	}
	return out
}

// decodePlace decodes an order entry for a trader: as engine.DecodePlace
// does, with the account the key's when the request names none (and
// forbidden when it names another).
func decodePlace(body []byte, p Principal) (engine.PlaceOrder, error) {
	var req engine.PlaceRequest
	dec := json.NewDecoder(bytes.NewReader(body))
	dec.DisallowUnknownFields()
	if err := dec.Decode(&req); err != nil {
		var ute *json.UnmarshalTypeError
		if errors.As(err, &ute) && (ute.Field == "qty" || ute.Field == "price") {
			return engine.PlaceOrder{}, engine.Errorf(engine.EBadQuantity, "%s is not an integer that fits in int64", ute.Field)
		}
		return engine.PlaceOrder{}, engine.Errorf(engine.EInvalid, "malformed order: %v", err)
	}
	if dec.More() {
		return engine.PlaceOrder{}, engine.Errorf(engine.EInvalid, "trailing data after the order")
	}
	var err error
	if req.Account, err = ownAccount(p, req.Account); err != nil {
		return engine.PlaceOrder{}, err
	}
	return req.Order()
}

func (s *Server) listOrders(w http.ResponseWriter, r *http.Request) {
	q := r.URL.Query()
	acct, all, err := accountFilter(principal(r), q.Get("account"))
	if err != nil {
		writeError(w, err)
		return
	}
	accts := []string{acct}
	if all {
		accts = s.accounts()
	}
	out := []engine.Order{}
	for _, a := range accts {
		for _, o := range s.v.Orders(a, q.Get("open") == "true") {
			if tok := q.Get("token"); tok == "" || o.Token == tok {
				out = append(out, o)
			}
		}
	}
	if all {
		slices.SortFunc(out, func(a, b engine.Order) int { return cmp.Compare(a.ID, b.ID) })
	}
	writeJSON(w, http.StatusOK, out)
}

func (s *Server) getOrder(w http.ResponseWriter, r *http.Request) {
	id, err := pathID(r)
	if err != nil {
		writeError(w, err)
		return
	}
	acct, err := s.orderOwner(principal(r), id)
	if err != nil {
		writeError(w, err)
		return
	}
	o, err := s.v.Order(acct, id)
	if err != nil {
		writeError(w, err)
		return
	}
	writeJSON(w, http.StatusOK, o)
}

// notMine reports another account's order id as unknown, with the very
// message the venue gives for an id that is not open, so a trader cannot
// tell another's order from none (REST and WebSocket alike).
func notMine(err error, id uint64) error {
	if engine.ErrorCode(err) == engine.ENotOwner {
		return engine.Errorf(engine.EUnknownOrder, "no open order %d", id)
	}
	return err
}

func (s *Server) cancel(w http.ResponseWriter, r *http.Request) {
	id, err := pathID(r)
	if err != nil {
		writeError(w, err)
		return
	}
	evs, err := s.v.Cancel(r.Context(), engine.CancelOrder{Account: principal(r).Account, OrderID: id})
	if err != nil {
		writeError(w, notMine(err, id))
		return
	}
	writeJSON(w, http.StatusOK, map[string]any{"events": nonEmpty(ownEvents(principal(r).Account, evs))})
}

func (s *Server) amend(w http.ResponseWriter, r *http.Request) {
	id, err := pathID(r)
	if err != nil {
		writeError(w, err)
		return
	}
	var body struct {
		Account string `json:"account"` // optional: the key's
		Price   int64  `json:"price"`
		Qty     int64  `json:"qty"`
	}
	if err := decode(w, r, &body); err != nil {
		writeError(w, err)
		return
	}
	acct, err := ownAccount(principal(r), body.Account)
	if err != nil {
		writeError(w, err)
		return
	}
	evs, err := s.v.Amend(r.Context(), engine.AmendOrder{Account: acct, OrderID: id, Price: body.Price, Qty: body.Qty})
	if err != nil {
		writeError(w, notMine(err, id))
		return
	}
	writeJSON(w, http.StatusOK, map[string]any{"events": nonEmpty(ownEvents(principal(r).Account, evs))})
}

// tapeTrade is a trade on the REST public tape: no accounts, no order ids.
type tapeTrade struct {
	ID     string             `json:"id"`
	Seq    uint64             `json:"seq"`
	Time   int64              `json:"time"`
	Token  string             `json:"token"`
	Price  int64              `json:"price"`
	Qty    int64              `json:"qty"`
	Amount int64              `json:"amount"`
	Status engine.TradeStatus `json:"status"`
	Side   string             `json:"side,omitempty"` // the taker's side
}

func (s *Server) trades(w http.ResponseWriter, r *http.Request) {
	q := r.URL.Query()
	limit := 1000
	if l := q.Get("limit"); l != "" {
		n, err := strconv.Atoi(l)
		if err != nil || n < 1 || n > 100_000 {
			writeError(w, engine.Errorf(engine.EInvalid, "limit must be 1 to 100000"))
			return
		}
		limit = n
	}
	p, acct := principal(r), q.Get("account")
	if acct == "" {
		ts := s.v.Trades(q.Get("token"), limit)
		if p.Role == RoleOperator {
			writeJSON(w, http.StatusOK, nonEmpty(ts))
			return
		}
		out := make([]tapeTrade, len(ts))
		for i, t := range ts {
			out[i] = tapeTrade{ID: t.ID, Seq: t.Seq, Time: t.Time, Token: t.Token, Price: t.Price, Qty: t.Qty, Amount: t.Amount, Status: t.Status, Side: t.Side}
		}
		writeJSON(w, http.StatusOK, out)
		return
	}
	// One account's fills: its trader's, or the operator's to read.
	if p.Role != RoleOperator && !p.ActsFor(acct) {
		writeError(w, errForbidden)
		return
	}
	var mine []engine.Trade
	for _, t := range s.v.Trades(q.Get("token"), 0) {
		if t.Buyer == acct || t.Seller == acct {
			mine = append(mine, t)
		}
	}
	if len(mine) > limit {
		mine = mine[len(mine)-limit:]
	}
	writeJSON(w, http.StatusOK, nonEmpty(mine))
}

func nonEmpty[T any](s []T) []T {
	if s == nil {
		return []T{}
	}
	return s
}

// audit is the registry's audit trail, oldest first: every investor,
// account, lock, mint, token and rule-set change with who made it.
func (s *Server) audit(w http.ResponseWriter, r *http.Request) {
	q := r.URL.Query()
	aq := registry.AuditQuery{Subject: q.Get("subject"), Action: q.Get("action"), Limit: 100}
	if l := q.Get("limit"); l != "" {
		n, err := strconv.Atoi(l)
		if err != nil || n < 1 || n > 1000 {
			writeError(w, engine.Errorf(engine.EInvalid, "limit must be 1 to 1000"))
			return
		}
		aq.Limit = n
	}
	if a := q.Get("after"); a != "" {
		n, err := strconv.ParseInt(a, 10, 64)
		if err != nil || n < 0 {
			writeError(w, engine.Errorf(engine.EInvalid, "after must be an audit entry id"))
			return
		}
		aq.AfterID = n
	}
	es, err := s.ops.Registry.Audit(r.Context(), aq)
	if err != nil {
		writeError(w, err)
		return
	}
	writeJSON(w, http.StatusOK, nonEmpty(es))
}

// Accounts and cash.

func (s *Server) createAccount(w http.ResponseWriter, r *http.Request) {
	var body registry.Account
	if err := decode(w, r, &body); err != nil {
		writeError(w, err)
		return
	}
	if err := mayChangeInvestor(principal(r), s.ops.Registry.HeldTokens(body.InvestorID)); err != nil {
		writeError(w, err)
		return
	}
	if err := s.ops.AddAccount(r.Context(), actor(r), body); err != nil {
		writeError(w, err)
		return
	}
	if acc, ok := s.ops.Registry.Account(body.ID); ok {
		body = acc // with the wallet the venue made, for a custodial account
	}
	writeJSON(w, http.StatusCreated, body)
}

func (s *Server) balances(w http.ResponseWriter, r *http.Request) {
	cash, tokens, err := s.v.Balances(r.PathValue("id"))
	if err != nil {
		writeError(w, err)
		return
	}
	writeJSON(w, http.StatusOK, map[string]any{"cash": cash, "tokens": tokens})
}

func (s *Server) deposit(w http.ResponseWriter, r *http.Request) {
	var body struct {
		Currency string `json:"currency"`
		Amount   int64  `json:"amount"`
	}
	if err := decode(w, r, &body); err != nil {
		writeError(w, err)
		return
	}
	if err := s.ops.Deposit(r.Context(), r.PathValue("id"), body.Currency, body.Amount); err != nil {
		writeError(w, err)
		return
	}
	writeJSON(w, http.StatusCreated, body)
}
