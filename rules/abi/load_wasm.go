//go:build wasm

package abi

import "unsafe"

// In a Wasm guest every call that is not inlined can cost a host round trip
// (see decoder), so the loads are plain unaligned memory reads, which the
// inliner prices lower than encoding/binary's byte shuffling. Wasm is
// little-endian by definition. The caller has checked the bounds.

func load64(b []byte, o int) uint64 { return *(*uint64)(unsafe.Pointer(unsafe.SliceData(b[o:]))) }
func load32(b []byte, o int) uint32 { return *(*uint32)(unsafe.Pointer(unsafe.SliceData(b[o:]))) }
