// Package web is how people reach the venue: the HTTP API under /v1, the
// WebSocket streams at /v1/ws, and the web UI (package web/ui) at /.
//
// # Notes
//
// Every /v1 route is authenticated by an API key (Keys) and authorized by
// role and ownership in one table, Server.routes; docs/API.md is that table
// for people.
package web

import (
	"bytes"
	"encoding/json"
	"errors"
	"io"
	"log"
	"net/http"
	"strconv"
	"strings"

	"github.com/regulavenue/regula/engine"
	"github.com/regulavenue/regula/engine/issuer"
	"github.com/regulavenue/regula/web/ui"
)

// MaxBodyBytes bounds every request body but module uploads and case files.
const MaxBodyBytes = 64 << 10

// MaxUploadBodyBytes bounds a module upload request (the module itself is
// bounded by the rule host, 16 MiB by default).
const MaxUploadBodyBytes = 32 << 20

// MaxCaseFileBytes bounds a case file sent to run against a module.
const MaxCaseFileBytes = 1 << 20

// Server serves the HTTP API over a venue and its issuer operations.
type Server struct {
	v   *engine.Venue
	ops *issuer.Ops
	// Hub, if set, serves the WebSocket streams at /v1/ws (it authenticates
	// its connections itself).
	Hub *Hub
	// Keys authenticates API keys for the REST API. Without it every /v1
	// route answers 401: the API fails closed.
	Keys *Keys
}

// NewServer returns a server for the venue; ops carries the issuer
// operations (tokens, investors, accounts, mint, rule sets, decisions).
// Set Keys before calling Handler.
func NewServer(ops *issuer.Ops) *Server { return &Server{v: ops.Venue, ops: ops} }

// route is one endpoint: its method and path pattern, who may call it, and
// its handler.
type route struct {
	pattern string
	allow   policy
	handle  http.HandlerFunc
}

// routes is the REST API and its authorization: the one table. A handler
// checks only what depends on the request body or query (an order's
// account, a new token's symbol, a filter), through the helpers of
// rest_authz.go.
func (s *Server) routes() []route {
	issuerOr := func(rs ...Role) policy { return policy{roles: rs, issuerOfPath: true} }
	return []route{
		{"GET /v1/me", anyone, s.me},
		{"GET /v1/tokens", anyone, s.listTokens},
		{"POST /v1/tokens", only(RoleOperator, RoleIssuer), s.createToken}, // issuer: the symbol must be its
		{"GET /v1/tokens/{symbol}", anyone, s.getToken},
		{"PUT /v1/tokens/{symbol}/mode", issuerOr(RoleOperator), s.setMode},
		{"PUT /v1/tokens/{symbol}/profile", issuerOr(), s.updateProfile},
		{"POST /v1/tokens/{symbol}/halt", issuerOr(RoleOperator), s.halt},
		{"POST /v1/tokens/{symbol}/resume", issuerOr(RoleOperator), s.resume},
		{"POST /v1/tokens/{symbol}/mint", issuerOr(), s.mint},
		{"GET /v1/tokens/{symbol}/ruleset", anyone, s.getRuleSet},
		{"PUT /v1/tokens/{symbol}/ruleset", issuerOr(), s.bindRuleSet},
		{"GET /v1/tokens/{symbol}/captable", issuerOr(RoleCompliance, RoleOperator), s.capTable},
		{"GET /v1/tokens/{symbol}/stats", issuerOr(RoleCompliance, RoleOperator), s.stats},
		{"POST /v1/tokens/{symbol}/locks", issuerOr(), s.setLock},
		{"DELETE /v1/tokens/{symbol}/locks/{investor}/{name}", issuerOr(), s.removeLock},
		{"GET /v1/tokens/{symbol}/reconcile", issuerOr(RoleCompliance, RoleOperator), s.reconcile},
		{"GET /v1/tokens/{symbol}/book", anyone, s.book},
		{"GET /v1/investors", only(RoleIssuer, RoleCompliance, RoleOperator), s.listInvestors},
		{"GET /v1/investors/{id}", only(RoleIssuer, RoleCompliance, RoleOperator), s.getInvestor},
		{"POST /v1/investors", only(RoleIssuer, RoleOperator), s.putInvestor},
		{"POST /v1/accounts", only(RoleIssuer, RoleOperator), s.createAccount},
		{"GET /v1/audit", only(RoleCompliance, RoleOperator), s.audit},
		{"GET /v1/accounts/{id}/balances", policy{roles: []Role{RoleOperator}, traderOfPath: true}, s.balances},
		{"POST /v1/accounts/{id}/deposits", only(RoleOperator), s.deposit},
		{"POST /v1/orders", only(RoleTrader), s.place}, // its own account only
		{"GET /v1/orders", only(RoleTrader, RoleOperator), s.listOrders},
		{"GET /v1/orders/{id}", only(RoleTrader, RoleOperator), s.getOrder},
		{"DELETE /v1/orders/{id}", only(RoleTrader), s.cancel},
		{"PATCH /v1/orders/{id}", only(RoleTrader), s.amend},
		{"GET /v1/trades", anyone, s.trades}, // accounts for the operator and a trader's own fills only
		{"GET /v1/modules", anyone, s.listModules},
		{"POST /v1/modules", only(RoleCompliance), s.uploadModule},
		{"GET /v1/modules/{name}/{version}", anyone, s.getModule},
		{"POST /v1/modules/{name}/{version}/test", only(RoleCompliance), s.testModule},
		{"GET /v1/decisions", only(RoleIssuer, RoleCompliance, RoleOperator), s.decisions}, // issuer: its tokens
		{"POST /v1/decisions/{id}/replay", only(RoleCompliance, RoleOperator), s.replay},
	}
}

