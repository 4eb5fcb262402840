package wasm

import (
	"context"

	"github.com/tetratelabs/wazero/api"
)

// maxListArg bounds list names and keys read from guest memory.
const maxListArg = 4096

// instantiateHost defines the "regula" host module: log and list_contains.
// Both read their state from the evaluation's context; outside an evaluation
// (during _initialize or configure) log is dropped and lists are empty.
func (r *Runtime) instantiateHost(ctx context.Context) error {
	_, err := r.rt.NewHostModuleBuilder(ImportModule).
		NewFunctionBuilder().
		WithGoModuleFunction(api.GoModuleFunc(hostLog), []api.ValueType{i32, i32}, nil).
		WithParameterNames("ptr", "len").
		Export(ImportLog).
		NewFunctionBuilder().
		WithGoModuleFunction(api.GoModuleFunc(hostListContains), []api.ValueType{i32, i32, i32, i32}, []api.ValueType{i32}).
		WithParameterNames("list_ptr", "list_len", "key_ptr", "key_len").
		Export(ImportListHas).
		Instantiate(ctx)
	return err
}

// hostLog keeps at most MaxLogLines lines and MaxLogBytes bytes per
// evaluation; the rest is counted as dropped. It never traps: logging is
// not worth failing a decision over.
func hostLog(ctx context.Context, mod api.Module, stack []uint64) {
	st, _ := ctx.Value(stateKey{}).(*callState)
	if st == nil {
		return
	}
	ptr, n := uint32(stack[0]), uint32(stack[1])
	if len(st.logs) >= st.cfg.MaxLogLines || st.logBytes+int(n) > st.cfg.MaxLogBytes {
		st.dropped++
		return
	}
	b, ok := mod.Memory().Read(ptr, n)
	if !ok {
		st.dropped++
		return
	}
	st.logBytes += int(n)
	st.logs = append(st.logs, sanitize(string(b)))
}

// hostListContains answers 1 when the key is in the list of the pinned
// snapshot. Arguments outside memory or over maxListArg trap the guest (a
// deny with abi.CodeRuleFault): answering "not listed" would fail open.
func hostListContains(ctx context.Context, mod api.Module, stack []uint64) {
	lp, ln, kp, kn := uint32(stack[0]), uint32(stack[1]), uint32(stack[2]), uint32(stack[3])
	if ln > maxListArg || kn > maxListArg {
		panic("list_contains: argument too long")
	}
	list, ok1 := mod.Memory().Read(lp, ln)
	key, ok2 := mod.Memory().Read(kp, kn)
	if !ok1 || !ok2 {
		panic("list_contains: argument outside memory")
	}
	stack[0] = 0
	if st, _ := ctx.Value(stateKey{}).(*callState); st != nil && st.lists != nil && st.lists.Contains(list, key) {
		stack[0] = 1
	}
}
