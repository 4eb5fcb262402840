//go:build e2e && screenshots

package e2e

// The README's screenshots, made from the demo rather than by hand, so that
// they can be made again whenever the UI changes:
//
//	go test -tags 'e2e screenshots' -run '^TestScreenshots$' -count=1 -timeout 10m ./web/e2e/
//
// They need both tags: e2e for the shared helpers (building regula, serving,
// Chromium, signing in), screenshots so that `make e2e` does not rewrite
// docs/screenshots on every run.

import (
	"bufio"
	"bytes"
	"context"
	"fmt"
	"image/png"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/chromedp/chromedp"
)

// maxShotBytes keeps a screenshot small enough for the repository; a larger
// full-page shot falls back to the viewport.
const maxShotBytes = 400 << 10

// readDemoKeysFile reads <db>.demo-keys ("role subject key note…" a line,
// # comments): traders by their account, other roles by role.
func readDemoKeysFile(path string) (map[string]string, error) {
	b, err := os.ReadFile(path)
	if err != nil {
		return nil, err
	}
	keys := map[string]string{}
	sc := bufio.NewScanner(bytes.NewReader(b))
	for sc.Scan() {
		line := strings.TrimSpace(sc.Text())
		if line == "" || strings.HasPrefix(line, "#") {
			continue
		}
		f := strings.Fields(line)
		if len(f) < 3 || !strings.HasPrefix(f[2], "rk_") {
			return nil, fmt.Errorf("%s: malformed line %q", path, line)
		}
		name := f[0]
		if f[0] == "trader" {
			name = f[1]
		}
		keys[name] = f[2]
	}
	if err := sc.Err(); err != nil {
		return nil, err
	}
	for _, want := range []string{"operator", "compliance", "issuer", "northbeam", "bob"} {
		if keys[want] == "" {
			return nil, fmt.Errorf("%s: no key for %s yet", path, want)
		}
	}
	return keys, nil
}

