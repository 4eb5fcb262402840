// Package rules is the rule host of the venue: the module registry, rule
// sets per token, evaluation of a transfer against a token's rule set, the
// lists snapshot, and the decision log with replay.
//
// A Service is opened over the venue's *sqlx.DB (its own tables, prefixed
// rule_, with embedded migrations) and a rules/wasm runtime. Evaluate never
// fails: every failure is a deny with a host code (RULES.md), so the venue
// fails closed.
package rules

import "errors"

// Errors returned by the Service, wrapped with context; test with errors.Is.
// The web layer maps them to its stable codes.
var (
	// ErrInvalid: the input (upload, manifest, schema, config, rule set)
	// is not acceptable.
	ErrInvalid = errors.New("invalid")
	// ErrConflict: name@version exists with other bytes.
	ErrConflict = errors.New("conflict")
	// ErrNotFound: no such module, rule set or decision.
	ErrNotFound = errors.New("not found")
	// ErrTooLarge: an upload over Options.MaxUploadBytes or a rule set over
	// Options.MaxModulesPerSet.
	ErrTooLarge = errors.New("too large")
)
