package registry

import (
	"context"
	"fmt"
	"math"
	"slices"
	"sort"
	"time"

	"github.com/ethereum/go-ethereum/common"
	"github.com/jmoiron/sqlx"

	"github.com/regulavenue/regula/engine"
	"github.com/regulavenue/regula/rules/abi"
)

// The cap table keeps, per token, each account's balance and each investor's
// lots (quantity, acquired_at), oldest first; an investor's lots sum to the
// balances of its accounts. A sale consumes the seller's lots oldest first
// (FIFO) and gives the buyer one new lot acquired at settlement. A transfer
// between two accounts of the same investor moves the account balances and
// leaves the lots alone: the beneficial owner, and so the holding period, do
// not change.

// Mint issues quantity units of token to an account, as a new lot acquired at
// at. The mint is audited. Errors: engine.EBadQuantity (quantity not positive
// or supply overflow), engine.EUnknownToken, engine.EUnknownAcct,
// engine.EInvalid (zero time).
func (r *Registry) Mint(ctx context.Context, actor, token, account string, quantity int64, at time.Time) error {
	if err := validActor(actor); err != nil {
		return err
	}
	if quantity <= 0 {
		return engine.Errorf(engine.EBadQuantity, "mint quantity %d is not positive", quantity)
	}
	if at.IsZero() {
		return engine.Errorf(engine.EInvalid, "mint needs an acquisition time")
	}
	at = utc(at)
	var s staged
	err := r.write(ctx, func(tx *sqlx.Tx) (func(), error) {
		ts := r.tokens[token]
		if ts == nil {
			return nil, unknownToken(token)
		}
		acc, ok := r.accounts[account]
		if !ok {
			return nil, unknownAccount(account)
		}
		if ts.supply > math.MaxInt64-quantity {
			return nil, engine.Errorf(engine.EBadQuantity, "mint of %d would overflow the supply of %s", quantity, token)
		}
		inv := r.investors[acc.InvestorID]
		p := ts.positions[inv.ID]
		var oldBal int64
		var oldLots []lot
		var locks map[string]Lock
		if p != nil {
			oldBal, oldLots, locks = p.balance, p.lots, p.locks
		}
		accBal := ts.balances[account]
		id := r.nextLot + 1
		l := lot{id: id, qty: quantity, at: at}
		newLots := insertLot(oldLots, l)
		if err := exec(ctx, tx, `INSERT INTO reg_lots (id, token, investor_id, quantity, acquired_at) VALUES (?, ?, ?, ?, ?)`,
			id, token, inv.ID, quantity, fmtTime(at)); err != nil {
			return nil, err
		}
		if err := upsertBalance(ctx, tx, token, account, accBal+quantity); err != nil {
			return nil, err
		}
		type bal struct {
			Token   string `json:"token"`
			Account string `json:"account"`
			Balance int64  `json:"balance"`
		}
		if err := r.audit(ctx, tx, actor, ActionMint, token+"/"+account,
			bal{token, account, accBal},
			struct {
				bal
				Quantity   int64     `json:"quantity"`
				AcquiredAt time.Time `json:"acquired_at"`
			}{bal{token, account, accBal + quantity}, quantity, at}); err != nil {
			return nil, err
		}
		e := whitelistEntry(inv, oldBal+quantity, locks, r.now())
		for _, aid := range r.invAccounts[inv.ID] {
			if err := r.stage(ctx, tx, &s, token, r.accounts[aid].Wallet, e); err != nil {
				return nil, err
			}
		}
		r.nextLot = id
		return func() {
			p := ts.position(inv.ID)
			ts.apply(contribOf(inv, oldBal), -1)
			p.balance = oldBal + quantity
			p.lots = newLots
			ts.apply(contribOf(inv, p.balance), 1)
			ts.balances[account] = accBal + quantity
			ts.supply += quantity
			r.applyStaged(&s)
		}, nil
	})
	if err != nil {
		return err
	}
	r.deliverLogged(ctx, &s)
	return nil
}

// insertLot returns a new slice: lots with l inserted after every lot
// acquired at or before l.at.
func insertLot(lots []lot, l lot) []lot {
	i := sort.Search(len(lots), func(i int) bool { return lots[i].at.After(l.at) })
	out := make([]lot, 0, len(lots)+1)
	out = append(out, lots[:i]...)
	out = append(out, l)
	return append(out, lots[i:]...)
}

