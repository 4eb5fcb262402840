// Command lockup is the Regula rule module for lock-ups and blackout windows.
//
// Lock-ups are contractual, not statutory: underwriters' agreements keep
// insiders from selling for a period after an offering, founders' and
// employees' tokens vest or stay locked under their grant, and insider-trading
// policies close windows around earnings (the blackouts that SEC Rule 10b5-1
// plans and the EU Market Abuse Regulation's Article 19(11) closed period
// revolve around). The issuer keeps named locks per investor in the registry;
// this module applies them and the token-wide settings below.
//
// Checks, in order:
//
//  1. lockup_until (none): before it, any sale is denied, 31 LOCKED. The
//     lock-up ends at exactly that instant.
//  2. blackouts ([]): a window [start, end) containing the evaluation time
//     closes the token to transfers, 32 BLACKOUT, whoever is trading (also at
//     order entry for a buy order).
//  3. unlocked balance: the seller's balance, minus the named locks whose
//     until is after the evaluation time, minus the lots younger than
//     lot_lock_days (0), floored at 0; a quantity over it is denied, 31 LOCKED.
//
// Checks 1 and 3 need a seller and are skipped for a buy order at order entry.
//
// # Notes
//
// The unlocked balance subtracts named locks and young lots independently, as
// RULES.md defines it: tokens that are both locked and young are counted
// twice, which errs on the side of denying. An issuer whose locks already
// cover young lots should leave lot_lock_days at 0.
package main

import (
	"time"

	"github.com/regulavenue/regula/sdk"
)

// Config is lockup's per-token configuration; see schema.json.
type Config struct {
	// LockupUntil, when set, denies every sale before it.
	LockupUntil time.Time `json:"lockup_until"`
	// Blackouts are the windows in which no transfer may happen.
	Blackouts []Window `json:"blackouts"`
	// LotLockDays locks each lot for this many days after it was acquired.
	LotLockDays int64 `json:"lot_lock_days"`
}

// Window is a half-open blackout window: Start ≤ time < End.
type Window struct {
	Start time.Time `json:"start"`
	End   time.Time `json:"end"`
}

var rule = sdk.NewRule("lockup", Config{}, check)

func check(c *sdk.Context, cfg *Config) sdk.Verdict {
	if c.Seller != nil && c.Time.Before(cfg.LockupUntil) {
		return sdk.Deny(sdk.Locked, "lock-up until %s", cfg.LockupUntil.UTC().Format(time.RFC3339))
	}

	for _, w := range cfg.Blackouts {
		if !c.Time.Before(w.Start) && c.Time.Before(w.End) {
			return sdk.Deny(sdk.Blackout, "blackout from %s to %s",
				w.Start.UTC().Format(time.RFC3339), w.End.UTC().Format(time.RFC3339))
		}
	}

	if s := c.Seller; s != nil {
		if free := s.UnlockedBalance(c.Time, cfg.LotLockDays); c.Quantity > free {
			return sdk.Deny(sdk.Locked, "%d requested, %d unlocked", c.Quantity, free)
		}
	}
	return sdk.Allow()
}

func main() { sdk.Main(rule) }
