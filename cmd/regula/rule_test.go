package main

import (
	"context"
	"errors"
	"io"
	"os"
	"path/filepath"
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
