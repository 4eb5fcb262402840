package runner

import (
	"errors"
	"strings"
	"testing"

	"github.com/regulavenue/regula/rules/abi"
)

func TestRunCase(t *testing.T) {
	code := uint8(30)
	f := &abi.CaseFile{Lists: map[string][]string{"l": {"k"}}, Cases: []abi.Case{
		{Name: "wants deny 30", Context: abi.Context{Phase: abi.PhaseMatch}, Want: abi.Want{Allow: false, Code: &code}},
	}}
	c := &f.Cases[0]
	tests := []struct {
		name    string
		prepare Prepare
		ok      bool
		line    string
	}{
		{"matches", func([]byte) (func(*abi.Context) abi.Verdict, error) {
			return func(*abi.Context) abi.Verdict { return abi.Verdict{Code: 30} }, nil
		}, true, ""},
		{"wrong code", func([]byte) (func(*abi.Context) abi.Verdict, error) {
			return func(*abi.Context) abi.Verdict { return abi.Verdict{Code: 31, Reason: "r"} }, nil
		}, false, `want allow=false code=30, got allow=false code=31 reason="r"`},
		{"allows", func([]byte) (func(*abi.Context) abi.Verdict, error) {
			return func(*abi.Context) abi.Verdict { return abi.Verdict{Allow: true} }, nil
		}, false, "got allow=true"},
		{"panics", func([]byte) (func(*abi.Context) abi.Verdict, error) {
			return func(*abi.Context) abi.Verdict { panic("boom") }, nil
		}, false, "rule panicked: boom"},
		{"config refused", func([]byte) (func(*abi.Context) abi.Verdict, error) { return nil, errors.New("bad config") }, false, "could not run: bad config"},
		{"reason too long", func([]byte) (func(*abi.Context) abi.Verdict, error) {
			return func(*abi.Context) abi.Verdict {
				return abi.Verdict{Code: 30, Reason: strings.Repeat("x", abi.MaxReason+1)}
			}, nil
		}, false, "over the 1024-byte limit"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			r := RunCase(tt.prepare, f, c)
			if r.OK() != tt.ok || !strings.Contains(r.Line("f.json"), tt.line) {
				t.Fatalf("ok=%t line %q", r.OK(), r.Line("f.json"))
			}
		})
	}
}
