package issuer

import (
	"context"
	"embed"
	"encoding/hex"
	"errors"
	"fmt"
	"io/fs"
	"log"
	"math"
	"math/big"
	"strings"
	"sync"
	"sync/atomic"
	"time"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/crypto"

	"github.com/regulavenue/regula/contracts"
	"github.com/regulavenue/regula/engine"
	"github.com/regulavenue/regula/engine/registry"
	"github.com/regulavenue/regula/engine/settle"
	"github.com/regulavenue/regula/engine/store"
	"github.com/regulavenue/regula/rules/abi"
)

// ChainOptions connects the venue to a chain for DvP settlement.
type ChainOptions struct {
	// Chain is where tokens live and trades settle (contracts.NewSimulated
	// for the embedded chain, contracts.Dial for a node).
	Chain contracts.Chain
	// Compliance signs settlement attestations; keep it apart from the
	// chain's operator key.
	Compliance *contracts.Key
	// CashScale is how many units of the 6-decimals settlement token make one
	// minor currency unit of the venue (10,000 for cents). Default 10,000.
	CashScale int64
	// Ephemeral says the chain starts empty at every Open, as the embedded
	// simulated chain does (its state lives in memory). Open then deploys the
	// contracts afresh and rebuilds the chain from the database: whitelists,
	// custodial accounts' gas and approvals, and every account's settled
	// token and cash balances; trades in flight on the old chain are
	// settled again on the new one. Only custodial accounts can settle after
	// a rebuild (an investor's own wallet would have to approve again).
	Ephemeral bool
	// MirrorRetry is how often whitelist entries the chain refused or never
	// got are sent again. Default 10 s.
	MirrorRetry time.Duration
	// MirrorRefresh is how often every whitelist entry is recomputed at the
	// venue clock, so a KYC, accreditation or lock that expires without any
	// change reaches the chain; also once at Open. Each refresh is followed
	// by a reconciliation of every token (Ops.Reconcile), drift logged.
	// Default 1 h.
	MirrorRefresh time.Duration
	// Logf logs mirror failures. Default log.Printf.
	Logf func(format string, args ...any)
	// Settle tunes the pipeline; its DB, Chain, DvP, Attester, Checker,
	// Wallets, Instruments, Outcomes, Now and FreshChain are set by Open.
	Settle settle.Config
}

// settlement is the chain side of the venue: contract addresses, the
// custodial keys of accounts whose approvals the venue gives (the demo and the
// tests), and the settlement pipeline.
type settlement struct {
	opts ChainOptions
	db   *store.DB
	dvp  common.Address
	cash common.Address
	pipe *settle.Pipeline

	mu     sync.RWMutex
	tokens map[string]common.Address // symbol -> RestrictedToken
	keys   map[string]*contracts.Key // account -> custodial key
	feed   chan []engine.Trade
	// feedMu guards sends on feed against its close: the venue's publisher
	// may still hand over trades while the venue closes after us.
	feedMu     sync.Mutex
	feedClosed bool
	done       chan struct{}

	stopMirror context.CancelFunc // called by close: stops mirrorLoop
	mirrorDone chan struct{}
}

