package issuer

import (
	"context"
	"errors"
	"time"

	"github.com/regulavenue/regula/engine"
	"github.com/regulavenue/regula/engine/compliance"
	"github.com/regulavenue/regula/engine/registry"
	"github.com/regulavenue/regula/engine/store"
	"github.com/regulavenue/regula/rules"
)

// Options configures Open. The zero value is the default venue.
type Options struct {
	// Now is the clock of the venue, the registry and issuance. Default
	// time.Now.
	Now func() time.Time
	// Venue configures the venue; Journal, Now and Compliance are set by Open.
	Venue engine.Config
	// Rules configures the rule host; DB is set by Open.
	Rules rules.Options
	// Registry configures the registry; Now (and Mirror, with a chain) are
	// set by Open.
	Registry registry.Options
	// Chain, if set, settles trades by DvP on a chain: tokens get contracts,
	// whitelists are mirrored, mints and deposits happen on chain too, and
	// every trade goes through the settlement pipeline.
	Chain *ChainOptions
}

// Open opens the compliance-aware venue on db: the investor registry, the
// rule host, the token profiles and the venue (which recovers from its
// journal), wired together. Close closes them.
func Open(ctx context.Context, db *store.DB, opts Options) (o *Ops, err error) {
	if opts.Now == nil {
		opts.Now = time.Now
	}
	o = &Ops{Now: opts.Now}
	opened := o // o is nil once an error is returned
	defer func() {
		if err != nil {
			opened.Close(ctx)
		}
	}()
	opts.Registry.Now = opts.Now
	if opts.Chain != nil {
		opts.Registry.Mirror = registry.MirrorFunc(o.mirror)
		user := opts.Venue.OnEvents
		opts.Venue.OnEvents = func(evs []engine.Event) {
			if user != nil {
				user(evs)
			}
			o.onTrades(evs)
		}
	}
	if o.Registry, err = registry.Open(ctx, db, opts.Registry); err != nil {
		return nil, err
	}
	opts.Rules.DB = db.DB
	if o.Rules, err = rules.Open(ctx, opts.Rules); err != nil {
		return nil, err
	}
	if o.Checker, err = compliance.Open(ctx, db, o.Registry, o.Rules); err != nil {
		return nil, err
	}
	opts.Venue.Journal = db.Journal(store.JournalConfig{})
	opts.Venue.Now = opts.Now
	opts.Venue.Compliance = o.Checker
	if o.Venue, err = engine.New(opts.Venue); err != nil {
		return nil, err
	}
	if opts.Chain != nil {
		if err := o.openChain(ctx, db, *opts.Chain); err != nil {
			return nil, err
		}
	}
	return o, nil
}

// Close stops the venue (snapshot, journal flush) and the rule host
// (decision log flush). The database stays open: it is the caller's.
func (o *Ops) Close(ctx context.Context) error {
	var errs []error
	if o.chain != nil {
		errs = append(errs, o.chain.close()) // reports outcomes to the venue: first
	}
	if o.Venue != nil {
		errs = append(errs, o.Venue.Close())
	}
	if o.Rules != nil {
		errs = append(errs, o.Rules.Close(ctx))
	}
	return errors.Join(errs...)
}
