package wasm

import (
	"context"
	"crypto/sha256"
	"errors"
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"sync"
	"sync/atomic"
	"time"

	"github.com/tetratelabs/wazero"
	"github.com/tetratelabs/wazero/api"
	"github.com/tetratelabs/wazero/imports/wasi_snapshot_preview1"

	"github.com/regulavenue/regula/rules/abi"
)

// Names of the ABI's exports and imports (docs/ABI.md).
const (
	ExportABIVersion = "regula_abi_version"
	ExportAlloc      = "regula_alloc"
	ExportConfigure  = "regula_configure"
	ExportEvaluate   = "regula_evaluate"
	ImportModule     = "regula"
	ImportLog        = "log"
	ImportListHas    = "list_contains"
)

// ErrInvalidModule is wrapped by Load's errors for bytes that are not a
// module of our ABI (not Wasm, missing exports, unknown imports, wrong ABI
// version, failing _initialize).
var ErrInvalidModule = errors.New("wasm: invalid rule module")

// ErrInvalidConfig is wrapped by Configure's errors when the guest refuses a
// config.
var ErrInvalidConfig = errors.New("wasm: config refused by module")

// Runtime compiles and runs rule modules. It is safe for concurrent use.
type Runtime struct {
	cfg   Config
	rt    wazero.Runtime
	cache wazero.CompilationCache
}

// New starts a runtime with cfg's limits (zero fields take their defaults)
// and instantiates WASI (nothing granted) and the regula host module once.
func New(ctx context.Context, cfg Config) (*Runtime, error) {
	cfg = cfg.Defaults()
	if err := cfg.validate(); err != nil {
		return nil, err
	}
	// No WithCloseOnContextDone: modules are metered (meter), which bounds
	// every call deterministically at a fraction of its cost. RATIONALE.md.
	rc := wazero.NewRuntimeConfig().
		WithMemoryLimitPages(cfg.MemoryLimitPages)
	r := &Runtime{cfg: cfg}
	if cfg.CacheDir != "off" {
		cache, err := wazero.NewCompilationCacheWithDir(cfg.CacheDir)
		if err != nil {
			return nil, fmt.Errorf("wasm: compilation cache %s: %w", cfg.CacheDir, err)
		}
		r.cache = cache
		rc = rc.WithCompilationCache(cache)
	}
	r.rt = wazero.NewRuntimeWithConfig(ctx, rc)
	if _, err := wasi_snapshot_preview1.Instantiate(ctx, r.rt); err != nil {
		r.Close(ctx)
		return nil, fmt.Errorf("wasm: wasi: %w", err)
	}
	if err := r.instantiateHost(ctx); err != nil {
		r.Close(ctx)
		return nil, fmt.Errorf("wasm: host module: %w", err)
	}
	return r, nil
}

// Config returns the runtime's effective configuration.
func (r *Runtime) Config() Config { return r.cfg }

// Close closes every module and instance of the runtime.
func (r *Runtime) Close(ctx context.Context) error {
	err := r.rt.Close(ctx)
	if r.cache != nil {
		err = errors.Join(err, r.cache.Close(ctx))
	}
	return err
}

type fnSig struct {
	params, results []api.ValueType
}

var (
	i32 = api.ValueTypeI32
	i64 = api.ValueTypeI64

	wantExports = map[string]fnSig{
		ExportABIVersion: {nil, []api.ValueType{i32}},
		ExportAlloc:      {[]api.ValueType{i32}, []api.ValueType{i32}},
		ExportConfigure:  {[]api.ValueType{i32, i32, i32}, []api.ValueType{i64}},
		ExportEvaluate:   {[]api.ValueType{i32, i32, i32}, []api.ValueType{i64}},
	}
)

func sameTypes(a, b []api.ValueType) bool {
	if len(a) != len(b) {
		return false
	}
	for i := range a {
		if a[i] != b[i] {
			return false
		}
	}
	return true
}

// Load compiles wasm (once; wazero's cache makes a second load of the same
// bytes cheap), checks it speaks our ABI, creates its pool and prewarms it.
// Errors wrap ErrInvalidModule when the bytes are at fault.
func (r *Runtime) Load(ctx context.Context, name string, wasm []byte) (*Module, error) {
	// Compiling is bounded by ctx only: a cold compile of a Go module takes
	// seconds on a busy machine. Instantiating runs on InitFuel.
	metered, cached, err := r.meterCached(wasm)
	if err != nil {
		return nil, fmt.Errorf("%w: %w", ErrInvalidModule, err)
	}
	cm, err := r.rt.CompileModule(ctx, metered)
	if err != nil && cached != "" {
		// A damaged cache file is not the module's fault: meter again.
		os.Remove(cached)
		if metered, err = meter(wasm, r.cfg.InitFuel); err != nil {
			return nil, fmt.Errorf("%w: %w", ErrInvalidModule, err)
		}
		cm, err = r.rt.CompileModule(ctx, metered)
	}
	if err != nil {
		return nil, fmt.Errorf("%w: compile: %w", ErrInvalidModule, err)
	}
	if err := checkShape(cm); err != nil {
		cm.Close(ctx)
		return nil, err
	}
	m := &Module{
		name: name, rt: r, cfg: r.cfg, compiled: cm,
		sem:     make(chan struct{}, r.cfg.PoolSize),
		configs: map[string]uint32{},
	}
	for i := 0; i < r.cfg.Prewarm; i++ {
		inst, err := m.newInstance(ctx)
		if err != nil {
			m.Close(context.Background())
			return nil, err
		}
		m.idle = append(m.idle, inst)
	}
	return m, nil
}

