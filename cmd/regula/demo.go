package main

// The `make run` demo: a fresh database is seeded once with three tokens (one
// per rule-set preset), a dozen investors, their positions and cash, the
// bound rule sets and API keys for every role; then market makers quote the
// three books over the public WebSocket API so that a newcomer opening the
// browser sees live books that trade.

import (
	"bufio"
	"context"
	"crypto/sha256"
	"database/sql"
	"embed"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"io/fs"
	"net"
	"os"
	"path/filepath"
	"runtime"
	"slices"
	"strings"
	"sync"
	"time"

	"github.com/ethereum/go-ethereum/common"

	"github.com/regulavenue/regula/engine"
	"github.com/regulavenue/regula/engine/issuer"
	"github.com/regulavenue/regula/engine/registry"
	"github.com/regulavenue/regula/examples/marketmaker/bot"
	"github.com/regulavenue/regula/rules"
	"github.com/regulavenue/regula/rules/abi"
	"github.com/regulavenue/regula/web"
)

//go:embed migrations/*.sql
var demoMigrations embed.FS

// demoActor is who the demo's registry changes are audited as.
const demoActor = "demo-seed"

// demoToken is one demo token: how it trades and which preset it binds.
type demoToken struct {
	symbol, title, preset string
	mid                   int64 // market makers' starting mid, cents per token
	offering              abi.Offering
	mica                  abi.MiCA
}

// demoHolding is a position minted to an investor: qty of token acquired
// ageDays ago (so Reg D's holding period can be met, or not).
type demoHolding struct {
	token   string
	qty     int64
	ageDays int
}

// demoLock is an issuer-kept named lock, until inDays from now.
type demoLock struct {
	token, name, reason string
	qty                 int64
	inDays              int
}

// demoInvestor is one demo investor with one account (its id without
// "inv-"), what it holds, and what it is for in the demo.
type demoInvestor struct {
	inv      registry.Investor
	note     string // what a visitor can try with its key
	trader   bool   // gets a trader key printed for visitors
	mm       string // the token it makes a market in ("" none)
	holdings []demoHolding
	locks    []demoLock
	cash     int64 // USD cents
}

func (d demoInvestor) account() string { return strings.TrimPrefix(d.inv.ID, "inv-") }