// openChain deploys the settlement token and the DvP contract and starts the
// settlement pipeline. The venue must be open (pending trades are handed to
// the pipeline again).
//
// # Notes
//
// Contract addresses and custodial keys are stored in the venue's database,
// so a restart settles on the same contracts. The chain must keep its state
// as long as the database: a chain that starts empty needs a new database.
func (o *Ops) openChain(ctx context.Context, db *store.DB, opts ChainOptions) error {
	if opts.CashScale <= 0 {
		opts.CashScale = 10_000
	}
	if opts.MirrorRetry <= 0 {
		opts.MirrorRetry = 10 * time.Second
	}
	if opts.MirrorRefresh <= 0 {
		opts.MirrorRefresh = time.Hour
	}
	if opts.Logf == nil {
		opts.Logf = log.Printf
	}
	s := &settlement{opts: opts, db: db, tokens: map[string]common.Address{}, keys: map[string]*contracts.Key{},
		feed: make(chan []engine.Trade, 1024), done: make(chan struct{}), mirrorDone: make(chan struct{})}
	if err := s.load(ctx, opts.Ephemeral); err != nil {
		return err
	}
	var err error
	if s.cash == (common.Address{}) {
		if s.cash, err = opts.Chain.DeployCash(ctx, contracts.CashParams{Name: "Regula USD", Symbol: "rUSD"}); err != nil {
			return fmt.Errorf("issuer: deploy cash token: %w", err)
		}
		if err := s.saveContract(ctx, "cash", s.cash); err != nil {
			return err
		}
	}
	if s.dvp == (common.Address{}) {
		if s.dvp, err = opts.Chain.DeployDvP(ctx, opts.Compliance.Address()); err != nil {
			return fmt.Errorf("issuer: deploy DvP: %w", err)
		}
		if err := s.saveContract(ctx, "dvp", s.dvp); err != nil {
			return err
		}
	}
	pending, err := o.finishRecorded(ctx)
	if err != nil {
		return err
	}
	if opts.Ephemeral {
		if err := o.rebuildChain(ctx, s); err != nil {
			return fmt.Errorf("issuer: rebuild the chain: %w", err)
		}
	}
	cfg := opts.Settle
	cfg.DB, cfg.Chain, cfg.DvP, cfg.FreshChain = db, opts.Chain, s.dvp, opts.Ephemeral
	cfg.Attester = contracts.NewAttester(opts.Compliance, opts.Chain.ChainID(), s.dvp)
	cfg.Checker = settle.RulesChecker{Rules: o.Rules, Now: o.Now,
		Context: func(phase string, at time.Time, t engine.Trade, ahead []engine.Trade) (*abi.Context, error) {
			info, ok := o.Checker.Token(t.Token)
			if !ok {
				return nil, engine.Errorf(engine.EUnknownToken, "token %s has no compliance profile", t.Token)
			}
			return o.Registry.ContextAfter(phase, at, info, t.Seller, t.Buyer, t.Qty, t.Price, transfers(ahead, at))
		}}
	cfg.Wallets = o.Registry
	cfg.Instruments = settle.InstrumentsFunc(s.instrument)
	cfg.Outcomes = outcomes{o}
	cfg.Now = o.Now
	if s.pipe, err = settle.Open(ctx, cfg); err != nil {
		return err
	}
	o.chain = s
	if err := s.pipe.Start(ctx); err != nil {
		return err
	}
	mctx, stop := context.WithCancel(context.Background())
	s.stopMirror = stop
	go s.submitLoop(o.Venue)
	go s.mirrorLoop(mctx, o.Registry, o.reconcileAll)
	s.handOver(pending)
	return nil
}

func (s *settlement) instrument(_ context.Context, symbol string) (settle.Instrument, error) {
	s.mu.RLock()
	defer s.mu.RUnlock()
	addr, ok := s.tokens[symbol]
	if !ok {
		return settle.Instrument{}, fmt.Errorf("%w: token %s has no contract", settle.ErrUnknown, symbol)
	}
	return settle.Instrument{Token: addr, Cash: s.cash, CashScale: s.opts.CashScale}, nil
}

// finishRecorded completes the settlement reports a crash cut in two: a
// trade settles on chain, then the cap table records it, then the venue
// marks it settled (outcomes.Settled). A trade still pending in the venue
// whose transfer the cap table has was settled on chain (the cap table
// records nothing else); it is marked settled now, before the chain is
// rebuilt from the venue's balances or the pipeline checks it again against
// a cap table that already counts it. It returns the trades still pending,
// for the pipeline.
func (o *Ops) finishRecorded(ctx context.Context) ([]engine.Trade, error) {
	var pending []engine.Trade
	for _, t := range o.Venue.Trades("", 0) {
		if t.Status != engine.TradePending {
			continue
		}
		done, err := o.Registry.Recorded(ctx, t.Token, t.ID)
		if err != nil {
			return nil, err
		}
		if !done {
			pending = append(pending, t)
			continue
		}
		if _, err := o.Venue.SettleTrade(ctx, t.ID); err != nil && engine.ErrorCode(err) != engine.ETradeDone {
			return nil, fmt.Errorf("issuer: finish the settlement of %s: %w", t.ID, err)
		}
	}
	return pending, nil
}

