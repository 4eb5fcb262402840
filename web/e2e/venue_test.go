//go:build e2e

package e2e

import (
	"bytes"
	"context"
	"encoding/json"
	"io"
	"mime/multipart"
	"net/http"
	"os"
	"os/exec"
	"path/filepath"
	"runtime"
	"strings"
	"sync"
	"syscall"
	"testing"
	"time"

	"github.com/regulavenue/regula/rules"
)

// repoRoot is the module root, two directories above this file.
func repoRoot(t testing.TB) string {
	_, file, _, _ := runtime.Caller(0)
	root := filepath.Join(filepath.Dir(file), "..", "..")
	if _, err := os.Stat(filepath.Join(root, "go.mod")); err != nil {
		t.Fatalf("module root not found from %s: %v", file, err)
	}
	return root
}

// venue is a real `regula serve` process on a free loopback port.
type venue struct {
	url  string
	bin  string
	db   string
	keys map[string]string // by name: operator, compliance, issuer, alice, bob, carol
	cmd  *exec.Cmd

	mu  sync.Mutex
	log bytes.Buffer
}

// buildRegula builds the binary from this tree into dir.
func buildRegula(t testing.TB, dir string) string {
	t.Helper()
	bin := filepath.Join(dir, "regula")
	cmd := exec.Command("go", "build", "-o", bin, "./cmd/regula")
	cmd.Dir = repoRoot(t)
	if out, err := cmd.CombinedOutput(); err != nil {
		t.Fatalf("go build ./cmd/regula: %v\n%s", err, out)
	}
	return bin
}

// moduleDir builds an example module into dir/<name>/ with its manifest,
// schema and case file beside it, as a compliance engineer has it on disk.
func moduleDir(t testing.TB, dir, name string) string {
	t.Helper()
	src := filepath.Join(repoRoot(t), "examples", "rules", name)
	out := filepath.Join(dir, name)
	if err := os.MkdirAll(out, 0o755); err != nil {
		t.Fatal(err)
	}
	ctx, cancel := context.WithTimeout(context.Background(), 2*time.Minute)
	defer cancel()
	if err := rules.BuildTo(ctx, src, filepath.Join(out, name+".wasm")); err != nil {
		t.Fatalf("building %s: %v", name, err)
	}
	for _, f := range []string{"manifest.json", "schema.json", "cases.json"} {
		b, err := os.ReadFile(filepath.Join(src, f))
		if err != nil {
			t.Fatal(err)
		}
		if err := os.WriteFile(filepath.Join(out, f), b, 0o644); err != nil {
			t.Fatal(err)
		}
	}
	return out
}

// startVenue creates the keys, then starts `regula serve` and waits for it.
func startVenue(t testing.TB, bin, dir string) *venue {
	t.Helper()
	v := &venue{bin: bin, db: filepath.Join(dir, "venue.db"), keys: map[string]string{}}
	for _, k := range []struct{ name, role, subject string }{
		{"operator", "operator", ""},
		{"compliance", "compliance", ""},
		{"issuer", "issuer", "ACME"},
		{"alice", "trader", "alice"},
		{"bob", "trader", "bob"},
		{"carol", "trader", "carol"},
	} {
		args := []string{"key", "create", k.role}
		if k.subject != "" {
			args = append(args, k.subject)
		}
		args = append(args, "--db", v.db)
		out, err := exec.Command(bin, args...).Output()
		if err != nil {
			t.Fatalf("regula %s: %v", strings.Join(args, " "), err)
		}
		v.keys[k.name] = strings.TrimSpace(string(out))
	}
	v.serve(t)
	return v
}

func (v *venue) logText() string {
	v.mu.Lock()
	defer v.mu.Unlock()
	return v.log.String()
}

// stop interrupts the server and waits for it, killing it after 15 s.
func (v *venue) stop(t testing.TB) {
	if v.cmd == nil || v.cmd.Process == nil {
		return
	}
	v.cmd.Process.Signal(syscall.SIGINT)
	done := make(chan error, 1)
	go func() { done <- v.cmd.Wait() }()
	select {
	case <-done:
	case <-time.After(15 * time.Second):
		v.cmd.Process.Kill()
		<-done
		t.Errorf("regula serve did not stop in 15s after SIGINT")
	}
	if t.Failed() {
		t.Logf("regula serve log:\n%s", v.logText())
	}
}

// call makes a REST call with the named key and decodes the answer into out
// (if not nil); it fails the test unless the status is want.
func (v *venue) call(t testing.TB, key, method, path string, body any, want int, out any) {
	t.Helper()
	var rd io.Reader
	if body != nil {
		b, err := json.Marshal(body)
		if err != nil {
			t.Fatal(err)
		}
		rd = bytes.NewReader(b)
	}
	req, err := http.NewRequest(method, v.url+path, rd)
	if err != nil {
		t.Fatal(err)
	}
	req.Header.Set("Authorization", "Bearer "+v.keys[key])
	if body != nil {
		req.Header.Set("Content-Type", "application/json")
	}
	v.do(t, req, want, out)
}

func (v *venue) do(t testing.TB, req *http.Request, want int, out any) {
	t.Helper()
	resp, err := http.DefaultClient.Do(req)
	if err != nil {
		t.Fatalf("%s %s: %v", req.Method, req.URL.Path, err)
	}
	defer resp.Body.Close()
	b, _ := io.ReadAll(resp.Body)
	if resp.StatusCode != want {
		t.Fatalf("%s %s: status %d, want %d: %s", req.Method, req.URL.Path, resp.StatusCode, want, b)
	}
	if out != nil {
		if err := json.Unmarshal(b, out); err != nil {
			t.Fatalf("%s %s: decoding %s: %v", req.Method, req.URL.Path, b, err)
		}
	}
}

// uploadModule uploads a module directory over REST as multipart/form-data.
func (v *venue) uploadModule(t testing.TB, key, dir string) {
	t.Helper()
	u, err := rules.ReadModuleDir(dir)
	if err != nil {
		t.Fatal(err)
	}
	var buf bytes.Buffer
	mw := multipart.NewWriter(&buf)
	for _, p := range []struct {
		name string
		b    []byte
	}{{"wasm", u.Wasm}, {"manifest", u.Manifest}, {"schema", u.Schema}, {"cases", u.Cases}} {
		if len(p.b) == 0 {
			continue
		}
		w, err := mw.CreateFormFile(p.name, p.name)
		if err != nil {
			t.Fatal(err)
		}
		w.Write(p.b)
	}
	mw.Close()
	req, err := http.NewRequest("POST", v.url+"/v1/modules", &buf)
	if err != nil {
		t.Fatal(err)
	}
	req.Header.Set("Authorization", "Bearer "+v.keys[key])
	req.Header.Set("Content-Type", mw.FormDataContentType())
	v.do(t, req, http.StatusCreated, nil)
}

// waitFor polls f until it returns nil or the timeout passes.
func waitFor(t testing.TB, timeout time.Duration, what string, f func() error) {
	t.Helper()
	deadline := time.Now().Add(timeout)
	var err error
	for time.Now().Before(deadline) {
		if err = f(); err == nil {
			return
		}
		time.Sleep(50 * time.Millisecond)
	}
	t.Fatalf("waiting for %s: %v", what, err)
}
