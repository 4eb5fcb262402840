package contracts

import (
	"crypto/ecdsa"
	"encoding/binary"
	"errors"
	"fmt"
	"math/big"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/crypto"
)

// Errors the Chain methods return, wrapped with context; test them with errors.Is.
var (
	// ErrReverted means a transaction or call was reverted by a contract.
	ErrReverted = errors.New("contracts: reverted")
	// ErrOverflow means an on-chain value does not fit in an int64.
	ErrOverflow = errors.New("contracts: value overflows int64")
	// ErrNegative means a negative quantity, amount or allowance was given.
	ErrNegative = errors.New("contracts: negative amount")
	// ErrBatchTooLarge means SettleBatch got more than MaxBatchTrades trades.
	ErrBatchTooLarge = errors.New("contracts: batch too large")
	// ErrBadCountry means a country code is not two ASCII letters (or empty).
	ErrBadCountry = errors.New("contracts: country must be ISO 3166-1 alpha-2")
)

// TradeID identifies a trade on chain (bytes32 in the contracts).
type TradeID [32]byte

// TradeIDFromUint64 maps a venue trade sequence number onto a TradeID
// (big-endian in the last 8 bytes, the same as uint256(n) on chain).
func TradeIDFromUint64(n uint64) TradeID {
	var id TradeID
	binary.BigEndian.PutUint64(id[24:], n)
	return id
}

// String returns the id as 0x-prefixed hex.
func (id TradeID) String() string { return common.Hash(id).Hex() }

// Key is an account's private key and address. A Chain keeps one nonce manager per
// Key address, so use one Key value per account.
type Key struct {
	priv *ecdsa.PrivateKey
	addr common.Address
}

// NewKey wraps a secp256k1 private key.
func NewKey(priv *ecdsa.PrivateKey) *Key {
	return &Key{priv: priv, addr: crypto.PubkeyToAddress(priv.PublicKey)}
}

// GenerateKey makes a new random key.
func GenerateKey() (*Key, error) {
	priv, err := crypto.GenerateKey()
	if err != nil {
		return nil, fmt.Errorf("contracts: generate key: %w", err)
	}
	return NewKey(priv), nil
}

// KeyFromHex parses a hex private key (with or without 0x).
func KeyFromHex(s string) (*Key, error) {
	if len(s) >= 2 && s[0] == '0' && (s[1] == 'x' || s[1] == 'X') {
		s = s[2:]
	}
	priv, err := crypto.HexToECDSA(s)
	if err != nil {
		return nil, fmt.Errorf("contracts: parse key: %w", err)
	}
	return NewKey(priv), nil
}

// Address is the key's account address.
func (k *Key) Address() common.Address { return k.addr }

// Private returns the private key (for signing outside this package).
func (k *Key) Private() *ecdsa.PrivateKey { return k.priv }

// SecurityParams describes a RestrictedToken to deploy.
type SecurityParams struct {
	Name     string
	Symbol   string
	Decimals uint8 // equity is usually 0
}

// CashParams describes a SettlementToken (6 decimals) to deploy.
type CashParams struct {
	Name   string
	Symbol string
}

// Investor is an entry of a RestrictedToken's whitelist mirror.
type Investor struct {
	// Allowed is the whitelist flag (KYC done on the venue side).
	Allowed bool
	// Country is ISO 3166-1 alpha-2 ("US"), or "" for none.
	Country string
	// LockupUntil is a unix time in seconds before which the investor cannot send; 0 for none.
	LockupUntil uint64
}

// Trade is one trade to settle by DvP: Quantity of Token from Seller to Buyer
// against Amount of CashToken from Buyer to Seller. Every field is covered by the
// compliance attestation.
type Trade struct {
	ID          TradeID
	Seller      common.Address
	Buyer       common.Address
	Token       common.Address
	Quantity    int64
	CashToken   common.Address
	Amount      int64
	RuleSetHash [32]byte
	// Deadline is the unix time (seconds) after which the attestation is void.
	Deadline uint64
}

