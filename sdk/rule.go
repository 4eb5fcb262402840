package sdk

import (
	"bytes"
	"encoding/json"
	"errors"
	"fmt"
	"sync"
)

// Rule is a transfer rule: a name and a way to prepare a checker from a
// config. Build one with NewRule.
type Rule interface {
	// Name is the module name, e.g. "reg-d".
	Name() string
	// Prepare parses a config (a JSON object; keys present override the
	// defaults) once and returns the checker that evaluates contexts with it.
	Prepare(config []byte) (Checker, error)
}

// Checker evaluates one context with a prepared config.
//
// The context, its parties, slices, map and strings are valid only during
// the call: the Wasm build reuses their storage for the next evaluation (that
// is what keeps a check allocation-free). Copy anything kept across calls.
type Checker func(c *Context) Verdict

// NewRule makes a Rule from its defaults and its check function. The config
// JSON of each config id is decoded, once, onto a copy of defaults: a
// top-level key present in the config replaces the default wholesale (a list
// or map is not merged), an absent key keeps it. C must round-trip through
// encoding/json.
//
// NewRule also registers the rule as the one the Wasm build serves, so it
// must be called from a package-level variable initialiser (main.main does not
// run in a reactor). A program registering two rules must call Main.
func NewRule[C any](name string, defaults C, check func(c *Context, cfg *C) Verdict) Rule {
	r := &rule[C]{name: name, check: check}
	r.defaults, r.defaultsErr = json.Marshal(defaults)
	registerRule(r)
	return r
}

type rule[C any] struct {
	name        string
	defaults    []byte
	defaultsErr error
	check       func(*Context, *C) Verdict
}

func (r *rule[C]) Name() string { return r.name }

func (r *rule[C]) Prepare(config []byte) (Checker, error) {
	if r.defaultsErr != nil {
		return nil, fmt.Errorf("sdk: %s: defaults do not encode as JSON: %w", r.name, r.defaultsErr)
	}
	merged, err := overlay(r.defaults, config)
	if err != nil {
		return nil, fmt.Errorf("sdk: %s: config: %w", r.name, err)
	}
	cfg := new(C)
	if err := json.Unmarshal(merged, cfg); err != nil {
		return nil, fmt.Errorf("sdk: %s: config: %w", r.name, err)
	}
	check := r.check
	return func(c *Context) Verdict { return check(c, cfg) }, nil
}

// overlay replaces the top-level keys of the defaults object with those of
// the config object.
func overlay(defaults, config []byte) ([]byte, error) {
	config = bytes.TrimSpace(config)
	if len(config) == 0 || string(config) == "null" {
		return defaults, nil
	}
	var over map[string]json.RawMessage
	if err := json.Unmarshal(config, &over); err != nil {
		return nil, fmt.Errorf("not a JSON object: %w", err)
	}
	if over == nil {
		return nil, errors.New("not a JSON object")
	}
	if len(over) == 0 {
		return defaults, nil
	}
	base := map[string]json.RawMessage{}
	if d := bytes.TrimSpace(defaults); len(d) > 0 && d[0] == '{' {
		if err := json.Unmarshal(d, &base); err != nil {
			return nil, err
		}
	}
	for k, v := range over {
		base[k] = v
	}
	return json.Marshal(base)
}

var (
	regMu      sync.Mutex
	registered []Rule
	mainRule   Rule
)

func registerRule(r Rule) {
	regMu.Lock()
	defer regMu.Unlock()
	registered = append(registered, r)
}

// served is the rule the Wasm exports answer for: the one given to Main, or
// else the only one registered.
func served() (Rule, error) {
	regMu.Lock()
	defer regMu.Unlock()
	switch {
	case mainRule != nil:
		return mainRule, nil
	case len(registered) == 1:
		return registered[0], nil
	case len(registered) == 0:
		return nil, errors.New("sdk: no rule registered: declare `var rule = sdk.NewRule(...)` at package level")
	}
	return nil, fmt.Errorf("sdk: %d rules registered and Main did not run", len(registered))
}
