// Package wasm is the wazero host for rule modules: one compile per module
// (with wazero's on-disk compilation cache), a bounded pool of initialised
// instances per module, configs loaded once per instance and named by id,
// limits on time and memory, and the two host functions of the ABI.
//
// Every failure is a deny, never an error to the caller: the venue fails
// closed. A module that runs past its deadline answers abi.CodeRuleTimeout;
// one that traps, runs out of memory or answers garbage abi.CodeRuleFault;
// one whose instance or config cannot be loaded abi.CodeRuleUnavailable.
// See docs/ABI.md for the exports and imports and RATIONALE.md for the pool.
package wasm

import (
	"fmt"
	"os"
	"path/filepath"
	"runtime"
	"time"
)

// Config holds every limit and default of the host in one flat struct. The
// zero value of a field means its default; Defaults lists them.
type Config struct {
	// CacheDir is wazero's on-disk compilation cache. Default
	// os.UserCacheDir()/regula/wazero; "off" disables the cache.
	CacheDir string
	// Fuel is the budget of one call into a module (an evaluation, or
	// growing its input buffer), in instructions: each function entry and
	// loop head charges the most instructions that can run before the next
	// check, and bulk memory one unit per 16 bytes. A module that runs out
	// is stopped and its verdict is abi.CodeRuleTimeout. It bounds any
	// module's call to about a second of work at the default; Go guests,
	// whose functions are one loop over a jump table, are charged hundreds
	// of times what they run (the reg-d example: ~1.1M for ~2.5 µs), which
	// is what the default leaves room for. Default 500,000,000.
	Fuel int64
	// InitFuel is the budget of instantiating an instance (the guest
	// runtime's _initialize; a Go guest uses ~25M) and of loading a config.
	// Default 2,000,000,000.
	InitFuel int64
	// QueueTimeout bounds the wait for a free instance when the pool is
	// exhausted; past it the verdict is abi.CodeRuleUnavailable. Default 2 s.
	QueueTimeout time.Duration
	// MemoryLimitPages is the hard cap on an instance's linear memory in
	// 64 KiB pages; a guest growing past it fails (a Go guest then aborts:
	// abi.CodeRuleFault). Default 1024 (64 MiB).
	MemoryLimitPages uint32
	// RecyclePages: an instance whose memory has grown past this many pages
	// is closed after its call instead of going back to the pool. Default 512.
	RecyclePages uint32
	// MaxCalls: an instance is recycled after this many evaluations. Default 100000.
	MaxCalls int
	// PoolSize is the most instances of one module alive at once. Default
	// GOMAXPROCS (at least 2).
	PoolSize int
	// Prewarm instances are created when a module is loaded. Default 1.
	Prewarm int
	// MaxLogBytes is the log budget of one evaluation; lines past it are
	// dropped and counted. Default 4096.
	MaxLogBytes int
	// MaxLogLines is the most log lines kept per evaluation. Default 32.
	MaxLogLines int
}

// Defaults returns c with every zero field set to its default.
func (c Config) Defaults() Config {
	if c.CacheDir == "" {
		if d, err := os.UserCacheDir(); err == nil {
			c.CacheDir = filepath.Join(d, "regula", "wazero")
		} else {
			c.CacheDir = filepath.Join(os.TempDir(), "regula-wazero-cache")
		}
	}
	if c.Fuel <= 0 {
		c.Fuel = 500_000_000
	}
	if c.InitFuel <= 0 {
		c.InitFuel = 2_000_000_000
	}
	if c.QueueTimeout <= 0 {
		c.QueueTimeout = 2 * time.Second
	}
	if c.MemoryLimitPages == 0 {
		c.MemoryLimitPages = 1024
	}
	if c.RecyclePages == 0 {
		c.RecyclePages = 512
	}
	if c.MaxCalls <= 0 {
		c.MaxCalls = 100000
	}
	if c.PoolSize <= 0 {
		c.PoolSize = max(runtime.GOMAXPROCS(0), 2)
	}
	if c.Prewarm <= 0 {
		c.Prewarm = 1
	}
	c.Prewarm = min(c.Prewarm, c.PoolSize)
	if c.MaxLogBytes <= 0 {
		c.MaxLogBytes = 4096
	}
	if c.MaxLogLines <= 0 {
		c.MaxLogLines = 32
	}
	return c
}

func (c Config) validate() error {
	if c.RecyclePages > c.MemoryLimitPages {
		return fmt.Errorf("wasm: RecyclePages %d over MemoryLimitPages %d", c.RecyclePages, c.MemoryLimitPages)
	}
	if c.MemoryLimitPages > 65536 {
		return fmt.Errorf("wasm: MemoryLimitPages %d over 65536 (4 GiB)", c.MemoryLimitPages)
	}
	return nil
}
