package registry

import (
	"context"
	"errors"
	"fmt"
	"slices"
	"sort"
	"time"

	"github.com/ethereum/go-ethereum/common"
	"github.com/jmoiron/sqlx"
)

// The whitelist mirror is an outbox: every change that alters an account's
// desired whitelist entry upserts it into reg_mirror, pending, in the same
// transaction as the change itself, so a change is never lost to a failing
// chain. Delivery happens after the commit, one entry at a time, and a
// delivered entry is marked done only if no newer one replaced it meanwhile.
// See RATIONALE.md ("Why an outbox for the whitelist mirror?").

type mirrorKey struct {
	token  string
	wallet common.Address
}

type mirrorRow struct {
	entry    WhitelistEntry
	version  int64
	pending  bool
	attempts int64
	lastErr  string
}

// whitelistEntry is the desired on-chain entry of an investor's wallets on a
// token at now. LockupUntil is set only when the running locks cover the
// whole (non-zero) balance: it is then the instant the first unit becomes
// sellable. A partial lock cannot be expressed on chain and is enforced by
// the rules alone, so the chain never refuses what the rules allowed.
func whitelistEntry(inv Investor, balance int64, locks map[string]Lock, now time.Time) WhitelistEntry {
	e := WhitelistEntry{
		Allowed: inv.KYCStatus == KYCApproved && (inv.KYCExpiresAt.IsZero() || inv.KYCExpiresAt.After(now)),
		Country: inv.Country,
	}
	if balance <= 0 {
		return e
	}
	var running []Lock
	var locked int64
	for _, l := range locks {
		if l.Until.After(now) && l.Quantity > 0 {
			running = append(running, l)
			locked += l.Quantity
		}
	}
	if locked < balance {
		return e
	}
	slices.SortFunc(running, func(a, b Lock) int { return a.Until.Compare(b.Until) })
	for _, l := range running {
		locked -= l.Quantity
		if locked < balance {
			e.LockupUntil = l.Until
			break
		}
	}
	return e
}

func (e WhitelistEntry) equal(o WhitelistEntry) bool {
	return e.Allowed == o.Allowed && e.Country == o.Country && e.LockupUntil.Equal(o.LockupUntil)
}

// staged collects the whitelist entries a change alters, to apply to memory
// after the commit and to deliver after that.
type staged struct {
	rows map[mirrorKey]mirrorRow
}

// stage upserts the desired entry of (token, wallet) in tx if it differs from
// the last one known. Call inside write.
func (r *Registry) stage(ctx context.Context, tx *sqlx.Tx, s *staged, token string, wallet common.Address, e WhitelistEntry) error {
	k := mirrorKey{token, wallet}
	if _, ok := s.rows[k]; !ok {
		r.mmu.Lock()
		cur, ok := r.mirrors[k]
		same := ok && cur.entry.equal(e)
		r.mmu.Unlock()
		if same {
			return nil
		}
	}
	r.nextVersion++
	v := r.nextVersion
	if err := exec(ctx, tx, `INSERT INTO reg_mirror (token, wallet, allowed, country, lockup_until, version, pending, attempts, last_error)
		VALUES (?, ?, ?, ?, ?, ?, 1, 0, '')
		ON CONFLICT (token, wallet) DO UPDATE SET allowed = excluded.allowed, country = excluded.country,
		lockup_until = excluded.lockup_until, version = excluded.version, pending = 1, attempts = 0, last_error = ''`,
		token, wallet.Hex(), b2i(e.Allowed), e.Country, fmtTime(e.LockupUntil), v); err != nil {
		return err
	}
	if s.rows == nil {
		s.rows = map[mirrorKey]mirrorRow{}
	}
	s.rows[k] = mirrorRow{entry: e, version: v, pending: true}
	return nil
}

// applyStaged publishes staged rows; run in write's apply (mu held).
func (r *Registry) applyStaged(s *staged) {
	r.mmu.Lock()
	for k, row := range s.rows {
		row := row
		r.mirrors[k] = &row
	}
	r.mmu.Unlock()
}

func (s *staged) keys() []mirrorKey {
	out := make([]mirrorKey, 0, len(s.rows))
	for k := range s.rows {
		out = append(out, k)
	}
	sortKeys(out)
	return out
}

func sortKeys(ks []mirrorKey) {
	sort.Slice(ks, func(i, j int) bool {
		if ks[i].token != ks[j].token {
			return ks[i].token < ks[j].token
		}
		return ks[i].wallet.Cmp(ks[j].wallet) < 0
	})
}

