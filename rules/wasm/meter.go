package wasm

import (
	"bytes"
	"encoding/binary"
	"errors"
	"fmt"
	"strings"
)

// FuelExport is the name under which a metered module exports its fuel
// counter: a mutable i64 global the host sets before every call and reads
// after it.
const FuelExport = "regula_fuel"

// errMeter wraps every reason a module cannot be metered.
var errMeter = errors.New("cannot meter the module")

// meter rewrites a Wasm binary so that it runs on fuel: a new mutable i64
// global (exported as FuelExport, initialised to initFuel) is decremented at
// the entry of every function and at the head of every loop, and the module
// traps with `unreachable` when it is found at zero. Every infinite
// execution either loops or recurses, so every execution ends: in a trap
// when the fuel runs out, in a stack overflow, or normally. Custom sections
// named .debug_* are dropped (their code offsets would be wrong).
//
// # Notes
//
// It decodes every instruction of the code section to find the loops, so
// it accepts the instruction set rule modules are built with: the MVP,
// sign extension, non-trapping conversions, bulk memory, reference types
// and tail calls. SIMD, threads, exception handling and multiple memories
// are refused with an error, as is anything it cannot decode.
func meter(wasm []byte, initFuel int64) ([]byte, error) {
	if len(wasm) < 8 || !bytes.Equal(wasm[:4], []byte("\x00asm")) || binary.LittleEndian.Uint32(wasm[4:8]) != 1 {
		return nil, fmt.Errorf("%w: not a Wasm 1.0 binary", errMeter)
	}
	type section struct {
		id   byte
		body []byte
	}
	var secs []section
	r := &reader{b: wasm, pos: 8}
	for r.pos < len(r.b) {
		id := r.byte()
		n := r.u32()
		body := r.bytes(int(n))
		if r.err != nil {
			return nil, fmt.Errorf("%w: section %d: %v", errMeter, id, r.err)
		}
		if id == 0 {
			nr := &reader{b: body}
			name := nr.bytes(int(nr.u32()))
			if nr.err == nil && strings.HasPrefix(string(name), ".debug_") {
				continue
			}
		}
		secs = append(secs, section{id, body})
	}
	var importedFuncs, importedGlobals, definedGlobals, definedFuncs, types uint32
	var haveTypes, haveFuncs, haveCode bool
	for _, s := range secs {
		sr := &reader{b: s.body}
		switch s.id {
		case 1:
			types, haveTypes = sr.u32(), true
		case 2:
			var err error
			if importedFuncs, importedGlobals, err = countImports(s.body); err != nil {
				return nil, err
			}
		case 3:
			definedFuncs, haveFuncs = sr.u32(), true
		case 6:
			definedGlobals = sr.u32()
		case 10:
			haveCode = true
		}
		if sr.err != nil {
			return nil, fmt.Errorf("%w: section %d: %v", errMeter, s.id, sr.err)
		}
	}
	if !haveTypes || !haveFuncs || !haveCode {
		return nil, fmt.Errorf("%w: no functions", errMeter)
	}
	fuel := importedGlobals + definedGlobals
	// charge is a new function (i32) -> i32 of a new type, called before
	// every bulk memory and table instruction with its length on top of
	// the stack: it takes one unit per 16 bytes started and returns the length.
	chargeType := types
	charge := importedFuncs + definedFuncs
	// The new global: i64, mutable, initialised by i64.const initFuel.
	global := append([]byte{0x7e, 0x01, 0x42}, sleb(initFuel)...)
	global = append(global, 0x0b)
	export := append(uleb(nil, uint64(len(FuelExport))), FuelExport...)
	export = append(export, 0x03)
	export = append(export, uleb(nil, uint64(fuel))...)

	var out bytes.Buffer
	// The code section grows by about a fifth (meterCode); growing the
	// buffer as it fills cost half the rewrite's time on a Go guest.
	out.Grow(len(wasm) + len(wasm)/4 + 64)
	out.Write(wasm[:8])
	emit := func(id byte, body []byte) {
		out.WriteByte(id)
		out.Write(uleb(nil, uint64(len(body))))
		out.Write(body)
	}
	var haveGlobal, haveExport bool
	for i, s := range secs {
		// A missing global or export section goes where its id belongs:
		// before the first non-custom section that must follow it.
		if !haveGlobal && s.id != 0 && sectionOrder(s.id) > sectionOrder(6) {
			emit(6, append([]byte{0x01}, global...))
			haveGlobal = true
		}
		if !haveExport && s.id != 0 && sectionOrder(s.id) > sectionOrder(7) {
			emit(7, append([]byte{0x01}, export...))
			haveExport = true
		}
		switch s.id {
		case 6:
			body, err := appendToVector(s.body, global)
			if err != nil {
				return nil, fmt.Errorf("%w: global section: %v", errMeter, err)
			}
			emit(6, body)
			haveGlobal = true
		case 1:
			body, err := appendToVector(s.body, []byte{0x60, 0x01, 0x7f, 0x01, 0x7f})
			if err != nil {
				return nil, fmt.Errorf("%w: type section: %v", errMeter, err)
			}
			emit(1, body)
		case 3:
			body, err := appendToVector(s.body, uleb(nil, uint64(chargeType)))
			if err != nil {
				return nil, fmt.Errorf("%w: function section: %v", errMeter, err)
			}
			emit(3, body)
		case 7:
			if err := checkNoExport(s.body, FuelExport); err != nil {
				return nil, err
			}
			body, err := appendToVector(s.body, export)
			if err != nil {
				return nil, fmt.Errorf("%w: export section: %v", errMeter, err)
			}
			emit(7, body)
			haveExport = true
		case 10:
			body, err := meterCode(s.body, fuel, charge)
			if err != nil {
				return nil, err
			}
			emit(10, body)
		default:
			emit(s.id, secs[i].body)
		}
	}
	if !haveGlobal {
		emit(6, append([]byte{0x01}, global...))
	}
	if !haveExport {
		emit(7, append([]byte{0x01}, export...))
	}
	return out.Bytes(), nil
}

