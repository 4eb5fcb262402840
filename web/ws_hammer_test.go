package web_test

import (
	"context"
	"errors"
	"fmt"
	"net/http"
	"sync"
	"testing"
	"time"

	"github.com/gorilla/websocket"

	"github.com/regulavenue/regula/engine"
	"github.com/regulavenue/regula/web"
)

// TestWSHammer: connections come and go, subscribe, trade and unsubscribe
// concurrently while the venue publishes; nothing races (run with -race),
// every connection is forgotten, and the venue's invariants hold.
func TestWSHammer(t *testing.T) {
	e := newWSEnv(t, envOpt{hub: web.HubOptions{RatePerSecond: 100_000, RateBurst: 100_000}})
	const P, N = 4, 8
	var wg sync.WaitGroup
	errs := make(chan error, P)
	for p := range P {
		wg.Add(1)
		go func() {
			defer wg.Done()
			who := []string{"a", "b", "c", "a"}[p]
			for n := range N {
				if err := hammerOnce(e, who, fmt.Sprintf("h%d-%d", p, n), n%2 == 0); err != nil {
					errs <- err
					return
				}
			}
		}()
	}
	wg.Wait()
	close(errs)
	for err := range errs {
		t.Fatal(err)
	}
	waitFor(t, "every connection forgotten", 5*time.Second, func() (bool, bool) {
		ok := e.hub.Stats().Connections == 0
		return ok, ok
	})
	if err := e.v.Audit(context.Background()); err != nil {
		t.Fatal(err)
	}
	if s := e.hub.Stats(); s.SlowConsumers != 0 || s.Accepted != P*N {
		t.Fatalf("stats %+v", s)
	}
}

func hammerOnce(e *wsEnv, who, cid string, cod bool) error {
	h := http.Header{}
	h.Set("Authorization", "Bearer "+e.key[who])
	q := ""
	if cod {
		q = "cancel_on_disconnect=true"
	}
	ws, _, err := websocket.DefaultDialer.Dial(e.wsURL(q), h)
	if err != nil {
		return err
	}
	defer ws.Close()
	reqs := []map[string]any{
		{"op": "subscribe", "channel": "book", "token": "ACME"},
		{"op": "subscribe", "channel": "trades", "token": "ACME"},
		{"op": "subscribe", "channel": "orders"},
		place("ACME", "buy", 100, 2, cid+"b"),
		place("ACME", "sell", 100, 1, cid+"s"),
		{"op": "unsubscribe", "channel": "book", "token": "ACME"},
		{"op": "amend", "client_id": cid + "b", "qty": 1},
	}
	for i, r := range reqs {
		r["id"] = fmt.Sprint(i)
		if err := ws.WriteJSON(r); err != nil {
			return err
		}
	}
	// Read until every request is answered; stream messages may interleave.
	ws.SetReadDeadline(time.Now().Add(10 * time.Second))
	answered := 0
	for answered < len(reqs) {
		var m struct{ Type, ID, Code string }
		if err := ws.ReadJSON(&m); err != nil {
			return err
		}
		switch m.Type {
		case "reply":
			answered++
		case "error":
			// The amend may find the buy already filled by someone's sell.
			if m.ID != "6" || (m.Code != engine.EUnknownOrder && m.Code != engine.ERejected) {
				return errors.New("request " + m.ID + " failed: " + m.Code)
			}
			answered++
		}
	}
	return nil
}
