package contracts

import (
	"math/big"
	"testing"

	"github.com/ethereum/go-ethereum/accounts/abi"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"
	"github.com/ethereum/go-ethereum/crypto"
)

// revertSeeds are real revert payloads of our contracts.
func revertSeeds(t testing.TB) [][]byte {
	t.Helper()
	pack := func(name string, args ...any) []byte {
		for _, e := range knownErrors() {
			if e.Name == name {
				data, err := e.Inputs.Pack(args...)
				must(t, err)
				return append(append([]byte{}, e.ID[:4]...), data...)
			}
		}
		t.Fatalf("no error %s", name)
		return nil
	}
	restricted := pack("TransferRestricted", uint8(31))
	balance := pack("ERC20InsufficientBalance", common.Address{1}, big.NewInt(5), big.NewInt(6))
	return [][]byte{
		nil, {0x01}, restricted, balance,
		pack("SecurityLegFailed", restricted),
		pack("CashLegFailed", balance),
		pack("SecurityLegFailed", pack("SecurityLegFailed", pack("SecurityLegFailed", pack("SecurityLegFailed", pack("SecurityLegFailed", restricted))))),
		pack("TradeRejected", [32]byte{1}, uint8(3)),
		pack("OnlySelf"),
		errorString("boom"),
	}
}

// errorString is Solidity's Error(string) revert payload.
func errorString(msg string) []byte {
	typ, _ := abi.NewType("string", "", nil)
	data, _ := abi.Arguments{{Type: typ}}.Pack(msg)
	return append([]byte{0x08, 0xc3, 0x79, 0xa0}, data...)
}

func TestDecodeRevert(t *testing.T) {
	seeds := revertSeeds(t)
	for _, tc := range []struct {
		data  []byte
		code  FailCode
		restr uint8
		text  string
	}{
		{seeds[0], FailNone, 0, "reverted without data"},
		{seeds[2], FailNone, 31, "TransferRestricted(31 LOCKED)"},
		{seeds[4], FailSecurityLeg, 31, "security leg: TransferRestricted(31 LOCKED)"},
		{seeds[5], FailCashLeg, 0, "cash leg: ERC20InsufficientBalance(sender=0x0100000000000000000000000000000000000000, balance=5, needed=6)"},
		{seeds[7], FailAlreadyProcessed, 0, "TradeRejected(ALREADY_PROCESSED)"},
		{seeds[8], FailNone, 0, "OnlySelf()"},
		{seeds[9], FailNone, 0, "boom"},
	} {
		re := newRevertError(tc.data)
		if re.Code != tc.code || re.Restriction != tc.restr || re.Reason != tc.text {
			t.Errorf("decode %x = {%s %d %q}, want {%s %d %q}", tc.data, re.Code, re.Restriction, re.Reason, tc.code, tc.restr, tc.text)
		}
	}
}

// FuzzDecodeRevert: revert data comes from any contract on chain; decoding it
// must never panic and always give a reason.
func FuzzDecodeRevert(f *testing.F) {
	for _, s := range revertSeeds(f) {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, data []byte) {
		re := newRevertError(data)
		if re.Reason == "" {
			t.Fatalf("empty reason for %x", data)
		}
	})
}

// FuzzDecodeLog: logs at watched addresses are outside input; decoding must not
// panic and must reject what is not ours.
func FuzzDecodeLog(f *testing.F) {
	id := TradeIDFromUint64(7)
	settled, err := dvpABI.Events["TradeSettled"].Inputs.NonIndexed().Pack(common.Address{1}, big.NewInt(10), common.Address{2}, big.NewInt(20), [32]byte{3})
	must(f, err)
	failed, err := dvpABI.Events["TradeFailed"].Inputs.NonIndexed().Pack(uint8(4), revertSeeds(f)[4])
	must(f, err)
	f.Add(0, id[:], settled)
	f.Add(1, id[:], failed)
	f.Add(2, id[:], []byte{})
	f.Add(3, common.LeftPadBytes([]byte{1}, 32), common.LeftPadBytes(big.NewInt(5).Bytes(), 32))
	f.Add(3, []byte{}, make([]byte, 32))
	topics := []common.Hash{topicTradeSettled, topicTradeFailed, topicTradeCancelled, topicTransfer}
	f.Fuzz(func(t *testing.T, kind int, topic1 []byte, data []byte) {
		if kind < 0 {
			kind = -kind
		}
		ts := []common.Hash{topics[kind%len(topics)], common.BytesToHash(topic1)}
		switch kind % len(topics) {
		case 0:
			ts = append(ts, common.Hash{4}, common.Hash{5})
		case 3:
			ts = append(ts, crypto.Keccak256Hash(topic1))
		}
		ev, ok, err := decodeLog(types.Log{Topics: ts, Data: data})
		if ok && err != nil {
			t.Fatalf("ok with error %v", err)
		}
		if ok && ev.Kind == 0 {
			t.Fatal("ok without a kind")
		}
	})
}
