package abi

import (
	"bytes"
	"encoding/binary"
	"errors"
	"fmt"
	"math"
	"slices"
	"strings"
	"time"
	"unsafe"
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

// decoder reads the flat layout. Its methods are kept small enough for the
// Go compiler to inline them: in a Go Wasm guest every call that is not
// inlined costs a loop header, and under wazero's close-on-context-done every
// loop header is a round trip to the host (see RATIONALE.md). Errors set bad
// and are reported once, at the end, with the offset.
type decoder struct {
	b   []byte
	off int
	bad bool
}

func (d *decoder) u8() byte {
	if d.off >= len(d.b) {
		d.bad = true
		return 0
	}
	v := d.b[d.off]
	d.off++
	return v
}

func (d *decoder) bool() bool {
	v := d.u8()
	if v > 1 {
		d.bad = true
	}
	return v == 1
}

func (d *decoder) u32() uint32 {
	if len(d.b)-d.off < 4 {
		d.bad = true
		d.off = len(d.b)
		return 0
	}
	v := load32(d.b, d.off)
	d.off += 4
	return v
}

func (d *decoder) i64() int64 {
	o := d.off
	if o > len(d.b)-8 {
		d.bad = true
		return 0
	}
	d.off = o + 8
	return int64(load64(d.b, o))
}

// count reads an element count and checks that many elements of at least
// minSize bytes can still follow, so garbage cannot make us allocate.
func (d *decoder) count(minSize int) int {
	n := int(d.u32())
	if n*minSize > len(d.b)-d.off {
		d.bad = true
		return 0
	}
	return n
}

// interned are the common short strings, returned without allocating.
var interned = [...]string{"approved", "pending", "rejected", "retail", "professional",
	"eligible_counterparty", "art", "emt", "other", "US", "sanctions"}

// str returns the next string aliased into the input; Decoder.Decode copies
// them afterwards unless AliasStrings is set.
func (d *decoder) str() string {
	o := d.off
	if o > len(d.b)-4 {
		d.bad = true
		return ""
	}
	n := int(load32(d.b, o))
	if n > len(d.b)-o-4 {
		d.bad = true
		return ""
	}
	d.off = o + 4 + n
	return unsafe.String(unsafe.SliceData(d.b[o+4:]), n)
}

func copyString(s string) string {
	if len(s) == 0 {
		return ""
	}
	for _, c := range interned {
		if s == c {
			return c
		}
	}
	return strings.Clone(s)
}

// rawTime reads a time's seconds and nanoseconds; setTime validates and
// converts them. Each call site spells out the conversion (time.Unix(…).UTC()
// inlines there) instead of calling a helper: in a Go Wasm guest a call that
// does not inline costs a host round trip (see decoder), and a time helper
// is over the inliner's budget.
func (d *decoder) rawTime() (int64, uint32) {
	o := d.off
	if o > len(d.b)-12 {
		d.bad = true
		return absentTime, 0
	}
	d.off = o + 12
	return int64(load64(d.b, o)), load32(d.b, o+8)
}

// timeBad reports an invalid encoded time: an absent time with nanoseconds,
// nanoseconds out of range, or the zero time not encoded as absent.
func timeBad(s int64, ns uint32) bool {
	return (s == absentTime && ns != 0) || ns >= 1e9 || s == zeroUnix
}

// zeroUnix is time.Time{}.Unix(): the zero time must be encoded as absent.
const zeroUnix = -62135596800

func (d *decoder) err() error {
	if d.bad {
		return fmt.Errorf("%w: invalid or truncated field before offset %d", ErrMalformed, d.off)
	}
	if d.off != len(d.b) {
		return fmt.Errorf("%w: %d trailing bytes", ErrMalformed, len(d.b)-d.off)
	}
	return nil
}

// DecodeContext decodes the binary encoding into c, replacing its contents.
// It checks the version, every length and count against the input, and that
// nothing trails; errors wrap ErrMalformed. Strings are copied out of b, so b
// may be reused afterwards.
func DecodeContext(b []byte, c *Context) error {
	var d Decoder
	d.into = c
	_, err := d.Decode(b)
	return err
}

// Decoder decodes contexts reusing its storage from one call to the next:
// after the first few calls a decode allocates nothing. This is what a guest
// runs on every evaluation.
type Decoder struct {
	// AliasStrings makes decoded strings point into the input instead of
	// copying them. The context is then valid only while the input is
	// unchanged.
	AliasStrings bool

	into          *Context
	ctx           Context
	seller, buyer Party
	countries     map[string]int64
	countriesRaw  []byte // the encoded section countries was built from
}

// Decode decodes b. The context returned, and everything it points to, is
// owned by the Decoder and overwritten by the next Decode: copy what must
// outlive the call, and do not write to it (the country map is reused while
// its bytes do not change). Errors are those of DecodeContext.
func (dd *Decoder) Decode(b []byte) (*Context, error) {
	d := decoder{b: b}
	if len(b) < 4 {
		return nil, fmt.Errorf("%w: %d bytes", ErrMalformed, len(b))
	}
	if v := binary.LittleEndian.Uint16(b); v != Version {
		return nil, fmt.Errorf("%w: version %d, want %d", ErrMalformed, v, Version)
	}
	ph, flags := b[2], b[3]
	d.off = 4
	if int(ph) >= len(phases) {
		return nil, fmt.Errorf("%w: phase %d", ErrMalformed, ph)
	}
	if flags&^(flagSeller|flagBuyer) != 0 {
		return nil, fmt.Errorf("%w: flags %#x", ErrMalformed, flags)
	}
	reuse := dd.into == nil
	c := dd.into
	if reuse {
		c = &dd.ctx
	}
	c.Phase = phases[ph]
	c.Seller, c.Buyer = nil, nil
	if ts, tns := d.rawTime(); ts != absentTime {
		d.bad = d.bad || timeBad(ts, tns)
		c.Time = time.Unix(ts, int64(tns)).UTC()
	} else {
		d.bad = d.bad || timeBad(ts, tns)
		c.Time = time.Time{}
	}
	t := &c.Token
	t.Symbol = d.str()
	t.Decimals = d.u8()
	t.Offering.Exemption = d.str()
	if ts, tns := d.rawTime(); ts != absentTime {
		d.bad = d.bad || timeBad(ts, tns)
		t.Offering.ClosedAt = time.Unix(ts, int64(tns)).UTC()
	} else {
		d.bad = d.bad || timeBad(ts, tns)
		t.Offering.ClosedAt = time.Time{}
	}
	t.Offering.IssuerReporting = d.bool()
	t.MiCA.WhitePaperPublished = d.bool()
	t.MiCA.Kind = d.str()
	s := &t.Stats
	s.Holders = d.i64()
	s.USHolders = d.i64()
	s.NonAccreditedHolders = d.i64()
	s.TotalSupply = d.i64()
	s.DailyTransactions = d.i64()
	s.HoldersByCountry = nil
	start := d.off
	if n := d.count(12); n > 0 {
		if reuse {
			s.HoldersByCountry = dd.countryMap(&d, start, n)
		} else {
			s.HoldersByCountry = make(map[string]int64, n)
			d.countries(s.HoldersByCountry, n, false)
		}
	}
	if flags&flagSeller != 0 {
		if reuse {
			c.Seller = d.party(&dd.seller)
		} else {
			c.Seller = d.party(&Party{})
		}
	}
	if flags&flagBuyer != 0 {
		if reuse {
			c.Buyer = d.party(&dd.buyer)
		} else {
			c.Buyer = d.party(&Party{})
		}
	}
	c.Quantity = d.i64()
	c.Price = d.i64()
	if err := d.err(); err != nil {
		return nil, err
	}
	if !dd.AliasStrings {
		c.detach()
	}
	return c, nil
}

// countries reads n (country, holders) pairs into m, checking the keys are
// strictly ascending; clone copies the keys out of the input.
func (d *decoder) countries(m map[string]int64, n int, clone bool) {
	prev := ""
	for i := 0; i < n && !d.bad; i++ {
		k := d.str()
		if i > 0 && k <= prev {
			d.bad = true // keys must be strictly ascending
		}
		prev = k
		if clone {
			k = strings.Clone(k)
		}
		m[k] = d.i64()
	}
}

// countryMap returns the holders-by-country map, rebuilt only when its bytes
// differ from the previous decode's: building a map is most of a decode's
// calls in a guest, and a token's figures rarely change between checks. The
// cached map owns its keys.
func (dd *Decoder) countryMap(d *decoder, start, n int) map[string]int64 {
	for i := 0; i < n && !d.bad; i++ { // find the section's end
		d.str()
		d.i64()
	}
	if d.bad {
		return nil
	}
	raw := d.b[start:d.off]
	if dd.countries != nil && bytes.Equal(raw, dd.countriesRaw) {
		return dd.countries
	}
	end := d.off
	d.off = start + 4
	if dd.countries == nil {
		dd.countries = make(map[string]int64, n)
	}
	clear(dd.countries)
	d.countries(dd.countries, n, true)
	if d.bad || d.off != end {
		dd.countriesRaw = dd.countriesRaw[:0]
		d.bad = true
		return nil
	}
	dd.countriesRaw = append(dd.countriesRaw[:0], raw...)
	return dd.countries
}

// party decodes into p, reusing its slices' storage.
func (d *decoder) party(p *Party) *Party {
	p.Account = d.str()
	p.InvestorID = d.str()
	p.Country = d.str()
	p.USPerson = d.bool()
	p.Accredited = d.bool()
	if ts, tns := d.rawTime(); ts != absentTime {
		d.bad = d.bad || timeBad(ts, tns)
		p.AccreditationExpiresAt = time.Unix(ts, int64(tns)).UTC()
	} else {
		d.bad = d.bad || timeBad(ts, tns)
		p.AccreditationExpiresAt = time.Time{}
	}
	p.InvestorClass = d.str()
	p.KYC.Status = d.str()
	if ts, tns := d.rawTime(); ts != absentTime {
		d.bad = d.bad || timeBad(ts, tns)
		p.KYC.ExpiresAt = time.Unix(ts, int64(tns)).UTC()
	} else {
		d.bad = d.bad || timeBad(ts, tns)
		p.KYC.ExpiresAt = time.Time{}
	}
	p.Balance = d.i64()
	p.Lots = p.Lots[:0]
	if n := d.count(20); n > 0 {
		p.Lots = slices.Grow(p.Lots, n)
		for i := 0; i < n; i++ {
			l := Lot{Quantity: d.i64()}
			if ts, tns := d.rawTime(); ts != absentTime {
				d.bad = d.bad || timeBad(ts, tns)
				l.AcquiredAt = time.Unix(ts, int64(tns)).UTC()
			} else {
				d.bad = d.bad || timeBad(ts, tns)
				l.AcquiredAt = time.Time{}
			}
			p.Lots = append(p.Lots, l)
		}
	}
	p.Locks = p.Locks[:0]
	if n := d.count(24); n > 0 {
		p.Locks = slices.Grow(p.Locks, n)
		for i := 0; i < n; i++ {
			l := Lock{Quantity: d.i64()}
			if ts, tns := d.rawTime(); ts != absentTime {
				d.bad = d.bad || timeBad(ts, tns)
				l.Until = time.Unix(ts, int64(tns)).UTC()
			} else {
				d.bad = d.bad || timeBad(ts, tns)
				l.Until = time.Time{}
			}
			l.Reason = d.str()
			p.Locks = append(p.Locks, l)
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
	if len(b) >= 6 {
		if n := binary.LittleEndian.Uint32(b[2:]); n > MaxReason {
			return Verdict{}, fmt.Errorf("%w: reason of %d bytes, limit %d", ErrMalformed, n, MaxReason)
		}
	}
	v.Reason = strings.Clone(d.str())
	if err := d.err(); err != nil {
		return Verdict{}, err
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

// detach copies every string of c out of the input it was decoded from.
func (c *Context) detach() {
	c.Token.Symbol = copyString(c.Token.Symbol)
	c.Token.Offering.Exemption = copyString(c.Token.Offering.Exemption)
	c.Token.MiCA.Kind = copyString(c.Token.MiCA.Kind)
	if m := c.Token.Stats.HoldersByCountry; m != nil {
		d := make(map[string]int64, len(m))
		for k, v := range m {
			d[copyString(k)] = v
		}
		c.Token.Stats.HoldersByCountry = d
	}
	for _, p := range []*Party{c.Seller, c.Buyer} {
		if p == nil {
			continue
		}
		p.Account = copyString(p.Account)
		p.InvestorID = copyString(p.InvestorID)
		p.Country = copyString(p.Country)
		p.InvestorClass = copyString(p.InvestorClass)
		p.KYC.Status = copyString(p.KYC.Status)
		for i := range p.Locks {
			p.Locks[i].Reason = copyString(p.Locks[i].Reason)
		}
	}
}