// demoData is the whole seed, relative to now.
func demoData(now time.Time) ([]demoToken, []demoInvestor) {
	days := func(n int) time.Time { return now.AddDate(0, 0, n) }
	// Notes name dates, not "in 20 days": they are printed again on later
	// starts.
	date := func(n int) string { return days(n).Format(time.DateOnly) }
	tokens := []demoToken{
		{symbol: "REGD", title: "Reg D 506(c)", preset: "us-reg-d-506c", mid: 1250,
			offering: abi.Offering{Exemption: "reg_d_506c", ClosedAt: days(-730)}},
		// Closed 120 days ago: the 40-day distribution compliance period is
		// over, the one-year flowback block is not.
		{symbol: "REGS", title: "Reg S", preset: "offshore-reg-s", mid: 840,
			offering: abi.Offering{Exemption: "reg_s", ClosedAt: days(-120)}},
		{symbol: "MICA", title: "MiCA", preset: "eu-mica", mid: 2500,
			mica: abi.MiCA{WhitePaperPublished: true, Kind: "other"}},
	}
	us := func(id, class string, accredited bool, accUntil, kycUntil time.Time) registry.Investor {
		return registry.Investor{ID: id, Country: "US", USPerson: true, Class: class, KYCStatus: registry.KYCApproved,
			KYCExpiresAt: kycUntil, Accredited: accredited, AccreditationExpiresAt: accUntil}
	}
	nonUS := func(id, country, class, kyc string, kycUntil time.Time) registry.Investor {
		return registry.Investor{ID: id, Country: country, Class: class, KYCStatus: kyc, KYCExpiresAt: kycUntil}
	}
	const mmCash, cash = 500_000_00, 100_000_00 // $500k, $100k
	// The Reg D market makers hold millions of old lots: a sale consumes the
	// oldest lots first and a purchase adds a new one, so churning through
	// the old lots (about 400 units a minute) takes more than a week; only
	// then would Rule 144's holding period (code 30) stop their sales.
	investors := []demoInvestor{
		// US: the Reg D market.
		{inv: us("inv-northbeam", registry.ClassProfessional, true, days(365), days(730)), mm: "REGD",
			note: "market maker", holdings: []demoHolding{{"REGD", 5_000_000, 800}}, cash: mmCash},
		{inv: us("inv-hudson", registry.ClassProfessional, true, time.Time{}, time.Time{}), mm: "REGD",
			note: "market maker", holdings: []demoHolding{{"REGD", 5_000_000, 550}}, cash: mmCash},
		{inv: us("inv-alice", registry.ClassRetail, true, days(180), days(365)), trader: true,
			note:     "US, accredited: buys REGD; can sell 2,000 REGD held over a year, not the 1,000 bought on " + date(-60) + " (code 30)",
			holdings: []demoHolding{{"REGD", 2_000, 400}, {"REGD", 1_000, 60}}, cash: cash},
		{inv: us("inv-bob", registry.ClassRetail, false, time.Time{}, days(365)), trader: true,
			note: "US, not accredited: a REGD buy is refused (code 40)", cash: cash},
		{inv: us("inv-carol", registry.ClassProfessional, true, days(365), days(-10)), trader: true,
			note: "US, accredited, but KYC expired on " + date(-10) + ": a REGD buy is refused (code 11)", cash: cash},
		// EU: the MiCA market, and a Reg S market maker.
		{inv: nonUS("inv-rhein", "DE", registry.ClassProfessional, registry.KYCApproved, days(730)), mm: "MICA",
			note: "market maker", holdings: []demoHolding{{"MICA", 50_000, 200}}, cash: mmCash},
		{inv: nonUS("inv-seine", "FR", registry.ClassProfessional, registry.KYCApproved, days(730)), mm: "MICA",
			note: "market maker", holdings: []demoHolding{{"MICA", 50_000, 200}}, cash: mmCash},
		{inv: nonUS("inv-eurofund", "LU", registry.ClassEligibleCounterparty, registry.KYCApproved, time.Time{}),
			note:     "fund holding most of MICA's supply",
			holdings: []demoHolding{{"MICA", 600_000, 300}}},
		{inv: nonUS("inv-dieter", "DE", registry.ClassRetail, registry.KYCApproved, days(365)), trader: true,
			note:     "DE retail: trades MICA and REGS; 3,000 of his 4,000 REGS are locked until " + date(90) + " (code 31)",
			holdings: []demoHolding{{"MICA", 5_000, 100}, {"REGS", 4_000, 120}},
			locks:    []demoLock{{"REGS", "vesting", "employee vesting", 3_000, 90}}, cash: cash},
		{inv: nonUS("inv-aoife", "IE", registry.ClassRetail, registry.KYCPending, time.Time{}), trader: true,
			note: "IE, KYC pending: a MICA buy is refused (code 11)", cash: cash},
		{inv: nonUS("inv-maas", "NL", registry.ClassEligibleCounterparty, registry.KYCApproved, days(730)), mm: "REGS",
			note: "market maker", holdings: []demoHolding{{"REGS", 60_000, 110}}, cash: mmCash},
		// APAC: the other Reg S market maker and holders.
		{inv: nonUS("inv-marina", "SG", registry.ClassProfessional, registry.KYCApproved, days(730)), mm: "REGS",
			note: "market maker", holdings: []demoHolding{{"REGS", 60_000, 110}}, cash: mmCash},
		{inv: nonUS("inv-yuki", "JP", registry.ClassProfessional, registry.KYCApproved, days(365)), trader: true,
			note:     "JP: trades REGS; all 10,000 of her REGS are locked up until " + date(30) + " (code 31)",
			holdings: []demoHolding{{"REGS", 10_000, 110}},
			locks:    []demoLock{{"REGS", "lock-up", "offering lock-up", 10_000, 30}}, cash: cash},
		{inv: nonUS("inv-chen", "HK", registry.ClassEligibleCounterparty, registry.KYCApproved, days(20)), trader: true,
			note:     "HK: trades REGS; KYC valid until " + date(20),
			holdings: []demoHolding{{"REGS", 5_000, 90}}, cash: cash},
	}
	return tokens, investors
}

