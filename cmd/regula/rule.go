package main

import (
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"os"
	"strconv"
	"strings"
	"text/tabwriter"

	"github.com/regulavenue/regula/engine/store"
	"github.com/regulavenue/regula/rules"
	"github.com/regulavenue/regula/rules/abi"
	"github.com/regulavenue/regula/rules/wasm"
)

func init() {
	register("rule", "build, test, upload and inspect rule modules", runRule)
}

const ruleUsage = `usage: regula rule COMMAND [args] [--db ./regula.db]

  build DIR                       compile a module dir to DIR/<name>.wasm (name from manifest.json)
  test MODULE.wasm CASES.json...  run case files against the Wasm module
  upload DIR|manifest.json        validate and store a module (builds it if DIR/<name>.wasm is missing)
  ls                              list stored modules
  show NAME@VERSION               describe a stored module
  bind TOKEN NAME@VERSION[=CONFIG]...
                                  set and activate TOKEN's rule set; CONFIG is a JSON object or @file.json
  eval TOKEN CONTEXT.json         run TOKEN's active rule set on a JSON transfer context
                                  (RULES.md view); match and settlement decisions are logged
  decisions [--token T] [--limit N]
                                  list logged decisions, newest first
  replay DECISION_ID              re-run a logged decision and confirm the same verdicts
`

// ruleFlags are the flags of every rule subcommand, accepted anywhere on
// the line (before or after the positional arguments).
type ruleFlags struct {
	db    string
	token string
	limit int
	args  []string
}

func parseRuleFlags(args []string) (*ruleFlags, error) {
	f := &ruleFlags{db: "./regula.db", limit: 50}
	for i := 0; i < len(args); i++ {
		a := args[i]
		name, val, hasVal := strings.Cut(strings.TrimLeft(a, "-"), "=")
		if !strings.HasPrefix(a, "-") || a == "-" {
			f.args = append(f.args, a)
			continue
		}
		if !hasVal {
			if i+1 >= len(args) {
				return nil, fmt.Errorf("flag %s needs a value", a)
			}
			i++
			val = args[i]
		}
		switch name {
		case "db":
			f.db = val
		case "token":
			f.token = val
		case "limit":
			n, err := strconv.Atoi(val)
			if err != nil || n <= 0 {
				return nil, fmt.Errorf("--limit %q: want a positive integer", val)
			}
			f.limit = n
		default:
			return nil, fmt.Errorf("unknown flag %s", a)
		}
	}
	return f, nil
}

func usageError(msg string) error {
	return &exitError{code: 2, msg: msg + "\n" + ruleUsage}
}

func runRule(ctx context.Context, args []string) error {
	if len(args) == 0 || args[0] == "-h" || args[0] == "--help" || args[0] == "help" {
		fmt.Fprint(os.Stderr, ruleUsage)
		return &exitError{code: 2, msg: "no rule command"}
	}
	f, err := parseRuleFlags(args[1:])
	if err != nil {
		return usageError(err.Error())
	}
	switch args[0] {
	case "build":
		return ruleBuild(ctx, f)
	case "test":
		return ruleTest(ctx, f)
	case "upload":
		return ruleUpload(ctx, f)
	case "ls":
		return ruleLs(ctx, f)
	case "show":
		return ruleShow(ctx, f)
	case "bind":
		return ruleBind(ctx, f)
	case "eval":
		return ruleEval(ctx, f)
	case "decisions":
		return ruleDecisions(ctx, f)
	case "replay":
		return ruleReplay(ctx, f)
	}
	return usageError(fmt.Sprintf("unknown rule command %q", args[0]))
}

func ruleBuild(ctx context.Context, f *ruleFlags) error {
	if len(f.args) != 1 {
		return usageError("build takes one module directory")
	}
	out, err := rules.Build(ctx, f.args[0])
	if err != nil {
		return err
	}
	fmt.Println(out)
	return nil
}

