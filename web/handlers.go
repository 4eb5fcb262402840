package web

import (
	"errors"
	"net/http"
	"strconv"

	"github.com/regulavenue/regula/engine"
	"github.com/regulavenue/regula/engine/issuer"
	"github.com/regulavenue/regula/engine/registry"
	"github.com/regulavenue/regula/rules"
)

func (s *Server) listTokens(w http.ResponseWriter, r *http.Request) {
	writeJSON(w, http.StatusOK, s.v.Tokens())
}

func (s *Server) createToken(w http.ResponseWriter, r *http.Request) {
	var t issuer.Token
	if err := decode(w, r, &t); err != nil {
		writeError(w, err)
		return
	}
	if err := s.ops.CreateToken(r.Context(), actor(r), t); err != nil {
		writeError(w, err)
		return
	}
	writeJSON(w, http.StatusCreated, t)
}

// actor names who asked, for the audit trail. Until API keys exist it is
// the client's address.
func actor(r *http.Request) string { return "http:" + r.RemoteAddr }

func (s *Server) putInvestor(w http.ResponseWriter, r *http.Request) {
	var inv registry.Investor
	if err := decode(w, r, &inv); err != nil {
		writeError(w, err)
		return
	}
	if err := s.ops.PutInvestor(r.Context(), actor(r), inv); err != nil {
		writeError(w, err)
		return
	}
	writeJSON(w, http.StatusCreated, inv)
}

func (s *Server) mint(w http.ResponseWriter, r *http.Request) {
	var body struct {
		Account string `json:"account"`
		Qty     int64  `json:"qty"`
	}
	if err := decode(w, r, &body); err != nil {
		writeError(w, err)
		return
	}
	if err := s.ops.Mint(r.Context(), actor(r), r.PathValue("symbol"), body.Account, body.Qty); err != nil {
		writeError(w, err)
		return
	}
	writeJSON(w, http.StatusCreated, body)
}

func (s *Server) bindRuleSet(w http.ResponseWriter, r *http.Request) {
	var body struct {
		Modules []rules.Entry `json:"modules"`
	}
	if err := decode(w, r, &body); err != nil {
		writeError(w, err)
		return
	}
	info, err := s.ops.BindRuleSet(r.Context(), r.PathValue("symbol"), body.Modules)
	if err != nil {
		writeError(w, ruleError(err))
		return
	}
	writeJSON(w, http.StatusOK, info)
}

// ruleError gives the rule host's refusals a stable code.
func ruleError(err error) error {
	if errors.Is(err, rules.ErrInvalid) {
		return engine.Errorf(engine.EInvalid, "%v", err)
	}
	return err
}

func (s *Server) capTable(w http.ResponseWriter, r *http.Request) {
	sym := r.PathValue("symbol")
	holdings, err := s.ops.CapTable(sym)
	if err != nil {
		writeError(w, err)
		return
	}
	stats, err := s.ops.Stats(sym)
	if err != nil {
		writeError(w, err)
		return
	}
	writeJSON(w, http.StatusOK, map[string]any{"holdings": holdings, "stats": stats})
}

func (s *Server) book(w http.ResponseWriter, r *http.Request) {
	levels := 20
	if q := r.URL.Query().Get("levels"); q != "" {
		n, err := strconv.Atoi(q)
		if err != nil || n < 1 || n > 1000 {
			writeError(w, engine.Errorf(engine.EInvalid, "levels must be 1 to 1000"))
			return
		}
		levels = n
	}
	d, err := s.v.Depth(r.Context(), r.PathValue("symbol"), levels)
	if err != nil {
		writeError(w, err)
		return
	}
	writeJSON(w, http.StatusOK, d)
}

func (s *Server) setMode(w http.ResponseWriter, r *http.Request) {
	var body struct {
		Mode string `json:"mode"`
	}
	if err := decode(w, r, &body); err != nil {
		writeError(w, err)
		return
	}
	m, err := engine.ParseMode(body.Mode)
	if err != nil {
		writeError(w, err)
		return
	}
	evs, err := s.v.SetMode(r.Context(), r.PathValue("symbol"), m)
	if err != nil {
		writeError(w, err)
		return
	}
	writeJSON(w, http.StatusOK, map[string]any{"events": evs})
}

