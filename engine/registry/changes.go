package registry

import (
	"context"
	"slices"
	"sort"

	"github.com/ethereum/go-ethereum/common"
	"github.com/jmoiron/sqlx"

	"github.com/regulavenue/regula/engine"
)

// Every change below is one SQL transaction holding the change, its audit
// entry (who, when, before and after as JSON) and the whitelist entries it
// alters; memory is updated only after the commit, so a failed change leaves
// nothing behind. The whitelist entries are then sent to the Mirror; a
// failure there does not fail the change (see RetryMirror).

// AddToken registers a token symbol with the registry (cap table, locks,
// whitelist). Every existing account gets a whitelist entry on it. A symbol
// already registered is engine.EDuplicate.
func (r *Registry) AddToken(ctx context.Context, actor, symbol string) error {
	if err := validActor(actor); err != nil {
		return err
	}
	if err := validID("token symbol", symbol); err != nil {
		return err
	}
	var s staged
	err := r.write(ctx, func(tx *sqlx.Tx) (func(), error) {
		if r.tokens[symbol] != nil {
			return nil, engine.Errorf(engine.EDuplicate, "token %q already registered", symbol)
		}
		if err := exec(ctx, tx, `INSERT INTO reg_tokens (symbol, created_at) VALUES (?, ?)`, symbol, fmtTime(r.now())); err != nil {
			return nil, err
		}
		if err := r.audit(ctx, tx, actor, ActionTokenAdd, symbol, nil, map[string]string{"symbol": symbol}); err != nil {
			return nil, err
		}
		now := r.now()
		for _, a := range r.accounts {
			if err := r.stage(ctx, tx, &s, symbol, a.Wallet, whitelistEntry(r.investors[a.InvestorID], 0, nil, now)); err != nil {
				return nil, err
			}
		}
		return func() {
			r.tokens[symbol] = newTokenState()
			r.applyStaged(&s)
		}, nil
	})
	if err != nil {
		return err
	}
	r.deliverLogged(ctx, &s)
	return nil
}

// PutInvestor creates an investor or replaces all of its facts. The
// investor's contribution to every token's holder statistics is recomputed
// and its wallets' whitelist entries follow. Invalid input (country not ISO
// 3166-1 alpha-2, unknown class or KYC status, bad id) is engine.EInvalid.
func (r *Registry) PutInvestor(ctx context.Context, actor string, inv Investor) error {
	if err := validActor(actor); err != nil {
		return err
	}
	inv, err := inv.normalize()
	if err != nil {
		return err
	}
	var s staged
	err = r.write(ctx, func(tx *sqlx.Tx) (func(), error) {
		old, existed := r.investors[inv.ID]
		action, before := ActionInvestorCreate, any(nil)
		if existed {
			action, before = ActionInvestorUpdate, old
		}
		if err := exec(ctx, tx, `INSERT INTO reg_investors (id, country, us_person, investor_class, kyc_status, kyc_expires_at, accredited, accreditation_expires_at)
			VALUES (?, ?, ?, ?, ?, ?, ?, ?)
			ON CONFLICT (id) DO UPDATE SET country = excluded.country, us_person = excluded.us_person,
			investor_class = excluded.investor_class, kyc_status = excluded.kyc_status, kyc_expires_at = excluded.kyc_expires_at,
			accredited = excluded.accredited, accreditation_expires_at = excluded.accreditation_expires_at`,
			inv.ID, inv.Country, b2i(inv.USPerson), inv.Class, inv.KYCStatus, fmtTime(inv.KYCExpiresAt),
			b2i(inv.Accredited), fmtTime(inv.AccreditationExpiresAt)); err != nil {
			return nil, err
		}
		if err := r.audit(ctx, tx, actor, action, inv.ID, before, inv); err != nil {
			return nil, err
		}
		now := r.now()
		for sym, ts := range r.tokens {
			var bal int64
			var locks map[string]Lock
			if p := ts.positions[inv.ID]; p != nil {
				bal, locks = p.balance, p.locks
			}
			e := whitelistEntry(inv, bal, locks, now)
			for _, id := range r.invAccounts[inv.ID] {
				if err := r.stage(ctx, tx, &s, sym, r.accounts[id].Wallet, e); err != nil {
					return nil, err
				}
			}
		}
		return func() {
			for _, ts := range r.tokens {
				if p := ts.positions[inv.ID]; p != nil && p.balance > 0 {
					ts.apply(contribOf(old, p.balance), -1)
					ts.apply(contribOf(inv, p.balance), 1)
				}
			}
			r.investors[inv.ID] = inv
			r.applyStaged(&s)
		}, nil
	})
	if err != nil {
		return err
	}
	r.deliverLogged(ctx, &s)
	return nil
}

