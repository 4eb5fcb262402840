package abi

import (
	"bytes"
	"encoding/json"
	"errors"
	"reflect"
	"testing"
	"time"
)

// rulesExample is the transfer context of RULES.md, verbatim.
const rulesExample = `{
  "phase": "match",
  "time": "2027-03-01T14:30:00Z",
  "token": {
    "symbol": "ACME",
    "decimals": 0,
    "offering": {"exemption": "reg_d_506c", "closed_at": "2026-01-15T00:00:00Z", "issuer_reporting": false},
    "mica": {"white_paper_published": true, "kind": "other"},
    "stats": {"holders": 120, "us_holders": 80, "non_accredited_holders": 3,
              "holders_by_country": {"US": 80, "DE": 40}, "total_supply": 1000000,
              "daily_transactions": 0}
  },
  "seller": {
    "account": "acc-7", "investor_id": "inv-7", "country": "US", "us_person": true,
    "accredited": true, "accreditation_expires_at": "2027-12-31T00:00:00Z",
    "investor_class": "retail",
    "kyc": {"status": "approved", "expires_at": "2028-01-01T00:00:00Z"},
    "balance": 5000,
    "lots": [{"quantity": 3000, "acquired_at": "2026-01-15T00:00:00Z"},
             {"quantity": 2000, "acquired_at": "2026-11-01T00:00:00Z"}],
    "locks": [{"quantity": 1000, "until": "2027-06-01T00:00:00Z", "reason": "founder"}]
  },
  "quantity": 1500,
  "price": 1250
}`

// TestRoundTrip: JSON view -> Context -> binary -> Context -> JSON view gives
// the same context, the same bytes, and the same JSON.
func TestRoundTrip(t *testing.T) {
	tests := []struct {
		name string
		json string
	}{
		{"RULES.md example", rulesExample},
		{"order entry, buyer only", `{"phase":"order_entry","time":"2027-03-01T14:30:00.123456789+02:00","token":{"symbol":"X"},"buyer":{"account":"a","kyc":{"status":"pending"}},"quantity":1,"price":2}`},
		{"settlement, negative numbers and unicode", `{"phase":"settlement","time":"1970-01-01T00:00:00Z","token":{"symbol":"Ünï","stats":{"holders":-1}},"seller":{"account":"","locks":[{"quantity":-5,"until":"0001-01-01T00:00:01Z","reason":"☃"}]},"buyer":{"account":"b"},"quantity":-9223372036854775808,"price":9223372036854775807}`},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			c, err := ParseContextJSON([]byte(tt.json))
			if err != nil {
				t.Fatal(err)
			}
			bin, err := EncodeContext(c)
			if err != nil {
				t.Fatal(err)
			}
			var back Context
			if err := DecodeContext(bin, &back); err != nil {
				t.Fatal(err)
			}
			bin2, _ := EncodeContext(&back)
			if !bytes.Equal(bin, bin2) {
				t.Fatal("binary differs after a round trip")
			}
			j1, _ := json.Marshal(normalize(c))
			j2, _ := json.Marshal(&back)
			if !bytes.Equal(j1, j2) {
				t.Fatalf("JSON differs:\n%s\n%s", j1, j2)
			}
			if !reflect.DeepEqual(normalize(c), &back) {
				t.Fatalf("context differs:\n%+v\n%+v", c, &back)
			}
			d := Decoder{AliasStrings: true}
			aliased, err := d.Decode(bin)
			if err != nil || !reflect.DeepEqual(aliased, &back) {
				t.Fatalf("aliasing decoder: %v\n%+v", err, aliased)
			}
		})
	}
}

// normalize puts times in UTC, as the binary encoding does.
func normalize(c *Context) *Context {
	n := *c
	utc := func(t *time.Time) {
		if !t.IsZero() {
			*t = t.UTC()
		}
	}
	utc(&n.Time)
	utc(&n.Token.Offering.ClosedAt)
	for _, pp := range []**Party{&n.Seller, &n.Buyer} {
		if *pp == nil {
			continue
		}
		p := **pp
		utc(&p.AccreditationExpiresAt)
		utc(&p.KYC.ExpiresAt)
		p.Lots = append([]Lot(nil), p.Lots...)
		for i := range p.Lots {
			utc(&p.Lots[i].AcquiredAt)
		}
		p.Locks = append([]Lock(nil), p.Locks...)
		for i := range p.Locks {
			utc(&p.Locks[i].Until)
		}
		*pp = &p
	}
	return &n
}

