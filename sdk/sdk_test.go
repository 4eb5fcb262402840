package sdk_test

import (
	"fmt"
	"slices"
	"strings"
	"testing"
	"time"

	"github.com/regulavenue/regula/sdk"
	"github.com/regulavenue/regula/sdk/ruletest"
)

type minConfig struct {
	Min       int64    `json:"min"`
	Countries []string `json:"countries"`
}

var minRule = sdk.NewRule("min-qty", minConfig{Min: 1, Countries: []string{"US"}}, func(c *sdk.Context, cfg *minConfig) sdk.Verdict {
	if c.Buyer != nil && sdk.ListContains("blocked", c.Buyer.InvestorID) {
		return sdk.Deny(sdk.BuyerSanctioned, "buyer %s is listed", c.Buyer.InvestorID)
	}
	if c.Quantity < cfg.Min {
		sdk.Log("quantity %d under %d", c.Quantity, cfg.Min)
		return sdk.Deny(130, "quantity %d under the minimum %d", c.Quantity, cfg.Min)
	}
	return sdk.Allow()
})

func TestRuletestRun(t *testing.T) { ruletest.Run(t, minRule, "testdata/cases.json") }

func TestConfigOverlay(t *testing.T) {
	var seen []minConfig
	r := sdk.NewRule("probe", minConfig{Min: 1, Countries: []string{"US", "DE"}}, func(c *sdk.Context, cfg *minConfig) sdk.Verdict {
		seen = append(seen, minConfig{cfg.Min, slices.Clone(cfg.Countries)})
		cfg.Countries = append(cfg.Countries[:0], "XX") // a rule that scribbles on its config must not touch the defaults
		return sdk.Allow()
	})
	tests := []struct {
		config string
		want   minConfig
	}{
		{`{}`, minConfig{1, []string{"US", "DE"}}},
		{``, minConfig{1, []string{"US", "DE"}}},
		{`{"min": 7}`, minConfig{7, []string{"US", "DE"}}},
		{`{"countries": ["FR"]}`, minConfig{1, []string{"FR"}}},
		{`{"countries": []}`, minConfig{1, []string{}}},
	}
	for _, tt := range tests {
		t.Run(tt.config, func(t *testing.T) {
			seen = nil
			chk, err := r.Prepare([]byte(tt.config))
			if err != nil {
				t.Fatal(err)
			}
			chk(&sdk.Context{})
			if fmt.Sprint(seen[0]) != fmt.Sprint(tt.want) {
				t.Fatalf("got %+v, want %+v", seen[0], tt.want)
			}
		})
	}
	for _, bad := range []string{`[]`, `{"min": "x"}`, `{`, `3`} {
		if _, err := r.Prepare([]byte(bad)); err == nil {
			t.Errorf("config %s accepted", bad)
		}
	}
}

func TestDenyTruncates(t *testing.T) {
	v := sdk.Deny(sdk.Locked, "%s", strings.Repeat("é", sdk.MaxReason))
	if len(v.Reason) > sdk.MaxReason || !strings.HasPrefix(v.Reason, "é") || v.Allow || v.Code != sdk.Locked {
		t.Fatalf("len %d %+v", len(v.Reason), v.Code)
	}
	if v := sdk.Deny(sdk.Locked, "all locked"); v.Reason != "all locked" {
		t.Fatalf("format without args: %q", v.Reason)
	}
}

func TestCodes(t *testing.T) {
	tests := []struct {
		code uint8
		want uint8
	}{
		{sdk.OK, 0}, {sdk.SellerNotVerified, 10}, {sdk.BuyerSanctioned, 13}, {sdk.Flowback, 23}, {sdk.HoldingPeriod, 30},
		{sdk.Blackout, 32}, {sdk.BuyerNotProfessional, 41}, {sdk.MinHolding, 53}, {sdk.VolumeCap, 62},
		{sdk.RuleTimeout, 253}, {sdk.RuleFault, 254}, {sdk.RuleUnavailable, 255},
	}
	for _, tt := range tests {
		if tt.code != tt.want {
			t.Errorf("code %d, want %d", tt.code, tt.want)
		}
	}
	if sdk.Days(2) != 48*time.Hour {
		t.Fatal("Days")
	}
}

func ExampleDeny() {
	v := sdk.Deny(sdk.HoldingPeriod, "%d requested, %d past the %d-day holding period", 1500, 0, 365)
	fmt.Println(v.Allow, v.Code, v.Reason)
	// Output: false 30 1500 requested, 0 past the 365-day holding period
}

func ExampleNewRule() {
	type Config struct {
		HoldingPeriodDays int64 `json:"holding_period_days"`
	}
	rule := sdk.NewRule("holding", Config{HoldingPeriodDays: 365}, func(c *sdk.Context, cfg *Config) sdk.Verdict {
		if m := c.Seller.MaturedQuantity(c.Time, cfg.HoldingPeriodDays); c.Seller != nil && c.Quantity > m {
			return sdk.Deny(sdk.HoldingPeriod, "%d requested, %d matured", c.Quantity, m)
		}
		return sdk.Allow()
	})
	check, _ := rule.Prepare([]byte(`{"holding_period_days": 30}`))
	now := time.Date(2027, 3, 1, 0, 0, 0, 0, time.UTC)
	c := &sdk.Context{Phase: sdk.PhaseMatch, Time: now, Quantity: 100,
		Seller: &sdk.Party{Balance: 100, Lots: []sdk.Lot{{Quantity: 100, AcquiredAt: now.Add(-sdk.Days(10))}}}}
	fmt.Println(check(c))
	// Output: {false 30 100 requested, 0 matured}
}
