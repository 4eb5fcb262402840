//go:build e2e

package e2e

import (
	"bufio"
	"fmt"
	"io"
	"net/http"
	"os/exec"
	"strings"
	"testing"
	"time"
)

// serve starts `regula serve --db v.db` on a free loopback port, with extra
// flags (such as --demo), and waits until it answers /healthz. The server
// is stopped when the test ends; its log is kept for failures.
func (v *venue) serve(t testing.TB, flags ...string) {
	t.Helper()
	args := append([]string{"serve", "--db", v.db, "--addr", "127.0.0.1:0"}, flags...)
	v.cmd = exec.Command(v.bin, args...)
	stderr, err := v.cmd.StderrPipe()
	if err != nil {
		t.Fatal(err)
	}
	v.cmd.Stdout = io.Discard
	if err := v.cmd.Start(); err != nil {
		t.Fatal(err)
	}
	urlCh := make(chan string, 1)
	go func() {
		sc := bufio.NewScanner(stderr)
		for sc.Scan() {
			line := sc.Text()
			v.mu.Lock()
			v.log.WriteString(line + "\n")
			v.mu.Unlock()
			if i := strings.Index(line, "serving on "); i >= 0 {
				select {
				case urlCh <- strings.TrimSpace(line[i+len("serving on "):]):
				default:
				}
			}
		}
	}()
	t.Cleanup(func() { v.stop(t) })
	select {
	case v.url = <-urlCh:
	case <-time.After(60 * time.Second):
		t.Fatalf("regula serve did not start in 60s; its log:\n%s", v.logText())
	}
	waitFor(t, 10*time.Second, "healthz", func() error {
		resp, err := http.Get(v.url + "/healthz")
		if err != nil {
			return err
		}
		resp.Body.Close()
		if resp.StatusCode != 200 {
			return fmt.Errorf("status %d", resp.StatusCode)
		}
		return nil
	})
}
