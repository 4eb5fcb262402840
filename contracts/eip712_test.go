package contracts

import (
	"math/big"
	"testing"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/common/math"
	"github.com/ethereum/go-ethereum/signer/core/apitypes"
)

// TestDigestMatchesGethTypedData checks our hand-rolled EIP-712 encoding against
// go-ethereum's generic implementation (the one behind eth_signTypedData_v4).
func TestDigestMatchesGethTypedData(t *testing.T) {
	chainID := big.NewInt(1337)
	dvp := common.HexToAddress("0x00000000000000000000000000000000000d0b0b")
	for _, tr := range []Trade{
		{},
		{ID: TradeIDFromUint64(42), Seller: common.Address{1}, Buyer: common.Address{2}, Token: common.Address{3},
			Quantity: 1500, CashToken: common.Address{4}, Amount: 18_750_000_000, RuleSetHash: [32]byte{0xab}, Deadline: 1_800_000_000},
		{ID: TradeID{0xff, 0xee}, Quantity: 1<<63 - 1, Amount: 1<<63 - 1, Deadline: 1<<64 - 1},
	} {
		td := apitypes.TypedData{
			Types: apitypes.Types{
				"EIP712Domain": {
					{Name: "name", Type: "string"}, {Name: "version", Type: "string"},
					{Name: "chainId", Type: "uint256"}, {Name: "verifyingContract", Type: "address"},
				},
				"Attestation": {
					{Name: "tradeId", Type: "bytes32"}, {Name: "seller", Type: "address"},
					{Name: "buyer", Type: "address"}, {Name: "token", Type: "address"},
					{Name: "quantity", Type: "uint256"}, {Name: "cashToken", Type: "address"},
					{Name: "amount", Type: "uint256"}, {Name: "ruleSetHash", Type: "bytes32"},
					{Name: "deadline", Type: "uint64"},
				},
			},
			PrimaryType: "Attestation",
			Domain: apitypes.TypedDataDomain{
				Name: DomainName, Version: DomainVersion,
				ChainId: (*math.HexOrDecimal256)(chainID), VerifyingContract: dvp.Hex(),
			},
			Message: apitypes.TypedDataMessage{
				"tradeId": tr.ID[:], "seller": tr.Seller.Hex(), "buyer": tr.Buyer.Hex(), "token": tr.Token.Hex(),
				"quantity": big.NewInt(tr.Quantity), "cashToken": tr.CashToken.Hex(),
				"amount": big.NewInt(tr.Amount), "ruleSetHash": tr.RuleSetHash[:],
				"deadline": new(big.Int).SetUint64(tr.Deadline),
			},
		}
		want, _, err := apitypes.TypedDataAndHash(td)
		if err != nil {
			t.Fatal(err)
		}
		if got := NewAttester(mustKey(t), chainID, dvp).Digest(tr); common.BytesToHash(want) != got {
			t.Fatalf("trade %s: digest %x, go-ethereum TypedData %x", tr.ID, got, want)
		}
	}
}

func mustKey(t *testing.T) *Key {
	t.Helper()
	k, err := GenerateKey()
	must(t, err)
	return k
}
