package wasm

import (
	"context"
	"errors"
	"fmt"

	"github.com/tetratelabs/wazero/api"

	"github.com/regulavenue/regula/rules/abi"
)

// Lists is the operator-kept data sets list_contains reads, an immutable
// snapshot pinned for one evaluation. A nil Lists is empty.
type Lists interface {
	// Contains reports whether key is in the named list. It must not keep
	// the slices, which alias guest memory.
	Contains(list, key []byte) bool
}

// Result is one evaluation's outcome. It never carries an error: a failure
// is a deny with a host code.
type Result struct {
	Verdict abi.Verdict
	// Logs are the guest's log lines, bounded by Config.MaxLogLines and
	// Config.MaxLogBytes; LogsDropped counts those past the bounds.
	Logs        []string
	LogsDropped int
}

// answer statuses (docs/ABI.md)
const (
	statusOK    = 0
	statusError = 1
	// maxAnswer is a status byte and the largest valid verdict.
	maxAnswer = 1 + 2 + 4 + abi.MaxReason
)

type instance struct {
	mod        api.Module
	alloc      api.Function
	configure_ api.Function
	evaluate   api.Function
	configured map[uint32]bool
	bufPtr     uint32
	bufCap     uint32
	calls      int
	stack      []uint64
	fuel       api.MutableGlobal // the metered module's step budget (meter)
	cctx       callCtx
	state      callState
}

func (i *instance) close(ctx context.Context) {
	_ = i.mod.Close(ctx)
}

// errOutOfFuel is a call stopped by its step budget.
var errOutOfFuel = errors.New("ran out of fuel")

// call runs fn on the instance's stack with a budget of fuel steps.
func (i *instance) call(fn api.Function, fuel int64) error {
	i.fuel.Set(uint64(fuel))
	err := fn.CallWithStack(&i.cctx, i.stack)
	if err != nil && i.fuel.Get() == 0 {
		return errOutOfFuel
	}
	return err
}

// callCtx is the context of every call into an instance: the host
// functions find the running evaluation's state in it. It is never done: a
// call is bounded by its fuel, not by a context.
type callCtx struct {
	context.Context
	inst *instance
}

func (c *callCtx) Value(key any) any {
	if key == (stateKey{}) {
		return &c.inst.state
	}
	return c.Context.Value(key)
}

// write copies in into the guest's input buffer, growing it through
// regula_alloc when it is too small.
func (i *instance) write(in []byte, fuel int64) (uint32, error) {
	if uint32(len(in)) > i.bufCap || i.bufCap == 0 {
		i.stack[0] = uint64(len(in))
		if err := i.call(i.alloc, fuel); err != nil {
			return 0, err
		}
		i.bufPtr, i.bufCap = uint32(i.stack[0]), uint32(len(in))
		if i.bufPtr == 0 {
			return 0, errors.New("regula_alloc returned 0")
		}
	}
	if !i.mod.Memory().Write(i.bufPtr, in) {
		return 0, fmt.Errorf("regula_alloc returned %#x, outside memory", i.bufPtr)
	}
	return i.bufPtr, nil
}

// answer reads a packed (address<<32 | length) answer out of guest memory.
func (i *instance) answer(packed uint64) (status byte, body []byte, err error) {
	ptr, n := uint32(packed>>32), uint32(packed)
	if n == 0 || n > maxAnswer {
		return 0, nil, fmt.Errorf("%w: answer of %d bytes", abi.ErrMalformed, n)
	}
	b, ok := i.mod.Memory().Read(ptr, n)
	if !ok {
		return 0, nil, fmt.Errorf("%w: answer at %#x+%d outside memory", abi.ErrMalformed, ptr, n)
	}
	return b[0], b[1:], nil
}