// transfers are trades as the cap table will record them, settled at at.
func transfers(ts []engine.Trade, at time.Time) []registry.Transfer {
	out := make([]registry.Transfer, len(ts))
	for i, t := range ts {
		out[i] = registry.Transfer{Token: t.Token, Ref: t.ID, Seller: t.Seller, Buyer: t.Buyer, Quantity: t.Qty, Price: t.Price, At: at}
	}
	return out
}

// submitLoop hands new trades to the pipeline off the venue's publisher.
// A database error is retried until it passes: a trade is never dropped. A
// trade the pipeline refuses outright (one it can never settle, such as a
// self-trade of an order placed with stp "none") is broken in the venue, so
// that it releases what its parties hold and does not hold up the others.
func (s *settlement) submitLoop(v *engine.Venue) {
	defer close(s.done)
	for batch := range s.feed {
		if len(batch) == 0 {
			continue
		}
		if err := s.submit(batch); isRefused(err) {
			for _, t := range batch {
				if err := s.submit([]engine.Trade{t}); isRefused(err) {
					s.opts.Logf("issuer: trade %s cannot settle, breaking it: %v", t.ID, err)
					// Not on this goroutine: the venue's publisher may be
					// waiting on the feed, and the break on the publisher.
					go func(id, why string) {
						if _, err := v.BreakTrade(context.Background(), id, settle.CodeUnresolved, "cannot settle: "+why, "settle"); err != nil &&
							engine.ErrorCode(err) != engine.ETradeDone {
							s.opts.Logf("issuer: break trade %s: %v", id, err)
						}
					}(t.ID, engine.ErrorMessage(err))
				}
			}
		}
	}
}

// submit hands trades to the pipeline, retrying database errors; it
// returns nil, settle.ErrClosed, or the pipeline's refusal of the trades.
func (s *settlement) submit(batch []engine.Trade) error {
	for attempt := 1; ; attempt++ {
		err := s.pipe.Submit(context.Background(), batch...)
		if err == nil || errors.Is(err, settle.ErrClosed) || isRefused(err) {
			return err
		}
		if attempt == 1 || attempt%100 == 0 {
			s.opts.Logf("issuer: handing %d trades to settlement (attempt %d): %v", len(batch), attempt, err)
		}
		time.Sleep(100 * time.Millisecond) // the database is busy: never drop a trade
	}
}

// isRefused says whether Submit refused a trade as malformed (nothing
// stored; asking again cannot help).
func isRefused(err error) bool {
	c := engine.ErrorCode(err)
	return err != nil && (c == engine.EInvalid || c == engine.EBadQuantity)
}

// handOver queues trades for submitLoop; after close it drops them (they
// are pending in the venue, which hands them over again at the next Open).
func (s *settlement) handOver(batch []engine.Trade) {
	s.feedMu.Lock()
	defer s.feedMu.Unlock()
	if !s.feedClosed {
		s.feed <- batch
	}
}

// onTrades is the venue's event hook: trades go to settlement.
func (o *Ops) onTrades(evs []engine.Event) {
	s := o.chain
	if s == nil {
		return
	}
	var batch []engine.Trade
	for _, e := range evs {
		if e.Kind == engine.EvTrade {
			if t, err := o.Venue.Trade(e.TradeID); err == nil {
				batch = append(batch, t)
			}
		}
	}
	if len(batch) > 0 {
		s.handOver(batch)
	}
}

