package engine

import (
	"encoding/binary"
	"errors"
	"fmt"
	"math"
)

// Kind is the kind of a journaled command.
type Kind uint8

// The journaled command kinds. Values are stored in the journal: never renumber.
const (
	KindCreateToken   Kind = 1
	KindCreateAccount Kind = 2
	KindDeposit       Kind = 3 // cash into an account
	KindCredit        Kind = 4 // tokens into an account
	KindPlace         Kind = 5
	KindCancel        Kind = 6
	KindAmend         Kind = 7
	KindSetMode       Kind = 8
	KindTick          Kind = 9  // time passes for one token: expiry, auction uncross
	KindSettle        Kind = 10 // a trade settled on chain: balances move
	KindBreak         Kind = 11 // a trade broke at settlement: reservations released
	kindMax                = KindBreak
)

var kindNames = [...]string{"", "create_token", "create_account", "deposit", "credit",
	"place", "cancel", "amend", "set_mode", "tick", "settle", "break"}

// String returns the kind's stable name.
func (k Kind) String() string {
	if k == 0 || k > kindMax {
		return fmt.Sprintf("kind(%d)", uint8(k))
	}
	return kindNames[k]
}

// Record is one journaled command: everything needed to apply it again, byte
// for byte, on replay. The sequencer fills in what it decided live (sequence,
// time, the order id, the protection price of a market order, the extra
// reservation of an amend), and the book goroutine adds the match verdicts it
// got (Skips), so replay never re-decides anything that depended on timing or
// on state outside the journal (the investor registry, the bound rule set).
// See RATIONALE.md, "Why journal decisions, not requests?" and "Why are match
// verdicts journaled inside the command, after matching?".
type Record struct {
	Seq  uint64
	Time int64 // unix nanoseconds, stamped by the sequencer
	Kind Kind

	Token    string // symbol
	Account  string
	ClientID string
	Currency string

	Side     uint8 // book.Side
	OType    uint8 // OrderType
	TIF      uint8 // book.TIF
	STP      uint8 // book.STP
	Mode     uint8 // book.Mode
	Decimals uint8
	PostOnly bool

	OrderID   uint64
	Price     int64 // limit price, the protection price of a market order, or a token's reference price
	Qty       int64
	ExpiresAt int64 // unix ns
	Amount    int64 // deposit/credit amount; the extra reservation of an amend

	TickSize      int64
	LotSize       int64
	BandBps       int64
	MarketBandBps int64
	CallPeriod    int64 // ns; auction call length

	TradeID string // settle, break
	Reason  string // break: why, in plain words
	Rule    string // break: the rule that denied, if any
	Code    uint8  // break: the rules code

	// Skips are the eligibility denies the book goroutine got while applying
	// the command, in the order it asked; nil when every candidate pair was
	// allowed (the common case: no allocation). Replay answers the book from
	// them and never asks the eligibility hook (Compliance) again.
	Skips []Skip

	// Legacy marks a record decoded from format 1, written before match
	// verdicts were journaled: it carries no Skips, so replay asks the
	// eligibility hook for it as it is now. It encodes back to format 1.
	Legacy bool
}

// Skip is one match-time deny, journaled with the command that caused it: the
// Call-th candidate pair the book put to the eligibility hook while applying
// the command (counting from 0) was the taker and maker orders given and was
// refused with Code. Counting calls, not only naming the pair, makes replay
// exact even when one command asks about the same pair twice (an uncross,
// then the re-entry of still-crossed orders).
type Skip struct {
	Call  uint64
	Taker uint64 // order ids
	Maker uint64
	Code  uint8 // never 0: only denies are journaled
}

// Record format versions. Format 2 appends the match verdicts (Skips) to
// format 1; both decode, and a record encodes in the format it came in.
const (
	recordV1      = 1
	recordVersion = 2
)

// minSkipBytes is the smallest encoding of one Skip: it bounds how many a
// record of a given length can claim, so a corrupt count cannot allocate.
const minSkipBytes = 4

// maxString bounds every string in a record; the API bounds them lower.
const maxString = 256

// MarshalBinary encodes r in the journal's compact, versioned format.
func (r *Record) MarshalBinary() ([]byte, error) {
	return r.AppendBinary(make([]byte, 0, 96)), nil
}

// AppendBinary appends the encoding of r to buf and returns it.
func (r *Record) AppendBinary(buf []byte) []byte {
	version := byte(recordVersion)
	if r.Legacy {
		version = recordV1
	}
	buf = append(buf, version, byte(r.Kind))
	buf = binary.AppendUvarint(buf, r.Seq)
	buf = binary.AppendVarint(buf, r.Time)
	for _, s := range [...]string{r.Token, r.Account, r.ClientID, r.Currency} {
		buf = binary.AppendUvarint(buf, uint64(len(s)))
		buf = append(buf, s...)
	}
	var flags byte
	if r.PostOnly {
		flags = 1
	}
	buf = append(buf, r.Side, r.OType, r.TIF, r.STP, r.Mode, r.Decimals, flags)
	buf = binary.AppendUvarint(buf, r.OrderID)
	for _, v := range [...]int64{r.Price, r.Qty, r.ExpiresAt, r.Amount,
		r.TickSize, r.LotSize, r.BandBps, r.MarketBandBps, r.CallPeriod} {
		buf = binary.AppendVarint(buf, v)
	}
	for _, s := range [...]string{r.TradeID, r.Reason, r.Rule} {
		buf = binary.AppendUvarint(buf, uint64(len(s)))
		buf = append(buf, s...)
	}
	buf = append(buf, r.Code)
	if r.Legacy {
		return buf
	}
	buf = binary.AppendUvarint(buf, uint64(len(r.Skips)))
	for _, s := range r.Skips {
		buf = binary.AppendUvarint(buf, s.Call)
		buf = binary.AppendUvarint(buf, s.Taker)
		buf = binary.AppendUvarint(buf, s.Maker)
		buf = append(buf, s.Code)
	}
	return buf
}

