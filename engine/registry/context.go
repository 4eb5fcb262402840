package registry

import (
	"maps"
	"slices"
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
	return r.ContextAfter(phase, at, token, seller, buyer, qty, price, nil)
}

// ContextAfter is Context as it will be once the transfers ahead are
// recorded: trades approved but not yet in the cap table (matched and
// settling, or earlier in the same settlement batch), in the order they
// were approved. Each moves balances and lots as Transfer would (FIFO out of
// the seller's lots, a new lot for the buyer acquired at its At, or at at
// when zero), so holder statistics, balances and lots are those after them,
// and those of ahead's UTC day count towards DailyTransactions. Transfers
// of other tokens, and transfers whose Ref the cap table has already
// recorded (a settlement reported to the cap table, not yet to the venue),
// are left out. Nothing in the registry changes.
//
// It is how a holder cap or a lock holds across trades that settle
// together: each is checked against the cap table as the ones before it
// leave it. Errors are Context's; a transfer ahead naming an account the
// registry does not know is engine.EUnknownAcct.
func (r *Registry) ContextAfter(phase string, at time.Time, token TokenInfo, seller, buyer string, qty, price int64, ahead []Transfer) (*abi.Context, error) {
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
	view, err := r.overlay(ts, token.Symbol, at, ahead, &c.Token.Stats, seller, buyer)
	if err != nil {
		return nil, err
	}
	if seller != "" {
		if c.Seller, err = r.party(ts, view, seller); err != nil {
			return nil, err
		}
	}
	if buyer != "" {
		if c.Buyer, err = r.party(ts, view, buyer); err != nil {
			return nil, err
		}
	}
	return c, nil
}

// overlay applies the transfers ahead of token to the statistics s (the
// token's at at) and returns the positions of the parties (seller and buyer
// accounts, "" for none) as those transfers leave them, by investor id; a
// party they do not touch is absent. Call with mu read-locked.
//
// Only the parties need their lots replayed; every other investor the
// transfers touch counts by its net balance change, which is all the
// statistics need.
func (r *Registry) overlay(ts *tokenState, token string, at time.Time, ahead []Transfer, s *abi.Stats, parties ...string) (map[string]*position, error) {
	var delta map[string]int64 // investor -> net balance change
	day := utcDay(at)
	for _, t := range ahead {
		if !r.pending(token, t) {
			continue
		}
		sa, ok := r.accounts[t.Seller]
		if !ok {
			return nil, unknownAccount(t.Seller)
		}
		ba, ok := r.accounts[t.Buyer]
		if !ok {
			return nil, unknownAccount(t.Buyer)
		}
		if utcDay(t.when(at)) == day {
			s.DailyTransactions++
		}
		if sa.InvestorID == ba.InvestorID || t.Quantity <= 0 {
			continue
		}
		if delta == nil {
			delta = map[string]int64{}
		}
		delta[sa.InvestorID] -= t.Quantity
		delta[ba.InvestorID] += t.Quantity
	}
	if len(delta) == 0 {
		return nil, nil
	}
	s.HoldersByCountry = maps.Clone(s.HoldersByCountry)
	if s.HoldersByCountry == nil {
		s.HoldersByCountry = map[string]int64{}
	}
	for id, d := range delta {
		if d == 0 {
			continue
		}
		inv := r.investors[id]
		var before int64
		if cur := ts.positions[id]; cur != nil {
			before = cur.balance
		}
		adjustStats(s, contribOf(inv, before), -1, at)
		adjustStats(s, contribOf(inv, before+d), 1, at)
	}
	if len(s.HoldersByCountry) == 0 {
		s.HoldersByCountry = nil
	}
	view := map[string]*position{}
	for _, acc := range parties {
		a, ok := r.accounts[acc]
		if !ok || view[a.InvestorID] != nil {
			continue // an unknown party is party's error
		}
		if _, touched := delta[a.InvestorID]; touched {
			view[a.InvestorID] = r.replay(ts, token, at, ahead, a.InvestorID)
		}
	}
	return view, nil
}

// replay is investor inv's position after the transfers ahead: FIFO out of
// its lots for what it sold, a new lot for what it bought. Call with mu
// read-locked, after overlay checked the accounts.
func (r *Registry) replay(ts *tokenState, token string, at time.Time, ahead []Transfer, inv string) *position {
	p := &position{}
	if cur := ts.positions[inv]; cur != nil {
		p = &position{balance: cur.balance, lots: slices.Clone(cur.lots), locks: cur.locks}
	}
	for _, t := range ahead {
		if !r.pending(token, t) || t.Quantity <= 0 {
			continue
		}
		si, bi := r.accounts[t.Seller].InvestorID, r.accounts[t.Buyer].InvestorID
		switch {
		case si == bi:
		case si == inv:
			p.lots, _, _ = consume(p.lots, t.Quantity)
			p.balance -= t.Quantity
		case bi == inv:
			p.lots = insertLot(p.lots, lot{qty: t.Quantity, at: utc(t.when(at))})
			p.balance += t.Quantity
		}
	}
	return p
}

// adjustStats adds (sign 1) or removes (sign -1) one investor's contribution
// to statistics read at at, as tokenState.apply and stats would.
func adjustStats(s *abi.Stats, c contrib, sign int64, at time.Time) {
	if !c.holder {
		return
	}
	s.Holders += sign
	if c.us {
		s.USHolders += sign
	}
	if c.nonAcc || c.accExp != 0 && c.accExp <= nanos(at) {
		s.NonAccreditedHolders += sign
	}
	if n := s.HoldersByCountry[c.country] + sign; n == 0 {
		delete(s.HoldersByCountry, c.country)
	} else {
		s.HoldersByCountry[c.country] = n
	}
}

// party builds one side of a context, from view's position of its investor
// when there is one; call with mu read-locked.
func (r *Registry) party(ts *tokenState, view map[string]*position, account string) (*abi.Party, error) {
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
	pos := view[inv.ID]
	if pos == nil {
		pos = ts.positions[inv.ID]
	}
	if pos != nil {
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

// pending says whether a transfer ahead is of token and not yet recorded;
// call with mu read-locked.
func (r *Registry) pending(token string, t Transfer) bool {
	if t.Token != token {
		return false
	}
	_, done := r.recent[tokAcc{token, t.Ref}]
	return t.Ref == "" || !done
}

// when is the transfer's settlement time, or at when it has none yet.
func (t Transfer) when(at time.Time) time.Time {
	if t.At.IsZero() {
		return at
	}
	return t.At
}
