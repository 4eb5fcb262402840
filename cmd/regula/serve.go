package main

import (
	"context"
	"errors"
	"flag"
	"fmt"
	"log"
	"net"
	"net/http"
	"os"
	"sync/atomic"
	"time"

	"github.com/regulavenue/regula/contracts"
	"github.com/regulavenue/regula/engine"
	"github.com/regulavenue/regula/engine/issuer"
	"github.com/regulavenue/regula/engine/store"
	"github.com/regulavenue/regula/rules"
	"github.com/regulavenue/regula/web"
)

func init() {
	register("serve", "run the venue: order books, journal, settlement, HTTP API and WebSocket", runServe)
}

// Main is the wired venue: database, journal, venue and HTTP server. Tests
// reuse it to run the real thing in-process.
type Main struct {
	DBPath string
	Addr   string
	// Chain is where trades settle: "sim" (the default) is the embedded
	// simulated chain, rebuilt from the database at every start; "none"
	// runs without settlement (trades stay pending).
	Chain string

	DB    *store.DB
	Venue *engine.Venue
	Hub   *web.Hub
	// Ops is the issuer API over the venue, the registry and the rules.
	Ops *issuer.Ops
	// Sim is the embedded chain when Chain is "sim".
	Sim     *contracts.Simulated
	server  *http.Server
	ln      net.Listener
	serveCh chan error
	unlock  func() // releases the database's lock file
}

// Run opens everything and starts serving; it returns once the listener is up.
func (m *Main) Run(ctx context.Context) error {
	// The port and the database are taken before anything is recovered, so
	// a second venue on either fails at once, having written nothing (a
	// second venue on one database would snapshot into it and collide on
	// the journal).
	ln, err := net.Listen("tcp", m.Addr)
	if err != nil {
		return err
	}
	m.ln = ln
	unlock, err := lockFile(m.DBPath + ".lock")
	if err != nil {
		ln.Close()
		return fmt.Errorf("%s is in use by another regula serve (%w)", m.DBPath, err)
	}
	m.unlock = unlock
	db, err := store.Open(ctx, m.DBPath)
	if err != nil {
		m.Close()
		return err
	}
	m.DB = db
	start := time.Now()
	ref := &web.HubRef{} // the hub needs the venue, the venue its OnEvents
	opts := issuer.Options{Venue: engine.Config{OnEvents: ref.OnEvents}}
	// Logged decisions reach the WebSocket decisions channel (compliance).
	var hub atomic.Pointer[web.Hub]
	opts.Rules.OnDecision = func(d *rules.Decision) {
		if h := hub.Load(); h != nil {
			h.OnDecision(d)
		}
	}
	if opts.Chain, err = m.openChain(); err != nil {
		m.Close()
		return err
	}
	if m.Ops, err = issuer.Open(ctx, db, opts); err != nil {
		m.Close()
		return err
	}
	m.Venue = m.Ops.Venue
	keys, err := web.NewKeys(ctx, db, nil)
	if err != nil {
		m.Close()
		return err
	}
	m.Hub = web.NewHub(m.Venue, keys, web.HubOptions{})
	ref.Set(m.Hub)
	hub.Store(m.Hub)
	log.Printf("venue recovered from %s in %v", m.DBPath, time.Since(start).Round(time.Millisecond))
	srv := web.NewServer(m.Ops)
	srv.Hub = m.Hub
	srv.Keys = keys
	m.server = &http.Server{Handler: srv.Handler(), ReadHeaderTimeout: 10 * time.Second}
	m.serveCh = make(chan error, 1)
	go func() { m.serveCh <- m.server.Serve(ln) }()
	log.Printf("serving on http://%s", ln.Addr())
	return nil
}

// openChain starts the chain named by m.Chain.
func (m *Main) openChain() (*issuer.ChainOptions, error) {
	switch m.Chain {
	case "", "sim":
	case "none":
		return nil, nil
	default:
		return nil, &exitError{code: 2, msg: fmt.Sprintf("--chain %q: want sim or none", m.Chain)}
	}
	// The simulated chain lives in memory: fresh keys each start, and the
	// venue rebuilds the chain's state from the database (Ephemeral).
	operator, err := contracts.GenerateKey()
	if err != nil {
		return nil, err
	}
	comp, err := contracts.GenerateKey()
	if err != nil {
		return nil, err
	}
	if m.Sim, err = contracts.NewSimulated(operator, contracts.SimulatedOptions{}); err != nil {
		return nil, err
	}
	return &issuer.ChainOptions{Chain: m.Sim, Compliance: comp, Ephemeral: true}, nil
}

// URL is the base URL the server listens on.
func (m *Main) URL() string { return "http://" + m.ln.Addr().String() }

// Close shuts the server down gracefully, then the venue (which snapshots
// and flushes the journal), then the database.
func (m *Main) Close() error {
	var errs []error
	if m.server != nil {
		ctx, cancel := context.WithTimeout(context.Background(), 10*time.Second)
		errs = append(errs, m.server.Shutdown(ctx))
		cancel()
	}
	if m.Hub != nil {
		errs = append(errs, m.Hub.Close()) // before the venue: cancel-on-disconnect
	}
	if m.Ops != nil {
		errs = append(errs, m.Ops.Close(context.Background()))
	}
	if m.Sim != nil {
		errs = append(errs, m.Sim.Close())
	}
	if m.DB != nil {
		errs = append(errs, m.DB.Close())
	}
	if m.ln != nil && m.server == nil {
		m.ln.Close() // never served
	}
	if m.unlock != nil {
		m.unlock()
	}
	return errors.Join(errs...)
}

func runServe(ctx context.Context, args []string) error {
	fs := flag.NewFlagSet("serve", flag.ContinueOnError)
	m := &Main{}
	fs.StringVar(&m.DBPath, "db", "./regula.db", "SQLite database file")
	fs.StringVar(&m.Addr, "addr", "127.0.0.1:8080", "listen address")
	demo := fs.Bool("demo", false, "seed demo tokens, investors, rule sets and API keys (once per database) and run market makers")
	fs.StringVar(&m.Chain, "chain", "sim", "settlement chain: sim (embedded, rebuilt from the database at start) or none")
	if err := fs.Parse(args); err != nil {
		return &exitError{code: 2, msg: err.Error()}
	}
	if err := m.Run(ctx); err != nil {
		return err
	}
	if *demo {
		if err := runDemo(ctx, m, os.Stdout); err != nil {
			m.Close()
			return err
		}
	}
	select {
	case <-ctx.Done():
		log.Printf("shutting down")
	case err := <-m.serveCh:
		m.Close()
		return fmt.Errorf("http: %w", err)
	}
	return m.Close()
}