// sectionOrder is the position a known section must appear in.
func sectionOrder(id byte) int {
	// type, import, function, table, memory, tag, global, export, start,
	// element, datacount, code, data
	order := [...]byte{1, 2, 3, 4, 5, 13, 6, 7, 8, 9, 12, 10, 11}
	for i, o := range order {
		if o == id {
			return i
		}
	}
	return len(order)
}

func countImports(body []byte) (funcs, globals uint32, err error) {
	r := &reader{b: body}
	n := r.u32()
	for i := uint32(0); i < n && r.err == nil; i++ {
		r.bytes(int(r.u32())) // module
		r.bytes(int(r.u32())) // name
		switch kind := r.byte(); kind {
		case 0x00: // func: type index
			r.u32()
			funcs++
		case 0x01: // table: reftype, limits
			r.byte()
			r.limits()
		case 0x02: // memory: limits
			r.limits()
		case 0x03: // global: valtype, mutability
			r.byte()
			r.byte()
			globals++
		case 0x04: // tag
			r.byte()
			r.u32()
		default:
			return 0, 0, fmt.Errorf("%w: import kind %#x", errMeter, kind)
		}
	}
	if r.err != nil {
		return 0, 0, fmt.Errorf("%w: import section: %v", errMeter, r.err)
	}
	return funcs, globals, nil
}

func checkNoExport(body []byte, name string) error {
	r := &reader{b: body}
	n := r.u32()
	for i := uint32(0); i < n && r.err == nil; i++ {
		if string(r.bytes(int(r.u32()))) == name {
			return fmt.Errorf("%w: it already exports %s", errMeter, name)
		}
		r.byte()
		r.u32()
	}
	if r.err != nil {
		return fmt.Errorf("%w: export section: %v", errMeter, r.err)
	}
	return nil
}

