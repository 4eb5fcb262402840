package web

import (
	"context"
	"errors"
	"log"
	"net/http"
	"strconv"
	"strings"
	"time"

	"github.com/regulavenue/regula/engine"
	"github.com/regulavenue/regula/engine/issuer"
	"github.com/regulavenue/regula/engine/registry"
	"github.com/regulavenue/regula/rules"
	"github.com/regulavenue/regula/rules/abi"
)

// Tokens, rule sets, cap tables, investors: what issuers do.

func (s *Server) me(w http.ResponseWriter, r *http.Request) {
	writeJSON(w, http.StatusOK, principal(r))
}

// tokenView is a token as GET /v1/tokens/{symbol} shows it: how it trades,
// its mode, what its rules read, and its active rule set (nil: none).
type tokenView struct {
	engine.TokenSpec
	Mode     string             `json:"mode"`
	Offering abi.Offering       `json:"offering"`
	MiCA     abi.MiCA           `json:"mica"`
	RuleSet  *rules.RuleSetInfo `json:"ruleset"`
}

func (s *Server) tokenView(r *http.Request, spec engine.TokenSpec) (tokenView, error) {
	d, err := s.v.Depth(r.Context(), spec.Symbol, 1)
	if err != nil {
		return tokenView{}, err
	}
	return s.describe(spec, d.Mode), nil
}

// describe is the view of a token in the given mode.
func (s *Server) describe(spec engine.TokenSpec, mode string) tokenView {
	tv := tokenView{TokenSpec: spec, Mode: mode}
	if info, ok := s.ops.Checker.Token(spec.Symbol); ok {
		tv.Offering, tv.MiCA = info.Offering, info.MiCA
	}
	if rs, err := s.ops.Rules.RuleSet(spec.Symbol); err == nil {
		tv.RuleSet = rs
	}
	return tv
}

func (s *Server) listTokens(w http.ResponseWriter, r *http.Request) {
	out := []tokenView{}
	for _, spec := range s.v.Tokens() {
		tv, err := s.tokenView(r, spec)
		if err != nil {
			writeError(w, err)
			return
		}
		out = append(out, tv)
	}
	writeJSON(w, http.StatusOK, out)
}

func (s *Server) tokenSpec(symbol string) (engine.TokenSpec, error) {
	for _, spec := range s.v.Tokens() {
		if spec.Symbol == symbol {
			return spec, nil
		}
	}
	return engine.TokenSpec{}, engine.Errorf(engine.EUnknownToken, "no token %q", symbol)
}

func (s *Server) getToken(w http.ResponseWriter, r *http.Request) {
	spec, err := s.tokenSpec(r.PathValue("symbol"))
	if err == nil {
		var tv tokenView
		if tv, err = s.tokenView(r, spec); err == nil {
			writeJSON(w, http.StatusOK, tv)
			return
		}
	}
	writeError(w, err)
}

func (s *Server) createToken(w http.ResponseWriter, r *http.Request) {
	var t issuer.Token
	if err := decode(w, r, &t); err != nil {
		writeError(w, err)
		return
	}
	if err := mayCreateToken(principal(r), t.Symbol); err != nil {
		writeError(w, err)
		return
	}
	if err := s.ops.CreateToken(r.Context(), actor(r), t); err != nil {
		writeError(w, err)
		return
	}
	// A new token trades continuously; asking its book goroutine the mode
	// this early could race with the venue starting it.
	writeJSON(w, http.StatusCreated, s.describe(t.TokenSpec, "continuous"))
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
	writeJSON(w, http.StatusOK, map[string]any{"events": nonEmpty(evs)})
}

// updateProfile replaces the token's offering data and MiCA attributes and
// answers the token as GET shows it. Both parts are required: the profile
// is replaced whole, so a body naming only one must not reset the other.
// Values are not checked beyond their JSON types: the ABI documents no
// closed set of exemptions, and rules read what they know.
func (s *Server) updateProfile(w http.ResponseWriter, r *http.Request) {
	var body struct {
		Offering *abi.Offering `json:"offering"`
		MiCA     *abi.MiCA     `json:"mica"`
	}
	if err := decode(w, r, &body); err != nil {
		writeError(w, err)
		return
	}
	if body.Offering == nil || body.MiCA == nil {
		writeError(w, engine.Errorf(engine.EInvalid, "offering and mica are both required: the profile is replaced whole"))
		return
	}
	sym := r.PathValue("symbol")
	spec, err := s.tokenSpec(sym)
	if err != nil {
		writeError(w, err)
		return
	}
	if err := s.ops.UpdateProfile(r.Context(), actor(r), sym, *body.Offering, *body.MiCA); err != nil {
		writeError(w, err)
		return
	}
	tv, err := s.tokenView(r, spec)
	if err != nil {
		writeError(w, err)
		return
	}
	writeJSON(w, http.StatusOK, tv)
}

