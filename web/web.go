// Package web is how people reach the venue: the HTTP API under /v1 (and,
// later, WebSocket streams and the web UI).
//
// # Notes
//
// This first cut has no authentication: the account is named in each
// request. `regula serve` listens on loopback by default for that reason.
// API keys with roles come with the web issue.
package web

import (
	"bytes"
	"encoding/json"
	"errors"
	"io"
	"log"
	"net/http"
	"strconv"

	"github.com/regulavenue/regula/engine"
	"github.com/regulavenue/regula/engine/issuer"
)

// MaxBodyBytes bounds every request body.
const MaxBodyBytes = 64 << 10

// Server serves the HTTP API over a venue and its issuer operations.
type Server struct {
	v   *engine.Venue
	ops *issuer.Ops
	// Hub, if set, serves the WebSocket streams at /v1/ws (it authenticates
	// its connections itself).
	Hub *Hub
	// Keys authenticates API keys for the REST API.
	Keys *Keys
}

// NewServer returns a server for the venue; ops carries the issuer
// operations (tokens, investors, accounts, mint, rule sets).
func NewServer(ops *issuer.Ops) *Server { return &Server{v: ops.Venue, ops: ops} }

// Handler returns the HTTP handler with every route.
func (s *Server) Handler() http.Handler {
	mux := http.NewServeMux()
	mux.HandleFunc("GET /healthz", func(w http.ResponseWriter, r *http.Request) { writeJSON(w, 200, map[string]string{"status": "ok"}) })
	mux.HandleFunc("GET /v1/tokens", s.listTokens)
	mux.HandleFunc("POST /v1/tokens", s.createToken)
	mux.HandleFunc("GET /v1/tokens/{symbol}/book", s.book)
	mux.HandleFunc("PUT /v1/tokens/{symbol}/mode", s.setMode)
	mux.HandleFunc("POST /v1/tokens/{symbol}/mint", s.mint)
	mux.HandleFunc("PUT /v1/tokens/{symbol}/ruleset", s.bindRuleSet)
	mux.HandleFunc("GET /v1/tokens/{symbol}/captable", s.capTable)
	mux.HandleFunc("POST /v1/investors", s.putInvestor)
	mux.HandleFunc("POST /v1/accounts", s.createAccount)
	mux.HandleFunc("GET /v1/accounts/{id}/balances", s.balances)
	mux.HandleFunc("POST /v1/accounts/{id}/deposits", s.deposit)
	mux.HandleFunc("POST /v1/orders", s.place)
	mux.HandleFunc("GET /v1/orders", s.listOrders)
	mux.HandleFunc("GET /v1/orders/{id}", s.getOrder)
	mux.HandleFunc("DELETE /v1/orders/{id}", s.cancel)
	mux.HandleFunc("PATCH /v1/orders/{id}", s.amend)
	mux.HandleFunc("GET /v1/trades", s.trades)
	if s.Hub != nil {
		mux.Handle("GET /v1/ws", s.Hub)
	}
	return mux
}

// statusOf maps each stable error code to its HTTP status: the one table.
var statusOf = map[string]int{
	engine.EInvalid:      http.StatusBadRequest,
	engine.EBadQuantity:  http.StatusBadRequest,
	engine.EBadPrice:     http.StatusBadRequest,
	engine.EUnknownToken: http.StatusNotFound,
	engine.EUnknownAcct:  http.StatusNotFound,
	engine.EUnknownOrder: http.StatusNotFound,
	engine.ENotOwner:     http.StatusForbidden,
	engine.EDuplicate:    http.StatusConflict,
	engine.EInsufficient: http.StatusUnprocessableEntity,
	engine.ERuleDenied:   http.StatusUnprocessableEntity,
	engine.EHalted:       http.StatusConflict,
	engine.ERejected:     http.StatusUnprocessableEntity,
	engine.ENoReference:  http.StatusConflict,
	engine.EUnknownTrade: http.StatusNotFound,
	engine.ETradeDone:    http.StatusConflict,
	engine.EUnavailable:  http.StatusServiceUnavailable,
	engine.EInternal:     http.StatusInternalServerError,
}

// apiError is the body of every error response.
type apiError struct {
	Code    string `json:"code"`
	Message string `json:"message"`
	// For rule_denied: the rule's code (RULES.md) and module@version.
	RuleCode *uint8 `json:"rule_code,omitempty"`
	Rule     string `json:"rule,omitempty"`
}

func writeError(w http.ResponseWriter, err error) {
	code := engine.ErrorCode(err)
	status, ok := statusOf[code]
	if !ok {
		status = http.StatusInternalServerError
	}
	if code == engine.EInternal {
		log.Printf("web: internal error: %v", err)
	}
	body := apiError{Code: code, Message: engine.ErrorMessage(err)}
	var e *engine.Error
	if errors.As(err, &e) && e.Rule != nil {
		body.RuleCode, body.Rule = &e.Rule.Code, e.Rule.Rule
	}
	writeJSON(w, status, body)
}

func writeJSON(w http.ResponseWriter, status int, v any) {
	w.Header().Set("Content-Type", "application/json")
	w.WriteHeader(status)
	json.NewEncoder(w).Encode(v)
}

// readBody reads a bounded request body.
func readBody(w http.ResponseWriter, r *http.Request) ([]byte, error) {
	body, err := io.ReadAll(http.MaxBytesReader(w, r.Body, MaxBodyBytes))
	var mbe *http.MaxBytesError
	if errors.As(err, &mbe) {
		return nil, engine.Errorf(engine.EInvalid, "request body over %d bytes", MaxBodyBytes)
	}
	if err != nil {
		return nil, engine.Errorf(engine.EInvalid, "reading the body: %v", err)
	}
	return body, nil
}

// decode reads a bounded JSON body into v, refusing unknown fields.
func decode(w http.ResponseWriter, r *http.Request, v any) error {
	body, err := readBody(w, r)
	if err != nil {
		return err
	}
	dec := json.NewDecoder(bytes.NewReader(body))
	dec.DisallowUnknownFields()
	if err := dec.Decode(v); err != nil {
		return engine.Errorf(engine.EInvalid, "malformed JSON: %v", err)
	}
	if dec.More() {
		return engine.Errorf(engine.EInvalid, "trailing data after the JSON body")
	}
	return nil
}

func pathID(r *http.Request) (uint64, error) {
	id, err := strconv.ParseUint(r.PathValue("id"), 10, 64)
	if err != nil {
		return 0, engine.Errorf(engine.EInvalid, "order id must be a positive integer")
	}
	return id, nil
}
