// Package ui is the venue's web UI: static HTML, CSS and JavaScript embedded
// in the binary, with no build step. The pages talk to the REST API under /v1
// and the WebSocket at /v1/ws with the API key the user pastes on the landing
// page.
//
// # Notes
//
// Pages: / (landing: paste a key), /trader, /issuer, /compliance. Every
// response carries a strict Content-Security-Policy (scripts and styles from
// this origin only, no inline code), and assets are served with an ETag and
// "Cache-Control: no-cache": file names are not content-hashed (there is no
// build step), so browsers revalidate, and a 304 makes that cheap.
package ui

import (
	"crypto/sha256"
	"embed"
	"encoding/hex"
	"io/fs"
	"net/http"
	"path"
	"strconv"
	"strings"
)

//go:embed static
var static embed.FS

// CSP is the Content-Security-Policy of every UI response. connect-src 'self'
// covers the same-origin WebSocket (CSP level 3 matches ws: and wss: to
// http: and https: for 'self').
const CSP = "default-src 'none'; script-src 'self'; style-src 'self'; img-src 'self' data:; " +
	"connect-src 'self'; font-src 'self'; base-uri 'none'; form-action 'self'; frame-ancestors 'none'"

// pages maps the pages' clean URLs to their files.
var pages = map[string]string{
	"/":           "index.html",
	"/trader":     "trader.html",
	"/issuer":     "issuer.html",
	"/compliance": "compliance.html",
}

// contentTypes is set explicitly rather than sniffed or taken from the
// system's mime tables, which differ between machines.
var contentTypes = map[string]string{
	".html": "text/html; charset=utf-8",
	".css":  "text/css; charset=utf-8",
	".js":   "text/javascript; charset=utf-8",
	".svg":  "image/svg+xml",
	".ico":  "image/x-icon",
	".png":  "image/png",
	".json": "application/json",
}

type asset struct {
	body  []byte
	ctype string
	etag  string
}

type handler struct {
	assets map[string]asset // by URL path
}

// Handler returns the handler serving the UI's pages and assets. It answers
// GET and HEAD; other methods get 405. Unknown paths get 404 (JSON under
// /v1/, so API clients see the API's error shape).
func Handler() http.Handler {
	h := &handler{assets: map[string]asset{}}
	err := fs.WalkDir(static, "static", func(p string, d fs.DirEntry, err error) error {
		if err != nil || d.IsDir() {
			return err
		}
		b, err := static.ReadFile(p)
		if err != nil {
			return err
		}
		ct, ok := contentTypes[path.Ext(p)]
		if !ok {
			ct = "application/octet-stream"
		}
		sum := sha256.Sum256(b)
		h.assets["/"+strings.TrimPrefix(p, "static/")] = asset{body: b, ctype: ct, etag: `"` + hex.EncodeToString(sum[:8]) + `"`}
		return nil
	})
	if err != nil {
		panic("ui: reading the embedded files: " + err.Error()) // cannot happen: go:embed checked them
	}
	for url, file := range pages {
		h.assets[url] = h.assets["/"+file]
	}
	return h
}

// lookup resolves a request path to an asset. Only the exact embedded names
// and the page URLs match, so no path can reach outside the embedded files.
func (h *handler) lookup(p string) (asset, bool) {
	if p != "/" {
		p = strings.TrimSuffix(p, "/")
	}
	a, ok := h.assets[p]
	return a, ok
}

func (h *handler) ServeHTTP(w http.ResponseWriter, r *http.Request) {
	hd := w.Header()
	hd.Set("Content-Security-Policy", CSP)
	hd.Set("X-Content-Type-Options", "nosniff")
	hd.Set("Referrer-Policy", "no-referrer")
	hd.Set("X-Frame-Options", "DENY")
	if strings.HasPrefix(r.URL.Path, "/v1/") || r.URL.Path == "/v1" {
		hd.Set("Content-Type", "application/json")
		w.WriteHeader(http.StatusNotFound)
		w.Write([]byte(`{"code":"not_found","message":"no such endpoint"}` + "\n"))
		return
	}
	if r.Method != http.MethodGet && r.Method != http.MethodHead {
		hd.Set("Allow", "GET, HEAD")
		http.Error(w, "method not allowed", http.StatusMethodNotAllowed)
		return
	}
	a, ok := h.lookup(r.URL.Path)
	if !ok {
		http.Error(w, "404 page not found", http.StatusNotFound)
		return
	}
	hd.Set("Cache-Control", "no-cache")
	hd.Set("ETag", a.etag)
	if match := r.Header.Get("If-None-Match"); match != "" && etagMatches(match, a.etag) {
		w.WriteHeader(http.StatusNotModified)
		return
	}
	hd.Set("Content-Type", a.ctype)
	hd.Set("Content-Length", strconv.Itoa(len(a.body)))
	w.WriteHeader(http.StatusOK)
	if r.Method == http.MethodGet {
		w.Write(a.body)
	}
}

// etagMatches reports whether an If-None-Match header names etag (or "*").
func etagMatches(header, etag string) bool {
	for _, t := range strings.Split(header, ",") {
		t = strings.TrimPrefix(strings.TrimSpace(t), "W/")
		if t == etag || t == "*" {
			return true
		}
	}
	return false
}
