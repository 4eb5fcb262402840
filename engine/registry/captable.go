package registry

import (
	"context"
	"errors"
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
	return r.transfers(ctx, []Transfer{t}, false)
}

// RecordTransfers records a batch of settled trades in order, in one SQL
// transaction (one disk flush), each seeing the ones before it: what a
// settlement batch calls. It is all or nothing: a refused transfer fails the
// whole batch with Transfer's error, its message prefixed with the
// transfer's index, and nothing is applied.
func (r *Registry) RecordTransfers(ctx context.Context, batch []Transfer) error {
	return r.transfers(ctx, batch, true)
}

func checkTransfer(t *Transfer) error {
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
	return nil
}

// indexed prefixes a batch error with the transfer's index, keeping its code.
func indexed(i int, err error) error {
	var e *engine.Error
	if errors.As(err, &e) {
		return engine.Errorf(e.Code, "transfer %d: %s", i, e.Message)
	}
	return fmt.Errorf("transfer %d: %w", i, err)
}

type tokInv struct{ token, inv string }
type tokAcc struct{ token, acc string }
type tokDay struct {
	token string
	day   int64
}

// batchView is the cap table as a batch of transfers sees it: working copies
// of the positions and balances it touches, published only after the commit.
type batchView struct {
	r     *Registry
	pos   map[tokInv]*position
	orig  map[tokInv]int64 // balances before the batch
	bal   map[tokAcc]int64
	daily map[tokDay]int64
	refs  map[tokAcc]bool // (token, ref) recorded by the batch
}

func (v *batchView) position(token, inv string) *position {
	k := tokInv{token, inv}
	if p := v.pos[k]; p != nil {
		return p
	}
	p := &position{locks: map[string]Lock{}}
	if cur := v.r.tokens[token].positions[inv]; cur != nil {
		// Locks are replaced, never changed in place, so sharing them is safe.
		p = &position{balance: cur.balance, lots: slices.Clone(cur.lots), locks: cur.locks}
	}
	v.pos[k] = p
	v.orig[k] = p.balance
	return p
}

func (v *batchView) balance(token, acc string) int64 {
	if b, ok := v.bal[tokAcc{token, acc}]; ok {
		return b
	}
	return v.r.tokens[token].balances[acc]
}

func (r *Registry) transfers(ctx context.Context, batch []Transfer, index bool) error {
	batch = slices.Clone(batch)
	wrap := func(i int, err error) error {
		if index {
			return indexed(i, err)
		}
		return err
	}
	for i := range batch {
		if err := checkTransfer(&batch[i]); err != nil {
			return wrap(i, err)
		}
	}
	var s staged
	err := r.write(ctx, func(tx *sqlx.Tx) (func(), error) {
		v := &batchView{r: r, pos: map[tokInv]*position{}, orig: map[tokInv]int64{}, bal: map[tokAcc]int64{},
			daily: map[tokDay]int64{}, refs: map[tokAcc]bool{}}
		nextLot, nextTransfer := r.nextLot, r.nextTransfer
		for i, t := range batch {
			if err := r.transferTx(ctx, tx, v, t, &nextLot, &nextTransfer); err != nil {
				return nil, wrap(i, err)
			}
		}
		now := r.now()
		for k, p := range v.pos {
			e := whitelistEntry(r.investors[k.inv], p.balance, p.locks, now)
			for _, aid := range r.invAccounts[k.inv] {
				if err := r.stage(ctx, tx, &s, k.token, r.accounts[aid].Wallet, e); err != nil {
					return nil, err
				}
			}
		}
		r.nextLot, r.nextTransfer = nextLot, nextTransfer
		return func() {
			for k, p := range v.pos {
				ts, inv := r.tokens[k.token], r.investors[k.inv]
				ts.apply(contribOf(inv, v.orig[k]), -1)
				ts.positions[k.inv] = p
				ts.apply(contribOf(inv, p.balance), 1)
			}
			for k, b := range v.bal {
				setBalance(r.tokens[k.token], k.acc, b)
			}
			for k, n := range v.daily {
				r.tokens[k.token].daily[k.day] += n
			}
			for _, t := range batch {
				r.remember(t.Token, t.Ref)
			}
			r.applyStaged(&s)
		}, nil
	})
	if err != nil {
		return err
	}
	r.deliverLogged(ctx, &s)
	return nil
}

