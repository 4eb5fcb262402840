package rules

import (
	"context"
	"errors"
	"fmt"
	"sync"
	"sync/atomic"
	"time"

	"github.com/jmoiron/sqlx"

	"github.com/regulavenue/regula/rules/wasm"
)

// Options configures a Service. Zero fields take the defaults noted.
type Options struct {
	// DB is the venue's database; the Service creates its rule_ tables.
	DB *sqlx.DB
	// Wasm holds the runtime's limits (see wasm.Config).
	Wasm wasm.Config
	// MaxUploadBytes bounds a module upload. Default 16 MiB.
	MaxUploadBytes int64
	// MaxModulesPerSet bounds a rule set. Default 16.
	MaxModulesPerSet int
	// LogOrderEntry also logs the order_entry decisions that allow. Match
	// and settlement decisions, and order_entry denies (the record of why
	// an order was refused), are always logged.
	LogOrderEntry bool
	// OnDecision, if set, is called with every decision once the log has
	// committed it, on the log writer's goroutine: it must not block, and
	// must not modify the decision (the WebSocket decisions channel).
	OnDecision func(*Decision)
	// DecisionQueue is how many decisions may wait for the log writer before
	// Evaluate blocks. Default 4096.
	DecisionQueue int
	// Now is the clock for timestamps of records (never of decisions: those
	// use the context's time). Default time.Now.
	Now func() time.Time
}

func (o Options) withDefaults() Options {
	if o.MaxUploadBytes <= 0 {
		o.MaxUploadBytes = 16 << 20
	}
	if o.MaxModulesPerSet <= 0 {
		o.MaxModulesPerSet = 16
	}
	if o.DecisionQueue <= 0 {
		o.DecisionQueue = 4096
	}
	if o.Now == nil {
		o.Now = time.Now
	}
	return o
}

// Service is the rule host. It is safe for concurrent use.
//
// Lock order: Service.mu, then a wasm.Module's own lock. The decision writer
// takes no Service lock.
type Service struct {
	opts Options
	db   *sqlx.DB
	rt   *wasm.Runtime

	mu      sync.Mutex
	modules map[string]*loadedModule // by name@version, loaded on first use
	sets    sync.Map                 // token -> *atomic.Pointer[ruleSet]
	lists   atomic.Pointer[Lists]

	log *decisionLog
}

type loadedModule struct {
	info ModuleInfo
	mod  *wasm.Module
	sch  *Schema
}

// Open migrates the database, starts the Wasm runtime, and loads the active
// rule sets and the current lists.
func Open(ctx context.Context, opts Options) (*Service, error) {
	opts = opts.withDefaults()
	if opts.DB == nil {
		return nil, errors.New("rules: Options.DB is nil")
	}
	if err := migrate(ctx, opts.DB); err != nil {
		return nil, err
	}
	rt, err := wasm.New(ctx, opts.Wasm)
	if err != nil {
		return nil, fmt.Errorf("rules: %w", err)
	}
	s := &Service{opts: opts, db: opts.DB, rt: rt, modules: map[string]*loadedModule{}}
	s.lists.Store(emptyLists)
	if err := s.loadCurrentLists(ctx); err != nil {
		rt.Close(ctx)
		return nil, err
	}
	if err := s.loadActiveSets(ctx); err != nil {
		rt.Close(ctx)
		return nil, err
	}
	s.log, err = startDecisionLog(ctx, s.db, opts.DecisionQueue, opts.OnDecision)
	if err != nil {
		rt.Close(ctx)
		return nil, err
	}
	return s, nil
}

// Close flushes the decision log and stops the runtime. The DB stays open:
// it belongs to the caller.
func (s *Service) Close(ctx context.Context) error {
	err := s.log.close(ctx)
	return errors.Join(err, s.rt.Close(ctx))
}

// Runtime is the Service's Wasm runtime.
func (s *Service) Runtime() *wasm.Runtime { return s.rt }
