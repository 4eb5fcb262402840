package rules

import (
	"errors"
	"testing"
)

// FuzzSchema: whatever schema and document an uploader or issuer sends,
// compiling and validating do not panic, and errors wrap ErrInvalid.
func FuzzSchema(f *testing.F) {
	f.Add([]byte(testSchema), []byte(`{"days": 1, "countries": ["DE"]}`))
	f.Add([]byte(`{"type":"array","items":{"enum":[1,"a",null]},"maxItems":3}`), []byte(`[1,"a"]`))
	f.Add([]byte(`{"properties":{"a":{"type":"number","minimum":1e400}}}`), []byte(`{"a":1e-400}`))
	f.Fuzz(func(t *testing.T, schema, doc []byte) {
		s, err := CompileSchema(schema)
		if err != nil {
			if !errors.Is(err, ErrInvalid) {
				t.Fatalf("compile error does not wrap ErrInvalid: %v", err)
			}
			return
		}
		if err := s.Validate(doc); err != nil && !errors.Is(err, ErrInvalid) {
			t.Fatalf("validate error does not wrap ErrInvalid: %v", err)
		}
	})
}

// FuzzManifest: manifests from uploads never panic the parser, and what
// parses has a valid name and version.
func FuzzManifest(f *testing.F) {
	f.Add([]byte(`{"name":"reg-d","version":"1.0.0","description":"x","schema":"schema.json","cases":"cases.json"}`))
	f.Add([]byte(`{"name":"a","version":"1.2.3-rc.1+build.5"}`))
	f.Fuzz(func(t *testing.T, b []byte) {
		m, err := ParseManifest(b)
		if err != nil {
			return
		}
		if _, _, err := ParseRef(m.Name + "@" + m.Version); err != nil {
			t.Fatalf("parsed manifest has a bad ref: %v", err)
		}
	})
}
