package wasm

import (
	"context"
	"testing"

	"github.com/tetratelabs/wazero"
	"github.com/tetratelabs/wazero/imports/wasi_snapshot_preview1"
)

func BenchmarkProbeRaw(b *testing.B) {
	for _, tc := range []struct {
		name string
		rc   wazero.RuntimeConfig
	}{
		{"plain", wazero.NewRuntimeConfig()},
		{"close", wazero.NewRuntimeConfig().WithCloseOnContextDone(true)},
	} {
		b.Run(tc.name, func(b *testing.B) {
			ctx := context.Background()
			rt := wazero.NewRuntimeWithConfig(ctx, tc.rc)
			defer rt.Close(ctx)
			wasi_snapshot_preview1.MustInstantiate(ctx, rt)
			r := &Runtime{rt: rt, cfg: Config{}.Defaults()}
			if err := r.instantiateHost(ctx); err != nil {
				b.Fatal(err)
			}
			cm, _ := rt.CompileModule(ctx, regdWasm)
			m := &Module{rt: r, compiled: cm, cfg: r.cfg}
			inst, err := m.newInstance(ctx)
			if err != nil {
				b.Fatal(err)
			}
			if err := inst.configure(ctx, 0, []byte(`{}`)); err != nil {
				b.Fatal(err)
			}
			in := encode(b, sampleContext())
			b.Run("version", func(b *testing.B) {
				fn := inst.mod.ExportedFunction(ExportABIVersion)
				for i := 0; i < b.N; i++ {
					fn.CallWithStack(ctx, inst.stack)
				}
			})
			b.Run("alloc", func(b *testing.B) {
				for i := 0; i < b.N; i++ {
					inst.stack[0] = 10
					inst.alloc.CallWithStack(ctx, inst.stack)
				}
			})
			b.Run("evaluate", func(b *testing.B) {
				for i := 0; i < b.N; i++ {
					ptr, _ := inst.write(ctx, in)
					inst.stack[0], inst.stack[1], inst.stack[2] = 0, uint64(ptr), uint64(len(in))
					if err := inst.evaluate.CallWithStack(ctx, inst.stack); err != nil {
						b.Fatal(err)
					}
				}
			})
		})
	}
}