// SignedTrade is a trade with its 65-byte EIP-712 attestation signature.
type SignedTrade struct {
	Trade       Trade
	Attestation []byte
}

// FailCode is why DvPSettlement refused or failed a trade (the contract's FAIL_* constants).
type FailCode uint8

// Failure codes, as in DvPSettlement.
const (
	FailNone             FailCode = 0
	FailBadSignature     FailCode = 1
	FailExpired          FailCode = 2
	FailAlreadyProcessed FailCode = 3
	FailSecurityLeg      FailCode = 4
	FailCashLeg          FailCode = 5
	FailInvalidTrade     FailCode = 6
	FailUnknown          FailCode = 7
)

var failNames = map[FailCode]string{
	FailNone: "NONE", FailBadSignature: "BAD_SIGNATURE", FailExpired: "EXPIRED",
	FailAlreadyProcessed: "ALREADY_PROCESSED", FailSecurityLeg: "SECURITY_LEG",
	FailCashLeg: "CASH_LEG", FailInvalidTrade: "INVALID_TRADE", FailUnknown: "UNKNOWN",
}

// String names the code.
func (c FailCode) String() string {
	if s, ok := failNames[c]; ok {
		return s
	}
	return fmt.Sprintf("FAIL_%d", uint8(c))
}

// Restriction codes of RestrictedToken.detectTransferRestriction (ERC-1404),
// matching RULES.md where they overlap.
const (
	RestrictionOK                 uint8 = 0
	RestrictionSellerNotVerified  uint8 = 10
	RestrictionBuyerNotVerified   uint8 = 11
	RestrictionBuyerJurisdiction  uint8 = 20
	RestrictionSellerJurisdiction uint8 = 21
	RestrictionLocked             uint8 = 31
	RestrictionPaused             uint8 = 128
)

// TradeStatus is a trade id's state in DvPSettlement.
type TradeStatus uint8

// Trade statuses, as in DvPSettlement.
const (
	StatusNone      TradeStatus = 0
	StatusSettled   TradeStatus = 1
	StatusCancelled TradeStatus = 2
)

// Result is what happened to one trade of a settlement.
type Result struct {
	TradeID TradeID
	Settled bool
	// Code is FailNone when Settled.
	Code FailCode
	// Restriction is the token's ERC-1404 code when a leg failed with
	// TransferRestricted, else 0.
	Restriction uint8
	// Reason is the decoded revert of the failing leg, for logs and people.
	Reason string
}

// BatchResult is the outcome of one settlement transaction.
type BatchResult struct {
	TxHash  common.Hash
	Block   uint64
	GasUsed uint64
	// Results has one entry per trade, in the order given.
	Results []Result
}

// Settled counts the settled trades.
func (b BatchResult) Settled() int {
	n := 0
	for _, r := range b.Results {
		if r.Settled {
			n++
		}
	}
	return n
}

func toBig(v int64) (*big.Int, error) {
	if v < 0 {
		return nil, fmt.Errorf("%w: %d", ErrNegative, v)
	}
	return big.NewInt(v), nil
}

func fromBig(v *big.Int) (int64, error) {
	if v == nil {
		return 0, nil
	}
	if !v.IsInt64() {
		return 0, fmt.Errorf("%w: %s", ErrOverflow, v)
	}
	return v.Int64(), nil
}

func countryBytes(c string) ([2]byte, error) {
	var b [2]byte
	if c == "" {
		return b, nil
	}
	if len(c) != 2 || !isUpper(c[0]) || !isUpper(c[1]) {
		return b, fmt.Errorf("%w: %q", ErrBadCountry, c)
	}
	b[0], b[1] = c[0], c[1]
	return b, nil
}

func isUpper(c byte) bool { return c >= 'A' && c <= 'Z' }

func countryString(b [2]byte) string {
	if b == [2]byte{} {
		return ""
	}
	return string(b[:])
}

// Ether is n whole units of the native coin in wei (for Fund).
func Ether(n int64) *big.Int {
	return new(big.Int).Mul(big.NewInt(n), big.NewInt(1e18))
}