// AddAccount adds a venue account to an existing investor. The account id
// and the wallet must both be new (engine.EDuplicate); an unknown investor is
// engine.EUnknownAcct; the zero wallet is engine.EInvalid. Accounts are never
// moved between investors.
func (r *Registry) AddAccount(ctx context.Context, actor string, a Account) error {
	if err := validActor(actor); err != nil {
		return err
	}
	if err := validID("account id", a.ID); err != nil {
		return err
	}
	if a.Wallet == ([20]byte{}) {
		return engine.Errorf(engine.EInvalid, "account %s: wallet is the zero address", a.ID)
	}
	var s staged
	err := r.write(ctx, func(tx *sqlx.Tx) (func(), error) {
		inv, ok := r.investors[a.InvestorID]
		if !ok {
			return nil, engine.Errorf(engine.EUnknownAcct, "unknown investor %q", a.InvestorID)
		}
		if _, dup := r.accounts[a.ID]; dup {
			return nil, engine.Errorf(engine.EDuplicate, "account %q already exists", a.ID)
		}
		if other, dup := r.byWallet[a.Wallet]; dup {
			return nil, engine.Errorf(engine.EDuplicate, "wallet %s already belongs to account %q", a.Wallet.Hex(), other)
		}
		if err := exec(ctx, tx, `INSERT INTO reg_accounts (id, investor_id, wallet) VALUES (?, ?, ?)`, a.ID, a.InvestorID, a.Wallet.Hex()); err != nil {
			return nil, err
		}
		if err := r.audit(ctx, tx, actor, ActionAccountAdd, a.ID, nil, a); err != nil {
			return nil, err
		}
		now := r.now()
		for sym, ts := range r.tokens {
			var bal int64
			var locks map[string]Lock
			if p := ts.positions[inv.ID]; p != nil {
				bal, locks = p.balance, p.locks
			}
			if err := r.stage(ctx, tx, &s, sym, a.Wallet, whitelistEntry(inv, bal, locks, now)); err != nil {
				return nil, err
			}
		}
		return func() {
			r.accounts[a.ID] = a
			r.byWallet[a.Wallet] = a.ID
			ids := append(slices.Clone(r.invAccounts[a.InvestorID]), a.ID)
			sort.Strings(ids)
			r.invAccounts[a.InvestorID] = ids
			r.applyStaged(&s)
		}, nil
	})
	if err != nil {
		return err
	}
	r.deliverLogged(ctx, &s)
	return nil
}

// SetLock creates or replaces the lock named l.Name on an investor's position
// in token. Quantity must be positive (engine.EBadQuantity) and Until set
// (engine.EInvalid); locks may exceed the balance (they lock future units).
func (r *Registry) SetLock(ctx context.Context, actor, token, investorID string, l Lock) error {
	if err := validActor(actor); err != nil {
		return err
	}
	if err := validID("lock name", l.Name); err != nil {
		return err
	}
	if l.Quantity <= 0 {
		return engine.Errorf(engine.EBadQuantity, "lock %s: quantity %d is not positive", l.Name, l.Quantity)
	}
	if l.Until.IsZero() {
		return engine.Errorf(engine.EInvalid, "lock %s: until is required", l.Name)
	}
	if len(l.Reason) > 1024 {
		return engine.Errorf(engine.EInvalid, "lock %s: reason over 1024 bytes", l.Name)
	}
	l.Until = utc(l.Until)
	return r.changeLock(ctx, actor, token, investorID, l.Name, &l)
}

// RemoveLock removes a named lock; removing a lock that does not exist is
// engine.EInvalid.
func (r *Registry) RemoveLock(ctx context.Context, actor, token, investorID, name string) error {
	if err := validActor(actor); err != nil {
		return err
	}
	return r.changeLock(ctx, actor, token, investorID, name, nil)
}

