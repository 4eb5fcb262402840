// Command hostile is a rule module that speaks the ABI by hand (no SDK) and
// misbehaves as its config asks: {"mode": "loop" | "membomb" | "trap" |
// "bigreason" | "outside" | "badverdict" | "hostcode" | "escape" | "random" |
// "allow" | "sanctions" | "log" | "configloop" (loops in configure)}.
// The rules/wasm tests check the host contains each.
package main

import (
	"crypto/rand"
	"encoding/json"
	"errors"
	"fmt"
	"os"
	"strings"
	"time"
	"unsafe"
)

var (
	inBuf  []byte
	outBuf []byte
	modes  = map[int32]string{}
	hoard  [][]byte
	sink   int
)

//go:wasmimport regula list_contains
func listContains(list *byte, listLen int32, key *byte, keyLen int32) int32

//go:wasmimport regula log
func hostLog(p *byte, n int32)

//go:wasmexport regula_abi_version
func abiVersion() int32 { return 1 }

//go:wasmexport regula_alloc
func alloc(n int32) int32 {
	if cap(inBuf) < int(n) || cap(inBuf) == 0 {
		inBuf = make([]byte, max(int(n), 4096))
	}
	return int32(uintptr(unsafe.Pointer(&inBuf[0])))
}

//go:wasmexport regula_configure
func configure(id, ptr, n int32) int64 {
	var cfg struct{ Mode string }
	if err := json.Unmarshal(inBuf[:n], &cfg); err != nil || cfg.Mode == "" || cfg.Mode == "refuse" {
		return answer(1, "bad config")
	}
	for cfg.Mode == "configloop" {
		sink++
	}
	modes[id] = cfg.Mode
	return answer(0, "")
}

func verdict(allow bool, code byte, reason string) int64 {
	b := make([]byte, 0, 7+len(reason))
	a := byte(0)
	if allow {
		a = 1
	}
	n := len(reason)
	b = append(b, 0, a, code, byte(n), byte(n>>8), byte(n>>16), byte(n>>24))
	outBuf = append(b, reason...)
	return pack(outBuf)
}

func answer(status byte, msg string) int64 {
	outBuf = append(append(outBuf[:0], status), msg...)
	return pack(outBuf)
}

func pack(b []byte) int64 {
	return int64(uintptr(unsafe.Pointer(&b[0])))<<32 | int64(uint32(len(b)))
}

//go:wasmexport regula_evaluate
func evaluate(id, ptr, n int32) int64 {
	switch modes[id] {
	case "allow":
		return verdict(true, 0, "")
	case "loop":
		for {
			sink++
		}
	case "membomb":
		for {
			hoard = append(hoard, make([]byte, 8<<20))
		}
	case "trap":
		var p *int
		sink = *p
	case "bigreason":
		return verdict(false, 128, strings.Repeat("x", 10<<20))
	case "outside":
		return int64(0x7FFFFF00)<<32 | 200
	case "badverdict":
		outBuf = []byte{0, 7, 0, 0, 0, 0, 0}
		return pack(outBuf)
	case "hostcode":
		return verdict(false, 254, "pretending to be the host")
	case "escape":
		var leaks []string
		if b, err := os.ReadFile("/etc/passwd"); err == nil {
			leaks = append(leaks, fmt.Sprintf("read /etc/passwd (%d bytes)", len(b)))
		}
		if _, err := os.ReadDir("/"); err == nil {
			leaks = append(leaks, "listed /")
		}
		if f, err := os.Create("/tmp/hostile-was-here"); err == nil {
			f.Close()
			leaks = append(leaks, "created a file")
		} else if !errors.Is(err, os.ErrNotExist) && !errors.Is(err, os.ErrPermission) {
			_ = err
		}
		if env := os.Environ(); len(env) > 0 {
			leaks = append(leaks, fmt.Sprintf("env %v", env))
		}
		if len(os.Args) > 0 && os.Args[0] != "" {
			leaks = append(leaks, fmt.Sprintf("args %v", os.Args))
		}
		if len(leaks) > 0 {
			return verdict(false, 129, strings.Join(leaks, "; "))
		}
		// The host checks this clock is not its own.
		return verdict(false, 128, time.Now().UTC().Format(time.RFC3339Nano))
	case "sanctions":
		l, k := "sanctions", string(inBuf[:n][4:12]) // arbitrary bytes of the context as a key
		_ = k
		key := "inv-666"
		if listContains(unsafe.StringData(l), int32(len(l)), unsafe.StringData(key), int32(len(key))) == 1 {
			return verdict(false, 13, "listed")
		}
		return verdict(true, 0, "")
	case "random":
		var b [8]byte
		if _, err := rand.Read(b[:]); err != nil {
			return verdict(false, 129, err.Error())
		}
		return verdict(false, 128, fmt.Sprintf("%x", b))
	case "log":
		for i := 0; i < 1000; i++ {
			s := strings.Repeat("y", 100)
			hostLog(unsafe.StringData(s), int32(len(s)))
		}
		return verdict(true, 0, "")
	}
	return answer(1, "unknown mode")
}

func main() {}
