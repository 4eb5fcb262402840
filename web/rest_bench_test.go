package web_test

import (
	"net/http"
	"net/http/httptest"
	"testing"
	"time"
)

// BenchmarkREST measures requests through the whole REST stack in process
// (routing, key authentication from the cache, authorization, the handler,
// JSON), without the network: what the API adds on top of the venue.
func BenchmarkREST(b *testing.B) {
	e := newRESTEnv(b)
	h := e.srv.Config.Handler
	for _, bc := range []struct {
		name, who, path string
	}{
		{"me", pTraderA, "/v1/me"},
		{"book", pTraderA, "/v1/tokens/ACME/book"},
		{"token", pTraderA, "/v1/tokens/ACME"},
		{"forbidden", pTraderA, "/v1/investors"},
	} {
		b.Run(bc.name, func(b *testing.B) {
			key := "Bearer " + e.key[bc.who]
			start := time.Now()
			b.ReportAllocs()
			b.RunParallel(func(pb *testing.PB) {
				for pb.Next() {
					req := httptest.NewRequest("GET", bc.path, nil)
					req.Header.Set("Authorization", key)
					w := httptest.NewRecorder()
					h.ServeHTTP(w, req)
					if w.Code != http.StatusOK && w.Code != http.StatusForbidden {
						b.Fatalf("%s: %d %s", bc.path, w.Code, w.Body)
					}
				}
			})
			b.ReportMetric(float64(b.N)/time.Since(start).Seconds(), "req/s")
		})
	}
}