func (s *Server) halt(w http.ResponseWriter, r *http.Request) {
	s.switchMode(w, r, s.ops.Halt)
}

func (s *Server) resume(w http.ResponseWriter, r *http.Request) {
	s.switchMode(w, r, s.ops.Resume)
}

func (s *Server) switchMode(w http.ResponseWriter, r *http.Request, op func(context.Context, string) error) {
	sym := r.PathValue("symbol")
	if err := op(r.Context(), sym); err != nil {
		writeError(w, err)
		return
	}
	d, err := s.v.Depth(r.Context(), sym, 1)
	if err != nil {
		writeError(w, err)
		return
	}
	writeJSON(w, http.StatusOK, map[string]string{"token": sym, "mode": d.Mode})
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

func (s *Server) getRuleSet(w http.ResponseWriter, r *http.Request) {
	sym := r.PathValue("symbol")
	if _, err := s.tokenSpec(sym); err != nil {
		writeError(w, err)
		return
	}
	rs, err := s.ops.Rules.RuleSet(sym)
	if err != nil {
		writeError(w, ruleError(err, EUnknownRuleSet))
		return
	}
	writeJSON(w, http.StatusOK, rs)
}

func (s *Server) bindRuleSet(w http.ResponseWriter, r *http.Request) {
	var body struct {
		Modules []rules.Entry `json:"modules"`
	}
	if err := decode(w, r, &body); err != nil {
		writeError(w, err)
		return
	}
	info, err := s.ops.BindRuleSet(r.Context(), actor(r), r.PathValue("symbol"), body.Modules)
	if err != nil {
		writeError(w, ruleError(err, engine.EInvalid))
		return
	}
	writeJSON(w, http.StatusOK, info)
}

// ruleError gives the rule host's refusals a stable code; notFound is the
// code of rules.ErrNotFound in this context. Anything else stays internal.
func ruleError(err error, notFound string) error {
	code := ""
	switch {
	case errors.Is(err, rules.ErrInvalid):
		code = engine.EInvalid
	case errors.Is(err, rules.ErrNotFound):
		code = notFound
	case errors.Is(err, rules.ErrConflict):
		code = engine.EDuplicate
	case errors.Is(err, rules.ErrTooLarge):
		code = ETooLarge
	default:
		return err
	}
	// The sentinel's and the package's prefixes say nothing the code does not.
	msg := strings.TrimPrefix(err.Error(), "rules: ")
	msg = strings.TrimPrefix(msg, code+": ")
	return engine.Errorf(code, "%s", msg)
}

// holdingView is one investor's line of a cap table.
type holdingView struct {
	InvestorID string           `json:"investor_id"`
	Balance    int64            `json:"balance"`
	Accounts   map[string]int64 `json:"accounts"`
	Lots       []abi.Lot        `json:"lots"`
	Locks      []registry.Lock  `json:"locks"`
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
	out := make([]holdingView, len(holdings))
	for i, h := range holdings {
		out[i] = holdingView{InvestorID: h.InvestorID, Balance: h.Balance, Accounts: h.Accounts,
			Lots: nonEmpty(h.Lots), Locks: nonEmpty(h.Locks)}
		if out[i].Accounts == nil {
			out[i].Accounts = map[string]int64{}
		}
	}
	writeJSON(w, http.StatusOK, map[string]any{"token": sym, "holdings": out, "stats": stats})
}

func (s *Server) stats(w http.ResponseWriter, r *http.Request) {
	st, err := s.ops.Stats(r.PathValue("symbol"))
	if err != nil {
		writeError(w, err)
		return
	}
	writeJSON(w, http.StatusOK, st)
}

func (s *Server) setLock(w http.ResponseWriter, r *http.Request) {
	var body struct {
		InvestorID string `json:"investor_id"`
		registry.Lock
	}
	if err := decode(w, r, &body); err != nil {
		writeError(w, err)
		return
	}
	// Another issuer's holder is unknown to this issuer here too: a lock
	// would let it reach into that investor.
	if _, ok := s.ops.Registry.Investor(body.InvestorID); !ok || !maySeeInvestor(principal(r), s.ops.Registry.HeldTokens(body.InvestorID)) {
		writeError(w, engine.Errorf(EUnknownInvestor, "no investor %q", body.InvestorID))
		return
	}
	if err := s.ops.SetLock(r.Context(), actor(r), r.PathValue("symbol"), body.InvestorID, body.Lock); err != nil {
		writeError(w, err)
		return
	}
	writeJSON(w, http.StatusCreated, body)
}

func (s *Server) removeLock(w http.ResponseWriter, r *http.Request) {
	sym, inv, name := r.PathValue("symbol"), r.PathValue("investor"), r.PathValue("name")
	// As for setLock: another issuer's holder is unknown here.
	if _, ok := s.ops.Registry.Investor(inv); !ok || !maySeeInvestor(principal(r), s.ops.Registry.HeldTokens(inv)) {
		writeError(w, engine.Errorf(EUnknownInvestor, "no investor %q", inv))
		return
	}
	if err := s.ops.RemoveLock(r.Context(), actor(r), sym, inv, name); err != nil {
		writeError(w, err)
		return
	}
	writeJSON(w, http.StatusOK, map[string]any{"token": sym, "investor_id": inv, "name": name, "removed": true})
}

// reconcileView is the answer of GET /v1/tokens/{symbol}/reconcile: the
// accounts whose cap-table balance differs from their wallet's on chain
// (empty when the two agree), and when the check ran (RFC 3339, venue clock).
type reconcileView struct {
	Token     string           `json:"token"`
	Drift     []registry.Drift `json:"drift"`
	CheckedAt string           `json:"checked_at"`
}

func (s *Server) reconcile(w http.ResponseWriter, r *http.Request) {
	sym := r.PathValue("symbol")
	drift, err := s.ops.Reconcile(r.Context(), sym)
	if err != nil {
		if engine.ErrorCode(err) == engine.EInternal {
			// A chain read failed (a node down, a timeout): not a bug of
			// ours, and its text is not the client's business.
			log.Printf("web: reconcile %s: %v", sym, err)
			err = engine.Errorf(engine.EUnavailable, "could not read the chain; try again")
		}
		writeError(w, err)
		return
	}
	writeJSON(w, http.StatusOK, reconcileView{Token: sym, Drift: nonEmpty(drift), CheckedAt: s.now().UTC().Format(time.RFC3339)})
}

// now is the venue's clock (issuer.Ops.Now), or the system's.
func (s *Server) now() time.Time {
	if s.ops.Now != nil {
		return s.ops.Now()
	}
	return time.Now()
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

// Investors.

func (s *Server) listInvestors(w http.ResponseWriter, r *http.Request) {
	p := principal(r)
	all := s.ops.Registry.Investors()
	if p.Role != RoleIssuer {
		writeJSON(w, http.StatusOK, nonEmpty(all))
		return
	}
	out := all[:0]
	for _, inv := range all {
		if maySeeInvestor(p, s.ops.Registry.HeldTokens(inv.ID)) {
			out = append(out, inv)
		}
	}
	writeJSON(w, http.StatusOK, nonEmpty(out))
}

func (s *Server) getInvestor(w http.ResponseWriter, r *http.Request) {
	id := r.PathValue("id")
	inv, ok := s.ops.Registry.Investor(id)
	if !ok || !maySeeInvestor(principal(r), s.ops.Registry.HeldTokens(id)) {
		// Another issuer's holder is as unknown as one that does not exist.
		writeError(w, engine.Errorf(EUnknownInvestor, "no investor %q", id))
		return
	}
	writeJSON(w, http.StatusOK, struct {
		registry.Investor
		Accounts []registry.Account `json:"accounts"`
	}{inv, nonEmpty(s.ops.Registry.Accounts(id))})
}

func (s *Server) putInvestor(w http.ResponseWriter, r *http.Request) {
	var inv registry.Investor
	if err := decode(w, r, &inv); err != nil {
		writeError(w, err)
		return
	}
	if err := mayChangeInvestor(principal(r), s.ops.Registry.HeldTokens(inv.ID)); err != nil {
		writeError(w, err)
		return
	}
	if err := s.ops.PutInvestor(r.Context(), actor(r), inv); err != nil {
		writeError(w, err)
		return
	}
	writeJSON(w, http.StatusCreated, inv)
}