func (s *Server) createAccount(w http.ResponseWriter, r *http.Request) {
	var body registry.Account
	if err := decode(w, r, &body); err != nil {
		writeError(w, err)
		return
	}
	if err := s.ops.AddAccount(r.Context(), actor(r), body); err != nil {
		writeError(w, err)
		return
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
	if err := s.v.Deposit(r.Context(), r.PathValue("id"), body.Currency, body.Amount); err != nil {
		writeError(w, err)
		return
	}
	writeJSON(w, http.StatusCreated, body)
}

// placeResponse answers an order entry: the order id (0 when the venue
// refused it before sequencing) and the events it caused at once.
type placeResponse struct {
	OrderID uint64         `json:"order_id"`
	Events  []engine.Event `json:"events"`
}

func (s *Server) place(w http.ResponseWriter, r *http.Request) {
	body, err := readBody(w, r)
	if err != nil {
		writeError(w, err)
		return
	}
	o, err := engine.DecodePlace(body)
	if err != nil {
		writeError(w, err)
		return
	}
	evs, err := s.v.Place(r.Context(), o)
	if err != nil {
		writeError(w, err)
		return
	}
	resp := placeResponse{Events: evs}
	if len(evs) > 0 {
		resp.OrderID = evs[0].OrderID
	}
	writeJSON(w, http.StatusCreated, resp)
}

func (s *Server) listOrders(w http.ResponseWriter, r *http.Request) {
	acct := r.URL.Query().Get("account")
	if acct == "" {
		writeError(w, engine.Errorf(engine.EInvalid, "account is required"))
		return
	}
	writeJSON(w, http.StatusOK, s.v.Orders(acct, r.URL.Query().Get("open") == "true"))
}

func (s *Server) getOrder(w http.ResponseWriter, r *http.Request) {
	id, err := pathID(r)
	if err != nil {
		writeError(w, err)
		return
	}
	o, err := s.v.Order(r.URL.Query().Get("account"), id)
	if err != nil {
		writeError(w, err)
		return
	}
	writeJSON(w, http.StatusOK, o)
}

func (s *Server) cancel(w http.ResponseWriter, r *http.Request) {
	id, err := pathID(r)
	if err != nil {
		writeError(w, err)
		return
	}
	evs, err := s.v.Cancel(r.Context(), engine.CancelOrder{Account: r.URL.Query().Get("account"), OrderID: id})
	if err != nil {
		writeError(w, err)
		return
	}
	writeJSON(w, http.StatusOK, map[string]any{"events": evs})
}

func (s *Server) amend(w http.ResponseWriter, r *http.Request) {
	id, err := pathID(r)
	if err != nil {
		writeError(w, err)
		return
	}
	var body struct {
		Account string `json:"account"`
		Price   int64  `json:"price"`
		Qty     int64  `json:"qty"`
	}
	if err := decode(w, r, &body); err != nil {
		writeError(w, err)
		return
	}
	evs, err := s.v.Amend(r.Context(), engine.AmendOrder{Account: body.Account, OrderID: id, Price: body.Price, Qty: body.Qty})
	if err != nil {
		writeError(w, err)
		return
	}
	writeJSON(w, http.StatusOK, map[string]any{"events": evs})
}

func (s *Server) trades(w http.ResponseWriter, r *http.Request) {
	limit := 1000
	if q := r.URL.Query().Get("limit"); q != "" {
		n, err := strconv.Atoi(q)
		if err != nil || n < 1 || n > 100_000 {
			writeError(w, engine.Errorf(engine.EInvalid, "limit must be 1 to 100000"))
			return
		}
		limit = n
	}
	writeJSON(w, http.StatusOK, s.v.Trades(r.URL.Query().Get("token"), limit))
}