// demoKey is one API key of the demo, as written to <db>.demo-keys.
type demoKey struct {
	role    web.Role
	subject string // trader: account; issuer: tokens (comma-separated); else ""
	key     string
	note    string
}

// demo is the running demo: its market makers.
type demo struct {
	bots []*bot.Bot
	wg   sync.WaitGroup
}

// Wait waits for the market makers to stop (they stop when runDemo's ctx
// ends).
func (d *demo) Wait() { d.wg.Wait() }

// runDemo seeds the demo data once and starts the demo market makers.
//
// It seeds a database that has never been seeded, prints progress to w,
// writes the API keys it creates to <db>.demo-keys (mode 0600: the database
// keeps only their hashes), and prints the URL and the keys; on later
// starts it skips the seed and prints the keys from that file. It returns
// once the market makers are started; they run until ctx ends.
func runDemo(ctx context.Context, m *Main, w io.Writer) error {
	_, err := startDemo(ctx, m, w)
	return err
}

// startDemo is runDemo, returning the market makers so tests can wait for
// them to stop.
func startDemo(ctx context.Context, m *Main, w io.Writer) (*demo, error) {
	say := func(format string, args ...any) { fmt.Fprintf(w, "demo: "+format+"\n", args...) }
	if err := migrateDemo(ctx, m); err != nil {
		return nil, err
	}
	var state struct {
		Started int64 `db:"started_at"`
		Done    int64 `db:"done_at"`
	}
	err := m.DB.GetContext(ctx, &state, `SELECT started_at, done_at FROM demo_seed WHERE id = 1`)
	keysPath := m.DBPath + ".demo-keys"
	tokens, _ := demoData(time.Now())
	var keys []demoKey
	switch {
	case errors.Is(err, sql.ErrNoRows) && len(m.Venue.Tokens()) > 0:
		// Someone's own venue: seeding on top could collide with their ids
		// and would mix demo investors into a real cap table.
		say("%s already lists tokens the demo did not create: no demo data, no market makers (use a fresh --db for the demo)", m.DBPath)
		return &demo{}, nil
	case errors.Is(err, sql.ErrNoRows):
		if keys, err = seedDemo(ctx, m, say); err != nil {
			return nil, fmt.Errorf("demo: seeding: %w", err)
		}
		if err := writeDemoKeys(keysPath, keys); err != nil {
			return nil, err
		}
		if _, err := m.DB.ExecContext(ctx, m.DB.Rebind(`UPDATE demo_seed SET done_at = ? WHERE id = 1`), time.Now().UnixNano()); err != nil {
			return nil, fmt.Errorf("demo: marking the seed done: %w", err)
		}
		say("wrote the API keys to %s (the database keeps only their hashes)", keysPath)
	case err != nil:
		return nil, fmt.Errorf("demo: reading the seed marker: %w", err)
	case state.Done == 0:
		return nil, fmt.Errorf("demo: seeding %s was interrupted on %s: remove it and start again (rm %s %s-wal %s-shm %s)",
			m.DBPath, time.Unix(0, state.Started).Format(time.DateTime), m.DBPath, m.DBPath, m.DBPath, keysPath)
	default:
		say("database already seeded on %s: not seeding again", time.Unix(0, state.Done).Format(time.DateTime))
		if keys, err = readDemoKeys(keysPath); err != nil {
			// The keys are hashed in the database: without the file they are
			// lost, so make a fresh set rather than leave the demo keyless.
			say("cannot read %s (%v): creating new demo keys", keysPath, err)
			if keys, err = createDemoKeys(ctx, m); err != nil {
				return nil, err
			}
			if err := writeDemoKeys(keysPath, keys); err != nil {
				return nil, err
			}
		}
	}
	printDemoKeys(w, m.URL(), keysPath, keys)
	return startMarketMakers(ctx, m, w, tokens, keys)
}

// migrateDemo creates the demo's marker table (component "demo").
func migrateDemo(ctx context.Context, m *Main) error {
	sub, err := fs.Sub(demoMigrations, "migrations")
	if err != nil {
		return err
	}
	if err := m.DB.Migrate(ctx, "demo", sub); err != nil {
		return fmt.Errorf("demo: %w", err)
	}
	return nil
}

