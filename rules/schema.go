package rules

import (
	"bytes"
	"encoding/json"
	"errors"
	"fmt"
	"math/big"
	"regexp"
	"sort"
	"strconv"
	"strings"
	"time"
)

// Schema is a compiled JSON Schema of the subset Regula supports for module
// configs (docs/RULES-RUNTIME.md): type (object, integer, number, boolean,
// string, array), properties, required, additionalProperties (false or a
// schema), minimum, maximum, minItems, maxItems, items, enum, pattern (Go
// RE2 syntax, unanchored as in JSON Schema), format "date-time" (RFC 3339)
// and default. The annotations $schema, $id, title, description and examples
// are accepted and ignored; any other keyword is an error, so a constraint
// is never silently skipped.
type Schema struct {
	types      []string
	properties map[string]*Schema
	required   []string
	addl       *Schema // nil: anything allowed
	addlFalse  bool
	minimum    *big.Rat
	maximum    *big.Rat
	minItems   *int64
	maxItems   *int64
	items      *Schema
	enum       []string // canonical JSON of each allowed value
	pattern    *regexp.Regexp
	dateTime   bool
}

var annotations = map[string]bool{"$schema": true, "$id": true, "title": true, "description": true, "examples": true, "$comment": true}

// CompileSchema parses a schema document. An empty document (or `{}`, or
// `true`) accepts anything.
func CompileSchema(doc []byte) (*Schema, error) {
	doc = bytes.TrimSpace(doc)
	if len(doc) == 0 {
		return &Schema{}, nil
	}
	v, err := decodeJSON(doc)
	if err != nil {
		return nil, fmt.Errorf("%w: schema: %w", ErrInvalid, err)
	}
	s, err := compileSchema(v, "")
	if err != nil {
		return nil, fmt.Errorf("%w: schema: %w", ErrInvalid, err)
	}
	return s, nil
}

func decodeJSON(b []byte) (any, error) {
	dec := json.NewDecoder(bytes.NewReader(b))
	dec.UseNumber()
	var v any
	if err := dec.Decode(&v); err != nil {
		return nil, err
	}
	if dec.More() {
		return nil, errors.New("trailing data after the JSON value")
	}
	return v, nil
}

func compileSchema(v any, path string) (*Schema, error) {
	if b, ok := v.(bool); ok {
		if b {
			return &Schema{}, nil
		}
		return nil, fmt.Errorf("%s: schema false is not supported", pathOr(path))
	}
	m, ok := v.(map[string]any)
	if !ok {
		return nil, fmt.Errorf("%s: a schema must be an object", pathOr(path))
	}
	s := &Schema{}
	keys := make([]string, 0, len(m))
	for k := range m {
		keys = append(keys, k)
	}
	sort.Strings(keys)
	for _, k := range keys {
		val := m[k]
		at := path + "/" + k
		switch k {
		case "type":
			switch t := val.(type) {
			case string:
				s.types = []string{t}
			case []any:
				for _, e := range t {
					str, ok := e.(string)
					if !ok {
						return nil, fmt.Errorf("%s: types must be strings", at)
					}
					s.types = append(s.types, str)
				}
			default:
				return nil, fmt.Errorf("%s: must be a string or a list of strings", at)
			}
			for _, t := range s.types {
				switch t {
				case "object", "integer", "number", "boolean", "string", "array":
				default:
					return nil, fmt.Errorf("%s: unsupported type %q", at, t)
				}
			}
		case "properties":
			pm, ok := val.(map[string]any)
			if !ok {
				return nil, fmt.Errorf("%s: must be an object", at)
			}
			s.properties = map[string]*Schema{}
			for name, sub := range pm {
				cs, err := compileSchema(sub, at+"/"+name)
				if err != nil {
					return nil, err
				}
				s.properties[name] = cs
			}
		case "required":
			list, ok := val.([]any)
			if !ok {
				return nil, fmt.Errorf("%s: must be a list of strings", at)
			}
			for _, e := range list {
				str, ok := e.(string)
				if !ok {
					return nil, fmt.Errorf("%s: must be a list of strings", at)
				}
				s.required = append(s.required, str)
			}
		case "additionalProperties":
			switch a := val.(type) {
			case bool:
				s.addlFalse = !a
			default:
				cs, err := compileSchema(a, at)
				if err != nil {
					return nil, err
				}
				s.addl = cs
			}
		case "minimum", "maximum":
			n, ok := val.(json.Number)
			if !ok {
				return nil, fmt.Errorf("%s: must be a number", at)
			}
			r, ok := new(big.Rat).SetString(n.String())
			if !ok {
				return nil, fmt.Errorf("%s: bad number %s", at, n)
			}
			if k == "minimum" {
				s.minimum = r
			} else {
				s.maximum = r
			}
		case "minItems", "maxItems":
			n, ok := val.(json.Number)
			i, err := strconv.ParseInt(string(n), 10, 64)
			if !ok || err != nil || i < 0 {
				return nil, fmt.Errorf("%s: must be a non-negative integer", at)
			}
			if k == "minItems" {
				s.minItems = &i
			} else {
				s.maxItems = &i
			}
		case "items":
			cs, err := compileSchema(val, at)
			if err != nil {
				return nil, err
			}
			s.items = cs
		case "enum":
			list, ok := val.([]any)
			if !ok || len(list) == 0 {
				return nil, fmt.Errorf("%s: must be a non-empty list", at)
			}
			for _, e := range list {
				s.enum = append(s.enum, canonical(e))
			}
		case "pattern":
			str, ok := val.(string)
			if !ok {
				return nil, fmt.Errorf("%s: must be a string", at)
			}
			re, err := regexp.Compile(str)
			if err != nil {
				return nil, fmt.Errorf("%s: %w", at, err)
			}
			s.pattern = re
		case "format":
			str, ok := val.(string)
			if !ok || str != "date-time" {
				return nil, fmt.Errorf("%s: only format \"date-time\" is supported", at)
			}
			s.dateTime = true
		case "default":
			// Annotation: the module's SDK defaults are what apply.
		default:
			if !annotations[k] {
				return nil, fmt.Errorf("%s: unsupported keyword %q", pathOr(path), k)
			}
		}
	}
	if d, ok := m["default"]; ok {
		if err := s.validate(d, path+"/default"); err != nil {
			return nil, fmt.Errorf("default does not match its schema: %w", err)
		}
	}
	return s, nil
}