// appendToVector adds one encoded element to a section that is a vector.
func appendToVector(body, elem []byte) ([]byte, error) {
	r := &reader{b: body}
	n := r.u32()
	if r.err != nil {
		return nil, r.err
	}
	out := uleb(nil, uint64(n+1))
	out = append(out, body[r.pos:]...)
	return append(out, elem...), nil
}

// meterCode inserts the fuel check at the entry of every function body and
// after the block type of every loop.
func meterCode(body []byte, fuel, charge uint32) ([]byte, error) {
	g := uleb(nil, uint64(fuel))
	call := uleb([]byte{0x10}, uint64(charge))
	r := &reader{b: body}
	n := r.u32()
	out := make([]byte, 0, len(body)+len(body)/3)
	out = uleb(out, uint64(n)+1)
	fn := make([]byte, 0, 1024)
	var costs []int64
	for i := uint32(0); i < n; i++ {
		size := r.u32()
		code := r.bytes(int(size))
		if r.err != nil {
			return nil, fmt.Errorf("%w: code section, function %d: %v", errMeter, i, r.err)
		}
		var err error
		if fn, costs, err = meterFunc(fn[:0], costs[:0], code, g, call, fuel); err != nil {
			return nil, fmt.Errorf("%w: function %d: %v", errMeter, i, err)
		}
		out = uleb(out, uint64(len(fn)))
		out = append(out, fn...)
	}
	if r.pos != len(body) {
		return nil, fmt.Errorf("%w: code section: %d trailing bytes", errMeter, len(body)-r.pos)
	}
	// charge(n i32) -> i32, with one i64 local (the cost):
	//   local.get 0; i64.extend_i32_u; i64.const 10; i64.shr_u; i64.const 1;
	//   i64.add; local.set 1
	//   global.get f; local.get 1; i64.le_u; if; i64.const 0; global.set f;
	//   unreachable; end
	//   global.get f; local.get 1; i64.sub; global.set f; local.get 0; end
	fn = append(fn[:0], 0x01, 0x01, 0x7e,
		0x20, 0x00, 0xad, 0x42, 0x04, 0x88, 0x42, 0x01, 0x7c, 0x21, 0x01, 0x23)
	fn = append(fn, g...)
	fn = append(fn, 0x20, 0x01, 0x58, 0x04, 0x40, 0x42, 0x00, 0x24)
	fn = append(fn, g...)
	fn = append(fn, 0x00, 0x0b, 0x23)
	fn = append(fn, g...)
	fn = append(fn, 0x20, 0x01, 0x7d, 0x24)
	fn = append(fn, g...)
	fn = append(fn, 0x20, 0x00, 0x0b)
	out = uleb(out, uint64(len(fn)))
	return append(out, fn...), nil
}

// appendCheck appends the fuel check that charges cost:
//
//	global.get f; i64.const cost; i64.lt_u; if; i64.const 0; global.set f;
//	unreachable; end; global.get f; i64.const cost; i64.sub; global.set f
//
// A call that cannot pay traps with the fuel at zero, which is how the host
// tells running out of fuel from any other trap.
func appendCheck(out, g []byte, cost int64) []byte {
	c := sleb(cost)
	out = append(out, 0x23)
	out = append(out, g...)
	out = append(out, 0x42)
	out = append(out, c...)
	out = append(out, 0x54, 0x04, 0x40, 0x42, 0x00, 0x24)
	out = append(out, g...)
	out = append(out, 0x00, 0x0b, 0x23)
	out = append(out, g...)
	out = append(out, 0x42)
	out = append(out, c...)
	out = append(out, 0x7d, 0x24)
	return append(out, g...)
}

// instrKind is what meterFunc needs to know of an instruction.
type instrKind uint8

const (
	kindPlain instrKind = iota
	kindBlock           // block, if: opens a structure
	kindLoop            // loop: opens a structure, and is a check point
	kindEnd             // end: closes one
	kindBulk            // a bulk memory or table instruction with a length: charged
)

