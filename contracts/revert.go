package contracts

import (
	"encoding/hex"
	"errors"
	"fmt"
	"strings"
	"sync"

	"github.com/ethereum/go-ethereum/accounts/abi"
	"github.com/ethereum/go-ethereum/rpc"

	"github.com/regulavenue/regula/contracts/bindings"
)

// knownErrors indexes every custom error of our contracts (and the OpenZeppelin
// ones they inherit) by selector.
var knownErrors = sync.OnceValue(func() map[[4]byte]abi.Error {
	m := map[[4]byte]abi.Error{}
	for _, get := range []func() (*abi.ABI, error){
		bindings.DvPSettlementMetaData.GetAbi,
		bindings.RestrictedTokenMetaData.GetAbi,
		bindings.SettlementTokenMetaData.GetAbi,
	} {
		a := mustABI(get)
		for _, e := range a.Errors {
			var id [4]byte
			copy(id[:], e.ID[:4])
			m[id] = e
		}
	}
	return m
})

// decodedRevert is revert data made readable.
type decodedRevert struct {
	// leg is FailSecurityLeg or FailCashLeg when the data was a leg failure.
	leg         FailCode
	restriction uint8
	text        string
}

// maxRevertDepth bounds nested leg-failure unwrapping (outside input).
const maxRevertDepth = 4

// decodeRevert turns revert data (custom errors, Error(string), Panic(uint256))
// into a readable form. It never fails: unknown data is shown as hex.
func decodeRevert(data []byte) decodedRevert {
	return decodeRevertDepth(data, 0)
}

func decodeRevertDepth(data []byte, depth int) decodedRevert {
	var d decodedRevert
	if len(data) == 0 {
		d.text = "reverted without data"
		return d
	}
	if len(data) < 4 {
		d.text = "revert data 0x" + hex.EncodeToString(data)
		return d
	}
	if reason, err := abi.UnpackRevert(data); err == nil {
		d.text = reason
		if reason == "" {
			d.text = "reverted with an empty reason"
		}
		return d
	}
	var sel [4]byte
	copy(sel[:], data[:4])
	e, ok := knownErrors()[sel]
	if !ok {
		d.text = "revert data 0x" + hex.EncodeToString(data)
		return d
	}
	vals, err := e.Inputs.Unpack(data[4:])
	if err != nil {
		d.text = e.Name + " (undecodable arguments)"
		return d
	}
	switch e.Name {
	case "SecurityLegFailed", "CashLegFailed":
		d.leg = FailSecurityLeg
		prefix := "security leg: "
		if e.Name == "CashLegFailed" {
			d.leg, prefix = FailCashLeg, "cash leg: "
		}
		inner, _ := vals[0].([]byte)
		if depth >= maxRevertDepth {
			d.text = prefix + "revert data 0x" + hex.EncodeToString(inner)
			return d
		}
		in := decodeRevertDepth(inner, depth+1)
		d.restriction = in.restriction
		d.text = prefix + in.text
		return d
	case "TransferRestricted":
		code, _ := vals[0].(uint8)
		d.restriction = code
		d.text = fmt.Sprintf("TransferRestricted(%d %s)", code, RestrictionName(code))
		return d
	}
	parts := make([]string, len(vals))
	for i, v := range vals {
		name := e.Inputs[i].Name
		if name == "" {
			name = fmt.Sprintf("arg%d", i)
		}
		switch x := v.(type) {
		case []byte:
			parts[i] = fmt.Sprintf("%s=0x%x", name, x)
		case [32]byte:
			parts[i] = fmt.Sprintf("%s=0x%x", name, x)
		default:
			parts[i] = fmt.Sprintf("%s=%v", name, x)
		}
	}
	d.text = e.Name + "(" + strings.Join(parts, ", ") + ")"
	return d
}

// RestrictionName names an ERC-1404 code of RestrictedToken ("" if unknown).
func RestrictionName(code uint8) string {
	switch code {
	case RestrictionOK:
		return "SUCCESS"
	case RestrictionSellerNotVerified:
		return "SELLER_NOT_VERIFIED"
	case RestrictionBuyerNotVerified:
		return "BUYER_NOT_VERIFIED"
	case RestrictionBuyerJurisdiction:
		return "BUYER_JURISDICTION"
	case RestrictionSellerJurisdiction:
		return "SELLER_JURISDICTION"
	case RestrictionLocked:
		return "LOCKED"
	case RestrictionPaused:
		return "PAUSED"
	}
	return ""
}

// RevertError is a contract revert with its data decoded. It wraps ErrReverted.
type RevertError struct {
	// Data is the raw revert data.
	Data []byte
	// Code is the DvP failure code when the revert was TradeRejected or a leg failure.
	Code FailCode
	// Restriction is the ERC-1404 code when a token refused the transfer.
	Restriction uint8
	// Reason is the decoded text.
	Reason string
}

// Error implements error.
func (e *RevertError) Error() string { return "contracts: reverted: " + e.Reason }

// Unwrap makes errors.Is(err, ErrReverted) hold.
func (e *RevertError) Unwrap() error { return ErrReverted }

// newRevertError builds a RevertError from raw revert data.
func newRevertError(data []byte) *RevertError {
	d := decodeRevert(data)
	re := &RevertError{Data: data, Code: d.leg, Restriction: d.restriction, Reason: d.text}
	if len(data) >= 4 {
		var sel [4]byte
		copy(sel[:], data[:4])
		if e, ok := knownErrors()[sel]; ok && e.Name == "TradeRejected" {
			if vals, err := e.Inputs.Unpack(data[4:]); err == nil {
				if c, ok := vals[1].(uint8); ok {
					re.Code = FailCode(c)
					re.Reason = fmt.Sprintf("TradeRejected(%s)", re.Code)
				}
			}
		}
	}
	return re
}

// asRevert extracts revert data from a node error (estimateGas / eth_call), if any.
func asRevert(err error) (*RevertError, bool) {
	var de rpc.DataError
	if !errors.As(err, &de) {
		return nil, false
	}
	var data []byte
	switch v := de.ErrorData().(type) {
	case string:
		b, derr := hex.DecodeString(strings.TrimPrefix(v, "0x"))
		if derr != nil {
			return nil, false
		}
		data = b
	case []byte:
		data = v
	default:
		return nil, false
	}
	return newRevertError(data), true
}

func mustABI(get func() (*abi.ABI, error)) *abi.ABI {
	a, err := get()
	if err != nil {
		panic(fmt.Sprintf("contracts: embedded ABI does not parse: %v", err))
	}
	return a
}
