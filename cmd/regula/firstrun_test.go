//go:build firstrun

package main

import (
	"bufio"
	"context"
	"encoding/json"
	"net"
	"net/http"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"syscall"
	"testing"
	"time"
)

// TestFirstFiveMinutes does what the README tells a new user, from a clean
// clone of this repository in a temporary directory (the Go build cache is
// allowed): `make run`, then the web UI answers and the demo books trade
// within 60 seconds of the command. A second `make run` on the same clone
// does not seed again. Run it with `make first-run` (CI does).
func TestFirstFiveMinutes(t *testing.T) {
	root, err := filepath.Abs("../..")
	if err != nil {
		t.Fatal(err)
	}
	clone := filepath.Join(t.TempDir(), "regula")
	if out, err := exec.Command("git", "clone", "-q", root, clone).CombinedOutput(); err != nil {
		t.Fatalf("git clone: %v\n%s", err, out)
	}
	addr := freeAddr(t)
	base := "http://" + addr

	start := time.Now()
	log1 := makeRun(t, clone, addr)
	waitUntil(t, start, 3*time.Minute, "the web UI at "+base, func() bool {
		res, err := http.Get(base + "/")
		if err != nil {
			return false
		}
		res.Body.Close()
		return res.StatusCode == http.StatusOK && strings.HasPrefix(res.Header.Get("Content-Type"), "text/html")
	})
	t.Logf("web UI up after %v", time.Since(start).Round(time.Millisecond))
	key := operatorKey(t, filepath.Join(clone, "regula.db.demo-keys"))
	var trades int
	waitUntil(t, start, 60*time.Second, "demo trades", func() bool {
		trades = countTrades(base, key)
		return trades > 0
	})
	t.Logf("first trade %v after make run", time.Since(start).Round(time.Millisecond))
	waitUntil(t, start, 90*time.Second, "demo trades settled", func() bool { return settled(base, key) > 0 })
	stop(t, log1)
	if !strings.Contains(log1.text(), "demo: seeded in") {
		t.Fatalf("first run did not seed:\n%s", log1.text())
	}

	log2 := makeRun(t, clone, addr)
	waitUntil(t, time.Now(), 2*time.Minute, "the second run", func() bool {
		return strings.Contains(log2.text(), "market makers quote")
	})
	stop(t, log2)
	if out := log2.text(); !strings.Contains(out, "not seeding again") || strings.Contains(out, "demo: seeded in") {
		t.Fatalf("second run seeded again:\n%s", out)
	}
}

type runLog struct {
	cmd *exec.Cmd
	out *os.File
}

func (l *runLog) text() string {
	b, _ := os.ReadFile(l.out.Name())
	return string(b)
}

// makeRun starts `make run ADDR=addr` in dir, in its own process group.
func makeRun(t *testing.T, dir, addr string) *runLog {
	t.Helper()
	out, err := os.CreateTemp(t.TempDir(), "make-run-*.log")
	if err != nil {
		t.Fatal(err)
	}
	cmd := exec.Command("make", "run", "ADDR="+addr)
	cmd.Dir, cmd.Stdout, cmd.Stderr = dir, out, out
	cmd.SysProcAttr = &syscall.SysProcAttr{Setpgid: true}
	if err := cmd.Start(); err != nil {
		t.Fatal(err)
	}
	l := &runLog{cmd: cmd, out: out}
	t.Cleanup(func() {
		syscall.Kill(-cmd.Process.Pid, syscall.SIGKILL)
		if t.Failed() {
			t.Logf("make run output:\n%s", l.text())
		}
	})
	return l
}

// stop sends Ctrl-C to the whole process group, as a terminal does.
func stop(t *testing.T, l *runLog) {
	t.Helper()
	syscall.Kill(-l.cmd.Process.Pid, syscall.SIGINT)
	done := make(chan error, 1)
	go func() { done <- l.cmd.Wait() }()
	select {
	case <-done:
	case <-time.After(30 * time.Second):
		t.Fatalf("make run did not stop within 30s of Ctrl-C:\n%s", l.text())
	}
}

func waitUntil(t *testing.T, from time.Time, limit time.Duration, what string, ok func() bool) {
	t.Helper()
	for !ok() {
		if time.Since(from) > limit {
			t.Fatalf("%s: not within %v", what, limit)
		}
		time.Sleep(250 * time.Millisecond)
	}
}

func freeAddr(t *testing.T) string {
	t.Helper()
	ln, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		t.Fatal(err)
	}
	defer ln.Close()
	return ln.Addr().String()
}

// operatorKey reads the operator's key from the demo's keys file, waiting
// for the seed to write it.
func operatorKey(t *testing.T, path string) string {
	t.Helper()
	var key string
	waitUntil(t, time.Now(), 2*time.Minute, "the demo keys file", func() bool {
		f, err := os.Open(path)
		if err != nil {
			return false
		}
		defer f.Close()
		sc := bufio.NewScanner(f)
		for sc.Scan() {
			if fields := strings.Fields(sc.Text()); len(fields) >= 3 && fields[0] == "operator" {
				key = fields[2]
				return true
			}
		}
		return false
	})
	return key
}

func getTrades(base, key string) []struct {
	Status string `json:"status"`
} {
	ctx, cancel := context.WithTimeout(context.Background(), 5*time.Second)
	defer cancel()
	req, _ := http.NewRequestWithContext(ctx, http.MethodGet, base+"/v1/trades", nil)
	req.Header.Set("Authorization", "Bearer "+key)
	res, err := http.DefaultClient.Do(req)
	if err != nil {
		return nil
	}
	defer res.Body.Close()
	var trades []struct {
		Status string `json:"status"`
	}
	if res.StatusCode != http.StatusOK || json.NewDecoder(res.Body).Decode(&trades) != nil {
		return nil
	}
	return trades
}

func countTrades(base, key string) int { return len(getTrades(base, key)) }

func settled(base, key string) int {
	n := 0
	for _, tr := range getTrades(base, key) {
		if tr.Status == "SETTLED" {
			n++
		}
	}
	return n
}