// Routes returns the pattern of every authenticated REST route, so tests
// can check that each is in the authorization matrix.
func (s *Server) Routes() []string {
	var out []string
	for _, rt := range s.routes() {
		out = append(out, rt.pattern)
	}
	return out
}

// Handler returns the HTTP handler with every route.
func (s *Server) Handler() http.Handler {
	mux := http.NewServeMux()
	mux.HandleFunc("GET /healthz", func(w http.ResponseWriter, r *http.Request) { writeJSON(w, 200, map[string]string{"status": "ok"}) })
	for _, rt := range s.routes() {
		mux.Handle(rt.pattern, s.guard(rt))
	}
	// Anything else under /v1 is a JSON 404, after authentication, so the
	// API's shape cannot be probed without a key.
	mux.Handle("/v1/", s.guard(route{allow: anyone, handle: func(w http.ResponseWriter, r *http.Request) {
		writeError(w, engine.Errorf(ENotFound, "no such endpoint: %s %s", r.Method, r.URL.Path))
	}}))
	if s.Hub != nil {
		mux.Handle("GET /v1/ws", s.Hub)
	}
	mux.Handle("/", ui.Handler()) // public: the pages ask for a key
	return mux
}

// guard authenticates the request, then lets it through to the route's
// handler only if the route's policy allows the principal.
func (s *Server) guard(rt route) http.Handler {
	if s.Keys == nil {
		return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
			writeJSON(w, http.StatusUnauthorized, apiError{Code: EUnauthorized, Message: "this server has no API key store"})
		})
	}
	return s.Keys.Middleware(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		p, _ := PrincipalFrom(r.Context())
		if !rt.allow.allows(p, r) {
			writeError(w, errForbidden)
			return
		}
		rt.handle(w, r)
	}))
}

// Error codes of the REST layer beyond the venue's (engine.E*) and the
// authentication layer's (EUnauthorized, EForbidden).
const (
	EUnknownInvestor = "unknown_investor" // no such investor
	EUnknownModule   = "unknown_module"   // no such module name@version
	EUnknownRuleSet  = "unknown_ruleset"  // the token has no rule set bound
	EUnknownDecision = "unknown_decision" // no such logged decision
	ENotFound        = "not_found"        // no such endpoint
	ETooLarge        = "too_large"        // a body, module or file over its limit
)

// statusOf maps each stable error code to its HTTP status: the one table.
var statusOf = map[string]int{
	engine.EInvalid:      http.StatusBadRequest,
	engine.EBadQuantity:  http.StatusBadRequest,
	engine.EBadPrice:     http.StatusBadRequest,
	EUnauthorized:        http.StatusUnauthorized,
	EForbidden:           http.StatusForbidden,
	engine.EUnknownToken: http.StatusNotFound,
	engine.EUnknownAcct:  http.StatusNotFound,
	engine.EUnknownOrder: http.StatusNotFound,
	engine.EUnknownTrade: http.StatusNotFound,
	EUnknownInvestor:     http.StatusNotFound,
	EUnknownModule:       http.StatusNotFound,
	EUnknownRuleSet:      http.StatusNotFound,
	EUnknownDecision:     http.StatusNotFound,
	ENotFound:            http.StatusNotFound,
	engine.ENotOwner:     http.StatusForbidden,
	engine.EDuplicate:    http.StatusConflict,
	engine.EHalted:       http.StatusConflict,
	engine.ENoReference:  http.StatusConflict,
	engine.ETradeDone:    http.StatusConflict,
	ETooLarge:            http.StatusRequestEntityTooLarge,
	engine.EInsufficient: http.StatusUnprocessableEntity,
	engine.ERuleDenied:   http.StatusUnprocessableEntity,
	engine.ERejected:     http.StatusUnprocessableEntity,
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
	// Details holds one line per problem when there are several (a module
	// upload's failing cases).
	Details []string `json:"details,omitempty"`
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
	if first, rest, ok := strings.Cut(body.Message, "\n"); ok {
		body.Message, body.Details = strings.TrimSuffix(first, ":"), strings.Split(rest, "\n")
	}
	writeJSON(w, status, body)
}

func writeJSON(w http.ResponseWriter, status int, v any) {
	w.Header().Set("Content-Type", "application/json")
	w.Header().Set("Cache-Control", "no-store")
	w.WriteHeader(status)
	json.NewEncoder(w).Encode(v)
}

// readBody reads a request body of at most limit bytes.
func readBody(w http.ResponseWriter, r *http.Request, limit int64) ([]byte, error) {
	body, err := io.ReadAll(http.MaxBytesReader(w, r.Body, limit))
	var mbe *http.MaxBytesError
	if errors.As(err, &mbe) {
		return nil, engine.Errorf(ETooLarge, "request body over %d bytes", limit)
	}
	if err != nil {
		return nil, engine.Errorf(engine.EInvalid, "reading the body: %v", err)
	}
	return body, nil
}

// decode reads a bounded JSON body into v, refusing unknown fields.
func decode(w http.ResponseWriter, r *http.Request, v any) error {
	body, err := readBody(w, r, MaxBodyBytes)
	if err != nil {
		return err
	}
	return decodeJSON(body, v)
}

func decodeJSON(body []byte, v any) error {
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
	if err != nil || id == 0 {
		return 0, engine.Errorf(engine.EInvalid, "id must be a positive integer")
	}
	return id, nil
}
