package web

import (
	"net/http"
	"slices"

	"github.com/regulavenue/regula/engine"
)

// policy says who may call a route: the roles allowed outright, plus the
// issuer of the token named by the {symbol} path value, plus the trader of
// the account named by the {id} path value.
type policy struct {
	roles        []Role
	issuerOfPath bool
	traderOfPath bool
}

// anyone is every authenticated key.
var anyone = policy{roles: []Role{RoleTrader, RoleIssuer, RoleCompliance, RoleOperator}}

// only allows the given roles.
func only(roles ...Role) policy { return policy{roles: roles} }

func (pol policy) allows(p Principal, r *http.Request) bool {
	switch {
	case slices.Contains(pol.roles, p.Role):
		return true
	case pol.issuerOfPath && p.Issues(r.PathValue("symbol")):
		return true
	case pol.traderOfPath && p.ActsFor(r.PathValue("id")):
		return true
	}
	return false
}

var errForbidden = engine.Errorf(EForbidden, "this API key's role or ownership does not allow this")

// principal is the request's principal; guard put it there.
func principal(r *http.Request) Principal {
	p, _ := PrincipalFrom(r.Context())
	return p
}

// actor names who asked, for the registry's audit trail: the key's id.
func actor(r *http.Request) string { return "key:" + principal(r).KeyID }

// The checks below depend on the request's body or query, so the route
// table cannot make them; handlers call them before acting.

// ownAccount returns the account a trader acts on: its key's, when the
// request names none or names that one; naming another is forbidden.
func ownAccount(p Principal, named string) (string, error) {
	if named == "" || named == p.Account {
		return p.Account, nil
	}
	return "", errForbidden
}

// mayChangeInvestor: an operator, or an issuer when every token the
// investor holds is one of its own. An investor's KYC, accreditation and
// accounts decide what it may do with every token it holds, so an issuer must not change those of another issuer's holders;
// a shared holder is the operator's to change. A new investor, or one who
// holds nothing yet, any issuer may onboard.
func mayChangeInvestor(p Principal, held []string) error {
	if p.Role == RoleOperator {
		return nil
	}
	for _, t := range held {
		if !p.Issues(t) {
			return engine.Errorf(EForbidden, "the investor holds %s, which this key does not issue: ask the operator", t)
		}
	}
	return nil
}

// maySeeInvestor: compliance and operators see every investor; an issuer
// those who hold one of its tokens, and those who hold nothing yet (whom it
// may be onboarding). Other issuers' holders' KYC, country and wallets are
// not its business.
func maySeeInvestor(p Principal, held []string) bool {
	if p.Role != RoleIssuer || len(held) == 0 {
		return true
	}
	return slices.ContainsFunc(held, p.Issues)
}

// mayCreateToken: an operator, or an issuer whose key lists the symbol.
func mayCreateToken(p Principal, symbol string) error {
	if p.Role == RoleOperator || p.Issues(symbol) {
		return nil
	}
	return errForbidden
}

// accountFilter is the account whose orders a
// request may read: an operator names any (or none: everyone's), a trader
// only its own (none: its own), others none.
func accountFilter(p Principal, named string) (acct string, all bool, err error) {
	switch p.Role {
	case RoleOperator:
		return named, named == "", nil
	case RoleTrader:
		a, err := ownAccount(p, named)
		return a, false, err
	}
	if named != "" {
		return "", false, errForbidden
	}
	return "", false, nil
}

// tokensFilter is the tokens a decision-log read covers: an issuer's own
// (or the one named, if its), anyone else's named one or all (nil).
func tokensFilter(p Principal, named string) ([]string, error) {
	if p.Role != RoleIssuer {
		if named == "" {
			return nil, nil
		}
		return []string{named}, nil
	}
	if named == "" {
		return slices.Clone(p.Tokens), nil
	}
	if !p.Issues(named) {
		return nil, errForbidden
	}
	return []string{named}, nil
}

// orderOwner finds the account of an order for a reader: a trader reads
// only its own (another's is unknown_order, as if it did not exist); an
// operator reads any.
func (s *Server) orderOwner(p Principal, id uint64) (string, error) {
	if p.Role == RoleTrader {
		if _, err := s.v.Order(p.Account, id); err != nil {
			return "", err
		}
		return p.Account, nil
	}
	for _, acct := range s.accounts() {
		if _, err := s.v.Order(acct, id); err == nil {
			return acct, nil
		}
	}
	return "", engine.Errorf(engine.EUnknownOrder, "no order %d", id)
}

// accounts lists every registered account id, by investor then opening.
func (s *Server) accounts() []string {
	var out []string
	for _, inv := range s.ops.Registry.Investors() {
		for _, a := range s.ops.Registry.Accounts(inv.ID) {
			out = append(out, a.ID)
		}
	}
	return out
}
