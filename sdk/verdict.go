package sdk

import (
	"fmt"
	"unicode/utf8"
)

// Allow is the verdict that lets the transfer through.
func Allow() Verdict { return Verdict{Allow: true} }

// Deny is a refusal with a code and a reason formatted like fmt.Sprintf,
// truncated to MaxReason bytes (on a rune boundary).
func Deny(code uint8, format string, args ...any) Verdict {
	reason := format
	if len(args) > 0 {
		reason = fmt.Sprintf(format, args...)
	}
	return Verdict{Code: code, Reason: truncate(reason, MaxReason)}
}

func truncate(s string, n int) string {
	if len(s) <= n {
		return s
	}
	for n > 0 && !utf8.RuneStart(s[n]) {
		n--
	}
	return s[:n]
}
