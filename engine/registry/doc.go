// Package registry is the venue's investor registry and cap table.
//
// The registry keeps investors (KYC, accreditation, country, US-person flag,
// investor class), their accounts (each with an on-chain wallet) and the
// issuer's named locks per token; the cap table keeps every token's balances
// per account and lots per investor, consumed oldest first, with holder
// statistics kept incrementally. From both it builds the RULES.md transfer
// context (Context) that the rule sets evaluate.
//
// Everything lives in memory and is written through to SQL (tables reg_* in
// the venue's database, see Open): reads, and Context in particular, never
// touch SQL. Every registry change is audited (Audit) and mirrored to the
// tokens' on-chain whitelists through a Mirror, by way of a persistent
// outbox so that a failing chain never loses a change (RetryMirror,
// PendingMirror, RefreshMirror).
//
// Errors are *engine.Error values with the venue's stable codes
// (engine.EInvalid, engine.EUnknownAcct, …) for bad input, and wrapped
// errors (engine.EInternal) for I/O failures. See RATIONALE.md for the
// holder-statistics and mirror choices.
package registry
