package main

import (
	"os"
	"os/exec"
	"path/filepath"
	"regexp"
	"strings"
	"testing"
)

// TestRulesAuthoringTutorial runs the commands of docs/RULES-AUTHORING.md,
// sections 6 to 9, in order, as a reader would: build, test as Wasm, upload,
// bind, evaluate, list decisions, then start a real `regula serve` on the
// same database and send the order the page says is rejected. It checks the
// answer the page shows, so the tutorial cannot rot. The `go test` commands of
// section 5 are part of `make test` already.
func TestRulesAuthoringTutorial(t *testing.T) {
	if testing.Short() {
		t.Skip("builds modules and runs the binary")
	}
	page, err := os.ReadFile("../../docs/RULES-AUTHORING.md")
	if err != nil {
		t.Fatal(err)
	}
	doc := string(page)
	from := strings.Index(doc, "## 6.")
	to := strings.Index(doc, "## Checklist")
	if from < 0 || to < from {
		t.Fatal("the tutorial lost its sections 6 to 9")
	}
	body := doc[from:to]
	blocks := regexp.MustCompile("(?s)```sh\n(.*?)```").FindAllStringSubmatch(body, -1)
	want := regexp.MustCompile("(?s)```json\n(\\{\"code\":\"rule_denied\".*?)\n```").FindStringSubmatch(body)
	if len(blocks) < 5 || want == nil {
		t.Fatalf("found %d shell blocks and answer %v", len(blocks), want != nil)
	}
	bin, err := buildRegula()
	if err != nil {
		t.Fatal(err)
	}
	db := filepath.Join(t.TempDir(), "tutorial.db")
	root, _ := filepath.Abs("../..")
	run := func(script string) string {
		t.Helper()
		script = strings.ReplaceAll(script, "go run ./cmd/regula", bin)
		script = strings.ReplaceAll(script, "./regula.db", db)
		cmd := exec.Command("bash", "-euo", "pipefail", "-c", script)
		cmd.Dir = root
		var stderr strings.Builder
		cmd.Stderr = &stderr
		out, err := cmd.Output() // what the reader sees on stdout; notices go to stderr
		if err != nil {
			t.Fatalf("tutorial block failed: %v\n%s\n--- output:\n%s%s", err, script, out, stderr.String())
		}
		return string(out)
	}
	var venue string
	for _, b := range blocks {
		script := b[1]
		if strings.Contains(script, "needs the venue running") {
			venue = script
			continue
		}
		// `rule eval` exits 1 on a deny, which is what the page shows.
		script = strings.Replace(script, "--db ./regula.db | grep", "--db ./regula.db | { grep", 1)
		if strings.Contains(script, "{ grep") {
			script = strings.TrimRight(script, "\n") + "; }"
			script = "set +o pipefail\n" + script
		}
		run(script)
	}
	if venue == "" {
		t.Fatal("no venue block")
	}
	s := startServer(t, db)
	got := strings.TrimSpace(run(strings.ReplaceAll(venue, "http://127.0.0.1:8080", s.url)))
	if got != want[1] {
		t.Fatalf("the order's answer:\n got %s\nwant %s (as the page says)", got, want[1])
	}
}