func pathOr(p string) string {
	if p == "" {
		return "/"
	}
	return p
}

// canonical is a value's JSON with object keys sorted: what enum compares
// and what rule-set hashes cover.
func canonical(v any) string {
	b, _ := json.Marshal(v) // maps marshal with sorted keys; json.Number verbatim
	return string(b)
}

// CanonicalJSON re-encodes a JSON document with sorted keys and no
// insignificant space, numbers kept verbatim.
func CanonicalJSON(doc []byte) ([]byte, error) {
	v, err := decodeJSON(doc)
	if err != nil {
		return nil, err
	}
	return []byte(canonical(v)), nil
}

// Validate checks a JSON document against the schema. The error names the
// first failing location as a JSON pointer and wraps ErrInvalid.
func (s *Schema) Validate(doc []byte) error {
	v, err := decodeJSON(doc)
	if err != nil {
		return fmt.Errorf("%w: %w", ErrInvalid, err)
	}
	if err := s.validate(v, ""); err != nil {
		return fmt.Errorf("%w: %w", ErrInvalid, err)
	}
	return nil
}

func typeOf(v any) string {
	switch x := v.(type) {
	case map[string]any:
		return "object"
	case []any:
		return "array"
	case string:
		return "string"
	case bool:
		return "boolean"
	case json.Number:
		if _, err := strconv.ParseInt(string(x), 10, 64); err == nil {
			return "integer"
		}
		if r, ok := new(big.Rat).SetString(string(x)); ok && r.IsInt() {
			return "integer"
		}
		return "number"
	case nil:
		return "null"
	}
	return "unknown"
}

func (s *Schema) validate(v any, path string) error {
	t := typeOf(v)
	if len(s.types) > 0 {
		ok := false
		for _, want := range s.types {
			if want == t || (want == "number" && t == "integer") {
				ok = true
				break
			}
		}
		if !ok {
			return fmt.Errorf("%s: want %s, got %s", pathOr(path), strings.Join(s.types, " or "), t)
		}
	}
	if len(s.enum) > 0 {
		c := canonical(v)
		found := false
		for _, e := range s.enum {
			if e == c {
				found = true
				break
			}
		}
		if !found {
			return fmt.Errorf("%s: %s is not one of %s", pathOr(path), c, strings.Join(s.enum, ", "))
		}
	}
	switch x := v.(type) {
	case json.Number:
		r, ok := new(big.Rat).SetString(string(x))
		if !ok {
			return fmt.Errorf("%s: bad number %s", pathOr(path), x)
		}
		if s.minimum != nil && r.Cmp(s.minimum) < 0 {
			return fmt.Errorf("%s: %s is under the minimum %s", pathOr(path), x, s.minimum.RatString())
		}
		if s.maximum != nil && r.Cmp(s.maximum) > 0 {
			return fmt.Errorf("%s: %s is over the maximum %s", pathOr(path), x, s.maximum.RatString())
		}
	case string:
		if s.pattern != nil && !s.pattern.MatchString(x) {
			return fmt.Errorf("%s: %q does not match %s", pathOr(path), x, s.pattern)
		}
		if s.dateTime {
			if _, err := time.Parse(time.RFC3339, x); err != nil {
				return fmt.Errorf("%s: %q is not an RFC 3339 date-time", pathOr(path), x)
			}
		}
	case []any:
		if s.minItems != nil && int64(len(x)) < *s.minItems {
			return fmt.Errorf("%s: %d items, at least %d", pathOr(path), len(x), *s.minItems)
		}
		if s.maxItems != nil && int64(len(x)) > *s.maxItems {
			return fmt.Errorf("%s: %d items, at most %d", pathOr(path), len(x), *s.maxItems)
		}
		if s.items != nil {
			for i, e := range x {
				if err := s.items.validate(e, fmt.Sprintf("%s/%d", path, i)); err != nil {
					return err
				}
			}
		}
	case map[string]any:
		for _, r := range s.required {
			if _, ok := x[r]; !ok {
				return fmt.Errorf("%s: missing required property %q", pathOr(path), r)
			}
		}
		keys := make([]string, 0, len(x))
		for k := range x {
			keys = append(keys, k)
		}
		sort.Strings(keys)
		for _, k := range keys {
			at := path + "/" + k
			if ps, ok := s.properties[k]; ok {
				if err := ps.validate(x[k], at); err != nil {
					return err
				}
				continue
			}
			if s.addlFalse {
				return fmt.Errorf("%s: unknown property %q", pathOr(path), k)
			}
			if s.addl != nil {
				if err := s.addl.validate(x[k], at); err != nil {
					return err
				}
			}
		}
	}
	return nil
}
