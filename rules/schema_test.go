package rules

import (
	"errors"
	"strings"
	"testing"
)

const testSchema = `{
  "$schema": "https://json-schema.org/draft/2020-12/schema",
  "type": "object",
  "description": "test",
  "properties": {
    "days": {"type": "integer", "minimum": 0, "maximum": 3650, "default": 365},
    "bps": {"type": "number", "minimum": 0.5, "maximum": 10000},
    "on": {"type": "boolean"},
    "at": {"type": "string", "format": "date-time"},
    "kind": {"enum": ["art", "emt", 3]},
    "countries": {"type": "array", "items": {"type": "string", "pattern": "^[A-Z]{2}$"}, "minItems": 1, "maxItems": 2},
    "window": {"type": "object", "properties": {"start": {"type": "string"}}, "required": ["start"], "additionalProperties": false},
    "caps": {"type": "object", "additionalProperties": {"type": "integer", "minimum": 1}},
    "big": {"type": "integer", "maximum": 9223372036854775807}
  },
  "required": ["days"],
  "additionalProperties": false
}`

func TestSchemaValidate(t *testing.T) {
	s, err := CompileSchema([]byte(testSchema))
	if err != nil {
		t.Fatal(err)
	}
	tests := []struct {
		name, doc, want string // want "" means valid
	}{
		{"minimal", `{"days": 0}`, ""},
		{"everything", `{"days": 3650, "bps": 0.5, "on": true, "at": "2027-01-01T00:00:00Z", "kind": 3, "countries": ["DE", "FR"], "window": {"start": "x"}, "caps": {"DE": 1}, "big": 9223372036854775807}`, ""},
		{"integer written 1.0", `{"days": 1.0}`, ""},
		{"missing required", `{}`, `missing required property "days"`},
		{"not an object", `[]`, "want object, got array"},
		{"unknown key", `{"days": 1, "dayz": 1}`, `unknown property "dayz"`},
		{"fraction for an integer", `{"days": 1.5}`, "want integer, got number"},
		{"string for an integer", `{"days": "1"}`, "want integer, got string"},
		{"under the minimum", `{"days": -1}`, "under the minimum"},
		{"over the maximum", `{"days": 3651}`, "over the maximum"},
		{"fractional minimum", `{"days": 1, "bps": 0.4}`, "under the minimum 1/2"},
		{"over int64", `{"days": 1, "big": 9223372036854775808}`, "over the maximum"},
		{"bad date-time", `{"days": 1, "at": "2027-01-01"}`, "RFC 3339"},
		{"outside the enum", `{"days": 1, "kind": "other"}`, "is not one of"},
		{"too few items", `{"days": 1, "countries": []}`, "at least 1"},
		{"too many items", `{"days": 1, "countries": ["DE", "FR", "IT"]}`, "at most 2"},
		{"item fails its pattern", `{"days": 1, "countries": ["de"]}`, `/countries/0: "de" does not match`},
		{"nested required", `{"days": 1, "window": {}}`, `/window: missing required property "start"`},
		{"nested unknown", `{"days": 1, "window": {"start": "x", "end": "y"}}`, `unknown property "end"`},
		{"map value schema", `{"days": 1, "caps": {"DE": 0}}`, "/caps/DE: 0 is under the minimum"},
		{"not JSON", `{`, "unexpected EOF"},
		{"two documents", `{"days": 1} {}`, "trailing data"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			err := s.Validate([]byte(tt.doc))
			if tt.want == "" {
				if err != nil {
					t.Fatalf("valid document refused: %v", err)
				}
				return
			}
			if !errors.Is(err, ErrInvalid) || !strings.Contains(err.Error(), tt.want) {
				t.Fatalf("got %v, want an error with %q", err, tt.want)
			}
		})
	}
}

func TestCompileSchemaRejects(t *testing.T) {
	tests := []struct{ name, doc, want string }{
		{"unsupported keyword", `{"oneOf": []}`, `unsupported keyword "oneOf"`},
		{"unsupported type", `{"type": "null"}`, `unsupported type "null"`},
		{"unsupported format", `{"type": "string", "format": "email"}`, `only format "date-time"`},
		{"bad pattern", `{"type": "string", "pattern": "("}`, "missing closing"},
		{"default outside its schema", `{"type": "integer", "minimum": 1, "default": 0}`, "default does not match"},
		{"nested unsupported", `{"properties": {"a": {"not": {}}}}`, `unsupported keyword "not"`},
		{"schema false", `{"properties": {"a": false}}`, "schema false"},
		{"negative minItems", `{"minItems": -1}`, "non-negative"},
		{"empty enum", `{"enum": []}`, "non-empty"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			_, err := CompileSchema([]byte(tt.doc))
			if !errors.Is(err, ErrInvalid) || !strings.Contains(err.Error(), tt.want) {
				t.Fatalf("got %v, want %q", err, tt.want)
			}
		})
	}
	for _, ok := range []string{``, `{}`, `true`} {
		s, err := CompileSchema([]byte(ok))
		if err != nil || s.Validate([]byte(`{"anything": [1, "x"]}`)) != nil {
			t.Fatalf("%q: %v", ok, err)
		}
	}
}

func TestCanonicalJSON(t *testing.T) {
	got, err := CanonicalJSON([]byte(` { "b": 1.50, "a": {"d": [3, 1], "c": null} } `))
	if err != nil || string(got) != `{"a":{"c":null,"d":[3,1]},"b":1.50}` {
		t.Fatalf("got %s, %v", got, err)
	}
}
