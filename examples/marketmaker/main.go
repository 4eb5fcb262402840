// Command marketmaker quotes a two-sided market on one Regula token over the
// public WebSocket API, with a trader API key. It is the reference client for
// traders; the logic is in package bot beside it.
//
//	go run ./examples/marketmaker -key rk_... -token REGD -mid 1250
//
// With `make run`, the demo starts these bots itself and prints their keys
// (in <db>.demo-keys). Ctrl-C stops the bot; its quotes are cancelled with
// its connection (cancel-on-disconnect).
package main

import (
	"context"
	"errors"
	"flag"
	"fmt"
	"log"
	"os"
	"os/signal"
	"syscall"
	"time"

	"github.com/regulavenue/regula/examples/marketmaker/bot"
)

func main() {
	var cfg bot.Config
	flag.StringVar(&cfg.URL, "url", "ws://127.0.0.1:8080/v1/ws", "the venue's WebSocket endpoint")
	flag.StringVar(&cfg.Key, "key", os.Getenv("REGULA_KEY"), "trader API key (default $REGULA_KEY)")
	flag.StringVar(&cfg.Token, "token", "REGD", "token symbol to quote")
	flag.Int64Var(&cfg.Mid, "mid", 1250, "starting mid price, minor currency units per whole token")
	flag.Int64Var(&cfg.Tick, "tick", 1, "the token's tick size")
	flag.Int64Var(&cfg.HalfSpread, "half-spread", 2, "ticks from the mid to the best quote")
	flag.IntVar(&cfg.Levels, "levels", 2, "quotes a side")
	flag.Int64Var(&cfg.Size, "size", 10, "quantity of each quote")
	flag.DurationVar(&cfg.Interval, "interval", time.Second, "how often to revisit the quotes")
	flag.IntVar(&cfg.TakeEvery, "take-every", 5, "cross the spread every N rounds (0: never)")
	flag.Parse()
	if cfg.Key == "" {
		fmt.Fprintln(os.Stderr, "marketmaker: a trader key is required (-key or $REGULA_KEY)")
		os.Exit(2)
	}
	cfg.Logf = log.Printf

	ctx, stop := signal.NotifyContext(context.Background(), syscall.SIGINT, syscall.SIGTERM)
	defer stop()
	b := bot.New(cfg)
	go func() {
		for range time.Tick(10 * time.Second) {
			s := b.Stats()
			log.Printf("%s: %d placed, %d cancelled, %d fills, position %+d, %d refused",
				cfg.Token, s.Placed, s.Cancelled, s.Fills, s.Position, s.Rejected)
		}
	}()
	if err := b.Run(ctx); err != nil && !errors.Is(err, context.Canceled) {
		log.Fatalf("marketmaker: %v", err)
	}
}
