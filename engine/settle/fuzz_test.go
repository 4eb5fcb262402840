package settle

import (
	"encoding/hex"
	"strings"
	"testing"
)

// FuzzParseRuleSetHash: the rule-set hash comes from the rule host's decision
// (and its decision log); any string either parses to the hash whose hex it
// is or is refused, never panics.
func FuzzParseRuleSetHash(f *testing.F) {
	f.Add(hex.EncodeToString(ruleSetHash[:]))
	f.Add("0x" + hex.EncodeToString(ruleSetHash[:]))
	f.Add("")
	f.Add("0x")
	f.Add("zz")
	f.Fuzz(func(t *testing.T, s string) {
		h, err := ParseRuleSetHash(s)
		if err != nil {
			if h != [32]byte{} {
				t.Fatalf("%q: error %v with a non-zero hash", s, err)
			}
			return
		}
		if s == "" {
			if h != [32]byte{} {
				t.Fatalf("empty string gave %x", h)
			}
			return
		}
		if got := hex.EncodeToString(h[:]); !strings.EqualFold(got, strings.TrimPrefix(s, "0x")) {
			t.Fatalf("%q parsed to %s", s, got)
		}
	})
}