func (r *Registry) changeLock(ctx context.Context, actor, token, investorID, name string, l *Lock) error {
	var s staged
	err := r.write(ctx, func(tx *sqlx.Tx) (func(), error) {
		ts := r.tokens[token]
		if ts == nil {
			return nil, unknownToken(token)
		}
		inv, ok := r.investors[investorID]
		if !ok {
			return nil, engine.Errorf(engine.EUnknownAcct, "unknown investor %q", investorID)
		}
		var bal int64
		locks := map[string]Lock{}
		if p := ts.positions[investorID]; p != nil {
			bal = p.balance
			for k, v := range p.locks {
				locks[k] = v
			}
		}
		old, existed := locks[name]
		var before, after any
		if existed {
			before = old
		}
		subject := token + "/" + investorID + "/" + name
		if l == nil {
			if !existed {
				return nil, engine.Errorf(engine.EInvalid, "no lock %q on %s for investor %s", name, token, investorID)
			}
			delete(locks, name)
			if err := exec(ctx, tx, `DELETE FROM reg_locks WHERE token = ? AND investor_id = ? AND name = ?`, token, investorID, name); err != nil {
				return nil, err
			}
			if err := r.audit(ctx, tx, actor, ActionLockRemove, subject, before, nil); err != nil {
				return nil, err
			}
		} else {
			locks[name] = *l
			after = *l
			if err := exec(ctx, tx, `INSERT INTO reg_locks (token, investor_id, name, quantity, until_at, reason) VALUES (?, ?, ?, ?, ?, ?)
				ON CONFLICT (token, investor_id, name) DO UPDATE SET quantity = excluded.quantity, until_at = excluded.until_at, reason = excluded.reason`,
				token, investorID, name, l.Quantity, fmtTime(l.Until), l.Reason); err != nil {
				return nil, err
			}
			if err := r.audit(ctx, tx, actor, ActionLockSet, subject, before, after); err != nil {
				return nil, err
			}
		}
		e := whitelistEntry(inv, bal, locks, r.now())
		for _, id := range r.invAccounts[investorID] {
			if err := r.stage(ctx, tx, &s, token, r.accounts[id].Wallet, e); err != nil {
				return nil, err
			}
		}
		return func() {
			ts.position(investorID).locks = locks
			r.applyStaged(&s)
		}, nil
	})
	if err != nil {
		return err
	}
	r.deliverLogged(ctx, &s)
	return nil
}

// deliverLogged sends a change's whitelist entries; failures were logged and
// stay pending, so they are not the change's error.
func (r *Registry) deliverLogged(ctx context.Context, s *staged) {
	_ = r.deliver(ctx, s.keys())
}

func validActor(actor string) error { return validID("actor", actor) }

// Investor returns the investor with the given id.
func (r *Registry) Investor(id string) (Investor, bool) {
	r.mu.RLock()
	defer r.mu.RUnlock()
	inv, ok := r.investors[id]
	return inv, ok
}

// Account returns the account with the given id.
func (r *Registry) Account(id string) (Account, bool) {
	r.mu.RLock()
	defer r.mu.RUnlock()
	a, ok := r.accounts[id]
	return a, ok
}

// AccountByWallet returns the account whose wallet is w.
func (r *Registry) AccountByWallet(w common.Address) (Account, bool) {
	r.mu.RLock()
	defer r.mu.RUnlock()
	id, ok := r.byWallet[w]
	if !ok {
		return Account{}, false
	}
	return r.accounts[id], true
}

// Accounts returns an investor's accounts, by id.
func (r *Registry) Accounts(investorID string) []Account {
	r.mu.RLock()
	defer r.mu.RUnlock()
	ids := r.invAccounts[investorID]
	out := make([]Account, len(ids))
	for i, id := range ids {
		out[i] = r.accounts[id]
	}
	return out
}

// Investors returns every investor, by id.
func (r *Registry) Investors() []Investor {
	r.mu.RLock()
	out := make([]Investor, 0, len(r.investors))
	for _, inv := range r.investors {
		out = append(out, inv)
	}
	r.mu.RUnlock()
	sort.Slice(out, func(i, j int) bool { return out[i].ID < out[j].ID })
	return out
}

// Tokens returns the registered token symbols, sorted.
func (r *Registry) Tokens() []string {
	r.mu.RLock()
	out := make([]string, 0, len(r.tokens))
	for s := range r.tokens {
		out = append(out, s)
	}
	r.mu.RUnlock()
	sort.Strings(out)
	return out
}

// HeldTokens returns the tokens of which an investor holds a balance,
// sorted.
func (r *Registry) HeldTokens(investorID string) []string {
	r.mu.RLock()
	var out []string
	for sym, ts := range r.tokens {
		if p := ts.positions[investorID]; p != nil && p.balance != 0 {
			out = append(out, sym)
		}
	}
	r.mu.RUnlock()
	sort.Strings(out)
	return out
}

// Locks returns an investor's locks on token, by name (expired ones too).
func (r *Registry) Locks(token, investorID string) []Lock {
	r.mu.RLock()
	defer r.mu.RUnlock()
	ts := r.tokens[token]
	if ts == nil {
		return nil
	}
	return sortedLocks(ts.positions[investorID])
}

func sortedLocks(p *position) []Lock {
	if p == nil || len(p.locks) == 0 {
		return nil
	}
	out := make([]Lock, 0, len(p.locks))
	for _, l := range p.locks {
		out = append(out, l)
	}
	sort.Slice(out, func(i, j int) bool { return out[i].Name < out[j].Name })
	return out
}

// Wallet returns the wallet of an account, or engine.EUnknownAcct. It has the
// shape of engine/settle's Wallets, so the registry can be handed to the
// settlement pipeline as is.
func (r *Registry) Wallet(_ context.Context, account string) (common.Address, error) {
	r.mu.RLock()
	defer r.mu.RUnlock()
	a, ok := r.accounts[account]
	if !ok {
		return common.Address{}, unknownAccount(account)
	}
	return a.Wallet, nil
}
