package moduletest

import (
	"encoding/json"
	"fmt"
	"math"
	"regexp"
	"sort"
	"time"
)

// Schema is the JSON Schema subset module config schemas may use (see
// docs/RULES-AUTHORING.md): type, properties, required, additionalProperties
// false, minimum, maximum, minItems, maxItems, items, enum, pattern, format
// "date-time", default.
type Schema struct {
	Type                 string             `json:"type"`
	Properties           map[string]*Schema `json:"properties"`
	Required             []string           `json:"required"`
	AdditionalProperties *bool              `json:"additionalProperties"`
	Minimum              *float64           `json:"minimum"`
	Maximum              *float64           `json:"maximum"`
	MinItems             *int               `json:"minItems"`
	MaxItems             *int               `json:"maxItems"`
	Items                *Schema            `json:"items"`
	Enum                 []any              `json:"enum"`
	Pattern              string             `json:"pattern"`
	Format               string             `json:"format"`
	Default              any                `json:"default"`
}

var keywords = map[string]bool{
	"type": true, "properties": true, "required": true, "additionalProperties": true,
	"minimum": true, "maximum": true, "minItems": true, "maxItems": true, "items": true,
	"enum": true, "pattern": true, "format": true, "default": true,
}

// ParseSchema decodes a schema and rejects anything outside the subset,
// including an additionalProperties other than false and unknown keywords,
// so a schema cannot promise a check the host does not make.
func ParseSchema(data []byte) (*Schema, error) {
	var raw any
	if err := json.Unmarshal(data, &raw); err != nil {
		return nil, fmt.Errorf("schema: %w", err)
	}
	if err := checkKeywords(raw, "$"); err != nil {
		return nil, err
	}
	var s Schema
	if err := json.Unmarshal(data, &s); err != nil {
		return nil, fmt.Errorf("schema: %w", err)
	}
	return &s, nil
}

func checkKeywords(v any, at string) error {
	m, ok := v.(map[string]any)
	if !ok {
		return fmt.Errorf("schema: %s is not an object", at)
	}
	for k, x := range m {
		if !keywords[k] {
			return fmt.Errorf("schema: %s: keyword %q is outside the subset", at, k)
		}
		switch k {
		case "type":
			switch x {
			case "object", "integer", "number", "boolean", "string", "array":
			default:
				return fmt.Errorf("schema: %s: type %v is outside the subset", at, x)
			}
		case "additionalProperties":
			if x != false {
				return fmt.Errorf("schema: %s: additionalProperties may only be false", at)
			}
		case "format":
			if x != "date-time" {
				return fmt.Errorf("schema: %s: format %v is outside the subset", at, x)
			}
		case "items":
			if err := checkKeywords(x, at+".items"); err != nil {
				return err
			}
		case "properties":
			props, ok := x.(map[string]any)
			if !ok {
				return fmt.Errorf("schema: %s.properties is not an object", at)
			}
			for name, p := range props {
				if err := checkKeywords(p, at+"."+name); err != nil {
					return err
				}
			}
		}
	}
	return nil
}

// Validate checks a JSON value against s and returns every violation found,
// each prefixed with its path.
func (s *Schema) Validate(data []byte) []string {
	var v any
	if err := json.Unmarshal(data, &v); err != nil {
		return []string{"$: " + err.Error()}
	}
	var errs []string
	s.validate(v, "$", &errs)
	return errs
}

func (s *Schema) validate(v any, at string, errs *[]string) {
	fail := func(format string, args ...any) {
		*errs = append(*errs, at+": "+fmt.Sprintf(format, args...))
	}
	switch s.Type {
	case "object":
		m, ok := v.(map[string]any)
		if !ok {
			fail("want an object")
			return
		}
		for _, r := range s.Required {
			if _, ok := m[r]; !ok {
				fail("missing required %q", r)
			}
		}
		keys := make([]string, 0, len(m))
		for k := range m {
			keys = append(keys, k)
		}
		sort.Strings(keys)
		for _, k := range keys {
			p, ok := s.Properties[k]
			switch {
			case ok:
				p.validate(m[k], at+"."+k, errs)
			case s.AdditionalProperties != nil && !*s.AdditionalProperties:
				fail("unknown key %q", k)
			}
		}
	case "array":
		a, ok := v.([]any)
		if !ok {
			fail("want an array")
			return
		}
		if s.MinItems != nil && len(a) < *s.MinItems {
			fail("%d items, minimum %d", len(a), *s.MinItems)
		}
		if s.MaxItems != nil && len(a) > *s.MaxItems {
			fail("%d items, maximum %d", len(a), *s.MaxItems)
		}
		if s.Items != nil {
			for i, x := range a {
				s.Items.validate(x, fmt.Sprintf("%s[%d]", at, i), errs)
			}
		}
	case "integer", "number":
		n, ok := v.(float64)
		if !ok {
			fail("want a number")
			return
		}
		if s.Type == "integer" && n != math.Trunc(n) {
			fail("want an integer, got %v", n)
		}
		if s.Minimum != nil && n < *s.Minimum {
			fail("%v under the minimum %v", n, *s.Minimum)
		}
		if s.Maximum != nil && n > *s.Maximum {
			fail("%v over the maximum %v", n, *s.Maximum)
		}
	case "boolean":
		if _, ok := v.(bool); !ok {
			fail("want a boolean")
		}
	case "string":
		str, ok := v.(string)
		if !ok {
			fail("want a string")
			return
		}
		if s.Pattern != "" {
			re, err := regexp.Compile(s.Pattern)
			if err != nil {
				fail("bad pattern %q: %v", s.Pattern, err)
			} else if !re.MatchString(str) {
				fail("%q does not match %s", str, s.Pattern)
			}
		}
		if s.Format == "date-time" {
			if _, err := time.Parse(time.RFC3339, str); err != nil {
				fail("%q is not an RFC 3339 date-time", str)
			}
		}
	}
	if len(s.Enum) > 0 {
		b, _ := json.Marshal(v)
		found := false
		for _, e := range s.Enum {
			if eb, _ := json.Marshal(e); string(eb) == string(b) {
				found = true
				break
			}
		}
		if !found {
			fail("%s not one of the enum", b)
		}
	}
}

// Defaults is the object of the top-level properties' defaults.
func (s *Schema) Defaults() map[string]any {
	out := map[string]any{}
	for k, p := range s.Properties {
		if p.Default != nil {
			out[k] = p.Default
		}
	}
	return out
}