// meterVersion names the rewrite meter does; bump it when its output
// changes, so meterCached does not reuse an older rewrite.
const meterVersion = 2

// meterCached is meter with the result kept next to wazero's compilation
// cache, keyed by the input's hash, the initial fuel and meterVersion:
// rewriting a 3.6 MB Go module costs ~13 ms of a ~100 ms cold load. The
// files are trusted like wazero's own cache (whoever can write them can
// write machine code there too) and written by rename, so a crash leaves
// none half-written. cached names the file the bytes came from, if they
// did; Load meters again when they do not compile. Failing to write the
// cache is not an error.
func (r *Runtime) meterCached(wasm []byte) (metered []byte, cached string, err error) {
	if r.cache == nil {
		metered, err = meter(wasm, r.cfg.InitFuel)
		return metered, "", err
	}
	dir := filepath.Join(r.cfg.CacheDir, "regula-metered")
	path := filepath.Join(dir, fmt.Sprintf("%x-%d-m%d.wasm", sha256.Sum256(wasm), r.cfg.InitFuel, meterVersion))
	if b, err := os.ReadFile(path); err == nil {
		return b, path, nil
	}
	if metered, err = meter(wasm, r.cfg.InitFuel); err != nil {
		return nil, "", err
	}
	if os.MkdirAll(dir, 0o700) != nil {
		return metered, "", nil
	}
	f, err := os.CreateTemp(dir, ".tmp-*")
	if err != nil {
		return metered, "", nil
	}
	_, err = f.Write(metered)
	if cerr := f.Close(); err == nil {
		err = cerr
	}
	if err == nil {
		err = os.Rename(f.Name(), path)
	}
	if err != nil {
		os.Remove(f.Name())
	}
	return metered, "", nil
}

func checkShape(cm wazero.CompiledModule) error {
	exps := cm.ExportedFunctions()
	for name, sig := range wantExports {
		fn, ok := exps[name]
		if !ok {
			return fmt.Errorf("%w: missing export %s", ErrInvalidModule, name)
		}
		if !sameTypes(fn.ParamTypes(), sig.params) || !sameTypes(fn.ResultTypes(), sig.results) {
			return fmt.Errorf("%w: export %s has the wrong signature", ErrInvalidModule, name)
		}
	}
	for _, imp := range cm.ImportedFunctions() {
		mod, fn, _ := imp.Import()
		switch {
		case mod == wasi_snapshot_preview1.ModuleName:
		case mod == ImportModule && (fn == ImportLog || fn == ImportListHas):
		default:
			return fmt.Errorf("%w: unknown import %s.%s", ErrInvalidModule, mod, fn)
		}
	}
	return nil
}

// Module is a compiled rule module with its instance pool.
type Module struct {
	name     string
	rt       *Runtime
	cfg      Config
	compiled wazero.CompiledModule

	sem chan struct{} // one token per live instance slot

	mu      sync.Mutex
	idle    []*instance // LIFO: the hottest instance is reused first
	configs map[string]uint32
	nextID  uint32
	closed  bool

	stats Stats
}

// Stats counts what happened to a module's instances.
type Stats struct {
	Instantiated, Recycled, Timeouts, Faults, Unavailable atomic.Int64
}

// Name is the name given to Load (for verdicts' Rule field and logs).
func (m *Module) Name() string { return m.name }

// Stats returns the module's counters.
func (m *Module) Stats() *Stats { return &m.stats }

// Close closes the module's instances and compiled code. Evaluations still
// running finish; their instances are closed when they return.
func (m *Module) Close(ctx context.Context) error {
	m.mu.Lock()
	m.closed = true
	idle := m.idle
	m.idle = nil
	m.mu.Unlock()
	for _, inst := range idle {
		inst.close(ctx)
	}
	return m.compiled.Close(ctx)
}

