package issuer

import (
	"context"
	"time"

	"github.com/ethereum/go-ethereum/common"

	"github.com/regulavenue/regula/engine"
	"github.com/regulavenue/regula/engine/registry"
)

// reconcileSettle is how long Reconcile waits before it compares a drifting
// account again: a trade settled on chain reaches the cap table a moment
// later, when the pipeline reports it.
const reconcileSettle = 300 * time.Millisecond

// reconcileRounds is how many times an account that disagrees is compared
// again before it is reported.
const reconcileRounds = 2

// Reconcile compares every account's cap-table balance of token with its
// wallet's balance on the chain and returns the accounts that disagree (none
// when the two agree). An account that disagrees is compared again, twice,
// after short pauses and reported only if it disagrees every time, so a
// trade caught between its settlement on chain and its cap-table entry is
// not drift.
//
// Errors: engine.EUnknownToken; engine.EInvalid when the venue settles on no
// chain; engine.EUnavailable while another reconciliation of the token runs;
// a chain read error.
func (o *Ops) Reconcile(ctx context.Context, token string) ([]registry.Drift, error) {
	s := o.chain
	if s == nil {
		return nil, engine.Errorf(engine.EInvalid, "the venue settles on no chain: nothing to reconcile with")
	}
	if _, ok := o.Checker.Token(token); !ok {
		return nil, engine.Errorf(engine.EUnknownToken, "no token %q", token)
	}
	if _, busy := o.reconciling.LoadOrStore(token, true); busy {
		return nil, engine.Errorf(engine.EUnavailable, "a reconciliation of %s is running; try again when it ends", token)
	}
	defer o.reconciling.Delete(token)
	in, err := s.instrument(ctx, token)
	if err != nil {
		return nil, engine.Errorf(engine.EUnknownToken, "token %s has no contract on the chain", token)
	}
	read := func(ctx context.Context, w common.Address) (int64, error) {
		return s.opts.Chain.BalanceOf(ctx, in.Token, w)
	}
	drift, err := o.Registry.Reconcile(ctx, token, read)
	for round := 0; round < reconcileRounds && err == nil && len(drift) > 0; round++ {
		select {
		case <-ctx.Done():
			return nil, ctx.Err()
		case <-time.After(reconcileSettle):
		}
		var again []registry.Drift
		if again, err = o.Registry.Reconcile(ctx, token, read); err != nil {
			break
		}
		seen := make(map[string]bool, len(drift))
		for _, d := range drift {
			seen[d.Account] = true
		}
		drift = drift[:0]
		for _, d := range again {
			if seen[d.Account] {
				drift = append(drift, d)
			}
		}
	}
	if err != nil {
		return nil, err
	}
	return drift, nil
}

// reconcileAll reconciles every listed token and logs what drifts; the
// mirror loop runs it at start and at every full refresh.
func (o *Ops) reconcileAll(ctx context.Context) {
	for _, t := range o.Venue.Tokens() {
		drift, err := o.Reconcile(ctx, t.Symbol)
		if ctx.Err() != nil {
			return
		}
		if err != nil {
			o.chain.opts.Logf("issuer: reconcile %s: %v", t.Symbol, err)
			continue
		}
		for _, d := range drift {
			o.chain.opts.Logf("issuer: reconcile %s: DRIFT account %s (investor %s, wallet %s): cap table %d, chain %d",
				d.Token, d.Account, d.InvestorID, d.Wallet.Hex(), d.CapTable, d.Chain)
		}
	}
}