// deliver sends the pending entries of keys to the mirror and returns the
// failures. Deliveries are serialized so two entries of one key cannot
// overtake each other, and each sends the key's newest entry.
func (r *Registry) deliver(ctx context.Context, keys []mirrorKey) error {
	if r.mirror == nil || len(keys) == 0 {
		return nil
	}
	r.dmu.Lock()
	defer r.dmu.Unlock()
	var errs []error
	for _, k := range keys {
		r.mmu.Lock()
		cur, ok := r.mirrors[k]
		var row mirrorRow
		if ok {
			row = *cur
		}
		r.mmu.Unlock()
		if !ok || !row.pending {
			continue
		}
		err := r.mirror.RegisterInvestor(ctx, k.token, k.wallet, row.entry)
		r.mmu.Lock()
		cur = r.mirrors[k]
		if cur.version == row.version {
			if err != nil {
				cur.attempts++
				cur.lastErr = err.Error()
			} else {
				cur.pending, cur.attempts, cur.lastErr = false, 0, ""
			}
		}
		r.mmu.Unlock()
		// The version guard keeps a newer staged entry pending.
		var dbErr error
		if err != nil {
			r.logf("registry: mirror %s %s: %v (kept pending)", k.token, k.wallet.Hex(), err)
			errs = append(errs, fmt.Errorf("registry: mirror %s %s: %w", k.token, k.wallet.Hex(), err))
			_, dbErr = r.db.ExecContext(ctx, r.db.Rebind(`UPDATE reg_mirror SET attempts = attempts + 1, last_error = ? WHERE token = ? AND wallet = ? AND version = ?`),
				err.Error(), k.token, k.wallet.Hex(), row.version)
		} else {
			_, dbErr = r.db.ExecContext(ctx, r.db.Rebind(`UPDATE reg_mirror SET pending = 0, attempts = 0, last_error = '' WHERE token = ? AND wallet = ? AND version = ?`),
				k.token, k.wallet.Hex(), row.version)
		}
		if dbErr != nil {
			// The entry stays pending in SQL: after a restart it is sent again,
			// which the Mirror contract allows (idempotent).
			errs = append(errs, fmt.Errorf("registry: mirror state %s %s: %w", k.token, k.wallet.Hex(), dbErr))
		}
	}
	return errors.Join(errs...)
}

// RetryMirror sends every pending whitelist entry again and returns the
// failures (joined); failed entries stay pending. The lead calls it at start
// and periodically. With no Mirror configured it does nothing.
func (r *Registry) RetryMirror(ctx context.Context) error {
	r.mmu.Lock()
	var keys []mirrorKey
	for k, row := range r.mirrors {
		if row.pending {
			keys = append(keys, k)
		}
	}
	r.mmu.Unlock()
	sortKeys(keys)
	return r.deliver(ctx, keys)
}

// RefreshMirror recomputes every account's whitelist entry on every token at
// the registry clock, stages the ones that changed (a KYC or a lock that has
// expired since the last change) and sends every pending entry. The lead calls
// it periodically (e.g. hourly); everything else is mirrored as it changes.
func (r *Registry) RefreshMirror(ctx context.Context) error {
	var s staged
	err := r.write(ctx, func(tx *sqlx.Tx) (func(), error) {
		now := r.now()
		for sym, ts := range r.tokens {
			for invID, accIDs := range r.invAccounts {
				inv := r.investors[invID]
				var bal int64
				var locks map[string]Lock
				if p := ts.positions[invID]; p != nil {
					bal, locks = p.balance, p.locks
				}
				e := whitelistEntry(inv, bal, locks, now)
				for _, id := range accIDs {
					if err := r.stage(ctx, tx, &s, sym, r.accounts[id].Wallet, e); err != nil {
						return nil, err
					}
				}
			}
		}
		return func() { r.applyStaged(&s) }, nil
	})
	if err != nil {
		return err
	}
	return r.RetryMirror(ctx)
}

// Mirrored returns the whitelist entries, pending or delivered, by token and
// wallet.
func (r *Registry) Mirrored() []MirrorStatus {
	r.mmu.Lock()
	out := make([]MirrorStatus, 0, len(r.mirrors))
	for k, row := range r.mirrors {
		out = append(out, MirrorStatus{Token: k.token, Wallet: k.wallet, Entry: row.entry, Pending: row.pending,
			Attempts: row.attempts, LastError: row.lastErr})
	}
	r.mmu.Unlock()
	sort.Slice(out, func(i, j int) bool {
		if out[i].Token != out[j].Token {
			return out[i].Token < out[j].Token
		}
		return out[i].Wallet.Cmp(out[j].Wallet) < 0
	})
	return out
}

// PendingMirror returns the whitelist entries not yet written to the chain.
func (r *Registry) PendingMirror() []MirrorStatus {
	all := r.Mirrored()
	out := all[:0]
	for _, m := range all {
		if m.Pending {
			out = append(out, m)
		}
	}
	return out
}

func (r *Registry) loadMirror(ctx context.Context) error {
	var rows []struct {
		Token    string `db:"token"`
		Wallet   string `db:"wallet"`
		Allowed  int64  `db:"allowed"`
		Country  string `db:"country"`
		Lockup   string `db:"lockup_until"`
		Version  int64  `db:"version"`
		Pending  int64  `db:"pending"`
		Attempts int64  `db:"attempts"`
		LastErr  string `db:"last_error"`
	}
	if err := r.db.SelectContext(ctx, &rows, `SELECT token, wallet, allowed, country, lockup_until, version, pending, attempts, last_error FROM reg_mirror`); err != nil {
		return err
	}
	for _, row := range rows {
		lu, err := parseTime(row.Lockup)
		if err != nil {
			return fmt.Errorf("mirror %s %s: %w", row.Token, row.Wallet, err)
		}
		r.mirrors[mirrorKey{row.Token, common.HexToAddress(row.Wallet)}] = &mirrorRow{
			entry:   WhitelistEntry{Allowed: row.Allowed != 0, Country: row.Country, LockupUntil: lu},
			version: row.Version, pending: row.Pending != 0, attempts: row.Attempts, lastErr: row.LastErr,
		}
	}
	return nil
}