func TestDecodeRejects(t *testing.T) {
	c, _ := ParseContextJSON([]byte(rulesExample))
	good, _ := EncodeContext(c)
	edit := func(f func(b []byte) []byte) []byte { return f(append([]byte(nil), good...)) }
	tests := []struct {
		name string
		in   []byte
	}{
		{"empty", nil},
		{"version 2", edit(func(b []byte) []byte { b[0] = 2; return b })},
		{"phase 9", edit(func(b []byte) []byte { b[2] = 9; return b })},
		{"unknown flag", edit(func(b []byte) []byte { b[3] |= 0x80; return b })},
		{"truncated", good[:len(good)-1]},
		{"trailing byte", append(append([]byte(nil), good...), 0)},
		{"nanoseconds out of range", edit(func(b []byte) []byte { b[12], b[13], b[14], b[15] = 0xff, 0xff, 0xff, 0xff; return b })},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			var c Context
			if err := DecodeContext(tt.in, &c); !errors.Is(err, ErrMalformed) {
				t.Fatalf("got %v, want ErrMalformed", err)
			}
		})
	}
	if _, err := EncodeContext(&Context{Phase: "lunch"}); err == nil {
		t.Fatal("unknown phase encoded")
	}
}

func TestVerdict(t *testing.T) {
	tests := []struct {
		name string
		in   []byte
		ok   bool
	}{
		{"allow", AppendVerdict(nil, Verdict{Allow: true}), true},
		{"deny", AppendVerdict(nil, Verdict{Code: 30, Reason: "young lot"}), true},
		{"allow with a code", AppendVerdict(nil, Verdict{Allow: true, Code: 3}), false},
		{"deny with code 0", AppendVerdict(nil, Verdict{}), false},
		{"host code", AppendVerdict(nil, Verdict{Code: 254}), false},
		{"reason too long", AppendVerdict(nil, Verdict{Code: 30, Reason: string(make([]byte, MaxReason+1))}), false},
		{"allow byte 2", []byte{2, 0, 0, 0, 0, 0}, false},
		{"truncated", []byte{0, 30, 5, 0, 0, 0, 'a'}, false},
		{"trailing", append(AppendVerdict(nil, Verdict{Allow: true}), 1), false},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			_, err := DecodeVerdict(tt.in)
			if (err == nil) != tt.ok {
				t.Fatalf("got %v, want ok=%t", err, tt.ok)
			}
		})
	}
}