// seedDemo builds and uploads the example modules, then creates the tokens,
// investors, accounts, positions, locks, cash, rule sets and API keys.
// Modules come first and are idempotent (a stored one is not built again),
// so stopping the long first build loses nothing; the seed is marked
// started after them, so an interrupted seed of the data is noticed.
func seedDemo(ctx context.Context, m *Main, say func(string, ...any)) ([]demoKey, error) {
	start := time.Now()
	now := start.UTC().Truncate(time.Second)
	tokens, investors := demoData(now)
	ops := m.Ops

	// Rule modules: every module the presets name, built from source.
	presets := map[string][]rules.Entry{}
	var modules []string
	versions := map[string]string{}
	for _, t := range tokens {
		entries, err := readPreset(filepath.Join(demoExamplesDir(), "presets", t.preset+".json"))
		if err != nil {
			return nil, err
		}
		presets[t.symbol] = entries
		for _, e := range entries {
			name, version, err := rules.ParseRef(e.Module)
			if err != nil {
				return nil, fmt.Errorf("preset %s: %w", t.preset, err)
			}
			if !slices.Contains(modules, name) {
				modules = append(modules, name)
				versions[name] = version
			}
		}
	}
	say("building %d rule modules from %s: %s", len(modules), demoExamplesDir(), strings.Join(modules, ", "))
	say("  (the first build on a machine compiles Go's standard library for wasip1: allow a minute)")
	for i, name := range modules {
		t0 := time.Now()
		if _, err := ops.Rules.Module(ctx, name, versions[name]); err == nil {
			say("  [%d/%d] %s@%s already stored", i+1, len(modules), name, versions[name])
			continue
		}
		dir := filepath.Join(demoExamplesDir(), name)
		if _, err := rules.Build(ctx, dir); err != nil {
			return nil, fmt.Errorf("building %s: %w", name, err)
		}
		u, err := rules.ReadModuleDir(dir)
		if err != nil {
			return nil, err
		}
		info, err := ops.Rules.Upload(ctx, *u)
		if err != nil {
			return nil, fmt.Errorf("uploading %s: %w", name, err)
		}
		say("  [%d/%d] %s built and uploaded: %d KiB, passes its %d cases (%v)", i+1, len(modules), info.Ref(),
			info.Size>>10, info.Cases, time.Since(t0).Round(time.Millisecond))
	}
	if cur := ops.Rules.CurrentLists(); cur == nil || len(cur.Map()) == 0 {
		if _, err := ops.Rules.SetLists(ctx, map[string][]string{"sanctions": {"inv-sdn-demo"}}); err != nil {
			return nil, fmt.Errorf("sanctions list: %w", err)
		}
	}

	if _, err := m.DB.ExecContext(ctx, m.DB.Rebind(`INSERT INTO demo_seed (id, started_at) VALUES (1, ?)`), time.Now().UnixNano()); err != nil {
		return nil, fmt.Errorf("marking the seed started: %w", err)
	}

	// Tokens, each with its preset bound before anyone is onboarded.
	for _, t := range tokens {
		err := ops.CreateToken(ctx, demoActor, issuer.Token{
			TokenSpec: engine.TokenSpec{Symbol: t.symbol, Currency: "USD", TickSize: 1, LotSize: 1},
			Offering:  t.offering, MiCA: t.mica})
		if err != nil {
			return nil, fmt.Errorf("token %s: %w", t.symbol, err)
		}
		if _, err := ops.BindRuleSet(ctx, demoActor, t.symbol, presets[t.symbol]); err != nil {
			return nil, fmt.Errorf("binding %s to %s: %w", t.preset, t.symbol, err)
		}
		say("token %-4s %-13s rule set %s (%s)", t.symbol, t.title, t.preset, moduleList(presets[t.symbol]))
	}

	// Investors and their accounts: custodial accounts (the venue holds the
	// wallet key) when the venue settles on a chain, plain ones otherwise.
	byRegion := map[string]int{}
	for _, d := range investors {
		inv := d.inv
		if len(d.holdings) > 0 && !verified(inv, now) {
			// Bought while verified: the chain mints only to whitelisted
			// wallets. Their KYC lapses below, after the mint.
			inv.KYCStatus, inv.KYCExpiresAt = registry.KYCApproved, time.Time{}
		}
		if err := ops.PutInvestor(ctx, demoActor, inv); err != nil {
			return nil, err
		}
		if err := addDemoAccount(ctx, ops, d.account(), d.inv.ID); err != nil {
			return nil, fmt.Errorf("account %s: %w", d.account(), err)
		}
		byRegion[region(d.inv.Country)]++
	}
	say("onboarded %d investors with an account each: %d US, %d EU, %d APAC", len(investors), byRegion["US"], byRegion["EU"], byRegion["APAC"])

	// Positions: lots acquired in the past (the registry stamps a mint with
	// the issuer clock, so the clock is set back for each one; nothing
	// trades yet), named locks, cash.
	var lots, locks, deposits int
	for _, d := range investors {
		for _, h := range d.holdings {
			if err := demoMintAt(ctx, ops, h.token, d.account(), h.qty, now.AddDate(0, 0, -h.ageDays)); err != nil {
				return nil, fmt.Errorf("minting %d %s to %s: %w", h.qty, h.token, d.account(), err)
			}
			lots++
		}
		if len(d.holdings) > 0 && !verified(d.inv, now) {
			if err := ops.PutInvestor(ctx, demoActor, d.inv); err != nil {
				return nil, err
			}
		}
		for _, l := range d.locks {
			err := ops.SetLock(ctx, demoActor, l.token, d.inv.ID, registry.Lock{Name: l.name, Quantity: l.qty,
				Until: now.AddDate(0, 0, l.inDays), Reason: l.reason})
			if err != nil {
				return nil, fmt.Errorf("lock %s on %s: %w", l.name, d.inv.ID, err)
			}
			locks++
		}
		if d.cash > 0 {
			if err := ops.Deposit(ctx, d.account(), "USD", d.cash); err != nil {
				return nil, fmt.Errorf("deposit to %s: %w", d.account(), err)
			}
			deposits++
		}
	}
	say("minted %d lots (Reg D lots from 60 to 800 days old), set %d named locks, deposited cash in %d accounts", lots, locks, deposits)

	keys, err := createDemoKeys(ctx, m)
	if err != nil {
		return nil, err
	}
	say("created %d API keys (operator, compliance, issuer, %d traders)", len(keys), len(keys)-3)
	say("seeded in %v", time.Since(start).Round(time.Millisecond))
	return keys, nil
}

