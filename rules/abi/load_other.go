//go:build !wasm

package abi

import "encoding/binary"

func load64(b []byte, o int) uint64 { return binary.LittleEndian.Uint64(b[o:]) }
func load32(b []byte, o int) uint32 { return binary.LittleEndian.Uint32(b[o:]) }