func upsertBalance(ctx context.Context, tx *sqlx.Tx, token, account string, qty int64) error {
	return exec(ctx, tx, `INSERT INTO reg_balances (token, account, quantity) VALUES (?, ?, ?)
		ON CONFLICT (token, account) DO UPDATE SET quantity = excluded.quantity`, token, account, qty)
}

// Transfer records a settled trade: the seller's lots are consumed oldest
// first, the buyer gets a lot acquired at t.At, holder statistics and the
// day's transaction count are updated, and both investors' whitelist entries
// follow. Nothing is applied on error. Errors: engine.EBadQuantity,
// engine.EBadPrice, engine.EUnknownToken, engine.EUnknownAcct,
// engine.EInsufficient (quantity beyond the seller account's balance),
// engine.EDuplicate (Ref already recorded), engine.EInvalid.
func (r *Registry) Transfer(ctx context.Context, t Transfer) error {
	if t.Quantity <= 0 {
		return engine.Errorf(engine.EBadQuantity, "transfer quantity %d is not positive", t.Quantity)
	}
	if t.Price < 0 {
		return engine.Errorf(engine.EBadPrice, "transfer price %d is negative", t.Price)
	}
	if t.At.IsZero() {
		return engine.Errorf(engine.EInvalid, "transfer needs a settlement time")
	}
	if t.Seller == t.Buyer {
		return engine.Errorf(engine.EInvalid, "transfer from account %q to itself", t.Seller)
	}
	if len(t.Ref) > MaxIDLen {
		return engine.Errorf(engine.EInvalid, "transfer ref over %d bytes", MaxIDLen)
	}
	t.At = utc(t.At)
	var s staged
	err := r.write(ctx, func(tx *sqlx.Tx) (func(), error) {
		ts := r.tokens[t.Token]
		if ts == nil {
			return nil, unknownToken(t.Token)
		}
		sa, ok := r.accounts[t.Seller]
		if !ok {
			return nil, unknownAccount(t.Seller)
		}
		ba, ok := r.accounts[t.Buyer]
		if !ok {
			return nil, unknownAccount(t.Buyer)
		}
		sBal, bBal := ts.balances[t.Seller], ts.balances[t.Buyer]
		if t.Quantity > sBal {
			return nil, engine.Errorf(engine.EInsufficient, "account %s holds %d %s, cannot transfer %d", t.Seller, sBal, t.Token, t.Quantity)
		}
		if t.Ref != "" {
			var n int
			if err := tx.GetContext(ctx, &n, tx.Rebind(`SELECT COUNT(*) FROM reg_transfers WHERE token = ? AND ref = ?`), t.Token, t.Ref); err != nil {
				return nil, fmt.Errorf("registry: %w", err)
			}
			if n > 0 {
				return nil, engine.Errorf(engine.EDuplicate, "transfer %q of %s already recorded", t.Ref, t.Token)
			}
		}
		sInv, bInv := r.investors[sa.InvestorID], r.investors[ba.InvestorID]
		sp, bp := ts.positions[sInv.ID], ts.positions[bInv.ID] // sp is non-nil: the seller holds units
		var bOld int64
		var bLots []lot
		var bLocks map[string]Lock
		if bp != nil {
			bOld, bLots, bLocks = bp.balance, bp.lots, bp.locks
		}
		same := sInv.ID == bInv.ID
		if !same && bOld > math.MaxInt64-t.Quantity {
			return nil, engine.Errorf(engine.EBadQuantity, "transfer would overflow the buyer's balance")
		}
		var sLots, bNew []lot
		if !same {
			var consumed []int64
			var partial *lot
			sLots, consumed, partial = consume(sp.lots, t.Quantity)
			for _, id := range consumed {
				if err := exec(ctx, tx, `DELETE FROM reg_lots WHERE id = ?`, id); err != nil {
					return nil, err
				}
			}
			if partial != nil {
				if err := exec(ctx, tx, `UPDATE reg_lots SET quantity = ? WHERE id = ?`, partial.qty, partial.id); err != nil {
					return nil, err
				}
			}
			id := r.nextLot + 1
			bNew = insertLot(bLots, lot{id: id, qty: t.Quantity, at: t.At})
			if err := exec(ctx, tx, `INSERT INTO reg_lots (id, token, investor_id, quantity, acquired_at) VALUES (?, ?, ?, ?, ?)`,
				id, t.Token, bInv.ID, t.Quantity, fmtTime(t.At)); err != nil {
				return nil, err
			}
		}
		if err := upsertBalance(ctx, tx, t.Token, t.Seller, sBal-t.Quantity); err != nil {
			return nil, err
		}
		if err := upsertBalance(ctx, tx, t.Token, t.Buyer, bBal+t.Quantity); err != nil {
			return nil, err
		}
		tid := r.nextTransfer + 1
		day := utcDay(t.At)
		if err := exec(ctx, tx, `INSERT INTO reg_transfers (id, token, ref, seller, buyer, quantity, price, at, day) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)`,
			tid, t.Token, t.Ref, t.Seller, t.Buyer, t.Quantity, t.Price, fmtTime(t.At), day); err != nil {
			return nil, err
		}
		now := r.now()
		if !same {
			se := whitelistEntry(sInv, sp.balance-t.Quantity, sp.locks, now)
			for _, aid := range r.invAccounts[sInv.ID] {
				if err := r.stage(ctx, tx, &s, t.Token, r.accounts[aid].Wallet, se); err != nil {
					return nil, err
				}
			}
			be := whitelistEntry(bInv, bOld+t.Quantity, bLocks, now)
			for _, aid := range r.invAccounts[bInv.ID] {
				if err := r.stage(ctx, tx, &s, t.Token, r.accounts[aid].Wallet, be); err != nil {
					return nil, err
				}
			}
			r.nextLot++
		}
		r.nextTransfer = tid
		return func() {
			if !same {
				ts.apply(contribOf(sInv, sp.balance), -1)
				sp.balance -= t.Quantity
				sp.lots = sLots
				ts.apply(contribOf(sInv, sp.balance), 1)
				bp := ts.position(bInv.ID)
				ts.apply(contribOf(bInv, bp.balance), -1)
				bp.balance += t.Quantity
				bp.lots = bNew
				ts.apply(contribOf(bInv, bp.balance), 1)
			}
			setBalance(ts, t.Seller, sBal-t.Quantity)
			setBalance(ts, t.Buyer, bBal+t.Quantity)
			ts.daily[day]++
			r.applyStaged(&s)
		}, nil
	})
	if err != nil {
		return err
	}
	r.deliverLogged(ctx, &s)
	return nil
}