// verified is RULES.md's verified party: KYC approved and not expired.
func verified(inv registry.Investor, at time.Time) bool {
	return inv.KYCStatus == registry.KYCApproved && (inv.KYCExpiresAt.IsZero() || inv.KYCExpiresAt.After(at))
}

// demoMintAt mints a lot acquired at at. The issuer API stamps a mint with
// Ops.Now, so the clock is set to at for the call and restored after: safe
// while seeding, when nothing else runs on the venue.
func demoMintAt(ctx context.Context, ops *issuer.Ops, token, account string, qty int64, at time.Time) error {
	saved := ops.Now
	ops.Now = func() time.Time { return at }
	defer func() { ops.Now = saved }()
	return ops.Mint(ctx, demoActor, token, account, qty)
}

// addDemoAccount opens a custodial account when the venue has a chain, and
// otherwise an account with a wallet address derived from its id.
func addDemoAccount(ctx context.Context, ops *issuer.Ops, id, investorID string) error {
	_, err := ops.AddCustodialAccount(ctx, demoActor, id, investorID)
	if err == nil || engine.ErrorCode(err) != engine.EInvalid {
		return err
	}
	h := sha256.Sum256([]byte("regula-demo/" + id))
	return ops.AddAccount(ctx, demoActor, registry.Account{ID: id, InvestorID: investorID, Wallet: common.BytesToAddress(h[:20])})
}