// ConfigID registers a config (canonical JSON bytes: equal configs must be
// byte-equal to share an id) and checks the guest accepts it on one
// instance. Errors wrap ErrInvalidConfig when the guest refuses it.
func (m *Module) ConfigID(ctx context.Context, config []byte) (uint32, error) {
	key := string(config)
	m.mu.Lock()
	id, ok := m.configs[key]
	if !ok {
		id = m.nextID
		m.nextID++
		m.configs[key] = id
	}
	m.mu.Unlock()
	if ok {
		return id, nil
	}
	inst, err := m.get(ctx)
	if err != nil {
		m.forget(key)
		return 0, err
	}
	err = inst.configure(id, config, m.cfg.InitFuel)
	m.put(inst, err == nil || errors.Is(err, ErrInvalidConfig))
	if err != nil {
		m.forget(key)
		return 0, err
	}
	return id, nil
}

func (m *Module) forget(key string) {
	m.mu.Lock()
	delete(m.configs, key)
	m.mu.Unlock()
}

func (m *Module) configByID(id uint32) ([]byte, bool) {
	m.mu.Lock()
	defer m.mu.Unlock()
	for k, v := range m.configs {
		if v == id {
			return []byte(k), true
		}
	}
	return nil, false
}

// get takes an idle instance or makes one, waiting for a free slot at most
// QueueTimeout.
func (m *Module) get(ctx context.Context) (*instance, error) {
	select {
	case m.sem <- struct{}{}:
	default:
		t := time.NewTimer(m.cfg.QueueTimeout)
		defer t.Stop()
		select {
		case m.sem <- struct{}{}:
		case <-ctx.Done():
			return nil, fmt.Errorf("wasm: %s: waiting for an instance: %w", m.name, ctx.Err())
		case <-t.C:
			return nil, fmt.Errorf("wasm: %s: no instance free within %v", m.name, m.cfg.QueueTimeout)
		}
	}
	m.mu.Lock()
	if m.closed {
		m.mu.Unlock()
		<-m.sem
		return nil, fmt.Errorf("wasm: %s: module closed", m.name)
	}
	if n := len(m.idle); n > 0 {
		inst := m.idle[n-1]
		m.idle = m.idle[:n-1]
		m.mu.Unlock()
		return inst, nil
	}
	m.mu.Unlock()
	inst, err := m.newInstance(context.WithoutCancel(ctx))
	if err != nil {
		<-m.sem
		return nil, err
	}
	return inst, nil
}

// put returns an instance to the pool, or closes it when it is unhealthy,
// worn out or too big.
func (m *Module) put(inst *instance, healthy bool) {
	if healthy && inst.calls < m.cfg.MaxCalls && inst.mod.Memory().Size()/65536 <= m.cfg.RecyclePages {
		m.mu.Lock()
		if !m.closed {
			m.idle = append(m.idle, inst)
			m.mu.Unlock()
			<-m.sem
			return
		}
		m.mu.Unlock()
	}
	m.stats.Recycled.Add(1)
	inst.close(context.Background())
	<-m.sem
}

// Idle is the number of pooled instances waiting for work.
func (m *Module) Idle() int {
	m.mu.Lock()
	defer m.mu.Unlock()
	return len(m.idle)
}

func (m *Module) newInstance(ctx context.Context) (*instance, error) {
	mc := wazero.NewModuleConfig().
		WithName("").
		WithStartFunctions("_initialize")
	// Nothing is granted: no FS, no env, no args; wazero's clocks are fake
	// and its random source deterministic by default, which is what makes a
	// decision replayable. See RATIONALE.md.
	mod, err := m.rt.rt.InstantiateModule(ctx, m.compiled, mc)
	if err != nil {
		return nil, fmt.Errorf("%w: instantiate: %w", ErrInvalidModule, err)
	}
	inst := &instance{
		mod:        mod,
		alloc:      mod.ExportedFunction(ExportAlloc),
		configure_: mod.ExportedFunction(ExportConfigure),
		evaluate:   mod.ExportedFunction(ExportEvaluate),
		configured: map[uint32]bool{},
		stack:      make([]uint64, 3),
	}
	inst.cctx = callCtx{Context: context.Background(), inst: inst}
	fuel, ok := mod.ExportedGlobal(FuelExport).(api.MutableGlobal)
	if !ok {
		inst.close(ctx)
		return nil, fmt.Errorf("wasm: %s: the metered module has no %s", m.name, FuelExport)
	}
	inst.fuel = fuel
	if err := inst.call(mod.ExportedFunction(ExportABIVersion), m.cfg.Fuel); err != nil {
		inst.close(ctx)
		return nil, fmt.Errorf("%w: %s: %w", ErrInvalidModule, ExportABIVersion, err)
	}
	if v := uint32(inst.stack[0]); v != abi.Version {
		inst.close(ctx)
		return nil, fmt.Errorf("%w: ABI version %d, host speaks %d", ErrInvalidModule, v, abi.Version)
	}
	m.stats.Instantiated.Add(1)
	return inst, nil
}

// sanitize keeps guest text printable for logs and reasons.
func sanitize(s string) string {
	return strings.Map(func(r rune) rune {
		if r < 0x20 && r != '\t' || r == 0x7f || r == '\uFFFD' {
			return '?'
		}
		return r
	}, strings.ToValidUTF8(s, "?"))
}