// close stops the loops and the pipeline. The pipeline closes first, so a
// hand-over still retrying a database error ends (trades not handed over are
// still pending in the venue, which hands them over again at the next Open).
func (s *settlement) close() error {
	err := s.pipe.Close()
	if s.stopMirror != nil { // the loops run: openChain got past Start
		s.stopMirror()
		<-s.mirrorDone
		s.feedMu.Lock()
		s.feedClosed = true
		close(s.feed)
		s.feedMu.Unlock()
		<-s.done
	}
	return err
}

// mirrorLoop keeps the chain's whitelists in step with the registry: it
// refreshes every entry at start and every MirrorRefresh (expiries change
// entries without any registry change), and sends entries still pending
// every MirrorRetry (the registry keeps a change the chain did not take in
// its outbox). Failures are logged and retried; the rules still check every
// trade at settlement, so a stale whitelist can refuse a transfer but
// never allow one the rules deny. After each refresh it runs reconcile (the
// cap table against the chain), which logs any drift.
func (s *settlement) mirrorLoop(ctx context.Context, reg *registry.Registry, reconcile func(context.Context)) {
	defer close(s.mirrorDone)
	// Reconciliation reads the chain for every account: it runs beside the
	// loop (so retries go on), one run at a time, and the loop waits for it
	// before it returns.
	var running sync.WaitGroup
	defer running.Wait()
	var busy atomic.Bool
	refresh := func() {
		if err := reg.RefreshMirror(ctx); err != nil && ctx.Err() == nil {
			s.opts.Logf("issuer: whitelist refresh: %v", err)
		}
		if busy.CompareAndSwap(false, true) {
			running.Add(1)
			go func() {
				defer running.Done()
				defer busy.Store(false)
				reconcile(ctx)
			}()
		}
	}
	refresh()
	retry := time.NewTicker(s.opts.MirrorRetry)
	defer retry.Stop()
	full := time.NewTicker(s.opts.MirrorRefresh)
	defer full.Stop()
	for {
		select {
		case <-ctx.Done():
			return
		case <-full.C:
			refresh()
		case <-retry.C:
			if len(reg.PendingMirror()) == 0 {
				continue
			}
			if err := reg.RetryMirror(ctx); err != nil && ctx.Err() == nil {
				s.opts.Logf("issuer: whitelist retry: %v", err)
			}
		}
	}
}

// outcomes reports settlement to the venue and the cap table. A repeated
// report of the same trade is a no-op, as the pipeline requires.
type outcomes struct{ o *Ops }

func (u outcomes) Settled(ctx context.Context, tradeID string, _ common.Hash) error {
	t, err := u.o.Venue.Trade(tradeID)
	if err != nil {
		return err
	}
	// The cap table first (new lot for the buyer, stats), then the venue: once
	// a trade reads SETTLED, everything about it is.
	err = u.o.Registry.Transfer(ctx, registry.Transfer{Token: t.Token, Ref: tradeID, Seller: t.Seller, Buyer: t.Buyer,
		Quantity: t.Qty, Price: t.Price, At: u.o.now()})
	if err != nil && engine.ErrorCode(err) != engine.EDuplicate {
		return err
	}
	if _, err := u.o.Venue.SettleTrade(ctx, tradeID); err != nil && engine.ErrorCode(err) != engine.ETradeDone {
		return err
	}
	return nil
}

func (u outcomes) Broken(ctx context.Context, tradeID string, code uint8, reason, rule string) error {
	if _, err := u.o.Venue.BreakTrade(ctx, tradeID, code, reason, rule); err != nil && engine.ErrorCode(err) != engine.ETradeDone {
		return err
	}
	return nil
}

// deployToken deploys a listed token's RestrictedToken and lets every
// custodial account's approvals cover it.
func (s *settlement) deployToken(ctx context.Context, symbol string, decimals uint8) error {
	addr, err := s.opts.Chain.DeploySecurity(ctx, contracts.SecurityParams{Name: symbol, Symbol: symbol, Decimals: decimals})
	if err != nil {
		return fmt.Errorf("issuer: deploy %s: %w", symbol, err)
	}
	if err := s.saveContract(ctx, "token:"+symbol, addr); err != nil {
		return err
	}
	s.mu.Lock()
	s.tokens[symbol] = addr
	keys := make([]*contracts.Key, 0, len(s.keys))
	for _, k := range s.keys {
		keys = append(keys, k)
	}
	s.mu.Unlock()
	for _, k := range keys {
		if err := s.opts.Chain.Approve(ctx, k, addr, s.dvp, math.MaxInt64); err != nil {
			return err
		}
	}
	return nil
}

