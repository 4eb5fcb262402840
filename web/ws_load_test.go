package web_test

import (
	"context"
	"encoding/json"
	"net"
	"net/http"
	"slices"
	"strconv"
	"sync"
	"sync/atomic"
	"testing"
	"time"

	"github.com/gorilla/websocket"

	"github.com/regulavenue/regula/engine"
	"github.com/regulavenue/regula/engine/book"
	"github.com/regulavenue/regula/web"
)

// loadClient is a light subscriber: it decodes only what it measures.
type loadClient struct {
	ws        *websocket.Conn
	snapshot  atomic.Bool
	trades    atomic.Int64
	mu        sync.Mutex
	latencies []time.Duration
}

func (c *loadClient) read() {
	var m struct {
		Type     string `json:"type"`
		Snapshot bool   `json:"snapshot"`
		Time     int64  `json:"time"`
		Trades   []struct {
			Time int64 `json:"time"`
		} `json:"trades"`
	}
	for {
		_, data, err := c.ws.ReadMessage()
		if err != nil {
			return
		}
		now := time.Now().UnixNano()
		m.Snapshot, m.Time, m.Trades = false, 0, m.Trades[:0]
		if json.Unmarshal(data, &m) != nil {
			continue
		}
		at := m.Time
		switch m.Type {
		case "book":
			if m.Snapshot {
				c.snapshot.Store(true)
			}
		case "trades":
			c.trades.Add(int64(len(m.Trades)))
			at = m.Trades[len(m.Trades)-1].Time
		}
		if at > 0 {
			c.mu.Lock()
			c.latencies = append(c.latencies, time.Duration(now-at))
			c.mu.Unlock()
		}
	}
}

// BenchmarkWSFanout is the WebSocket load test: 1,000 subscribers to the
// book and trades of one token on loopback (and 100, for scale), plus 10
// clients that subscribe
// and never read, while two traders send a stream of crossing and resting
// orders through the venue (SQLite journal, fsync). It reports the update
// latency from the venue's sequencing of an event to a subscriber's decoding
// of the message that carries it, and how many slow consumers were cut off.
// Bounded: 400 orders, at most 200 a second (in practice the journal's fsync
// paces them), about 10 s a run.
//
//	go test ./web -run '^$' -bench BenchmarkWSFanout -benchtime 1x
func BenchmarkWSFanout(b *testing.B) {
	const slowOnes, orders = 10, 400
	for _, subs := range []int{100, 1000} {
		b.Run("subscribers="+strconv.Itoa(subs), func(b *testing.B) {
			for range b.N {
				runFanout(b, subs, slowOnes, orders, 10*time.Millisecond)
			}
		})
	}
}

func runFanout(b *testing.B, subscribers, slowOnes, orders int, pace time.Duration) {
	e := newWSEnv(b, envOpt{hub: web.HubOptions{QueueSize: 256, WriteBufferBytes: 16 << 10,
		RatePerSecond: 1_000_000, RateBurst: 1_000_000}})
	h := http.Header{}
	h.Set("Authorization", "Bearer "+e.key["compliance"])
	subMsgs := func(ws *websocket.Conn) {
		ws.WriteJSON(map[string]any{"op": "subscribe", "id": "b", "channel": "book", "token": "ACME"})
		ws.WriteJSON(map[string]any{"op": "subscribe", "id": "t", "channel": "trades", "token": "ACME"})
	}
	clients := make([]*loadClient, subscribers)
	for i := range clients {
		ws, _, err := websocket.DefaultDialer.Dial(e.wsURL(""), h)
		if err != nil {
			b.Fatalf("dial %d: %v", i, err)
		}
		defer ws.Close()
		c := &loadClient{ws: ws}
		clients[i] = c
		go c.read()
		subMsgs(ws)
	}
	slowDialer := websocket.Dialer{NetDial: func(network, addr string) (net.Conn, error) {
		c, err := net.Dial(network, addr)
		if err == nil {
			c.(*net.TCPConn).SetReadBuffer(4096)
		}
		return c, err
	}}
	for range slowOnes {
		ws, _, err := slowDialer.Dial(e.wsURL(""), h)
		if err != nil {
			b.Fatal(err)
		}
		defer ws.Close()
		subMsgs(ws)
	}
	waitFor(b, "every snapshot", 60*time.Second, func() (bool, bool) {
		for _, c := range clients {
			if !c.snapshot.Load() {
				return false, false
			}
		}
		return true, true
	})

	ctx := context.Background()
	b.ResetTimer()
	start := time.Now()
	tick := time.NewTicker(pace)
	defer tick.Stop()
	var trades int64
	var acks []time.Duration // venue sequencing to Place returning: the durable-ack floor
	for i := 0; i < orders; i += 2 {
		<-tick.C
		p := int64(100 + i%20)
		// A resting sell (a new or bigger level), then a buy that takes part
		// of the best ask: a trade and a level change every two orders.
		if _, err := e.v.Place(ctx, engine.PlaceOrder{Account: "a", Token: "ACME", ClientID: "s" + strconv.Itoa(i),
			Side: book.Sell, Type: engine.Limit, TIF: book.GTC, Price: p, Qty: 10}); err != nil {
			b.Fatal(err)
		}
		evs, err := e.v.Place(ctx, engine.PlaceOrder{Account: "b", Token: "ACME", ClientID: "b" + strconv.Itoa(i),
			Side: book.Buy, Type: engine.Limit, TIF: book.IOC, Price: 120, Qty: 3})
		if err != nil {
			b.Fatal(err)
		}
		acks = append(acks, time.Duration(time.Now().UnixNano()-evs[0].Time))
		for _, ev := range evs {
			if ev.Kind == engine.EvTrade {
				trades++
			}
		}
	}
	sendDur := time.Since(start)
	waitFor(b, "every trade at every fast subscriber", 60*time.Second, func() (bool, bool) {
		for _, c := range clients {
			if c.trades.Load() < trades {
				return false, false
			}
		}
		return true, true
	})
	b.StopTimer()
	var all []time.Duration
	for _, c := range clients {
		c.mu.Lock()
		all = append(all, c.latencies...)
		c.mu.Unlock()
	}
	slices.Sort(all)
	if len(all) == 0 {
		b.Fatal("no updates measured")
	}
	q := func(f float64) float64 { return float64(all[int(f*float64(len(all)-1))]) / 1e6 }
	st := e.hub.Stats()
	b.ReportMetric(q(0.50), "p50-ms")
	b.ReportMetric(q(0.99), "p99-ms")
	b.ReportMetric(float64(all[len(all)-1])/1e6, "max-ms")
	b.ReportMetric(float64(len(all))/sendDur.Seconds(), "updates/s")
	slices.Sort(acks)
	b.ReportMetric(float64(acks[len(acks)/2])/1e6, "ack-p50-ms")
	b.ReportMetric(float64(trades), "trades")
	b.ReportMetric(float64(st.SlowConsumers), "slow-cut")
	b.ReportMetric(float64(subscribers), "subscribers")
	if int(st.SlowConsumers) > slowOnes {
		b.Fatalf("%d connections cut off, only %d are slow", st.SlowConsumers, slowOnes)
	}
	b.Logf("%d updates to %d subscribers in %v; %d of %d non-reading clients cut off", len(all), subscribers, sendDur, st.SlowConsumers, slowOnes)
}
