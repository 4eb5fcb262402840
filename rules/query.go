package rules

import (
	"context"
	"fmt"
	"slices"
	"strings"

	"github.com/regulavenue/regula/rules/abi"
)

// DecisionQuery selects logged decisions for the decision log's readers
// (the HTTP API, the compliance page). Zero fields do not filter.
type DecisionQuery struct {
	// Tokens keeps decisions on any of these tokens.
	Tokens []string
	// Phase keeps one phase: abi.PhaseOrderEntry, PhaseMatch or PhaseSettlement.
	Phase string
	// Allow, when set, keeps allows (true) or denies (false).
	Allow *bool
	// Account keeps decisions whose seller or buyer is this account.
	Account string
	// BeforeID pages backwards: decisions with a smaller id.
	BeforeID int64
	// Limit defaults to 100, at most 1000.
	Limit int
}

// maxQueryScan bounds how many rows one QueryDecisions reads when it
// filters by account (which lives in the binary context, not a column):
// a query for a rare account over a long log answers what it found and
// the caller pages on with BeforeID.
const maxQueryScan = 50_000

// QueryDecisions lists logged decisions matching q, newest first, and the
// BeforeID that continues the listing (0 when the log has no more). Token,
// phase and allow filter in SQL; account filters on the decoded context,
// reading at most 50,000 entries a call, so a page may come back short with
// a next cursor. It returns ErrInvalid for an unknown phase.
func (s *Service) QueryDecisions(ctx context.Context, q DecisionQuery) (ds []Decision, next int64, err error) {
	if q.Limit <= 0 || q.Limit > 1000 {
		q.Limit = 100
	}
	switch q.Phase {
	case "", abi.PhaseOrderEntry, abi.PhaseMatch, abi.PhaseSettlement:
	default:
		return nil, 0, fmt.Errorf("%w: phase %q: want order_entry, match or settlement", ErrInvalid, q.Phase)
	}
	where := []string{"1 = 1"}
	var args []any
	if len(q.Tokens) > 0 {
		where = append(where, "token IN (?"+strings.Repeat(", ?", len(q.Tokens)-1)+")")
		for _, t := range q.Tokens {
			args = append(args, t)
		}
	}
	if q.Phase != "" {
		where = append(where, "phase = ?")
		args = append(args, q.Phase)
	}
	if q.Allow != nil {
		where = append(where, "allow = ?")
		args = append(args, map[bool]int{false: 0, true: 1}[*q.Allow])
	}
	batch := q.Limit
	if q.Account != "" {
		batch = 500
	}
	out := make([]Decision, 0, q.Limit)
	before, scanned := q.BeforeID, 0
	for {
		if len(out) == q.Limit || scanned >= maxQueryScan {
			return out, before, nil
		}
		w, a := slices.Clone(where), slices.Clone(args)
		if before > 0 {
			w = append(w, "id < ?")
			a = append(a, before)
		}
		a = append(a, batch)
		var rows []decisionRow
		if err := s.db.SelectContext(ctx, &rows, s.db.Rebind(`SELECT * FROM rule_decisions WHERE `+strings.Join(w, " AND ")+` ORDER BY id DESC LIMIT ?`), a...); err != nil {
			return nil, 0, fmt.Errorf("rules: decisions: %w", err)
		}
		for i := range rows {
			d, err := rows[i].decision()
			if err != nil {
				return nil, 0, err
			}
			before = d.ID
			if q.Account != "" {
				seller, buyer := d.Parties()
				if seller != q.Account && buyer != q.Account {
					continue
				}
			}
			if out = append(out, *d); len(out) == q.Limit {
				break
			}
		}
		if len(rows) < batch && len(out) < q.Limit {
			return out, 0, nil // the log is exhausted
		}
		scanned += len(rows)
	}
}

// Parties returns the accounts of the decision's seller and buyer ("" when
// absent, as one is at order entry, or when the context cannot be read).
func (d *Decision) Parties() (seller, buyer string) {
	c, err := d.Context()
	if err != nil || c == nil {
		return "", ""
	}
	if c.Seller != nil {
		seller = c.Seller.Account
	}
	if c.Buyer != nil {
		buyer = c.Buyer.Account
	}
	return seller, buyer
}
