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
// reservation of an amend), so replay never re-decides anything that depended
// on timing. See RATIONALE.md, "Why journal decisions, not requests?".
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
}

// recordVersion prefixes every encoded record so that the format can evolve.
const recordVersion = 1

// maxString bounds every string in a record; the API bounds them lower.
const maxString = 256

// MarshalBinary encodes r in the journal's compact, versioned format.
func (r *Record) MarshalBinary() ([]byte, error) {
	return r.AppendBinary(make([]byte, 0, 96)), nil
}

// AppendBinary appends the encoding of r to buf and returns it.
func (r *Record) AppendBinary(buf []byte) []byte {
	buf = append(buf, recordVersion, byte(r.Kind))
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
	return append(buf, r.Code)
}

// errCorrupt is returned for any record that does not decode.
var errCorrupt = errors.New("engine: corrupt journal record")

// UnmarshalBinary decodes a record written by MarshalBinary. It rejects
// truncated input, trailing bytes, unknown versions and kinds, and strings
// over the bound, and never panics.
func (r *Record) UnmarshalBinary(data []byte) error {
	d := decoder{b: data}
	if d.byte() != recordVersion {
		return fmt.Errorf("%w: unknown version", errCorrupt)
	}
	*r = Record{Kind: Kind(d.byte())}
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