// custodial gives the account a key the venue holds: gas, and approvals of
// the DvP contract on the cash token and every security token.
func (s *settlement) custodial(ctx context.Context, account string, k *contracts.Key) error {
	if _, err := s.db.ExecContext(ctx, s.db.Rebind(`INSERT INTO chain_keys (account, key) VALUES (?, ?)`),
		account, hex.EncodeToString(crypto.FromECDSA(k.Private()))); err != nil {
		return fmt.Errorf("issuer: store key of %s: %w", account, err)
	}
	return s.enable(ctx, account, k)
}

// enable funds a custodial key with gas and approves the DvP contract on
// the cash token and every security token.
func (s *settlement) enable(ctx context.Context, account string, k *contracts.Key) error {
	if err := s.opts.Chain.Fund(ctx, k.Address(), new(big.Int).Exp(big.NewInt(10), big.NewInt(19), nil)); err != nil {
		return err
	}
	s.mu.Lock()
	s.keys[account] = k
	addrs := []common.Address{s.cash}
	for _, a := range s.tokens {
		addrs = append(addrs, a)
	}
	s.mu.Unlock()
	for _, a := range addrs {
		if err := s.opts.Chain.Approve(ctx, k, a, s.dvp, math.MaxInt64); err != nil {
			return err
		}
	}
	return nil
}

// mirror is the registry's whitelist mirror over the chain.
func (o *Ops) mirror(ctx context.Context, token string, wallet common.Address, e registry.WhitelistEntry) error {
	s := o.chain
	if s == nil {
		return errors.New("no chain yet")
	}
	s.mu.RLock()
	addr, ok := s.tokens[token]
	s.mu.RUnlock()
	if !ok {
		return fmt.Errorf("token %s has no contract yet", token)
	}
	var until uint64
	if !e.LockupUntil.IsZero() {
		until = uint64(e.LockupUntil.Unix())
	}
	return s.opts.Chain.RegisterInvestor(ctx, addr, wallet, contracts.Investor{Allowed: e.Allowed, Country: e.Country, LockupUntil: until})
}

// TokenContract returns the address of a token's RestrictedToken contract,
// when the venue settles on a chain.
func (o *Ops) TokenContract(symbol string) (common.Address, bool) {
	if o.chain == nil {
		return common.Address{}, false
	}
	in, err := o.chain.instrument(context.Background(), symbol)
	return in.Token, err == nil
}

//go:embed migrations/*.sql
var migrations embed.FS

// load reads stored contract addresses and custodial keys. For an
// ephemeral chain the stored addresses are of a chain that is gone: they are
// dropped, to be deployed again.
func (s *settlement) load(ctx context.Context, ephemeral bool) error {
	sub, err := fs.Sub(migrations, "migrations")
	if err != nil {
		return err
	}
	if err := s.db.Migrate(ctx, "issuer", sub); err != nil {
		return err
	}
	if ephemeral {
		if _, err := s.db.ExecContext(ctx, `DELETE FROM chain_contracts`); err != nil {
			return fmt.Errorf("issuer: forget old contracts: %w", err)
		}
	}
	var contractsRows []struct {
		Name    string `db:"name"`
		Address string `db:"address"`
	}
	if err := s.db.SelectContext(ctx, &contractsRows, `SELECT name, address FROM chain_contracts`); err != nil {
		return fmt.Errorf("issuer: load contracts: %w", err)
	}
	for _, r := range contractsRows {
		a := common.HexToAddress(r.Address)
		switch {
		case r.Name == "cash":
			s.cash = a
		case r.Name == "dvp":
			s.dvp = a
		case strings.HasPrefix(r.Name, "token:"):
			s.tokens[strings.TrimPrefix(r.Name, "token:")] = a
		}
	}
	var keyRows []struct {
		Account string `db:"account"`
		Key     string `db:"key"`
	}
	if err := s.db.SelectContext(ctx, &keyRows, `SELECT account, key FROM chain_keys`); err != nil {
		return fmt.Errorf("issuer: load keys: %w", err)
	}
	for _, r := range keyRows {
		k, err := contracts.KeyFromHex(r.Key)
		if err != nil {
			return fmt.Errorf("issuer: key of %s: %w", r.Account, err)
		}
		s.keys[r.Account] = k
	}
	return nil
}