// errCorrupt is returned for any record that does not decode.
var errCorrupt = errors.New("engine: corrupt journal record")

// UnmarshalBinary decodes a record written by MarshalBinary, in format 1 or
// 2. It rejects truncated input, trailing bytes, unknown versions and kinds,
// strings over the bound, and skips that are not strictly increasing denies
// of a command that matches; it never panics.
func (r *Record) UnmarshalBinary(data []byte) error {
	d := decoder{b: data}
	version := d.byte()
	if version != recordVersion && version != recordV1 {
		return fmt.Errorf("%w: unknown version", errCorrupt)
	}
	*r = Record{Kind: Kind(d.byte()), Legacy: version == recordV1}
	if r.Kind == 0 || r.Kind > kindMax {
		return fmt.Errorf("%w: unknown kind %d", errCorrupt, r.Kind)
	}
	r.Seq = d.uvarint()
	r.Time = d.varint()
	r.Token, r.Account, r.ClientID, r.Currency = d.str(), d.str(), d.str(), d.str()
	r.Side, r.OType, r.TIF, r.STP, r.Mode, r.Decimals = d.byte(), d.byte(), d.byte(), d.byte(), d.byte(), d.byte()
	flags := d.byte()
	r.PostOnly = flags&1 != 0
	r.OrderID = d.uvarint()
	for _, p := range [...]*int64{&r.Price, &r.Qty, &r.ExpiresAt, &r.Amount,
		&r.TickSize, &r.LotSize, &r.BandBps, &r.MarketBandBps, &r.CallPeriod} {
		*p = d.varint()
	}
	r.TradeID, r.Reason, r.Rule = d.str(), d.str(), d.str()
	r.Code = d.byte()
	if !r.Legacy {
		if err := d.skips(r); err != nil {
			return err
		}
	}
	if d.err != nil {
		return d.err
	}
	if flags > 1 {
		return fmt.Errorf("%w: unknown flags", errCorrupt)
	}
	if len(d.b) != 0 {
		return fmt.Errorf("%w: %d trailing bytes", errCorrupt, len(d.b))
	}
	return nil
}

// skips decodes a format-2 record's match verdicts into r.Skips.
func (d *decoder) skips(r *Record) error {
	n := d.uvarint()
	if n == 0 || d.err != nil {
		return nil
	}
	if n > uint64(len(d.b)/minSkipBytes) {
		return fmt.Errorf("%w: %d skips in %d bytes", errCorrupt, n, len(d.b))
	}
	if !routed(r.Kind) {
		return fmt.Errorf("%w: skips on a %s record", errCorrupt, r.Kind)
	}
	r.Skips = make([]Skip, n)
	for i := range r.Skips {
		s := &r.Skips[i]
		s.Call, s.Taker, s.Maker, s.Code = d.uvarint(), d.uvarint(), d.uvarint(), d.byte()
		if d.err != nil {
			return d.err
		}
		if s.Code == 0 {
			return fmt.Errorf("%w: a skip with code 0", errCorrupt)
		}
		if i > 0 && s.Call <= r.Skips[i-1].Call {
			return fmt.Errorf("%w: skips out of order", errCorrupt)
		}
	}
	return nil
}

// decoder reads a record, remembering the first error.
type decoder struct {
	b   []byte
	err error
}

func (d *decoder) fail(what string) {
	if d.err == nil {
		d.err = fmt.Errorf("%w: bad %s", errCorrupt, what)
	}
	d.b = nil
}

func (d *decoder) byte() byte {
	if len(d.b) == 0 {
		d.fail("length")
		return 0
	}
	v := d.b[0]
	d.b = d.b[1:]
	return v
}

func (d *decoder) uvarint() uint64 {
	v, n := binary.Uvarint(d.b)
	if n <= 0 {
		d.fail("uvarint")
		return 0
	}
	d.b = d.b[n:]
	return v
}

func (d *decoder) varint() int64 {
	v, n := binary.Varint(d.b)
	if n <= 0 {
		d.fail("varint")
		return 0
	}
	d.b = d.b[n:]
	return v
}

func (d *decoder) str() string {
	n := d.uvarint()
	if n > maxString || n > uint64(len(d.b)) || n > math.MaxInt32 {
		d.fail("string")
		return ""
	}
	s := string(d.b[:n])
	d.b = d.b[n:]
	return s
}
