package abi

import (
	"testing"
	"time"
)

func benchContext() *Context {
	ts := func(s string) time.Time { t, _ := time.Parse(time.RFC3339, s); return t }
	return &Context{
		Phase: PhaseMatch, Time: ts("2027-03-01T14:30:00Z"),
		Token: Token{Symbol: "ACME", Offering: Offering{Exemption: "reg_d_506c", ClosedAt: ts("2026-01-15T00:00:00Z")},
			MiCA:  MiCA{WhitePaperPublished: true, Kind: "other"},
			Stats: Stats{Holders: 120, USHolders: 80, NonAccreditedHolders: 3, HoldersByCountry: map[string]int64{"US": 80, "DE": 40}, TotalSupply: 1000000}},
		Seller: &Party{Account: "acc-7", InvestorID: "inv-7", Country: "US", USPerson: true, Accredited: true,
			AccreditationExpiresAt: ts("2027-12-31T00:00:00Z"), InvestorClass: "retail",
			KYC: KYC{Status: "approved", ExpiresAt: ts("2028-01-01T00:00:00Z")}, Balance: 5000,
			Lots:  []Lot{{Quantity: 3000, AcquiredAt: ts("2026-01-15T00:00:00Z")}, {Quantity: 2000, AcquiredAt: ts("2026-11-01T00:00:00Z")}},
			Locks: []Lock{{Quantity: 1000, Until: ts("2027-06-01T00:00:00Z"), Reason: "founder"}}},
		Buyer:    &Party{Account: "acc-9", InvestorID: "inv-9", Country: "US", USPerson: true, Accredited: true, InvestorClass: "professional", KYC: KYC{Status: "approved"}},
		Quantity: 1500, Price: 1250,
	}
}

// BenchmarkDecodeContext is the guest's per-call decoding cost, natively.
func BenchmarkDecodeContext(b *testing.B) {
	in, err := EncodeContext(benchContext())
	if err != nil {
		b.Fatal(err)
	}
	b.ReportAllocs()
	var c Context
	for i := 0; i < b.N; i++ {
		if err := DecodeContext(in, &c); err != nil {
			b.Fatal(err)
		}
	}
}

// BenchmarkEncodeContext is the host's per-evaluation encoding cost.
func BenchmarkEncodeContext(b *testing.B) {
	c := benchContext()
	buf := make([]byte, 0, 1024)
	b.ReportAllocs()
	for i := 0; i < b.N; i++ {
		var err error
		if buf, err = AppendContext(buf[:0], c); err != nil {
			b.Fatal(err)
		}
	}
}

// BenchmarkDecoderReuse is the guest's decode: storage reused, strings
// aliased into the input.
func BenchmarkDecoderReuse(b *testing.B) {
	in, err := EncodeContext(benchContext())
	if err != nil {
		b.Fatal(err)
	}
	d := Decoder{AliasStrings: true}
	b.ReportAllocs()
	for i := 0; i < b.N; i++ {
		if _, err := d.Decode(in); err != nil {
			b.Fatal(err)
		}
	}
}