// ruleTest prints a line per failing case, then "N passed, M failed" alone
// on the last line; it fails on any failing case or case that could not run.
func ruleTest(ctx context.Context, f *ruleFlags) error {
	if len(f.args) < 2 {
		return usageError("test takes MODULE.wasm and at least one CASES.json")
	}
	passed, failed := 0, 0
	defer func() { fmt.Printf("%d passed, %d failed\n", passed, failed) }()
	bin, err := os.ReadFile(f.args[0])
	var mod *wasm.Module
	if err == nil {
		var rt *wasm.Runtime
		// A generous deadline: this is a developer's check of verdicts,
		// not the venue's latency guard.
		rt, err = wasm.New(ctx, wasm.Config{})
		if err == nil {
			defer rt.Close(context.Background())
			mod, err = rt.Load(ctx, f.args[0], bin)
		}
	}
	for _, path := range f.args[1:] {
		data, rerr := os.ReadFile(path)
		var cf *abi.CaseFile
		if rerr == nil {
			cf, rerr = abi.ParseCaseFile(data)
		}
		if rerr != nil {
			fmt.Printf("FAIL %s: could not run: %v\n", path, rerr)
			failed++
			continue
		}
		if err != nil {
			for _, c := range cf.Cases {
				fmt.Printf("FAIL %s: %q: could not run: %v\n", path, c.Name, err)
			}
			failed += max(len(cf.Cases), 1)
			continue
		}
		for _, r := range rules.RunCases(ctx, mod, nil, cf) {
			if r.OK() {
				passed++
				continue
			}
			failed++
			fmt.Printf("%s: %s\n", path, r.Line())
		}
	}
	if failed > 0 {
		return &exitError{code: 1, msg: fmt.Sprintf("%d of %d cases failed", failed, passed+failed)}
	}
	return nil
}

// openRulesOffline is openRules for commands that change what a running
// venue holds in memory (a binding) or write decisions: the venue would
// not see the binding until its next start, and its decision ids would
// collide with ours. They refuse while `regula serve` holds the database,
// and hold its lock themselves until done.
func openRulesOffline(ctx context.Context, f *ruleFlags, use string) (*rules.Service, func(), error) {
	unlock, err := lockFile(f.db + ".lock")
	if err != nil {
		return nil, nil, &exitError{code: 1, msg: fmt.Sprintf("%s is served by a running regula serve: %s", f.db, use)}
	}
	s, done, err := openRules(ctx, f)
	if err != nil {
		unlock()
		return nil, nil, err
	}
	return s, func() { done(); unlock() }, nil
}

func openRules(ctx context.Context, f *ruleFlags) (*rules.Service, func(), error) {
	// The venue's own opener: the same pragmas and path handling as
	// regula serve on the same file.
	db, err := store.Open(ctx, f.db)
	if err != nil {
		return nil, nil, err
	}
	// Commands are operator tools, not the trading path: a generous
	// deadline keeps a busy machine from turning a check into a 253.
	s, err := rules.Open(ctx, rules.Options{DB: db.DB})
	if err != nil {
		db.Close()
		return nil, nil, err
	}
	return s, func() {
		s.Close(context.Background())
		db.Close()
	}, nil
}