func TestHelpers(t *testing.T) {
	at := time.Date(2027, 3, 1, 0, 0, 0, 0, time.UTC)
	p := &Party{KYC: KYC{Status: "approved"}, Accredited: true, Balance: 5000,
		Lots:  []Lot{{Quantity: 3000, AcquiredAt: at.Add(-Days(365))}, {Quantity: 2000, AcquiredAt: at.Add(-Days(364))}},
		Locks: []Lock{{Quantity: 1000, Until: at.Add(time.Second)}, {Quantity: 700, Until: at}}}
	tests := []struct {
		name string
		got  any
		want any
	}{
		{"verified, no expiry", p.Verified(at), true},
		{"not verified at expiry instant", (&Party{KYC: KYC{Status: "approved", ExpiresAt: at}}).Verified(at), false},
		{"pending is not verified", (&Party{KYC: KYC{Status: "pending"}}).Verified(at), false},
		{"nil party not verified", (*Party)(nil).Verified(at), false},
		{"accredited", p.IsAccredited(at), true},
		{"accreditation expired", (&Party{Accredited: true, AccreditationExpiresAt: at.Add(-1)}).IsAccredited(at), false},
		{"matured: boundary counts as passed", p.MaturedQuantity(at, 365), int64(3000)},
		{"matured: 364 days frees both", p.MaturedQuantity(at, 364), int64(5000)},
		{"unlocked: running lock only", p.UnlockedBalance(at, 0), int64(4000)},
		{"unlocked: with lot lock", p.UnlockedBalance(at, 365), int64(2000)},
		{"unlocked: floored at 0", (&Party{Balance: 10, Locks: []Lock{{Quantity: 50, Until: at.Add(1)}}}).UnlockedBalance(at, 0), int64(0)},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if tt.got != tt.want {
				t.Fatalf("got %v, want %v", tt.got, tt.want)
			}
		})
	}
	c := &Context{Quantity: 5000, Seller: &Party{Balance: 5000}, Buyer: &Party{}, Token: Token{Stats: Stats{Holders: 10}}}
	if !c.NewHolder() || !c.SellerExits() || c.HoldersAfter() != 10 {
		t.Fatalf("holders: new=%t exits=%t after=%d", c.NewHolder(), c.SellerExits(), c.HoldersAfter())
	}
	c.Buyer.Balance, c.Quantity = 1, 1
	if c.HoldersAfter() != 10 || c.NewHolder() {
		t.Fatal("existing holder buying part")
	}
	c.Buyer.Balance = 0
	if c.HoldersAfter() != 11 {
		t.Fatalf("new holder, seller stays: %d", c.HoldersAfter())
	}
}

// FuzzDecode: whatever the bytes, decoding does not panic, and what decodes
// re-encodes to the same bytes (the encoding is canonical) and decodes the
// same with the guest's aliasing decoder.
func FuzzDecode(f *testing.F) {
	c, _ := ParseContextJSON([]byte(rulesExample))
	good, _ := EncodeContext(c)
	f.Add(good)
	f.Add(good[:40])
	f.Add([]byte{1, 0, 0, 0})
	oe, _ := EncodeContext(&Context{Phase: PhaseOrderEntry, Buyer: &Party{Account: "a"}})
	f.Add(oe)
	// One Decoder for the whole run, as in a guest: its reused storage and
	// cached country map must never leak one input into the next.
	d := Decoder{AliasStrings: true}
	f.Fuzz(func(t *testing.T, b []byte) {
		var c Context
		err := DecodeContext(b, &c)
		ac, aerr := d.Decode(b)
		if (err == nil) != (aerr == nil) {
			t.Fatalf("decoders disagree: %v vs %v", err, aerr)
		}
		if err != nil {
			if !errors.Is(err, ErrMalformed) {
				t.Fatalf("error does not wrap ErrMalformed: %v", err)
			}
			return
		}
		again, err := EncodeContext(&c)
		if err != nil {
			t.Fatal(err)
		}
		if !bytes.Equal(again, b) {
			t.Fatalf("not canonical:\n%x\n%x", b, again)
		}
		if !sameContext(ac, &c) {
			t.Fatalf("reusing decoder differs:\n%+v\n%+v", ac, &c)
		}
		if _, err := DecodeVerdict(b); err == nil {
			_ = err // a context is rarely a verdict; only checking it cannot panic
		}
	})
}

// FuzzJSON: any JSON view that parses encodes, decodes and marshals back to
// the same JSON as the parsed view (times in UTC).
func FuzzJSON(f *testing.F) {
	f.Add([]byte(rulesExample))
	f.Add([]byte(`{"phase":"order_entry","time":"2027-03-01T14:30:00+05:00","token":{},"buyer":{}}`))
	f.Add([]byte(`{"phase":"settlement","seller":{"lots":[{"quantity":1}]},"token":{"stats":{"holders_by_country":{"":1,"b":2}}}}`))
	f.Fuzz(func(t *testing.T, doc []byte) {
		c, err := ParseContextJSON(doc)
		if err != nil {
			return
		}
		want, err := json.Marshal(normalize(c))
		if err != nil {
			return // e.g. a year json cannot print
		}
		bin, err := EncodeContext(c)
		if err != nil {
			t.Fatal(err)
		}
		var back Context
		if err := DecodeContext(bin, &back); err != nil {
			t.Fatalf("decode of an encoded context: %v", err)
		}
		got, err := json.Marshal(&back)
		if err != nil {
			t.Fatal(err)
		}
		if !bytes.Equal(got, want) {
			t.Fatalf("JSON round trip:\n%s\n%s", want, got)
		}
	})
}