func setBalance(ts *tokenState, account string, qty int64) {
	if qty == 0 {
		delete(ts.balances, account)
	} else {
		ts.balances[account] = qty
	}
}

// consume takes qty from lots oldest first. It returns the remaining lots (a
// new slice), the ids of the lots used up and the lot left partially
// consumed, if any. The caller has checked that the lots cover qty.
func consume(lots []lot, qty int64) (rest []lot, consumed []int64, partial *lot) {
	i := 0
	for ; i < len(lots) && qty > 0; i++ {
		if lots[i].qty > qty {
			break
		}
		qty -= lots[i].qty
		consumed = append(consumed, lots[i].id)
	}
	rest = slices.Clone(lots[i:])
	if qty > 0 && len(rest) > 0 {
		rest[0].qty -= qty
		p := rest[0]
		partial = &p
	}
	return rest, consumed, partial
}

// Balance is an account's balance of token (0 if unknown).
func (r *Registry) Balance(token, account string) int64 {
	r.mu.RLock()
	defer r.mu.RUnlock()
	if ts := r.tokens[token]; ts != nil {
		return ts.balances[account]
	}
	return 0
}

// Lots returns an investor's lots of token, oldest first.
func (r *Registry) Lots(token, investorID string) []abi.Lot {
	r.mu.RLock()
	defer r.mu.RUnlock()
	if ts := r.tokens[token]; ts != nil {
		return abiLots(ts.positions[investorID])
	}
	return nil
}

func abiLots(p *position) []abi.Lot {
	if p == nil || len(p.lots) == 0 {
		return nil
	}
	out := make([]abi.Lot, len(p.lots))
	for i, l := range p.lots {
		out[i] = abi.Lot{Quantity: l.qty, AcquiredAt: l.at}
	}
	return out
}

// Stats returns the token's holder statistics as rules see them at t: a
// holder is an investor with a non-zero balance, non-accredited holders are
// those not accredited at t, daily transactions count the transfers recorded
// on t's UTC day.
func (r *Registry) Stats(token string, at time.Time) (abi.Stats, error) {
	r.mu.RLock()
	defer r.mu.RUnlock()
	ts := r.tokens[token]
	if ts == nil {
		return abi.Stats{}, unknownToken(token)
	}
	var s abi.Stats
	ts.stats(at, &s)
	return s, nil
}

