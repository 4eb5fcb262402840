package moduletest

import (
	"strings"
	"testing"
)

const testSchema = `{
  "type": "object",
  "properties": {
    "days": {"type": "integer", "minimum": 0, "maximum": 10, "default": 3},
    "on": {"type": "boolean"},
    "at": {"type": "string", "format": "date-time"},
    "kind": {"type": "string", "enum": ["art", "emt"]},
    "countries": {"type": "array", "items": {"type": "string", "pattern": "^[A-Z]{2}$"}, "minItems": 1, "maxItems": 2},
    "window": {"type": "object", "properties": {"start": {"type": "string"}}, "required": ["start"], "additionalProperties": false},
    "caps": {"type": "object"},
    "ratio": {"type": "number"}
  },
  "additionalProperties": false
}`

func TestValidate(t *testing.T) {
	s, err := ParseSchema([]byte(testSchema))
	if err != nil {
		t.Fatal(err)
	}
	for _, tc := range []struct {
		name, config, wantErr string
	}{
		{"empty", `{}`, ""},
		{"all valid", `{"days": 10, "on": true, "at": "2027-01-01T00:00:00Z", "kind": "emt", "countries": ["DE", "FR"], "window": {"start": "x"}, "caps": {"DE": 1}, "ratio": 0.5}`, ""},
		{"not an object", `[]`, "want an object"},
		{"unknown key", `{"dayz": 1}`, `unknown key "dayz"`},
		{"integer with a fraction", `{"days": 1.5}`, "want an integer"},
		{"under the minimum", `{"days": -1}`, "under the minimum"},
		{"over the maximum", `{"days": 11}`, "over the maximum"},
		{"string for a number", `{"days": "3"}`, "want a number"},
		{"number for a boolean", `{"on": 1}`, "want a boolean"},
		{"bad date-time", `{"at": "2027-01-01"}`, "not an RFC 3339 date-time"},
		{"outside the enum", `{"kind": "other"}`, "not one of the enum"},
		{"too few items", `{"countries": []}`, "minimum 1"},
		{"too many items", `{"countries": ["DE", "FR", "IT"]}`, "maximum 2"},
		{"item fails its pattern", `{"countries": ["de"]}`, "does not match"},
		{"nested required missing", `{"window": {}}`, `missing required "start"`},
		{"nested unknown key", `{"window": {"start": "x", "end": "y"}}`, `unknown key "end"`},
		{"not JSON", `{`, "$: "},
	} {
		t.Run(tc.name, func(t *testing.T) {
			errs := strings.Join(s.Validate([]byte(tc.config)), "; ")
			switch {
			case tc.wantErr == "" && errs != "":
				t.Errorf("want valid, got %s", errs)
			case tc.wantErr != "" && !strings.Contains(errs, tc.wantErr):
				t.Errorf("want an error containing %q, got %q", tc.wantErr, errs)
			}
		})
	}
}

func TestParseSchemaRejectsOutsideTheSubset(t *testing.T) {
	for _, tc := range []struct{ name, schema string }{
		{"unknown keyword", `{"type": "object", "oneOf": []}`},
		{"additionalProperties as a schema", `{"type": "object", "additionalProperties": {"type": "integer"}}`},
		{"unknown type", `{"type": "null"}`},
		{"unknown format", `{"type": "string", "format": "email"}`},
		{"nested unknown keyword", `{"type": "object", "properties": {"a": {"type": "string", "minLength": 1}}}`},
		{"unknown keyword in items", `{"type": "array", "items": {"type": "string", "const": "x"}}`},
	} {
		t.Run(tc.name, func(t *testing.T) {
			if _, err := ParseSchema([]byte(tc.schema)); err == nil {
				t.Error("accepted")
			}
		})
	}
}

func TestDefaults(t *testing.T) {
	s, err := ParseSchema([]byte(testSchema))
	if err != nil {
		t.Fatal(err)
	}
	d := s.Defaults()
	if len(d) != 1 || d["days"] != 3.0 {
		t.Errorf("defaults %v, want {days: 3}", d)
	}
}
