package contracts

import (
	"fmt"
	"math/big"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/common/math"
	"github.com/ethereum/go-ethereum/crypto"
)

// AttestationType is the EIP-712 type string of a compliance attestation; it must
// stay identical to DvPSettlement.ATTESTATION_TYPEHASH's preimage.
const AttestationType = "Attestation(bytes32 tradeId,address seller,address buyer,address token,uint256 quantity,address cashToken,uint256 amount,bytes32 ruleSetHash,uint64 deadline)"

// EIP-712 domain of DvPSettlement.
const (
	DomainName    = "Regula DvP"
	DomainVersion = "1"
)

var (
	attestationTypeHash = crypto.Keccak256Hash([]byte(AttestationType))
	domainTypeHash      = crypto.Keccak256Hash([]byte("EIP712Domain(string name,string version,uint256 chainId,address verifyingContract)"))
)

// Attester signs EIP-712 compliance attestations for one DvPSettlement deployment
// (chain id + contract address) with the venue's compliance signer key. It is safe
// for concurrent use.
type Attester struct {
	key    *Key
	domain common.Hash
}

// NewAttester prepares an attester; the domain separator is computed once.
func NewAttester(signer *Key, chainID *big.Int, dvp common.Address) *Attester {
	return &Attester{key: signer, domain: DomainSeparator(chainID, dvp)}
}

// Signer is the compliance signer's address (the one DvPSettlement must be deployed with).
func (a *Attester) Signer() common.Address { return a.key.addr }

// DomainSeparator computes the EIP-712 domain separator of a DvPSettlement.
func DomainSeparator(chainID *big.Int, dvp common.Address) common.Hash {
	buf := make([]byte, 0, 5*32)
	buf = append(buf, domainTypeHash[:]...)
	buf = append(buf, crypto.Keccak256([]byte(DomainName))...)
	buf = append(buf, crypto.Keccak256([]byte(DomainVersion))...)
	buf = append(buf, math.U256Bytes(new(big.Int).Set(chainID))...)
	buf = append(buf, common.LeftPadBytes(dvp[:], 32)...)
	return crypto.Keccak256Hash(buf)
}

// structHash is hashStruct(Attestation) per EIP-712: every field is one 32-byte word.
func structHash(t Trade) common.Hash {
	var buf [10 * 32]byte
	copy(buf[0:], attestationTypeHash[:])
	copy(buf[32:], t.ID[:])
	copy(buf[64+12:], t.Seller[:])
	copy(buf[96+12:], t.Buyer[:])
	copy(buf[128+12:], t.Token[:])
	putUint64(buf[160:192], uint64(t.Quantity))
	copy(buf[192+12:], t.CashToken[:])
	putUint64(buf[224:256], uint64(t.Amount))
	copy(buf[256:], t.RuleSetHash[:])
	putUint64(buf[288:320], t.Deadline)
	return crypto.Keccak256Hash(buf[:])
}

func putUint64(word []byte, v uint64) {
	for i := 0; i < 8; i++ {
		word[31-i] = byte(v >> (8 * i))
	}
}

// Digest is the EIP-712 digest of a trade's attestation, byte for byte what
// DvPSettlement.hashAttestation returns. Quantity and Amount must not be negative
// (Sign checks; Digest of a negative value is meaningless).
func (a *Attester) Digest(t Trade) common.Hash {
	return digest(a.domain, t)
}

func digest(domain common.Hash, t Trade) common.Hash {
	sh := structHash(t)
	var buf [2 + 64]byte
	buf[0], buf[1] = 0x19, 0x01
	copy(buf[2:], domain[:])
	copy(buf[34:], sh[:])
	return crypto.Keccak256Hash(buf[:])
}

// Sign attests a trade: a 65-byte r‖s‖v signature (v = 27 or 28) over Digest.
func (a *Attester) Sign(t Trade) (SignedTrade, error) {
	if t.Quantity < 0 || t.Amount < 0 {
		return SignedTrade{}, fmt.Errorf("contracts: attest trade %s: %w", t.ID, ErrNegative)
	}
	d := a.Digest(t)
	sig, err := crypto.Sign(d[:], a.key.priv)
	if err != nil {
		return SignedTrade{}, fmt.Errorf("contracts: attest trade %s: %w", t.ID, err)
	}
	sig[64] += 27
	return SignedTrade{Trade: t, Attestation: sig}, nil
}

// RecoverSigner returns the address that signed a trade's attestation for the
// given domain, so the venue can check an attestation before sending it.
func RecoverSigner(chainID *big.Int, dvp common.Address, st SignedTrade) (common.Address, error) {
	if len(st.Attestation) != 65 {
		return common.Address{}, fmt.Errorf("contracts: attestation is %d bytes, want 65", len(st.Attestation))
	}
	sig := make([]byte, 65)
	copy(sig, st.Attestation)
	if sig[64] >= 27 {
		sig[64] -= 27
	}
	d := digest(DomainSeparator(chainID, dvp), st.Trade)
	pub, err := crypto.SigToPub(d[:], sig)
	if err != nil {
		return common.Address{}, fmt.Errorf("contracts: recover attestation signer: %w", err)
	}
	return crypto.PubkeyToAddress(*pub), nil
}
