package abi

import (
	"bytes"
	"encoding/json"
	"fmt"
)

// CaseFile is a RULES.md case file: conformance cases for one module, run
// natively by sdk/ruletest and against the Wasm build by `regula rule test`.
type CaseFile struct {
	// Module names the module the cases are for.
	Module string `json:"module"`
	// Config is the config every case uses unless it has its own; absent is {}.
	Config json.RawMessage `json:"config,omitempty"`
	// Lists are the data sets list_contains reads, by list name.
	Lists map[string][]string `json:"lists,omitempty"`
	Cases []Case              `json:"cases"`
}

// Case is one conformance case.
type Case struct {
	Name string `json:"name"`
	// Config replaces the file's config when present.
	Config  json.RawMessage `json:"config,omitempty"`
	Context Context         `json:"context"`
	Want    Want            `json:"want"`
}

// Want is what a case expects. Code is checked only when present.
type Want struct {
	Allow bool   `json:"allow"`
	Code  *uint8 `json:"code,omitempty"`
}

// Matches reports whether v is what w expects. A deny expected without a
// code matches the module's own denies, not the host's (253, 254, 255): a
// module that loops, traps or answers garbage did not pass a case, it
// could not run it.
func (w Want) Matches(v Verdict) bool {
	if w.Code == nil {
		return v.Allow == w.Allow && v.Code < CodeRuleTimeout
	}
	return v.Allow == w.Allow && *w.Code == v.Code
}

// String renders the expectation for a failure line.
func (w Want) String() string {
	if w.Code == nil {
		return fmt.Sprintf("allow=%t", w.Allow)
	}
	return fmt.Sprintf("allow=%t code=%d", w.Allow, *w.Code)
}

// EffectiveConfig is the config case c runs with: its own, else the file's,
// else {}.
func (f *CaseFile) EffectiveConfig(c *Case) json.RawMessage {
	switch {
	case len(bytes.TrimSpace(c.Config)) > 0 && string(bytes.TrimSpace(c.Config)) != "null":
		return c.Config
	case len(bytes.TrimSpace(f.Config)) > 0 && string(bytes.TrimSpace(f.Config)) != "null":
		return f.Config
	}
	return json.RawMessage("{}")
}

// ParseCaseFile decodes a case file strictly (unknown keys are errors, so a
// misspelt "want" does not silently pass) and checks every context's phase.
func ParseCaseFile(data []byte) (*CaseFile, error) {
	var f CaseFile
	dec := json.NewDecoder(bytes.NewReader(data))
	dec.DisallowUnknownFields()
	if err := dec.Decode(&f); err != nil {
		return nil, fmt.Errorf("case file: %w", err)
	}
	if len(f.Cases) == 0 {
		// It would pass while testing nothing.
		return nil, fmt.Errorf("case file: no cases")
	}
	for i := range f.Cases {
		c := &f.Cases[i]
		if err := c.Context.Validate(); err != nil {
			return nil, fmt.Errorf("case file: case %d %q: %w", i, c.Name, err)
		}
	}
	return &f, nil
}

// Validate checks what the binary encoding cannot carry: the phase must be
// one of the three.
func (c *Context) Validate() error {
	if _, ok := phaseByte(c.Phase); !ok {
		return fmt.Errorf("abi: unknown phase %q", c.Phase)
	}
	return nil
}

// ParseContextJSON decodes the JSON view of a context and validates it.
func ParseContextJSON(data []byte) (*Context, error) {
	var c Context
	if err := json.Unmarshal(data, &c); err != nil {
		return nil, fmt.Errorf("abi: context: %w", err)
	}
	if err := c.Validate(); err != nil {
		return nil, err
	}
	return &c, nil
}
