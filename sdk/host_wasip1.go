//go:build wasip1

package sdk

import (
	"fmt"
	"unsafe"

	"github.com/regulavenue/regula/rules/abi"
)

// ListContains reports whether key is in the operator-kept data set named
// list (host function list_contains), read from the snapshot the host pinned
// for this evaluation.
func ListContains(list, key string) bool {
	return hostListContains(unsafe.StringData(list), int32(len(list)), unsafe.StringData(key), int32(len(key))) == 1
}

// Log emits a debug line (host function log). Lines are truncated to
// MaxLogLine bytes and the host keeps a bounded number per evaluation.
func Log(format string, args ...any) {
	s := truncate(fmt.Sprintf(format, args...), MaxLogLine)
	hostLog(unsafe.StringData(s), int32(len(s)))
}

// Main marks r as the rule the module serves. In the Wasm reactor main.main
// does not run, so NewRule's registration is what normally counts.
func Main(r Rule) { setMain(r) }

//go:wasmimport regula log
func hostLog(p *byte, n int32)

//go:wasmimport regula list_contains
func hostListContains(list *byte, listLen int32, key *byte, keyLen int32) int32

// Guest state. The host drives one instance from one goroutine at a time.
var (
	inBuf    []byte
	outBuf   []byte
	checkers []Checker // by config id; the host numbers ids from 0
	// decoder reuses the context's storage and aliases its strings into
	// inBuf: a decode allocates nothing (see Checker).
	decoder = abi.Decoder{AliasStrings: true}
)

// Answer status bytes (docs/ABI.md).
const (
	statusOK    = 0
	statusError = 1
)

//go:wasmexport regula_abi_version
func exportABIVersion() int32 { return abi.Version }

// regula_alloc returns the address of a guest buffer of at least n bytes
// where the host writes its input. The buffer is reused across calls.
//
//go:wasmexport regula_alloc
func exportAlloc(n int32) int32 {
	if n < 0 {
		return 0
	}
	if cap(inBuf) < int(n) || cap(inBuf) == 0 {
		inBuf = make([]byte, max(int(n), 4096))
	}
	return int32(uintptr(unsafe.Pointer(unsafe.SliceData(inBuf))))
}

// regula_configure parses the config JSON at [ptr, ptr+n) in the input
// buffer as config id and answers status 0, or 1 and an error message.
//
//go:wasmexport regula_configure
func exportConfigure(id, ptr, n int32) int64 {
	in, ok := input(ptr, n)
	if !ok {
		return answerError("configure: input outside the buffer")
	}
	r, err := served()
	if err != nil {
		return answerError(err.Error())
	}
	chk, err := r.Prepare(in)
	if err != nil {
		return answerError(err.Error())
	}
	if id < 0 || id > 1<<20 {
		return answerError(fmt.Sprintf("configure: config id %d out of range", id))
	}
	for int(id) >= len(checkers) {
		checkers = append(checkers, nil)
	}
	checkers[id] = chk
	outBuf = append(outBuf[:0], statusOK)
	return pack(outBuf)
}

// regula_evaluate decodes the context at [ptr, ptr+n) and answers status 0
// and the verdict, or 1 and an error message.
//
//go:wasmexport regula_evaluate
func exportEvaluate(id, ptr, n int32) int64 {
	var chk Checker
	if id >= 0 && int(id) < len(checkers) {
		chk = checkers[id]
	}
	if chk == nil {
		return answerError(fmt.Sprintf("evaluate: config id %d not configured", id))
	}
	in, ok := input(ptr, n)
	if !ok {
		return answerError("evaluate: input outside the buffer")
	}
	c, err := decoder.Decode(in)
	if err != nil {
		return answerError(err.Error())
	}
	v := chk(c)
	reason := truncate(v.Reason, MaxReason)
	outBuf = append(outBuf[:0], statusOK)
	outBuf = abi.AppendVerdict(outBuf, abi.Verdict{Allow: v.Allow, Code: v.Code, Reason: reason})
	return pack(outBuf)
}

func input(ptr, n int32) ([]byte, bool) {
	base := int32(uintptr(unsafe.Pointer(unsafe.SliceData(inBuf))))
	if len(inBuf) == 0 || n < 0 || ptr < base || int64(ptr)+int64(n) > int64(base)+int64(len(inBuf)) {
		return nil, false
	}
	off := ptr - base
	return inBuf[off : off+n], true
}

func answerError(msg string) int64 {
	outBuf = append(outBuf[:0], statusError)
	outBuf = append(outBuf, truncate(msg, MaxReason)...)
	return pack(outBuf)
}

// pack returns address<<32 | length of b.
func pack(b []byte) int64 {
	return int64(uintptr(unsafe.Pointer(unsafe.SliceData(b))))<<32 | int64(uint32(len(b)))
}
