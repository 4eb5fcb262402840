package registry

import (
	"time"

	"github.com/regulavenue/regula/engine"
	"github.com/regulavenue/regula/rules/abi"
)

// Context builds the RULES.md transfer context of a trade of qty units of
// token at price between the seller and buyer accounts ("" for a party absent
// at order entry), evaluated at at. It reads memory only, under the read lock,
// and returns a context that shares nothing with the registry.
//
// A party's balance, lots and locks are its investor's position in the token
// (all of the investor's accounts), because holder counts and holding periods
// are per investor; the venue checks the selling account's own balance
// itself. Token stats are those of Stats(token.Symbol, at).
//
// Errors: engine.EInvalid (unknown phase, a party missing or present against
// the phase, negative price), engine.EBadQuantity (quantity not positive),
// engine.EUnknownToken (token not registered), engine.EUnknownAcct (an
// account the registry does not know, with its id in the message).
func (r *Registry) Context(phase string, at time.Time, token TokenInfo, seller, buyer string, qty, price int64) (*abi.Context, error) {
	switch phase {
	case abi.PhaseOrderEntry:
		if (seller == "") == (buyer == "") {
			return nil, engine.Errorf(engine.EInvalid, "order_entry context needs exactly one party")
		}
	case abi.PhaseMatch, abi.PhaseSettlement:
		if seller == "" || buyer == "" {
			return nil, engine.Errorf(engine.EInvalid, "%s context needs both parties", phase)
		}
	default:
		return nil, engine.Errorf(engine.EInvalid, "unknown phase %q", phase)
	}
	if qty <= 0 {
		return nil, engine.Errorf(engine.EBadQuantity, "quantity %d is not positive", qty)
	}
	if price < 0 {
		return nil, engine.Errorf(engine.EInvalid, "price %d is negative", price)
	}
	c := &abi.Context{
		Phase: phase,
		Time:  at.UTC(),
		Token: abi.Token{
			Symbol:   token.Symbol,
			Decimals: token.Decimals,
			Offering: token.Offering,
			MiCA:     token.MiCA,
		},
		Quantity: qty,
		Price:    price,
	}
	r.mu.RLock()
	defer r.mu.RUnlock()
	ts := r.tokens[token.Symbol]
	if ts == nil {
		return nil, unknownToken(token.Symbol)
	}
	ts.stats(at, &c.Token.Stats)
	var err error
	if seller != "" {
		if c.Seller, err = r.party(ts, seller); err != nil {
			return nil, err
		}
	}
	if buyer != "" {
		if c.Buyer, err = r.party(ts, buyer); err != nil {
			return nil, err
		}
	}
	return c, nil
}

// party builds one side of a context; call with mu read-locked.
func (r *Registry) party(ts *tokenState, account string) (*abi.Party, error) {
	a, ok := r.accounts[account]
	if !ok {
		return nil, unknownAccount(account)
	}
	inv := r.investors[a.InvestorID]
	p := &abi.Party{
		Account:                a.ID,
		InvestorID:             inv.ID,
		Country:                inv.Country,
		USPerson:               inv.USPerson,
		Accredited:             inv.Accredited,
		AccreditationExpiresAt: inv.AccreditationExpiresAt,
		InvestorClass:          inv.Class,
		KYC:                    abi.KYC{Status: inv.KYCStatus, ExpiresAt: inv.KYCExpiresAt},
	}
	if pos := ts.positions[inv.ID]; pos != nil {
		p.Balance = pos.balance
		p.Lots = abiLots(pos)
		if len(pos.locks) > 0 {
			for _, l := range sortedLocks(pos) {
				p.Locks = append(p.Locks, abi.Lock{Quantity: l.Quantity, Until: l.Until, Reason: l.Reason})
			}
		}
	}
	return p, nil
}
