package main

import (
	"context"
	"encoding/json"
	"errors"
	"io"
	"os"
	"path/filepath"
	"strconv"
	"strings"
	"testing"

	"github.com/regulavenue/regula/rules"
)

// captureStdout runs f with os.Stdout redirected and returns what it wrote.
func captureStdout(t *testing.T, f func() error) (string, error) {
	t.Helper()
	r, w, err := os.Pipe()
	if err != nil {
		t.Fatal(err)
	}
	old := os.Stdout
	os.Stdout = w
	out := make(chan string)
	go func() {
		b, _ := io.ReadAll(r)
		out <- string(b)
	}()
	ferr := f()
	os.Stdout = old
	w.Close()
	return <-out, ferr
}

func TestRuleTestCommand(t *testing.T) {
	dir := t.TempDir()
	src := filepath.Join("..", "..", "examples", "rules", "kyc")
	mod := filepath.Join(dir, "kyc.wasm")
	if err := rules.BuildTo(context.Background(), src, mod); err != nil {
		t.Fatal(err)
	}
	good := filepath.Join(src, "cases.json")
	data, err := os.ReadFile(good)
	if err != nil {
		t.Fatal(err)
	}
	bad := filepath.Join(dir, "bad.json")
	if err := os.WriteFile(bad, []byte(strings.Replace(string(data), `"allow": true`, `"allow": false`, 1)), 0o644); err != nil {
		t.Fatal(err)
	}
	ctx := context.Background()

	out, err := captureStdout(t, func() error { return runRule(ctx, []string{"test", mod, good}) })
	lines := strings.Split(strings.TrimSpace(out), "\n")
	if err != nil || len(lines) != 1 || !strings.HasSuffix(lines[0], " passed, 0 failed") {
		t.Fatalf("good cases: err %v, output:\n%s", err, out)
	}

	out, err = captureStdout(t, func() error { return runRule(ctx, []string{"test", mod, bad, good}) })
	lines = strings.Split(strings.TrimSpace(out), "\n")
	var ee *exitError
	if !errors.As(err, &ee) || ee.code != 1 || len(lines) != 2 || !strings.Contains(lines[0], "got allow=") || !strings.HasSuffix(lines[1], ", 1 failed") {
		t.Fatalf("one failing case: err %v, output:\n%s", err, out)
	}

	out, err = captureStdout(t, func() error { return runRule(ctx, []string{"test", filepath.Join(dir, "missing.wasm"), good}) })
	if !errors.As(err, &ee) || ee.code != 1 || !strings.Contains(out, "could not run") || !strings.Contains(out, "0 passed") {
		t.Fatalf("missing module: err %v, output:\n%s", err, out)
	}

	if _, err := captureStdout(t, func() error { return runRule(ctx, []string{"test", mod}) }); !errors.As(err, &ee) || ee.code != 2 {
		t.Fatalf("usage: %v", err)
	}
}

func TestParseRuleFlags(t *testing.T) {
	f, err := parseRuleFlags([]string{"42", "--db", "x.db", "--token=ACME", "-limit", "5"})
	if err != nil || f.db != "x.db" || f.token != "ACME" || f.limit != 5 || len(f.args) != 1 || f.args[0] != "42" {
		t.Fatalf("%+v %v", f, err)
	}
	for _, bad := range [][]string{{"--db"}, {"--nope", "1"}, {"--limit", "-1"}} {
		if _, err := parseRuleFlags(bad); err == nil {
			t.Errorf("%v accepted", bad)
		}
	}
}

// TestRuleUploadBindEvalReplay drives the registry commands end to end on
// a database file: upload, ls, bind, eval (a logged match), replay.
func TestRuleUploadBindEvalReplay(t *testing.T) {
	dir := t.TempDir()
	db := filepath.Join(dir, "regula.db")
	src := filepath.Join("..", "..", "examples", "rules", "kyc")
	mod := filepath.Join(dir, "kyc")
	if err := os.MkdirAll(mod, 0o755); err != nil {
		t.Fatal(err)
	}
	for _, f := range []string{"manifest.json", "schema.json", "cases.json"} {
		b, err := os.ReadFile(filepath.Join(src, f))
		if err != nil {
			t.Fatal(err)
		}
		if err := os.WriteFile(filepath.Join(mod, f), b, 0o644); err != nil {
			t.Fatal(err)
		}
	}
	ctx := context.Background()
	if err := rules.BuildTo(ctx, src, filepath.Join(mod, "kyc.wasm")); err != nil {
		t.Fatal(err)
	}
	run := func(args ...string) (string, error) {
		return captureStdout(t, func() error { return runRule(ctx, append(args, "--db", db)) })
	}
	if out, err := run("upload", mod); err != nil || !strings.HasPrefix(out, "kyc@1.0.0 sha256:") {
		t.Fatalf("upload: %v\n%s", err, out)
	}
	if out, err := run("ls"); err != nil || !strings.Contains(out, "kyc@1.0.0") {
		t.Fatalf("ls: %v\n%s", err, out)
	}
	if out, err := run("bind", "ACME", "kyc@1.0.0"); err != nil || !strings.Contains(out, "ACME rule set v1 active") {
		t.Fatalf("bind: %v\n%s", err, out)
	}
	tc := filepath.Join(dir, "match.json")
	if err := os.WriteFile(tc, []byte(`{"phase":"match","time":"2027-03-01T00:00:00Z","token":{"symbol":"ACME"},
		"seller":{"account":"s","kyc":{"status":"pending"}},"buyer":{"account":"b","kyc":{"status":"approved"}},"quantity":1,"price":1}`), 0o644); err != nil {
		t.Fatal(err)
	}
	out, err := run("eval", "ACME", tc)
	var ee *exitError
	if !errors.As(err, &ee) || ee.code != 1 || !strings.Contains(out, `"code": 10`) {
		t.Fatalf("eval: %v\n%s", err, out)
	}
	var d struct {
		ID int64 `json:"id"`
	}
	if err := json.Unmarshal([]byte(out), &d); err != nil || d.ID == 0 {
		t.Fatalf("eval output: %v\n%s", err, out)
	}
	if out, err := run("replay", strconv.FormatInt(d.ID, 10)); err != nil || !strings.Contains(out, "replay: same verdicts") {
		t.Fatalf("replay: %v\n%s", err, out)
	}
	if out, err := run("decisions", "--token", "ACME"); err != nil || !strings.Contains(out, "deny 10") {
		t.Fatalf("decisions: %v\n%s", err, out)
	}
	if _, err := run("replay", "999"); !errors.As(err, &ee) || ee.code != 1 {
		t.Fatalf("replay of a missing decision: %v", err)
	}
}