func ruleUpload(ctx context.Context, f *ruleFlags) error {
	if len(f.args) != 1 {
		return usageError("upload takes a module directory or its manifest.json")
	}
	u, err := rules.ReadModuleDir(f.args[0])
	if err != nil {
		return err
	}
	if u.Wasm == nil {
		dir := f.args[0]
		if strings.HasSuffix(dir, ".json") {
			dir = dir[:strings.LastIndexAny(dir, `/\`)+1]
			if dir == "" {
				dir = "."
			}
		}
		if _, err := rules.Build(ctx, dir); err != nil {
			return err
		}
		if u, err = rules.ReadModuleDir(f.args[0]); err != nil {
			return err
		}
	}
	s, done, err := openRules(ctx, f)
	if err != nil {
		return err
	}
	defer done()
	info, err := s.Upload(ctx, *u)
	if err != nil {
		return err
	}
	fmt.Printf("%s sha256:%s %d bytes, %d cases passed\n", info.Ref(), info.SHA256, info.Size, info.Cases)
	return nil
}

func ruleLs(ctx context.Context, f *ruleFlags) error {
	s, done, err := openRules(ctx, f)
	if err != nil {
		return err
	}
	defer done()
	mods, err := s.Modules(ctx)
	if err != nil {
		return err
	}
	w := tabwriter.NewWriter(os.Stdout, 0, 4, 2, ' ', 0)
	fmt.Fprintln(w, "MODULE\tSHA256\tSIZE\tCASES\tUPLOADED\tDESCRIPTION")
	for _, m := range mods {
		fmt.Fprintf(w, "%s\t%s\t%d\t%d\t%s\t%s\n", m.Ref(), m.SHA256[:12], m.Size, m.Cases, m.UploadedAt.Format("2006-01-02 15:04:05"), m.Description)
	}
	return w.Flush()
}

func ruleShow(ctx context.Context, f *ruleFlags) error {
	if len(f.args) != 1 {
		return usageError("show takes NAME@VERSION")
	}
	name, version, err := rules.ParseRef(f.args[0])
	if err != nil {
		return err
	}
	s, done, err := openRules(ctx, f)
	if err != nil {
		return err
	}
	defer done()
	info, err := s.Module(ctx, name, version)
	if err != nil {
		return err
	}
	return printJSON(info)
}

func ruleBind(ctx context.Context, f *ruleFlags) error {
	if len(f.args) < 2 {
		return usageError("bind takes TOKEN and at least one NAME@VERSION[=CONFIG]")
	}
	var entries []rules.Entry
	for _, a := range f.args[1:] {
		ref, cfg, _ := strings.Cut(a, "=")
		if strings.HasPrefix(cfg, "@") {
			b, err := os.ReadFile(cfg[1:])
			if err != nil {
				return err
			}
			cfg = string(b)
		}
		entries = append(entries, rules.Entry{Module: ref, Config: json.RawMessage(cfg)})
	}
	s, done, err := openRulesOffline(ctx, f, "bind through the venue instead (regula issuer bind, or PUT /v1/tokens/{symbol}/ruleset)")
	if err != nil {
		return err
	}
	defer done()
	info, err := s.SetRuleSet(ctx, f.args[0], entries)
	if err != nil {
		return err
	}
	fmt.Printf("%s rule set v%d active, hash %s\n", info.Token, info.Version, info.Hash)
	return nil
}

// ruleEval prints the decision as JSON; it exits 1 on a deny.
func ruleEval(ctx context.Context, f *ruleFlags) error {
	if len(f.args) != 2 {
		return usageError("eval takes TOKEN and CONTEXT.json")
	}
	data, err := os.ReadFile(f.args[1])
	if err != nil {
		return err
	}
	tc, err := abi.ParseContextJSON(data)
	if err != nil {
		return err
	}
	s, done, err := openRulesOffline(ctx, f, "stop it first, or evaluate on a copy of the database")
	if err != nil {
		return err
	}
	defer done()
	d := s.Evaluate(ctx, f.args[0], tc)
	if err := s.Flush(ctx); err != nil {
		return err
	}
	if err := printJSON(d); err != nil {
		return err
	}
	if !d.Allow {
		return &exitError{code: 1, msg: fmt.Sprintf("denied: %d %s (%s)", d.Code, d.Reason, d.Rule)}
	}
	return nil
}

func ruleDecisions(ctx context.Context, f *ruleFlags) error {
	s, done, err := openRules(ctx, f)
	if err != nil {
		return err
	}
	defer done()
	ds, err := s.Decisions(ctx, rules.DecisionFilter{Token: f.token, Limit: f.limit})
	if err != nil {
		return err
	}
	w := tabwriter.NewWriter(os.Stdout, 0, 4, 2, ' ', 0)
	fmt.Fprintln(w, "ID\tTOKEN\tPHASE\tDECISION\tRULE\tREASON\tRULESET")
	for _, d := range ds {
		verdict := "allow"
		if !d.Allow {
			verdict = fmt.Sprintf("deny %d", d.Code)
		}
		fmt.Fprintf(w, "%d\t%s\t%s\t%s\t%s\t%s\tv%d\n", d.ID, d.Token, d.Phase, verdict, d.Rule, d.Reason, d.RuleSetVersion)
	}
	return w.Flush()
}

func ruleReplay(ctx context.Context, f *ruleFlags) error {
	if len(f.args) != 1 {
		return usageError("replay takes a DECISION_ID")
	}
	id, err := strconv.ParseInt(f.args[0], 10, 64)
	if err != nil {
		return usageError(fmt.Sprintf("decision id %q: %v", f.args[0], err))
	}
	s, done, err := openRules(ctx, f)
	if err != nil {
		return err
	}
	defer done()
	r, err := s.Replay(ctx, id)
	if err != nil {
		if errors.Is(err, rules.ErrNotFound) {
			return &exitError{code: 1, msg: err.Error()}
		}
		return err
	}
	d := r.Decision
	fmt.Printf("decision %d: %s %s, rule set v%d %s, input %s\n", d.ID, d.Token, d.Phase, d.RuleSetVersion, shortHash(d.RuleSetHash), shortHash(d.InputDigest))
	for i, v := range r.Verdicts {
		mark := "same"
		if i < len(d.Verdicts) && v != d.Verdicts[i] {
			mark = "DIFFERENT"
		}
		fmt.Printf("  %-20s allow=%-5t code=%-3d %s  %s\n", v.Rule, v.Allow, v.Code, mark, v.Reason)
	}
	if !r.Same {
		for _, diff := range r.Diffs {
			fmt.Println("  diff:", diff)
		}
		return &exitError{code: 1, msg: fmt.Sprintf("decision %d replayed differently", id)}
	}
	fmt.Println("replay: same verdicts")
	return nil
}

func shortHash(h string) string {
	if len(h) > 12 {
		return h[:12]
	}
	return h
}

func printJSON(v any) error {
	enc := json.NewEncoder(os.Stdout)
	enc.SetIndent("", "  ")
	return enc.Encode(v)
}