// nextInstr decodes one instruction's immediates. fuel is the index of the
// fuel global: an instruction that writes it is refused, since a module
// that set its own fuel could run for ever (such a module is invalid before
// metering, where the global does not exist, and valid after).
func nextInstr(r *reader, fuel uint32) (instrKind, error) {
	op := r.byte()
	switch {
	case op == 0x02 || op == 0x04: // block, if
		r.blockType()
		return kindBlock, nil
	case op == 0x03: // loop
		r.blockType()
		return kindLoop, nil
	case op == 0x0b:
		return kindEnd, nil
	case op <= 0x01, op == 0x05, op == 0x0f, op == 0x1a, op == 0x1b, op == 0xd1:
		// unreachable, nop, else, return, drop, select, ref.is_null
	case op == 0x24: // global.set
		if r.u32() == fuel && r.err == nil {
			return 0, errors.New("writes the fuel global")
		}
	case op == 0x0c || op == 0x0d || op == 0x10 || op == 0x12 || op == 0xd2 ||
		(op >= 0x20 && op <= 0x26):
		// br, br_if, call, return_call, ref.func, local/global/table get/set
		r.u32()
	case op == 0x0e: // br_table
		for k := r.u32(); k > 0 && r.err == nil; k-- {
			r.u32()
		}
		r.u32()
	case op == 0x11 || op == 0x13: // call_indirect, return_call_indirect
		r.u32()
		r.u32()
	case op == 0x1c: // select t*
		for k := r.u32(); k > 0 && r.err == nil; k-- {
			r.byte()
		}
	case op >= 0x28 && op <= 0x3e: // loads and stores: memarg
		if align := r.u32(); align&0x40 != 0 {
			return 0, errors.New("multiple memories")
		}
		r.u32()
	case op == 0x3f || op == 0x40: // memory.size, memory.grow
		r.u32()
	case op == 0x41:
		r.sleb()
	case op == 0x42:
		r.sleb()
	case op == 0x43:
		r.bytes(4)
	case op == 0x44:
		r.bytes(8)
	case op >= 0x45 && op <= 0xc4: // numeric, sign extension
	case op == 0xd0: // ref.null t
		r.byte()
	case op == 0xfc:
		switch sub := r.u32(); {
		case sub <= 7: // saturating truncations
		case sub == 8 || sub == 10 || sub == 12 || sub == 14: // memory.init, memory.copy, table.init, table.copy
			r.u32()
			r.u32()
			return kindBulk, nil
		case sub == 11 || sub == 15 || sub == 17: // memory.fill, table.grow, table.fill
			r.u32()
			return kindBulk, nil
		case sub == 9 || sub == 13 || sub == 16: // data.drop, elem.drop, table.size
			r.u32()
		default:
			return 0, fmt.Errorf("unsupported instruction 0xfc %d", sub)
		}
	default:
		return 0, fmt.Errorf("unsupported instruction %#x", op)
	}
	return kindPlain, nil
}