// Holdings returns the cap table of token: every investor with a non-zero
// balance or a lock, by investor id.
func (r *Registry) Holdings(token string) ([]Holding, error) {
	r.mu.RLock()
	defer r.mu.RUnlock()
	ts := r.tokens[token]
	if ts == nil {
		return nil, unknownToken(token)
	}
	out := make([]Holding, 0, len(ts.positions))
	for invID, p := range ts.positions {
		if p.balance == 0 && len(p.locks) == 0 {
			continue
		}
		h := Holding{InvestorID: invID, Balance: p.balance, Accounts: map[string]int64{}, Lots: abiLots(p), Locks: sortedLocks(p)}
		for _, aid := range r.invAccounts[invID] {
			if b := ts.balances[aid]; b != 0 {
				h.Accounts[aid] = b
			}
		}
		out = append(out, h)
	}
	sort.Slice(out, func(i, j int) bool { return out[i].InvestorID < out[j].InvestorID })
	return out, nil
}

// ChainBalance reads a wallet's on-chain balance of the token being
// reconciled (e.g. contracts.Chain.BalanceOf with the token's address).
type ChainBalance func(ctx context.Context, wallet common.Address) (int64, error)

// Reconcile compares every account's cap-table balance of token with its
// wallet's on-chain balance and returns the drifts, by account id. The chain
// is read outside the registry lock, against a snapshot of the cap table
// taken first, so transfers recorded meanwhile may show as drift: reconcile a
// quiet venue, or compare twice. A read error stops it.
func (r *Registry) Reconcile(ctx context.Context, token string, read ChainBalance) ([]Drift, error) {
	r.mu.RLock()
	ts := r.tokens[token]
	if ts == nil {
		r.mu.RUnlock()
		return nil, unknownToken(token)
	}
	snap := make([]Drift, 0, len(r.accounts))
	for _, a := range r.accounts {
		snap = append(snap, Drift{Token: token, Account: a.ID, InvestorID: a.InvestorID, Wallet: a.Wallet, CapTable: ts.balances[a.ID]})
	}
	r.mu.RUnlock()
	sort.Slice(snap, func(i, j int) bool { return snap[i].Account < snap[j].Account })
	var out []Drift
	for _, d := range snap {
		q, err := read(ctx, d.Wallet)
		if err != nil {
			return nil, fmt.Errorf("registry: reconcile %s: balance of %s (account %s): %w", token, d.Wallet.Hex(), d.Account, err)
		}
		if q != d.CapTable {
			d.Chain = q
			out = append(out, d)
		}
	}
	return out, nil
}

// TransferRecord is a recorded transfer (see Transfers).
type TransferRecord struct {
	ID int64 `json:"id"`
	Transfer
}

// Transfers returns the transfers of token recorded after id afterID, oldest
// first, at most limit (0 means 1000). It reads SQL: not for the hot path.
func (r *Registry) Transfers(ctx context.Context, token string, afterID int64, limit int) ([]TransferRecord, error) {
	if limit <= 0 {
		limit = 1000
	}
	var rows []struct {
		ID     int64  `db:"id"`
		Ref    string `db:"ref"`
		Seller string `db:"seller"`
		Buyer  string `db:"buyer"`
		Qty    int64  `db:"quantity"`
		Price  int64  `db:"price"`
		At     string `db:"at"`
	}
	if err := r.db.SelectContext(ctx, &rows, r.db.Rebind(`SELECT id, ref, seller, buyer, quantity, price, at FROM reg_transfers
		WHERE token = ? AND id > ? ORDER BY id LIMIT ?`), token, afterID, limit); err != nil {
		return nil, fmt.Errorf("registry: transfers: %w", err)
	}
	out := make([]TransferRecord, 0, len(rows))
	for _, row := range rows {
		at, err := parseTime(row.At)
		if err != nil {
			return nil, fmt.Errorf("registry: transfer %d: %w", row.ID, err)
		}
		out = append(out, TransferRecord{ID: row.ID, Transfer: Transfer{Token: token, Ref: row.Ref, Seller: row.Seller, Buyer: row.Buyer,
			Quantity: row.Qty, Price: row.Price, At: at}})
	}
	return out, nil
}