func (s *settlement) saveContract(ctx context.Context, name string, a common.Address) error {
	if _, err := s.db.ExecContext(ctx, s.db.Rebind(`INSERT INTO chain_contracts (name, address) VALUES (?, ?)`), name, a.Hex()); err != nil {
		return fmt.Errorf("issuer: store %s contract: %w", name, err)
	}
	return nil
}

// rebuildChain puts the database's state on an empty chain, after the cash
// and DvP contracts are deployed: custodial keys funded and approving, a
// contract per listed token, every account's settled balances (the venue's
// ledger: trades still pending settle on the new chain afterwards, like any
// other), then every whitelist entry as the registry has it.
func (o *Ops) rebuildChain(ctx context.Context, s *settlement) error {
	start := time.Now()
	s.mu.RLock()
	keys := make(map[string]*contracts.Key, len(s.keys))
	for a, k := range s.keys {
		keys[a] = k
	}
	s.mu.RUnlock()
	for account, k := range keys { // gas first: deployToken has them approve
		if err := s.enable(ctx, account, k); err != nil {
			return err
		}
	}
	for _, t := range o.Venue.Tokens() {
		if err := s.deployToken(ctx, t.Symbol, t.Decimals); err != nil {
			return err
		}
	}
	o.chain = s // the mirror writes through o.chain
	defer func() { o.chain = nil }()
	// Balances first: a holder may no longer be whitelisted (KYC lapsed
	// since it bought), and the token refuses to mint to it; so each holder
	// is let in for its mint, and the whitelist as it stands goes on after.
	accounts := 0
	for _, inv := range o.Registry.Investors() {
		for _, a := range o.Registry.Accounts(inv.ID) {
			cash, tokens, err := o.Venue.Balances(a.ID)
			if err != nil {
				return err
			}
			for sym, b := range tokens {
				if b.Total <= 0 {
					continue
				}
				in, err := s.instrument(ctx, sym)
				if err != nil {
					return err
				}
				if err := s.opts.Chain.RegisterInvestor(ctx, in.Token, a.Wallet, contracts.Investor{Allowed: true, Country: inv.Country}); err != nil {
					return fmt.Errorf("let %s in for its mint of %s: %w", a.ID, sym, err)
				}
				if err := s.opts.Chain.MintSecurity(ctx, in.Token, a.Wallet, b.Total); err != nil {
					return fmt.Errorf("mint %d %s to %s: %w", b.Total, sym, a.ID, err)
				}
			}
			for _, b := range cash {
				if b.Total <= 0 {
					continue
				}
				if err := s.opts.Chain.MintCash(ctx, s.cash, a.Wallet, b.Total*s.opts.CashScale); err != nil {
					return fmt.Errorf("cash of %s: %w", a.ID, err)
				}
			}
			accounts++
		}
	}
	for _, m := range o.Registry.Mirrored() {
		if err := o.mirror(ctx, m.Token, m.Wallet, m.Entry); err != nil {
			return fmt.Errorf("whitelist %s on %s: %w", m.Wallet, m.Token, err)
		}
	}
	log.Printf("chain: rebuilt from the database in %v: %d tokens, %d accounts, %d custodial keys",
		time.Since(start).Round(time.Millisecond), len(o.Venue.Tokens()), accounts, len(keys))
	return nil
}
