package abi

import (
	"encoding/binary"
	"errors"
	"fmt"
	"math"
	"slices"
	"time"
)

// ErrMalformed is wrapped by every decoding error.
var ErrMalformed = errors.New("abi: malformed encoding")

const (
	flagSeller = 1 << 0
	flagBuyer  = 1 << 1

	absentTime = math.MinInt64
)

var phases = [...]string{PhaseOrderEntry, PhaseMatch, PhaseSettlement}

func phaseByte(p string) (byte, bool) {
	for i, s := range phases {
		if s == p {
			return byte(i), true
		}
	}
	return 0, false
}

// AppendContext appends the binary encoding of c (docs/ABI.md) to dst.
// The encoding is canonical: equal contexts give equal bytes (the country map
// is written in key order, times in UTC), which is what the input digest of a
// decision hashes. It fails only for an unknown phase.
func AppendContext(dst []byte, c *Context) ([]byte, error) {
	ph, ok := phaseByte(c.Phase)
	if !ok {
		return dst, fmt.Errorf("abi: unknown phase %q", c.Phase)
	}
	var flags byte
	if c.Seller != nil {
		flags |= flagSeller
	}
	if c.Buyer != nil {
		flags |= flagBuyer
	}
	dst = binary.LittleEndian.AppendUint16(dst, Version)
	dst = append(dst, ph, flags)
	dst = appendTime(dst, c.Time)
	t := &c.Token
	dst = appendString(dst, t.Symbol)
	dst = append(dst, t.Decimals)
	dst = appendString(dst, t.Offering.Exemption)
	dst = appendTime(dst, t.Offering.ClosedAt)
	dst = append(dst, b2u(t.Offering.IssuerReporting), b2u(t.MiCA.WhitePaperPublished))
	dst = appendString(dst, t.MiCA.Kind)
	s := &t.Stats
	dst = appendInt(dst, s.Holders)
	dst = appendInt(dst, s.USHolders)
	dst = appendInt(dst, s.NonAccreditedHolders)
	dst = appendInt(dst, s.TotalSupply)
	dst = appendInt(dst, s.DailyTransactions)
	dst = binary.LittleEndian.AppendUint32(dst, uint32(len(s.HoldersByCountry)))
	if len(s.HoldersByCountry) > 0 {
		keys := make([]string, 0, len(s.HoldersByCountry))
		for k := range s.HoldersByCountry {
			keys = append(keys, k)
		}
		slices.Sort(keys)
		for _, k := range keys {
			dst = appendString(dst, k)
			dst = appendInt(dst, s.HoldersByCountry[k])
		}
	}
	if c.Seller != nil {
		dst = appendParty(dst, c.Seller)
	}
	if c.Buyer != nil {
		dst = appendParty(dst, c.Buyer)
	}
	dst = appendInt(dst, c.Quantity)
	dst = appendInt(dst, c.Price)
	return dst, nil
}

// EncodeContext is AppendContext into a new slice.
func EncodeContext(c *Context) ([]byte, error) { return AppendContext(make([]byte, 0, 512), c) }

func appendParty(dst []byte, p *Party) []byte {
	dst = appendString(dst, p.Account)
	dst = appendString(dst, p.InvestorID)
	dst = appendString(dst, p.Country)
	dst = append(dst, b2u(p.USPerson), b2u(p.Accredited))
	dst = appendTime(dst, p.AccreditationExpiresAt)
	dst = appendString(dst, p.InvestorClass)
	dst = appendString(dst, p.KYC.Status)
	dst = appendTime(dst, p.KYC.ExpiresAt)
	dst = appendInt(dst, p.Balance)
	dst = binary.LittleEndian.AppendUint32(dst, uint32(len(p.Lots)))
	for _, l := range p.Lots {
		dst = appendInt(dst, l.Quantity)
		dst = appendTime(dst, l.AcquiredAt)
	}
	dst = binary.LittleEndian.AppendUint32(dst, uint32(len(p.Locks)))
	for _, l := range p.Locks {
		dst = appendInt(dst, l.Quantity)
		dst = appendTime(dst, l.Until)
		dst = appendString(dst, l.Reason)
	}
	return dst
}

func b2u(b bool) byte {
	if b {
		return 1
	}
	return 0
}

