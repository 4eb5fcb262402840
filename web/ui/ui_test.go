package ui

import (
	"net/http"
	"net/http/httptest"
	"strings"
	"testing"
)

func get(t testing.TB, h http.Handler, method, path string, hdr map[string]string) *httptest.ResponseRecorder {
	t.Helper()
	req := httptest.NewRequest(method, "http://venue.test"+path, nil)
	for k, v := range hdr {
		req.Header.Set(k, v)
	}
	rec := httptest.NewRecorder()
	h.ServeHTTP(rec, req)
	return rec
}

func TestHandlerServesPagesAndAssets(t *testing.T) {
	h := Handler()
	tests := []struct {
		method, path string
		status       int
		ctype        string
		contains     string
	}{
		{"GET", "/", 200, "text/html; charset=utf-8", `src="/index.js"`},
		{"GET", "/trader", 200, "text/html; charset=utf-8", `src="/trader.js"`},
		{"GET", "/trader/", 200, "text/html; charset=utf-8", `src="/trader.js"`},
		{"GET", "/issuer", 200, "text/html; charset=utf-8", `src="/issuer.js"`},
		{"GET", "/compliance", 200, "text/html; charset=utf-8", `src="/compliance.js"`},
		{"GET", "/index.html", 200, "text/html; charset=utf-8", "API key"},
		{"GET", "/app.css", 200, "text/css; charset=utf-8", "--bg"},
		{"GET", "/app.js", 200, "text/javascript; charset=utf-8", "export async function api"},
		{"GET", "/trader.js", 200, "text/javascript; charset=utf-8", "placeOrder"},
		{"GET", "/favicon.svg", 200, "image/svg+xml", "<svg"},
		{"HEAD", "/trader", 200, "text/html; charset=utf-8", ""},
		{"GET", "/nope", 404, "", ""},
		{"GET", "/static/app.js", 404, "", ""},
		{"GET", "/../ui.go", 404, "", ""},
		{"GET", "/ui.go", 404, "", ""},
		{"POST", "/trader", 405, "", ""},
		{"GET", "/v1/nope", 404, "application/json", `"code":"not_found"`},
	}
	for _, tc := range tests {
		t.Run(tc.method+" "+tc.path, func(t *testing.T) {
			rec := get(t, h, tc.method, tc.path, nil)
			if rec.Code != tc.status {
				t.Fatalf("status %d, want %d", rec.Code, tc.status)
			}
			if got := rec.Header().Get("Content-Security-Policy"); got != CSP {
				t.Errorf("CSP %q", got)
			}
			if got := rec.Header().Get("X-Content-Type-Options"); got != "nosniff" {
				t.Errorf("X-Content-Type-Options %q", got)
			}
			if tc.ctype != "" && rec.Header().Get("Content-Type") != tc.ctype {
				t.Errorf("Content-Type %q, want %q", rec.Header().Get("Content-Type"), tc.ctype)
			}
			if !strings.Contains(rec.Body.String(), tc.contains) {
				t.Errorf("body does not contain %q", tc.contains)
			}
			if tc.method == "HEAD" && rec.Body.Len() != 0 {
				t.Errorf("HEAD sent a body of %d bytes", rec.Body.Len())
			}
			if tc.status == 200 {
				if rec.Header().Get("Cache-Control") != "no-cache" || rec.Header().Get("ETag") == "" {
					t.Errorf("cache headers: Cache-Control %q ETag %q", rec.Header().Get("Cache-Control"), rec.Header().Get("ETag"))
				}
			}
		})
	}
}

func TestHandlerRevalidatesWithETag(t *testing.T) {
	h := Handler()
	first := get(t, h, "GET", "/app.js", nil)
	etag := first.Header().Get("ETag")
	tests := []struct {
		name, inm string
		status    int
	}{
		{"same", etag, 304},
		{"weak", "W/" + etag, 304},
		{"list", `"x", ` + etag, 304},
		{"star", "*", 304},
		{"other", `"0000"`, 200},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			rec := get(t, h, "GET", "/app.js", map[string]string{"If-None-Match": tc.inm})
			if rec.Code != tc.status {
				t.Fatalf("status %d, want %d", rec.Code, tc.status)
			}
			if tc.status == 304 && rec.Body.Len() != 0 {
				t.Fatalf("304 with a body")
			}
		})
	}
	// Another file has another tag.
	if other := get(t, h, "GET", "/app.css", nil).Header().Get("ETag"); other == etag {
		t.Fatalf("app.js and app.css share the ETag %s", etag)
	}
}

// TestPagesLoadOnlyOwnScripts keeps the pages compatible with the CSP: no
// inline script, no inline style attribute, no other origin.
func TestPagesLoadOnlyOwnScripts(t *testing.T) {
	h := Handler()
	for _, p := range []string{"/", "/trader", "/issuer", "/compliance"} {
		body := get(t, h, "GET", p, nil).Body.String()
		for _, bad := range []string{"<script>", "style=", "onclick=", "onload=", "http://", "https://"} {
			if strings.Contains(body, bad) {
				t.Errorf("%s contains %q, which the CSP forbids or which loads from elsewhere", p, bad)
			}
		}
	}
}

// FuzzHandler: no request path panics, reaches a file outside the embedded
// set, or goes without the CSP.
func FuzzHandler(f *testing.F) {
	for _, s := range []string{"/", "/trader", "/app.js", "/../ui.go", "/v1/x", "//", "/%2e%2e/", "/trader//"} {
		f.Add(s)
	}
	h := Handler().(*handler)
	f.Fuzz(func(t *testing.T, p string) {
		if !strings.HasPrefix(p, "/") || strings.ContainsAny(p, " \t\r\n?#%") {
			return
		}
		req, err := http.NewRequest("GET", "http://venue.test"+p, nil)
		if err != nil {
			return
		}
		rec := httptest.NewRecorder()
		h.ServeHTTP(rec, req)
		if rec.Header().Get("Content-Security-Policy") != CSP {
			t.Fatalf("%q: no CSP", p)
		}
		if rec.Code == 200 {
			if _, ok := h.lookup(req.URL.Path); !ok {
				t.Fatalf("%q: 200 for a path that is not an asset", p)
			}
			if strings.Contains(req.URL.Path, "..") || strings.HasSuffix(req.URL.Path, ".go") {
				t.Fatalf("%q: served", p)
			}
		}
	})
}