// transferTx validates one transfer against the batch's view, writes it in
// tx and records it in the view.
func (r *Registry) transferTx(ctx context.Context, tx *sqlx.Tx, v *batchView, t Transfer, nextLot, nextTransfer *int64) error {
	if r.tokens[t.Token] == nil {
		return unknownToken(t.Token)
	}
	sa, ok := r.accounts[t.Seller]
	if !ok {
		return unknownAccount(t.Seller)
	}
	ba, ok := r.accounts[t.Buyer]
	if !ok {
		return unknownAccount(t.Buyer)
	}
	sBal, bBal := v.balance(t.Token, t.Seller), v.balance(t.Token, t.Buyer)
	if t.Quantity > sBal {
		return engine.Errorf(engine.EInsufficient, "account %s holds %d %s, cannot transfer %d", t.Seller, sBal, t.Token, t.Quantity)
	}
	if bBal > math.MaxInt64-t.Quantity {
		return engine.Errorf(engine.EBadQuantity, "transfer would overflow the buyer's balance")
	}
	if t.Ref != "" {
		dup := v.refs[tokAcc{t.Token, t.Ref}]
		if !dup {
			var n int
			if err := tx.GetContext(ctx, &n, tx.Rebind(`SELECT COUNT(*) FROM reg_transfers WHERE token = ? AND ref = ?`), t.Token, t.Ref); err != nil {
				return fmt.Errorf("registry: %w", err)
			}
			dup = n > 0
		}
		if dup {
			return engine.Errorf(engine.EDuplicate, "transfer %q of %s already recorded", t.Ref, t.Token)
		}
		v.refs[tokAcc{t.Token, t.Ref}] = true
	}
	if sa.InvestorID != ba.InvestorID {
		// Different owners: FIFO out of the seller's lots, one new lot in.
		sp, bp := v.position(t.Token, sa.InvestorID), v.position(t.Token, ba.InvestorID)
		rest, consumed, partial := consume(sp.lots, t.Quantity)
		for _, id := range consumed {
			if err := exec(ctx, tx, `DELETE FROM reg_lots WHERE id = ?`, id); err != nil {
				return err
			}
		}
		if partial != nil {
			if err := exec(ctx, tx, `UPDATE reg_lots SET quantity = ? WHERE id = ?`, partial.qty, partial.id); err != nil {
				return err
			}
		}
		*nextLot++
		if err := exec(ctx, tx, `INSERT INTO reg_lots (id, token, investor_id, quantity, acquired_at) VALUES (?, ?, ?, ?, ?)`,
			*nextLot, t.Token, ba.InvestorID, t.Quantity, fmtTime(t.At)); err != nil {
			return err
		}
		sp.lots, sp.balance = rest, sp.balance-t.Quantity
		bp.lots, bp.balance = insertLot(bp.lots, lot{id: *nextLot, qty: t.Quantity, at: t.At}), bp.balance+t.Quantity
	}
	if err := upsertBalance(ctx, tx, t.Token, t.Seller, sBal-t.Quantity); err != nil {
		return err
	}
	if err := upsertBalance(ctx, tx, t.Token, t.Buyer, bBal+t.Quantity); err != nil {
		return err
	}
	*nextTransfer++
	day := utcDay(t.At)
	if err := exec(ctx, tx, `INSERT INTO reg_transfers (id, token, ref, seller, buyer, quantity, price, at, day) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)`,
		*nextTransfer, t.Token, t.Ref, t.Seller, t.Buyer, t.Quantity, t.Price, fmtTime(t.At), day); err != nil {
		return err
	}
	v.bal[tokAcc{t.Token, t.Seller}] = sBal - t.Quantity
	v.bal[tokAcc{t.Token, t.Buyer}] = bBal + t.Quantity
	v.daily[tokDay{t.Token, day}]++
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
// wallet's on-chain balance and returns the drifts, by account id. The
// chain is read outside the registry lock, one account at a time, and the
// account's cap-table balance is taken just before and just after its read:
// the account agrees if the chain matches either, so a transfer recorded
// meanwhile is not drift. A trade settled on chain and not yet recorded can
// still show; compare again a moment later (issuer.Ops.Reconcile does). A
// read error stops it.
func (r *Registry) Reconcile(ctx context.Context, token string, read ChainBalance) ([]Drift, error) {
	r.mu.RLock()
	if r.tokens[token] == nil {
		r.mu.RUnlock()
		return nil, unknownToken(token)
	}
	accts := make([]Drift, 0, len(r.accounts))
	for _, a := range r.accounts {
		accts = append(accts, Drift{Token: token, Account: a.ID, InvestorID: a.InvestorID, Wallet: a.Wallet})
	}
	r.mu.RUnlock()
	sort.Slice(accts, func(i, j int) bool { return accts[i].Account < accts[j].Account })
	var out []Drift
	for _, d := range accts {
		before := r.Balance(token, d.Account)
		q, err := read(ctx, d.Wallet)
		if err != nil {
			return nil, fmt.Errorf("registry: reconcile %s: balance of %s (account %s): %w", token, d.Wallet.Hex(), d.Account, err)
		}
		after := r.Balance(token, d.Account)
		if q != before && q != after {
			d.CapTable, d.Chain = after, q
			out = append(out, d)
		}
	}
	return out, nil
}

// Recorded says whether a transfer with ref was recorded for token: how a
// settlement interrupted between the cap table and the venue is found.
func (r *Registry) Recorded(ctx context.Context, token, ref string) (bool, error) {
	var n int
	if err := r.db.GetContext(ctx, &n, r.db.Rebind(`SELECT COUNT(*) FROM reg_transfers WHERE token = ? AND ref = ?`), token, ref); err != nil {
		return false, fmt.Errorf("registry: %w", err)
	}
	return n > 0, nil
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