func appendInt(dst []byte, v int64) []byte { return binary.LittleEndian.AppendUint64(dst, uint64(v)) }

func appendString(dst []byte, s string) []byte {
	dst = binary.LittleEndian.AppendUint32(dst, uint32(len(s)))
	return append(dst, s...)
}

// appendTime writes seconds since the Unix epoch (i64) then nanoseconds (u32);
// the zero time.Time (absent) is seconds = MinInt64, nanoseconds = 0.
func appendTime(dst []byte, t time.Time) []byte {
	if t.IsZero() {
		dst = appendInt(dst, absentTime)
		return binary.LittleEndian.AppendUint32(dst, 0)
	}
	dst = appendInt(dst, t.Unix())
	return binary.LittleEndian.AppendUint32(dst, uint32(t.Nanosecond()))
}

// decoder reads the flat layout; every read checks bounds and the first
// failure sticks, so the decode functions read straight through.
type decoder struct {
	b   []byte
	off int
	err error
}

func (d *decoder) fail(what string) {
	if d.err == nil {
		d.err = fmt.Errorf("%w: %s at offset %d", ErrMalformed, what, d.off)
	}
}

func (d *decoder) need(n int) bool {
	if d.err != nil {
		return false
	}
	if n < 0 || len(d.b)-d.off < n {
		d.fail("truncated")
		return false
	}
	return true
}

func (d *decoder) u8() byte {
	if !d.need(1) {
		return 0
	}
	v := d.b[d.off]
	d.off++
	return v
}

func (d *decoder) bool() bool {
	switch d.u8() {
	case 0:
		return false
	case 1:
		return true
	}
	d.fail("bool not 0 or 1")
	return false
}

func (d *decoder) u32() uint32 {
	if !d.need(4) {
		return 0
	}
	v := binary.LittleEndian.Uint32(d.b[d.off:])
	d.off += 4
	return v
}

func (d *decoder) i64() int64 {
	if !d.need(8) {
		return 0
	}
	v := binary.LittleEndian.Uint64(d.b[d.off:])
	d.off += 8
	return int64(v)
}

// count reads an element count and checks that many elements of at least
// minSize bytes can still follow, so garbage cannot make us allocate.
func (d *decoder) count(minSize int) int {
	n := d.u32()
	if d.err == nil && uint64(n)*uint64(minSize) > uint64(len(d.b)-d.off) {
		d.fail("count exceeds input")
		return 0
	}
	return int(n)
}

// interned are the common short strings, returned without allocating.
var interned = [...]string{"approved", "pending", "rejected", "retail", "professional",
	"eligible_counterparty", "art", "emt", "other", "US", "sanctions"}

func (d *decoder) str() string {
	n := d.u32()
	if !d.need(int(n)) || (n > math.MaxInt32) {
		d.fail("string length")
		return ""
	}
	b := d.b[d.off : d.off+int(n)]
	d.off += int(n)
	if n == 0 {
		return ""
	}
	for _, s := range interned {
		if string(b) == s {
			return s
		}
	}
	return string(b)
}

func (d *decoder) time() time.Time {
	s := d.i64()
	ns := d.u32()
	if d.err != nil {
		return time.Time{}
	}
	if s == absentTime {
		if ns != 0 {
			d.fail("absent time with nanoseconds")
		}
		return time.Time{}
	}
	if ns >= 1e9 {
		d.fail("nanoseconds out of range")
		return time.Time{}
	}
	t := time.Unix(s, int64(ns)).UTC()
	if t.IsZero() {
		d.fail("zero time must be encoded as absent")
	}
	return t
}