// meterFunc meters one function body. Every check charges the most
// instructions that can run before the next check: the function's size at
// its entry, a loop's size at its head. Between two checks execution only
// moves forward (a backward jump lands on a loop head), so within one
// iteration of a loop each instruction of it outside inner loops runs at
// most once, and likewise once per call at a function's top level: the fuel
// bounds the instructions executed, whatever a loop's body holds. costs is
// scratch space, returned for reuse.
func meterFunc(out []byte, costs []int64, code, g, charge []byte, fuel uint32) ([]byte, []int64, error) {
	r := &reader{b: code}
	groups := r.u32()
	for i := uint32(0); i < groups && r.err == nil; i++ {
		r.u32()  // count
		r.byte() // type
	}
	if r.err != nil {
		return nil, costs, fmt.Errorf("locals: %v", r.err)
	}
	start := r.pos

	// First pass: the size of the function and of every loop, in order.
	type open struct {
		loop  int // index in costs, or -1 for block/if
		count int64
	}
	var stack []open
	var count int64
	for r.pos < len(r.b) && r.err == nil {
		kind, err := nextInstr(r, fuel)
		if err != nil {
			return nil, costs, err
		}
		count++
		switch kind {
		case kindBlock:
			stack = append(stack, open{-1, count})
		case kindLoop:
			stack = append(stack, open{len(costs), count})
			costs = append(costs, 0)
		case kindEnd:
			if len(stack) > 0 {
				o := stack[len(stack)-1]
				stack = stack[:len(stack)-1]
				if o.loop >= 0 {
					costs[o.loop] = count - o.count + 1
				}
			}
		}
	}
	if r.err != nil {
		return nil, costs, r.err
	}

	// Second pass: copy the code, inserting the checks.
	out = append(out, code[:start]...)
	out = appendCheck(out, g, count)
	r.pos = start
	from, loop := start, 0
	for r.pos < len(r.b) {
		at := r.pos
		kind, _ := nextInstr(r, fuel)
		switch kind {
		case kindLoop:
			out = append(out, code[from:r.pos]...)
			out = appendCheck(out, g, costs[loop])
			loop++
			from = r.pos
		case kindBulk:
			// The length is on top of the stack: charge it before the instruction.
			out = append(out, code[from:at]...)
			out = append(out, charge...)
			from = at
		}
	}
	return append(out, code[from:]...), costs, nil
}

// reader decodes the Wasm binary format; the first error sticks.
type reader struct {
	b   []byte
	pos int
	err error
}

var errShort = errors.New("unexpected end")

func (r *reader) byte() byte {
	if r.err != nil {
		return 0
	}
	if r.pos >= len(r.b) {
		r.err = errShort
		return 0
	}
	c := r.b[r.pos]
	r.pos++
	return c
}

func (r *reader) bytes(n int) []byte {
	if r.err != nil {
		return nil
	}
	if n < 0 || n > len(r.b)-r.pos {
		r.err = errShort
		return nil
	}
	b := r.b[r.pos : r.pos+n]
	r.pos += n
	return b
}

// u32 reads an unsigned LEB128 of at most 5 bytes.
func (r *reader) u32() uint32 {
	var v uint32
	for shift := 0; shift < 35; shift += 7 {
		c := r.byte()
		if r.err != nil {
			return 0
		}
		v |= uint32(c&0x7f) << shift
		if c&0x80 == 0 {
			return v
		}
	}
	r.err = errors.New("LEB128 too long")
	return 0
}

// sleb skips a signed LEB128 of at most 10 bytes.
func (r *reader) sleb() {
	for i := 0; i < 10; i++ {
		if c := r.byte(); r.err != nil || c&0x80 == 0 {
			return
		}
	}
	r.err = errors.New("LEB128 too long")
}

func (r *reader) limits() {
	flags := r.byte()
	r.u32()
	if flags&1 != 0 {
		r.u32()
	}
}

// blockType skips a block type: empty, a value type, or a type index (s33).
func (r *reader) blockType() {
	if r.err != nil || r.pos >= len(r.b) {
		r.err = errShort
		return
	}
	switch c := r.b[r.pos]; {
	case c == 0x40 || (c >= 0x6f && c <= 0x7f):
		r.pos++
	default:
		r.sleb()
	}
}

// uleb appends v as an unsigned LEB128.
func uleb(b []byte, v uint64) []byte {
	for {
		c := byte(v & 0x7f)
		v >>= 7
		if v != 0 {
			b = append(b, c|0x80)
			continue
		}
		return append(b, c)
	}
}

func sleb(v int64) []byte {
	var b []byte
	for {
		c := byte(v & 0x7f)
		v >>= 7
		if (v == 0 && c&0x40 == 0) || (v == -1 && c&0x40 != 0) {
			return append(b, c)
		}
		b = append(b, c|0x80)
	}
}