func TestCaseFile(t *testing.T) {
	f, err := ParseCaseFile([]byte(`{"module":"m","config":{"a":1},"cases":[{"name":"x","context":{"phase":"match"},"want":{"allow":false,"code":30}},{"name":"y","config":{"a":2},"context":{"phase":"match"},"want":{"allow":true}}]}`))
	if err != nil {
		t.Fatal(err)
	}
	if string(f.EffectiveConfig(&f.Cases[0])) != `{"a":1}` || string(f.EffectiveConfig(&f.Cases[1])) != `{"a":2}` {
		t.Fatal("effective config")
	}
	if _, err := ParseCaseFile([]byte(`{"module":"kyc","cases":[]}`)); err == nil {
		t.Fatal("a case file with no cases parsed")
	}
	if (Want{}).Matches(Verdict{Code: CodeRuleFault}) || (Want{}).Matches(Verdict{Code: CodeRuleTimeout}) || !(Want{}).Matches(Verdict{Code: 30}) {
		t.Fatal("a deny without a code must match the module's denies only, not the host's")
	}
	if !f.Cases[0].Want.Matches(Verdict{Code: 30}) || f.Cases[0].Want.Matches(Verdict{Code: 31}) || !f.Cases[1].Want.Matches(Verdict{Allow: true}) {
		t.Fatal("matches")
	}
	for _, bad := range []string{`{"cases":[{"name":"x","context":{"phase":"lunch"}}]}`, `{"cases":[],"wnat":1}`, `[`} {
		if _, err := ParseCaseFile([]byte(bad)); err == nil {
			t.Fatalf("accepted %s", bad)
		}
	}
}

// TestDecoderReuse decodes a sequence through one Decoder and checks each
// result equals a fresh decode: storage reuse and the cached country map
// carry nothing over.
func TestDecoderReuse(t *testing.T) {
	base, _ := ParseContextJSON([]byte(rulesExample))
	variants := []func(c *Context){
		func(c *Context) {},
		func(c *Context) { c.Token.Stats.HoldersByCountry = map[string]int64{"US": 81, "DE": 40} },
		func(c *Context) { c.Token.Stats.HoldersByCountry = map[string]int64{"FR": 1} },
		func(c *Context) { c.Token.Stats.HoldersByCountry = nil; c.Seller.Lots = nil },
		func(c *Context) {
			c.Token.Symbol = "LONGER-SYMBOL"
			c.Buyer = &Party{Account: "b", Lots: []Lot{{Quantity: 1}}}
		},
		func(c *Context) {},
	}
	d := Decoder{AliasStrings: true}
	for i, edit := range variants {
		c := normalize(base)
		sel := *c.Seller
		c.Seller = &sel
		edit(c)
		bin, err := EncodeContext(c)
		if err != nil {
			t.Fatal(err)
		}
		var fresh Context
		if err := DecodeContext(bin, &fresh); err != nil {
			t.Fatal(err)
		}
		got, err := d.Decode(bin)
		if err != nil {
			t.Fatal(err)
		}
		gj, _ := json.Marshal(got)
		fj, _ := json.Marshal(&fresh)
		if !bytes.Equal(gj, fj) {
			t.Fatalf("step %d:\n%s\n%s", i, gj, fj)
		}
	}
}

// sameContext compares contexts treating empty and nil slices alike (the
// reusing decoder keeps empty slices' storage).
func sameContext(a, b *Context) bool {
	flat := func(c *Context) Context {
		n := *c
		for _, pp := range []**Party{&n.Seller, &n.Buyer} {
			if *pp == nil {
				continue
			}
			p := **pp
			if len(p.Lots) == 0 {
				p.Lots = nil
			}
			if len(p.Locks) == 0 {
				p.Locks = nil
			}
			*pp = &p
		}
		return n
	}
	return reflect.DeepEqual(flat(a), flat(b))
}