// createDemoKeys creates a key for each role: operator, compliance, an
// issuer of the three tokens, and a trader key for each demo investor who
// has one and for each market maker.
func createDemoKeys(ctx context.Context, m *Main) ([]demoKey, error) {
	store, err := web.NewKeys(ctx, m.DB, nil)
	if err != nil {
		return nil, err
	}
	tokens, investors := demoData(time.Now())
	var syms []string
	for _, t := range tokens {
		syms = append(syms, t.symbol)
	}
	want := []demoKey{
		{role: web.RoleOperator, note: "runs the venue"},
		{role: web.RoleCompliance, note: "reads the decision log"},
		{role: web.RoleIssuer, subject: strings.Join(syms, ","), note: "issues " + strings.Join(syms, ", ")},
	}
	for _, d := range investors {
		if d.trader || d.mm != "" {
			note := d.note
			if d.mm != "" {
				note = "market maker on " + d.mm
			}
			want = append(want, demoKey{role: web.RoleTrader, subject: d.account(), note: note})
		}
	}
	for i := range want {
		var subjects []string
		if want[i].subject != "" {
			subjects = strings.Split(want[i].subject, ",")
		}
		if want[i].key, _, err = store.Create(ctx, want[i].role, subjects...); err != nil {
			return nil, err
		}
	}
	return want, nil
}

// writeDemoKeys writes the keys file: a comment, then one key a line,
// "role subject key note…", subject "-" when none.
func writeDemoKeys(path string, keys []demoKey) error {
	var b strings.Builder
	b.WriteString("# Regula demo API keys: role, subject (account or tokens), key, what it is for.\n")
	b.WriteString("# Keep this file private: anyone with a key acts with its role.\n")
	for _, k := range keys {
		subject := k.subject
		if subject == "" {
			subject = "-"
		}
		fmt.Fprintf(&b, "%s %s %s %s\n", k.role, subject, k.key, k.note)
	}
	// Written aside and renamed, so that a reader never sees half a file.
	tmp := path + ".tmp"
	os.Remove(tmp)
	if err := os.WriteFile(tmp, []byte(b.String()), 0o600); err != nil {
		return fmt.Errorf("demo: writing keys: %w", err)
	}
	if err := os.Rename(tmp, path); err != nil {
		return fmt.Errorf("demo: writing keys: %w", err)
	}
	return nil
}

// readDemoKeys reads a file written by writeDemoKeys.
func readDemoKeys(path string) ([]demoKey, error) {
	f, err := os.Open(path)
	if err != nil {
		return nil, err
	}
	defer f.Close()
	var keys []demoKey
	sc := bufio.NewScanner(f)
	for sc.Scan() {
		line := strings.TrimSpace(sc.Text())
		if line == "" || strings.HasPrefix(line, "#") {
			continue
		}
		fields := strings.SplitN(line, " ", 4)
		if len(fields) < 3 || !strings.HasPrefix(fields[2], web.KeyPrefix) {
			return nil, fmt.Errorf("%s: malformed line %q", path, line)
		}
		k := demoKey{role: web.Role(fields[0]), subject: fields[1], key: fields[2]}
		if k.subject == "-" {
			k.subject = ""
		}
		if len(fields) == 4 {
			k.note = fields[3]
		}
		keys = append(keys, k)
	}
	if err := sc.Err(); err != nil {
		return nil, err
	}
	if len(keys) == 0 {
		return nil, fmt.Errorf("%s: no keys", path)
	}
	return keys, nil
}

// printDemoKeys prints the URL to open and the keys for visitors; market
// makers' keys stay in the file.
func printDemoKeys(w io.Writer, url, path string, keys []demoKey) {
	fmt.Fprintf(w, "\nRegula demo is running: open %s/\n\nAPI keys (kept in %s):\n", url, path)
	mms := 0
	for _, k := range keys {
		if strings.HasPrefix(k.note, "market maker") {
			mms++
			continue
		}
		who := string(k.role)
		if k.role == web.RoleTrader {
			who += " " + k.subject
		}
		fmt.Fprintf(w, "  %-17s %s\n  %-17s   %s\n", who, k.key, "", k.note)
	}
	fmt.Fprintf(w, "\n%d market makers quote REGD, REGS and MICA over the WebSocket API (examples/marketmaker).\n\n", mms)
}