// configure loads config id into the instance. A refusal by the guest wraps
// ErrInvalidConfig and leaves the instance healthy; any other error means
// the instance must be dropped.
func (i *instance) configure(id uint32, config []byte, fuel int64) error {
	ptr, err := i.write(config, fuel)
	if err != nil {
		return err
	}
	i.stack[0], i.stack[1], i.stack[2] = uint64(id), uint64(ptr), uint64(len(config))
	if err := i.call(i.configure_, fuel); err != nil {
		return err
	}
	status, body, err := i.answer(i.stack[0])
	if err != nil {
		return err
	}
	switch status {
	case statusOK:
		i.configured[id] = true
		return nil
	case statusError:
		return fmt.Errorf("%w: %s", ErrInvalidConfig, sanitize(string(body)))
	}
	return fmt.Errorf("%w: configure answered status %d", abi.ErrMalformed, status)
}

type stateKey struct{}

// callState is what the host functions see of the evaluation calling them.
type callState struct {
	lists    Lists
	cfg      *Config
	logs     []string
	logBytes int
	dropped  int
}

func deny(code uint8, format string, args ...any) abi.Verdict {
	r := fmt.Sprintf(format, args...)
	if len(r) > abi.MaxReason {
		r = r[:abi.MaxReason]
	}
	return abi.Verdict{Code: code, Reason: sanitize(r)}
}

// Evaluate runs the module with config id on a binary context (abi). It
// takes an instance from the pool (configuring it on first use of the id),
// applies the evaluation deadline, and turns every failure into a deny with
// a host code; the instance is recycled after a trap or timeout.
func (m *Module) Evaluate(ctx context.Context, configID uint32, input []byte, lists Lists) Result {
	inst, err := m.get(ctx)
	if err != nil {
		m.stats.Unavailable.Add(1)
		return Result{Verdict: deny(abi.CodeRuleUnavailable, "%s: %v", m.name, err)}
	}
	inst.state = callState{lists: lists, cfg: &m.cfg}
	v, healthy := m.evaluateOn(inst, configID, input)
	res := Result{Verdict: v, Logs: inst.state.logs, LogsDropped: inst.state.dropped}
	inst.state = callState{}
	m.put(inst, healthy)
	return res
}

func (m *Module) evaluateOn(inst *instance, id uint32, input []byte) (abi.Verdict, bool) {
	if !inst.configured[id] {
		config, ok := m.configByID(id)
		if !ok {
			m.stats.Unavailable.Add(1)
			return deny(abi.CodeRuleUnavailable, "%s: config id %d not registered", m.name, id), true
		}
		if err := inst.configure(id, config, m.cfg.InitFuel); err != nil {
			m.stats.Unavailable.Add(1)
			return deny(abi.CodeRuleUnavailable, "%s: config could not be loaded: %v", m.name, err), errors.Is(err, ErrInvalidConfig)
		}
	}
	inst.calls++
	ptr, err := inst.write(input, m.cfg.Fuel)
	if err == nil {
		inst.stack[0], inst.stack[1], inst.stack[2] = uint64(id), uint64(ptr), uint64(len(input))
		err = inst.call(inst.evaluate, m.cfg.Fuel)
	}
	if err != nil {
		if errors.Is(err, errOutOfFuel) {
			m.stats.Timeouts.Add(1)
			return deny(abi.CodeRuleTimeout, "%s: ran out of fuel (over %d steps)", m.name, m.cfg.Fuel), false
		}
		m.stats.Faults.Add(1)
		return deny(abi.CodeRuleFault, "%s: trapped: %v", m.name, err), false
	}
	status, body, err := inst.answer(inst.stack[0])
	if err != nil {
		m.stats.Faults.Add(1)
		return deny(abi.CodeRuleFault, "%s: garbage answer: %v", m.name, err), false
	}
	switch status {
	case statusOK:
		v, err := abi.DecodeVerdict(body)
		if err != nil {
			m.stats.Faults.Add(1)
			return deny(abi.CodeRuleFault, "%s: garbage verdict: %v", m.name, err), false
		}
		v.Reason = sanitize(v.Reason)
		return v, true
	case statusError:
		m.stats.Faults.Add(1)
		return deny(abi.CodeRuleFault, "%s: module error: %s", m.name, string(body)), true
	}
	m.stats.Faults.Add(1)
	return deny(abi.CodeRuleFault, "%s: garbage answer status %d", m.name, status), false
}
