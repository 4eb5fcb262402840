package wasm

import (
	"context"
	"fmt"
	"sort"
	"testing"

	"github.com/tetratelabs/wazero"
	"github.com/tetratelabs/wazero/api"
	"github.com/tetratelabs/wazero/experimental"
	"github.com/tetratelabs/wazero/imports/wasi_snapshot_preview1"
)

type countFactory struct{ counts map[string]int; on *bool }

func (f countFactory) NewFunctionListener(def api.FunctionDefinition) experimental.FunctionListener {
	name := def.DebugName()
	return experimental.FunctionListenerFunc(func(ctx context.Context, mod api.Module, d api.FunctionDefinition, params []uint64, si experimental.StackIterator) {
		if *f.on {
			f.counts[name]++
		}
	})
}

func TestProbeCalls(t *testing.T) {
	on := false
	f := countFactory{counts: map[string]int{}, on: &on}
	ctx := experimental.WithFunctionListenerFactory(context.Background(), f)
	rt := wazero.NewRuntimeWithConfig(ctx, wazero.NewRuntimeConfigInterpreter())
	defer rt.Close(ctx)
	wasi_snapshot_preview1.MustInstantiate(ctx, rt)
	r := &Runtime{rt: rt, cfg: Config{}.Defaults()}
	r.instantiateHost(ctx)
	cm, _ := rt.CompileModule(ctx, regdWasm)
	m := &Module{rt: r, compiled: cm, cfg: r.cfg}
	inst, err := m.newInstance(ctx)
	if err != nil {
		t.Fatal(err)
	}
	inst.configure(ctx, 0, []byte(`{}`))
	in := encode(t, sampleContext())
	for i := 0; i < 3; i++ {
		on = i == 2
		ptr, _ := inst.write(ctx, in)
		inst.stack[0], inst.stack[1], inst.stack[2] = 0, uint64(ptr), uint64(len(in))
		if err := inst.evaluate.CallWithStack(ctx, inst.stack); err != nil {
			t.Fatal(err)
		}
	}
	type kv struct{ k string; v int }
	var all []kv
	total := 0
	for k, v := range f.counts {
		all = append(all, kv{k, v})
		total += v
	}
	sort.Slice(all, func(i, j int) bool { return all[i].v > all[j].v })
	fmt.Println("total calls", total)
	for i, e := range all {
		if i > 40 {
			break
		}
		fmt.Println(e.v, e.k)
	}
}