// TestScreenshots serves the demo, waits until its books have traded, and
// saves the trader, trader-rejection, issuer and compliance pages to
// docs/screenshots/ at 1440×900.
func TestScreenshots(t *testing.T) {
	start := time.Now()
	work := t.TempDir()
	out := filepath.Join(repoRoot(t), "docs", "screenshots")
	if err := os.MkdirAll(out, 0o755); err != nil {
		t.Fatal(err)
	}
	v := &venue{bin: buildRegula(t, work), db: filepath.Join(work, "demo.db"), keys: map[string]string{}}
	v.serve(t, "--demo")

	// The demo builds its rule modules before it writes the keys: the first
	// build on a machine compiles Go's standard library for wasip1.
	waitFor(t, 4*time.Minute, "the demo's keys", func() error {
		keys, err := readDemoKeysFile(v.db + ".demo-keys")
		if err == nil {
			v.keys = keys
		}
		return err
	})
	t.Logf("demo seeded in %v", time.Since(start).Round(time.Millisecond))
	// Enough trades on every book for a tape and a depth chart worth a look.
	waitFor(t, 2*time.Minute, "trades on the demo books", func() error {
		for _, sym := range []string{"REGD", "REGS", "MICA"} {
			var trades []struct {
				ID string `json:"id"`
			}
			v.call(t, "operator", "GET", "/v1/trades?token="+sym+"&limit=100", nil, 200, &trades)
			if len(trades) < 12 {
				return fmt.Errorf("%s has %d trades, want 12", sym, len(trades))
			}
		}
		return nil
	})
	t.Logf("the books trade after %v", time.Since(start).Round(time.Millisecond))

	b := newBrowser(t, v.url) // its step and failure shots go to web/e2e/artifacts

	// open signs in as who, then shows page at 1440×900.
	open := func(t *testing.T, who, role, landing, page string) *tab {
		tb := b.user(t, who, v.keys[who], role, landing)
		tb.do(t, "open "+page, chromedp.EmulateViewport(1440, 900), chromedp.Navigate(b.base+page))
		tb.waitJS(t, "the "+page+" page", `document.querySelector("[data-testid=whoami]")`)
		return tb
	}
	// save writes the page as docs/screenshots/name.png: the full page, or
	// the viewport if the full page would be too large.
	save := func(t *testing.T, tb *tab, name string) {
		t.Helper()
		// Let the last WebSocket update and the canvas paint land. A toast
		// is fixed to the viewport's corner, so a full-page shot would show
		// it over the middle of the page: hide toasts (through the CSSOM,
		// which the page's CSP allows).
		ctx, cancel := context.WithTimeout(tb.ctx, 20*time.Second)
		defer cancel()
		if _, err := chromedp.Run(ctx, chromedp.Evaluate[int](`document.styleSheets[0].insertRule(".toast { display: none !important; }", 0)`)); err != nil {
			t.Fatalf("%s: hiding toasts: %v", name, err)
		}
		tb.do(t, "settle", chromedp.Sleep(300*time.Millisecond))
		img, err := chromedp.Run(ctx, chromedp.FullScreenshot(100))
		if err == nil && len(img) > maxShotBytes {
			t.Logf("%s: the full page is %d KiB: taking the viewport", name, len(img)>>10)
			img, err = chromedp.Run(ctx, chromedp.CaptureScreenshot())
		}
		if err != nil {
			t.Fatalf("%s: screenshot: %v", name, err)
		}
		cfg, err := png.DecodeConfig(bytes.NewReader(img))
		if err != nil {
			t.Fatalf("%s: not a PNG: %v", name, err)
		}
		if cfg.Width != 1440 || cfg.Height < 900 {
			t.Fatalf("%s: %d×%d, want 1440 wide and at least 900 high", name, cfg.Width, cfg.Height)
		}
		if len(img) > maxShotBytes {
			t.Fatalf("%s: %d KiB, want at most %d", name, len(img)>>10, maxShotBytes>>10)
		}
		p := filepath.Join(out, name+".png")
		if err := os.WriteFile(p, img, 0o644); err != nil {
			t.Fatal(err)
		}
		t.Logf("wrote %s: %d×%d, %d KiB", p, cfg.Width, cfg.Height, len(img)>>10)
	}

	ok := t.Run("trader", func(t *testing.T) {
		// A REGD market maker: both sides of the book, its own quotes and
		// fills.
		tr := open(t, "northbeam", "trader", "/trader", "/trader?token=REGD")
		tr.waitJS(t, "REGD's live book, tape and my quotes", `
			document.querySelector("#token").value === "REGD" &&
			document.querySelector("#ws-state").innerText === "live" &&
			document.querySelectorAll("#book tr.ask").length >= 3 &&
			document.querySelectorAll("#book tr.bid").length >= 3 &&
			document.querySelectorAll("[data-testid=tape] tbody tr").length >= 10 &&
			document.querySelector("[data-testid=my-orders] tr[data-status=open]") &&
			document.querySelector("[data-testid=my-fills] tr[data-trade]") &&
			(document.querySelector("[data-testid=balances]")?.innerText || "").includes("REGD") &&
			document.querySelector("#last").innerText !== "—"`)
		save(t, tr, "trader")
	})
	ok = ok && t.Run("trader-rejection", func(t *testing.T) {
		// Bob is not accredited: Reg D refuses his buy at order entry.
		bob := open(t, "bob", "trader", "/trader", "/trader?token=REGD")
		bob.waitJS(t, "REGD's live book", `
			document.querySelector("#token").value === "REGD" &&
			document.querySelector("#ws-state").innerText === "live" &&
			document.querySelector("#book tr.ask") &&
			document.querySelectorAll("[data-testid=tape] tbody tr").length >= 10`)
		ask := bob.text(t, "#best-ask")
		price := strings.ReplaceAll(ask, ",", "")
		bob.do(t, "enter a buy at the best ask",
			chromedp.Click(chromedp.CSS(`#side-seg button[data-side="buy"]`)),
			chromedp.SendKeys(chromedp.CSS("#o-price"), price),
			chromedp.SendKeys(chromedp.CSS("#o-qty"), "100"),
			chromedp.Click(chromedp.CSS("#o-submit")))
		bob.waitJS(t, "the order's answer", `document.querySelector("[data-testid=order-ack], [data-testid=order-error], #order-result [data-testid=rejection]")`)
		bob.contains(t, "#order-result [data-testid=rejection]", "Order rejected by the rules", "accredited", "reg-d@1.0.0", "40")
		bob.waitJS(t, "the rejection in the live list", `document.querySelector("#rejections [data-testid=rejection]")`)
		save(t, bob, "trader-rejection")
	})
	ok = ok && t.Run("issuer", func(t *testing.T) {
		is := open(t, "issuer", "issuer", "/issuer", "/issuer?token=REGD")
		is.waitJS(t, "REGD's rule set and cap table", `
			document.querySelector('#tokens .list-item.sel[data-token="REGD"]') &&
			document.querySelectorAll(".rs-entry").length === 4 &&
			document.querySelector('.rs-entry[data-module="reg-d@1.0.0"] input[data-field="holding_period_days"]') &&
			document.querySelector("#d-mode").innerText === "continuous"`)
		is.contains(t, "[data-testid=captable]", "inv-northbeam", "inv-hudson", "inv-alice")
		is.contains(t, "#rs-version", "version 1")
		is.waitJS(t, "the investors", `document.querySelectorAll("[data-testid=investors] tbody tr").length >= 10`)
		save(t, is, "issuer")
	})
	ok = ok && t.Run("compliance", func(t *testing.T) {
		// serve logs match and settlement decisions (order entry's are not
		// logged: rules.Options.LogOrderEntry), so the log is the market
		// makers' trades; replay the newest REGD one.
		c := open(t, "compliance", "compliance", "/compliance", "/compliance")
		c.waitJS(t, "the modules and the decision log", `
			document.querySelectorAll("#modules tr[data-module]").length === 7 &&
			document.querySelectorAll("[data-testid=decisions] tr[data-decision]").length >= 10`)
		c.contains(t, "[data-testid=decisions]", "REGD", "REGS", "MICA", "match", "settlement")
		ctx, cancel := context.WithTimeout(c.ctx, 10*time.Second)
		defer cancel()
		clicked, err := chromedp.Run(ctx, chromedp.Evaluate[bool](`(() => {
			const row = [...document.querySelectorAll("[data-testid=decisions] tr[data-decision]")].find((r) => r.cells[2].innerText === "REGD");
			row?.querySelector("button").click();
			return !!row;
		})()`))
		if err != nil || !clicked {
			t.Fatalf("replaying the newest REGD decision: clicked %v, %v", clicked, err)
		}
		c.waitJS(t, "the replay", `document.querySelector("[data-testid=replay-result]")`)
		c.contains(t, "[data-testid=replay-result]", "the same verdicts", "reg-d@1.0.0")
		save(t, c, "compliance")
	})
	if ok {
		t.Logf("screenshots in %s after %v", out, time.Since(start).Round(time.Millisecond))
	}
}