// DecodeContext decodes the binary encoding into c, replacing its contents.
// It checks the version, every length and count against the input, and that
// nothing trails; errors wrap ErrMalformed. Strings are copied out of b, so b
// may be reused afterwards.
func DecodeContext(b []byte, c *Context) error {
	d := decoder{b: b}
	if !d.need(4) {
		return d.err
	}
	if v := binary.LittleEndian.Uint16(b); v != Version {
		return fmt.Errorf("%w: version %d, want %d", ErrMalformed, v, Version)
	}
	ph, flags := b[2], b[3]
	d.off = 4
	if int(ph) >= len(phases) {
		return fmt.Errorf("%w: phase %d", ErrMalformed, ph)
	}
	if flags&^(flagSeller|flagBuyer) != 0 {
		return fmt.Errorf("%w: flags %#x", ErrMalformed, flags)
	}
	*c = Context{Phase: phases[ph]}
	c.Time = d.time()
	t := &c.Token
	t.Symbol = d.str()
	t.Decimals = d.u8()
	t.Offering.Exemption = d.str()
	t.Offering.ClosedAt = d.time()
	t.Offering.IssuerReporting = d.bool()
	t.MiCA.WhitePaperPublished = d.bool()
	t.MiCA.Kind = d.str()
	s := &t.Stats
	s.Holders = d.i64()
	s.USHolders = d.i64()
	s.NonAccreditedHolders = d.i64()
	s.TotalSupply = d.i64()
	s.DailyTransactions = d.i64()
	if n := d.count(12); n > 0 {
		s.HoldersByCountry = make(map[string]int64, n)
		prev := ""
		for i := 0; i < n && d.err == nil; i++ {
			k := d.str()
			if i > 0 && k <= prev {
				d.fail("country keys not strictly ascending")
			}
			prev = k
			s.HoldersByCountry[k] = d.i64()
		}
	}
	if flags&flagSeller != 0 {
		c.Seller = d.party()
	}
	if flags&flagBuyer != 0 {
		c.Buyer = d.party()
	}
	c.Quantity = d.i64()
	c.Price = d.i64()
	if d.err == nil && d.off != len(b) {
		d.fail("trailing bytes")
	}
	return d.err
}

func (d *decoder) party() *Party {
	p := &Party{}
	p.Account = d.str()
	p.InvestorID = d.str()
	p.Country = d.str()
	p.USPerson = d.bool()
	p.Accredited = d.bool()
	p.AccreditationExpiresAt = d.time()
	p.InvestorClass = d.str()
	p.KYC.Status = d.str()
	p.KYC.ExpiresAt = d.time()
	p.Balance = d.i64()
	if n := d.count(20); n > 0 {
		p.Lots = make([]Lot, n)
		for i := range p.Lots {
			p.Lots[i] = Lot{Quantity: d.i64(), AcquiredAt: d.time()}
		}
	}
	if n := d.count(24); n > 0 {
		p.Locks = make([]Lock, n)
		for i := range p.Locks {
			p.Locks[i] = Lock{Quantity: d.i64(), Until: d.time(), Reason: d.str()}
		}
	}
	return p
}

// AppendVerdict appends a guest's answer: allow (u8 0/1), code (u8), reason
// length (u32), reason bytes. Rule is not encoded: the host fills it in.
func AppendVerdict(dst []byte, v Verdict) []byte {
	dst = append(dst, b2u(v.Allow), v.Code)
	return appendString(dst, v.Reason)
}

// DecodeVerdict decodes a guest's answer and checks it is coherent: allow is
// 0 or 1, an allow has code 0, a deny a non-zero code that is not a host code,
// the reason is at most MaxReason bytes of it and nothing trails. Errors wrap
// ErrMalformed; the host turns them into CodeRuleFault.
func DecodeVerdict(b []byte) (Verdict, error) {
	d := decoder{b: b}
	var v Verdict
	v.Allow = d.bool()
	v.Code = d.u8()
	n := d.u32()
	if d.err == nil && n > MaxReason {
		return Verdict{}, fmt.Errorf("%w: reason of %d bytes, limit %d", ErrMalformed, n, MaxReason)
	}
	if d.need(int(n)) {
		v.Reason = string(b[d.off : d.off+int(n)])
		d.off += int(n)
	}
	if d.err == nil && d.off != len(b) {
		d.fail("trailing bytes")
	}
	if d.err != nil {
		return Verdict{}, d.err
	}
	switch {
	case v.Allow && v.Code != CodeOK:
		return Verdict{}, fmt.Errorf("%w: allow with code %d", ErrMalformed, v.Code)
	case !v.Allow && v.Code == CodeOK:
		return Verdict{}, fmt.Errorf("%w: deny with code 0", ErrMalformed)
	case IsHostCode(v.Code):
		return Verdict{}, fmt.Errorf("%w: module answered host code %d", ErrMalformed, v.Code)
	}
	return v, nil
}
