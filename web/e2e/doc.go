// Package e2e holds the browser tests of the web UI: headless Chromium,
// driven by chromedp, against a real `regula serve` built from this tree.
//
// They sit behind the build tag e2e so that `go test ./...` needs no browser:
//
//	go test -tags e2e ./web/e2e/ -count=1 -v
//
// Chromium is found as $CHROMIUM, else chromium, chromium-browser or
// google-chrome on PATH. Screenshots of every page at every step go to
// $E2E_ARTIFACTS (default web/e2e/artifacts/, git-ignored).
package e2e