// startMarketMakers starts a bot for every market maker's key, over a real
// WebSocket to the server on loopback.
func startMarketMakers(ctx context.Context, m *Main, w io.Writer, tokens []demoToken, keys []demoKey) (*demo, error) {
	_, investors := demoData(time.Now())
	mid := map[string]int64{}
	for _, t := range tokens {
		mid[t.symbol] = t.mid
	}
	wsURL, err := demoWebSocketURL(m)
	if err != nil {
		return nil, err
	}
	d := &demo{}
	var mu sync.Mutex
	logf := func(format string, args ...any) {
		mu.Lock()
		defer mu.Unlock()
		fmt.Fprintf(w, "demo: market maker "+format+"\n", args...)
	}
	n := 0
	for _, inv := range investors {
		if inv.mm == "" {
			continue
		}
		var key string
		for _, k := range keys {
			if k.role == web.RoleTrader && k.subject == inv.account() {
				key = k.key
			}
		}
		if key == "" {
			return nil, fmt.Errorf("demo: no key for market maker %s in the keys file", inv.account())
		}
		// The two market makers of a token quote around the same mid with
		// different random walks, and take at different paces.
		n++
		b := bot.New(bot.Config{URL: wsURL, Key: key, Token: inv.mm, Mid: mid[inv.mm], HalfSpread: 2, Levels: 2,
			Size: int64(10 * (1 + n%3)), Interval: 2 * time.Second, TakeEvery: 2 + n%2,
			Logf: func(format string, args ...any) { logf(inv.account()+" "+format, args...) }})
		d.bots = append(d.bots, b)
		d.wg.Add(1)
		go func() {
			defer d.wg.Done()
			if err := b.Run(ctx); err != nil && !errors.Is(err, context.Canceled) {
				logf("%s stopped: %v", inv.account(), err)
			}
		}()
	}
	d.wg.Add(1)
	go func() { // a line a minute, so the terminal shows the books are alive
		defer d.wg.Done()
		t := time.NewTicker(time.Minute)
		defer t.Stop()
		for {
			select {
			case <-ctx.Done():
				return
			case <-t.C:
				var placed, fills int64
				for _, b := range d.bots {
					s := b.Stats()
					placed, fills = placed+s.Placed, fills+s.Fills
				}
				var trades []string
				for _, t := range tokens {
					trades = append(trades, fmt.Sprintf("%s %d", t.symbol, len(m.Venue.Trades(t.symbol, 0))))
				}
				logf("totals: %d orders placed, %d fills; trades so far: %s", placed, fills, strings.Join(trades, ", "))
			}
		}
	}()
	return d, nil
}

// demoWebSocketURL is the server's WebSocket endpoint on loopback.
func demoWebSocketURL(m *Main) (string, error) {
	u := strings.TrimPrefix(m.URL(), "http://")
	host, port, err := net.SplitHostPort(u)
	if err != nil {
		return "", fmt.Errorf("demo: server address %q: %w", u, err)
	}
	if ip := net.ParseIP(host); ip == nil || ip.IsUnspecified() {
		host = "127.0.0.1"
	}
	return "ws://" + net.JoinHostPort(host, port) + "/v1/ws", nil
}

// demoExamplesDir is examples/rules: under the working directory (make run
// runs from the repository root), else beside this source file.
func demoExamplesDir() string {
	if st, err := os.Stat(filepath.Join("examples", "rules", "presets")); err == nil && st.IsDir() {
		return filepath.Join("examples", "rules")
	}
	_, file, _, _ := runtime.Caller(0)
	return filepath.Join(filepath.Dir(file), "..", "..", "examples", "rules")
}

// readPreset reads a preset file ([{module, version, config}]) as rule-set
// entries.
func readPreset(path string) ([]rules.Entry, error) {
	data, err := os.ReadFile(path)
	if err != nil {
		return nil, fmt.Errorf("preset: %w", err)
	}
	var p []struct {
		Module  string          `json:"module"`
		Version string          `json:"version"`
		Config  json.RawMessage `json:"config"`
	}
	if err := json.Unmarshal(data, &p); err != nil {
		return nil, fmt.Errorf("preset %s: %w", path, err)
	}
	entries := make([]rules.Entry, len(p))
	for i, e := range p {
		entries[i] = rules.Entry{Module: e.Module + "@" + e.Version, Config: e.Config}
	}
	return entries, nil
}

func moduleList(entries []rules.Entry) string {
	names := make([]string, len(entries))
	for i, e := range entries {
		names[i] = e.Module
	}
	return strings.Join(names, ", ")
}

// region groups a demo investor's country for the progress line.
func region(country string) string {
	switch country {
	case "US":
		return "US"
	case "SG", "JP", "HK", "AU", "KR", "IN":
		return "APAC"
	}
	return "EU"
}
