package moduletest

import (
	"testing"

	"github.com/regulavenue/regula/rules/abi"
	"github.com/regulavenue/regula/sdk"
)

// Fuzz fuzzes a rule with what comes from outside it: the issuer's config
// JSON and the venue's binary context. Whatever they hold, the rule must not
// panic, and its verdict must be well formed: allow exactly when the code is
// 0; a deny with a reason and a standard code or one of the module's own
// (128–249), never a host code; the same verdict twice for the same input.
// The seeds are every case of the module's case file; `go test` runs them,
// `go test -fuzz=FuzzCheck` explores from them.
func Fuzz(f *testing.F, r sdk.Rule) {
	f.Helper()
	cf := readCases(f, readManifest(f))
	for i := range cf.Cases {
		c := &cf.Cases[i]
		in, err := abi.EncodeContext(&c.Context)
		if err != nil {
			f.Fatal(err)
		}
		f.Add([]byte(cf.EffectiveConfig(c)), in)
	}
	f.Fuzz(func(t *testing.T, config, context []byte) {
		var c abi.Context
		if abi.DecodeContext(context, &c) != nil {
			return // the host never sends it
		}
		check, err := r.Prepare(config)
		if err != nil {
			return // refused at bind time
		}
		v := check(&c)
		switch {
		case v.Allow != (v.Code == sdk.OK):
			t.Fatalf("allow=%t with code %d", v.Allow, v.Code)
		case v.Allow:
		case v.Reason == "":
			t.Fatalf("deny %d without a reason", v.Code)
		case abi.IsHostCode(v.Code):
			t.Fatalf("deny with host code %d", v.Code)
		case v.Code < 128 && abi.CodeName(v.Code) == "":
			t.Fatalf("deny with unknown standard code %d", v.Code)
		}
		if again := check(&c); again != v {
			t.Fatalf("not deterministic: %+v then %+v", v, again)
		}
	})
}
