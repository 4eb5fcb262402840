// Code generated - DO NOT EDIT.
// This file is a generated binding and any manual changes will be lost.

package bindings

import (
	"errors"
	"math/big"
	"strings"

	ethereum "github.com/ethereum/go-ethereum"
	"github.com/ethereum/go-ethereum/accounts/abi"
	"github.com/ethereum/go-ethereum/accounts/abi/bind"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"
	"github.com/ethereum/go-ethereum/event"
)

// Reference imports to suppress errors if they are not otherwise used.
var (
	_ = errors.New
	_ = big.NewInt
	_ = strings.NewReader
	_ = ethereum.NotFound
	_ = bind.Bind
	_ = common.Big1
	_ = types.BloomLookup
	_ = event.NewSubscription
	_ = abi.ConvertType
)

// RestrictedTokenMetaData contains all meta data concerning the RestrictedToken contract.
var RestrictedTokenMetaData = &bind.MetaData{
	ABI: "[{\"inputs\":[{\"internalType\":\"string\",\"name\":\"name_\",\"type\":\"string\"},{\"internalType\":\"string\",\"name\":\"symbol_\",\"type\":\"string\"},{\"internalType\":\"uint8\",\"name\":\"decimals_\",\"type\":\"uint8\"},{\"internalType\":\"address\",\"name\":\"admin\",\"type\":\"address\"}],\"stateMutability\":\"nonpayable\",\"type\":\"constructor\"},{\"inputs\":[],\"name\":\"AccessControlBadConfirmation\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"account\",\"type\":\"address\"},{\"internalType\":\"bytes32\",\"name\":\"neededRole\",\"type\":\"bytes32\"}],\"name\":\"AccessControlUnauthorizedAccount\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"spender\",\"type\":\"address\"},{\"internalType\":\"uint256\",\"name\":\"allowance\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"needed\",\"type\":\"uint256\"}],\"name\":\"ERC20InsufficientAllowance\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"sender\",\"type\":\"address\"},{\"internalType\":\"uint256\",\"name\":\"balance\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"needed\",\"type\":\"uint256\"}],\"name\":\"ERC20InsufficientBalance\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"approver\",\"type\":\"address\"}],\"name\":\"ERC20InvalidApprover\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"receiver\",\"type\":\"address\"}],\"name\":\"ERC20InvalidReceiver\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"sender\",\"type\":\"address\"}],\"name\":\"ERC20InvalidSender\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"spender\",\"type\":\"address\"}],\"name\":\"ERC20InvalidSpender\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"EnforcedPause\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"ExpectedPause\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"to\",\"type\":\"address\"}],\"name\":\"RecipientNotAllowed\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint8\",\"name\":\"code\",\"type\":\"uint8\"}],\"name\":\"TransferRestricted\",\"type\":\"error\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"address\",\"name\":\"owner\",\"type\":\"address\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"spender\",\"type\":\"address\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"value\",\"type\":\"uint256\"}],\"name\":\"Approval\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"bytes2\",\"name\":\"country\",\"type\":\"bytes2\"},{\"indexed\":false,\"internalType\":\"bool\",\"name\":\"blocked\",\"type\":\"bool\"}],\"name\":\"CountryBlocked\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"address\",\"name\":\"from\",\"type\":\"address\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"to\",\"type\":\"address\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"value\",\"type\":\"uint256\"}],\"name\":\"ForcedTransfer\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"address\",\"name\":\"investor\",\"type\":\"address\"},{\"indexed\":false,\"internalType\":\"bool\",\"name\":\"allowed\",\"type\":\"bool\"},{\"indexed\":false,\"internalType\":\"bytes2\",\"name\":\"country\",\"type\":\"bytes2\"},{\"indexed\":false,\"internalType\":\"uint64\",\"name\":\"lockupUntil\",\"type\":\"uint64\"}],\"name\":\"InvestorUpdated\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":false,\"internalType\":\"address\",\"name\":\"account\",\"type\":\"address\"}],\"name\":\"Paused\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"bytes32\",\"name\":\"role\",\"type\":\"bytes32\"},{\"indexed\":true,\"internalType\":\"bytes32\",\"name\":\"previousAdminRole\",\"type\":\"bytes32\"},{\"indexed\":true,\"internalType\":\"bytes32\",\"name\":\"newAdminRole\",\"type\":\"bytes32\"}],\"name\":\"RoleAdminChanged\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"bytes32\",\"name\":\"role\",\"type\":\"bytes32\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"account\",\"type\":\"address\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"sender\",\"type\":\"address\"}],\"name\":\"RoleGranted\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"bytes32\",\"name\":\"role\",\"type\":\"bytes32\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"account\",\"type\":\"address\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"sender\",\"type\":\"address\"}],\"name\":\"RoleRevoked\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"address\",\"name\":\"from\",\"type\":\"address\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"to\",\"type\":\"address\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"value\",\"type\":\"uint256\"}],\"name\":\"Transfer\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":false,\"internalType\":\"address\",\"name\":\"account\",\"type\":\"address\"}],\"name\":\"Unpaused\",\"type\":\"event\"},{\"inputs\":[],\"name\":\"AGENT_ROLE\",\"outputs\":[{\"internalType\":\"bytes32\",\"name\":\"\",\"type\":\"bytes32\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"BUYER_JURISDICTION\",\"outputs\":[{\"internalType\":\"uint8\",\"name\":\"\",\"type\":\"uint8\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"BUYER_NOT_VERIFIED\",\"outputs\":[{\"internalType\":\"uint8\",\"name\":\"\",\"type\":\"uint8\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"DEFAULT_ADMIN_ROLE\",\"outputs\":[{\"internalType\":\"bytes32\",\"name\":\"\",\"type\":\"bytes32\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"LOCKED\",\"outputs\":[{\"internalType\":\"uint8\",\"name\":\"\",\"type\":\"uint8\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"PAUSED\",\"outputs\":[{\"internalType\":\"uint8\",\"name\":\"\",\"type\":\"uint8\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"PAUSER_ROLE\",\"outputs\":[{\"internalType\":\"bytes32\",\"name\":\"\",\"type\":\"bytes32\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"REGISTRAR_ROLE\",\"outputs\":[{\"internalType\":\"bytes32\",\"name\":\"\",\"type\":\"bytes32\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"SELLER_JURISDICTION\",\"outputs\":[{\"internalType\":\"uint8\",\"name\":\"\",\"type\":\"uint8\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"SELLER_NOT_VERIFIED\",\"outputs\":[{\"internalType\":\"uint8\",\"name\":\"\",\"type\":\"uint8\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"SUCCESS\",\"outputs\":[{\"internalType\":\"uint8\",\"name\":\"\",\"type\":\"uint8\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"owner\",\"type\":\"address\"},{\"internalType\":\"address\",\"name\":\"spender\",\"type\":\"address\"}],\"name\":\"allowance\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"spender\",\"type\":\"address\"},{\"internalType\":\"uint256\",\"name\":\"value\",\"type\":\"uint256\"}],\"name\":\"approve\",\"outputs\":[{\"internalType\":\"bool\",\"name\":\"\",\"type\":\"bool\"}],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"account\",\"type\":\"address\"}],\"name\":\"balanceOf\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"bytes2\",\"name\":\"\",\"type\":\"bytes2\"}],\"name\":\"blockedCountries\",\"outputs\":[{\"internalType\":\"bool\",\"name\":\"\",\"type\":\"bool\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"from\",\"type\":\"address\"},{\"internalType\":\"uint256\",\"name\":\"value\",\"type\":\"uint256\"}],\"name\":\"burn\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"decimals\",\"outputs\":[{\"internalType\":\"uint8\",\"name\":\"\",\"type\":\"uint8\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"from\",\"type\":\"address\"},{\"internalType\":\"address\",\"name\":\"to\",\"type\":\"address\"},{\"internalType\":\"uint256\",\"name\":\"value\",\"type\":\"uint256\"}],\"name\":\"detectTransferRestriction\",\"outputs\":[{\"internalType\":\"uint8\",\"name\":\"\",\"type\":\"uint8\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"from\",\"type\":\"address\"},{\"internalType\":\"address\",\"name\":\"to\",\"type\":\"address\"},{\"internalType\":\"uint256\",\"name\":\"value\",\"type\":\"uint256\"}],\"name\":\"forcedTransfer\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"role\",\"type\":\"bytes32\"}],\"name\":\"getRoleAdmin\",\"outputs\":[{\"internalType\":\"bytes32\",\"name\":\"\",\"type\":\"bytes32\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"role\",\"type\":\"bytes32\"},{\"internalType\":\"address\",\"name\":\"account\",\"type\":\"address\"}],\"name\":\"grantRole\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"role\",\"type\":\"bytes32\"},{\"internalType\":\"address\",\"name\":\"account\",\"type\":\"address\"}],\"name\":\"hasRole\",\"outputs\":[{\"internalType\":\"bool\",\"name\":\"\",\"type\":\"bool\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"\",\"type\":\"address\"}],\"name\":\"investors\",\"outputs\":[{\"internalType\":\"bool\",\"name\":\"allowed\",\"type\":\"bool\"},{\"internalType\":\"bytes2\",\"name\":\"country\",\"type\":\"bytes2\"},{\"internalType\":\"uint64\",\"name\":\"lockupUntil\",\"type\":\"uint64\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint8\",\"name\":\"code\",\"type\":\"uint8\"}],\"name\":\"messageForTransferRestriction\",\"outputs\":[{\"internalType\":\"string\",\"name\":\"\",\"type\":\"string\"}],\"stateMutability\":\"pure\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"to\",\"type\":\"address\"},{\"internalType\":\"uint256\",\"name\":\"value\",\"type\":\"uint256\"}],\"name\":\"mint\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"name\",\"outputs\":[{\"internalType\":\"string\",\"name\":\"\",\"type\":\"string\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"pause\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"paused\",\"outputs\":[{\"internalType\":\"bool\",\"name\":\"\",\"type\":\"bool\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"role\",\"type\":\"bytes32\"},{\"internalType\":\"address\",\"name\":\"callerConfirmation\",\"type\":\"address\"}],\"name\":\"renounceRole\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"role\",\"type\":\"bytes32\"},{\"internalType\":\"address\",\"name\":\"account\",\"type\":\"address\"}],\"name\":\"revokeRole\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"bytes2\",\"name\":\"country\",\"type\":\"bytes2\"},{\"internalType\":\"bool\",\"name\":\"blocked\",\"type\":\"bool\"}],\"name\":\"setCountryBlocked\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"investor\",\"type\":\"address\"},{\"internalType\":\"bool\",\"name\":\"allowed\",\"type\":\"bool\"},{\"internalType\":\"bytes2\",\"name\":\"country\",\"type\":\"bytes2\"},{\"internalType\":\"uint64\",\"name\":\"lockupUntil\",\"type\":\"uint64\"}],\"name\":\"setInvestor\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"bytes4\",\"name\":\"interfaceId\",\"type\":\"bytes4\"}],\"name\":\"supportsInterface\",\"outputs\":[{\"internalType\":\"bool\",\"name\":\"\",\"type\":\"bool\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"symbol\",\"outputs\":[{\"internalType\":\"string\",\"name\":\"\",\"type\":\"string\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"totalSupply\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"to\",\"type\":\"address\"},{\"internalType\":\"uint256\",\"name\":\"value\",\"type\":\"uint256\"}],\"name\":\"transfer\",\"outputs\":[{\"internalType\":\"bool\",\"name\":\"\",\"type\":\"bool\"}],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"from\",\"type\":\"address\"},{\"internalType\":\"address\",\"name\":\"to\",\"type\":\"address\"},{\"internalType\":\"uint256\",\"name\":\"value\",\"type\":\"uint256\"}],\"name\":\"transferFrom\",\"outputs\":[{\"internalType\":\"bool\",\"name\":\"\",\"type\":\"bool\"}],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"unpause\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"}]",
	Bin: "0x60a060405234801561000f575f5ffd5b50604051611a8e380380611a8e83398101604081905261002e91610232565b8383600361003c8382610350565b5060046100498282610350565b50505060ff821660805261005d5f826100e8565b506100887fedcc084d3dcd65a1f7f23c65c46722faca6953d28e43150a467cf43e5c309238826100e8565b506100b37fcab5a0bfe0b79d2c4b1c2e02599fa044d115b7511f9659307cb4276950967709826100e8565b506100de7f65d7a28e3265b37a6474929f336521b332c1681b933f6cb9f3376673440d862a826100e8565b505050505061040a565b5f8281526005602090815260408083206001600160a01b038516845290915281205460ff1661018c575f8381526005602090815260408083206001600160a01b03861684529091529020805460ff191660011790556101443390565b6001600160a01b0316826001600160a01b0316847f2f8788117e7eff1d82e926ec794901d17c78024a50270940304540a733656f0d60405160405180910390a450600161018f565b505f5b92915050565b634e487b7160e01b5f52604160045260245ffd5b5f82601f8301126101b8575f5ffd5b81516001600160401b038111156101d1576101d1610195565b604051601f8201601f19908116603f011681016001600160401b03811182821017156101ff576101ff610195565b604052818152838201602001851015610216575f5ffd5b8160208501602083015e5f918101602001919091529392505050565b5f5f5f5f60808587031215610245575f5ffd5b84516001600160401b0381111561025a575f5ffd5b610266878288016101a9565b602087015190955090506001600160401b03811115610283575f5ffd5b61028f878288016101a9565b935050604085015160ff811681146102a5575f5ffd5b60608601519092506001600160a01b03811681146102c1575f5ffd5b939692955090935050565b600181811c908216806102e057607f821691505b6020821081036102fe57634e487b7160e01b5f52602260045260245ffd5b50919050565b601f82111561034b57805f5260205f20601f840160051c810160208510156103295750805b601f840160051c820191505b81811015610348575f8155600101610335565b50505b505050565b81516001600160401b0381111561036957610369610195565b61037d8161037784546102cc565b84610304565b6020601f8211600181146103af575f83156103985750848201515b5f19600385901b1c1916600184901b178455610348565b5f84815260208120601f198516915b828110156103de57878501518255602094850194600190920191016103be565b50848210156103fb57868401515f19600387901b60f8161c191681555b50505050600190811b01905550565b60805161166c6104225f395f610309015261166c5ff3fe608060405234801561000f575f5ffd5b5060043610610229575f3560e01c806391d148541161012a578063a9aad58c116100b4578063dd62ed3e11610079578063dd62ed3e146104d3578063e219d2651461050b578063e63ab1e91461051e578063f51bc05d14610545578063f68e95531461054d575f5ffd5b8063a9aad58c1461048b578063c14b3fe114610493578063d0a6d1a6146104a6578063d4ce1415146104ad578063d547741f146104c0575f5ffd5b8063a08deee4116100fa578063a08deee41461043f578063a1422f6914610447578063a217fddf1461044f578063a55876fe14610456578063a9059cbb14610478575f5ffd5b806391d14854146103fe57806395d89b41146104115780639dc29fac146104195780639fc1d0e71461042c575f5ffd5b8063313ce567116101b65780636f7bc9be1161017b5780636f7bc9be1461036657806370a08231146103b35780637e194dcb146103db5780637f4ab1dd146103e35780638456cb59146103f6575f5ffd5b8063313ce5671461030757806336568abe1461032d5780633f4ba83a1461034057806340c10f19146103485780635c975abb1461035b575f5ffd5b80631df8eacf116101fc5780631df8eacf1461028f57806322459e18146102a957806323b872dd146102bd578063248a9ca3146102d05780632f2ff15d146102f2575f5ffd5b806301ffc9a71461022d57806306fdde0314610255578063095ea7b31461026a57806318160ddd1461027d575b5f5ffd5b61024061023b3660046112bb565b610574565b60405190151581526020015b60405180910390f35b61025d6105aa565b60405161024c91906112e2565b610240610278366004611332565b61063a565b6002545b60405190815260200161024c565b610297601481565b60405160ff909116815260200161024c565b6102815f5160206115b05f395f51905f5281565b6102406102cb36600461135a565b610651565b6102816102de366004611394565b5f9081526005602052604090206001015490565b6103056103003660046113ab565b610676565b005b7f0000000000000000000000000000000000000000000000000000000000000000610297565b61030561033b3660046113ab565b6106a0565b6103056106d8565b610305610356366004611332565b61070d565b60065460ff16610240565b6103a46103743660046113d5565b60076020525f908152604090205460ff811690610100810460f01b906301000000900467ffffffffffffffff1683565b60405161024c939291906113ee565b6102816103c13660046113d5565b6001600160a01b03165f9081526020819052604090205490565b610297601581565b61025d6103f136600461141a565b610776565b6103056108fc565b61024061040c3660046113ab565b61092e565b61025d610958565b610305610427366004611332565b610967565b61030561043a36600461135a565b610988565b610297600a81565b610297601f81565b6102815f81565b610240610464366004611451565b60086020525f908152604090205460ff1681565b610240610486366004611332565b610a4f565b610297608081565b6103056104a1366004611479565b610a5c565b6102975f81565b6102976104bb36600461135a565b610b5d565b6103056104ce3660046113ab565b610c59565b6102816104e13660046114d8565b6001600160a01b039182165f90815260016020908152604080832093909416825291909152205490565b610305610519366004611500565b610c7d565b6102817f65d7a28e3265b37a6474929f336521b332c1681b933f6cb9f3376673440d862a81565b610297600b81565b6102817fedcc084d3dcd65a1f7f23c65c46722faca6953d28e43150a467cf43e5c30923881565b5f6001600160e01b03198216637965db0b60e01b14806105a457506301ffc9a760e01b6001600160e01b03198316145b92915050565b6060600380546105b990611528565b80601f01602080910402602001604051908101604052809291908181526020018280546105e590611528565b80156106305780601f1061060757610100808354040283529160200191610630565b820191905f5260205f20905b81548152906001019060200180831161061357829003601f168201915b5050505050905090565b5f33610647818585610d07565b5060019392505050565b5f3361065e858285610d14565b610669858585610d8a565b60019150505b9392505050565b5f8281526005602052604090206001015461069081610de7565b61069a8383610df1565b50505050565b6001600160a01b03811633146106c95760405163334bd91960e11b815260040160405180910390fd5b6106d38282610e82565b505050565b7f65d7a28e3265b37a6474929f336521b332c1681b933f6cb9f3376673440d862a61070281610de7565b61070a610eed565b50565b5f5160206115b05f395f51905f5261072481610de7565b6001600160a01b0383165f9081526007602052604090205460ff1661076c57604051633774892760e11b81526001600160a01b03841660048201526024015b60405180910390fd5b6106d38383610f3f565b606060ff82166107a35750506040805180820190915260078152665355434345535360c81b602082015290565b60091960ff8316016107ce576040518060600160405280602e8152602001611632602e913992915050565b600a1960ff8316016107f9576040518060600160405280603081526020016116026030913992915050565b60131960ff831601610824576040518060600160405280603281526020016115d06032913992915050565b60141960ff83160161084f576040518060600160405280603081526020016115806030913992915050565b601e1960ff83160161089457505060408051808201909152601e81527f4c4f434b45443a2073656e64657220697320696e2061206c6f636b2d75700000602082015290565b607f1960ff8316016108d957505060408051808201909152601c81527f5041555345443a207472616e7366657273206172652070617573656400000000602082015290565b50506040805180820190915260078152662aa725a727aba760c91b602082015290565b7f65d7a28e3265b37a6474929f336521b332c1681b933f6cb9f3376673440d862a61092681610de7565b61070a610f77565b5f9182526005602090815260408084206001600160a01b0393909316845291905290205460ff1690565b6060600480546105b990611528565b5f5160206115b05f395f51905f5261097e81610de7565b6106d38383610fb4565b5f5160206115b05f395f51905f5261099f81610de7565b6001600160a01b0384166109c857604051634b637e8f60e11b81525f6004820152602401610763565b6001600160a01b0383166109f15760405163ec442f0560e01b81525f6004820152602401610763565b6109fc848484610fe8565b826001600160a01b0316846001600160a01b03167f7b3ce50c216d2ccf9919c6b9f1bfb33f0350a33010f188750b4af38e0044813884604051610a4191815260200190565b60405180910390a350505050565b5f33610647818585610d8a565b7fedcc084d3dcd65a1f7f23c65c46722faca6953d28e43150a467cf43e5c309238610a8681610de7565b6040805160608101825285151581526001600160f01b03198516602080830191825267ffffffffffffffff8681168486019081526001600160a01b038b165f818152600790945292869020945185549451915162ffffff1990951690151562ffff0019161761010060f09290921c91909102176affffffffffffffff0000001916630100000093909116929092029190911790915590517f1cfc44a54e974c52710241d7b1fe0064f45c34bb59a35ac527dac637b9bb5b2b90610b4e908790879087906113ee565b60405180910390a25050505050565b5f610b6a60065460ff1690565b15610b775750608061066f565b6001600160a01b038085165f9081526007602052604080822092861682529020815460ff16610bab57600a9250505061066f565b805460ff16610bbf57600b9250505061066f565b8154610100900460f01b6001600160f01b0319165f9081526008602052604090205460ff1615610bf45760159250505061066f565b8054610100900460f01b6001600160f01b0319165f9081526008602052604090205460ff1615610c295760149250505061066f565b81546301000000900467ffffffffffffffff16421015610c4e57601f9250505061066f565b505f95945050505050565b5f82815260056020526040902060010154610c7381610de7565b61069a8383610e82565b7fedcc084d3dcd65a1f7f23c65c46722faca6953d28e43150a467cf43e5c309238610ca781610de7565b6001600160f01b031983165f81815260086020908152604091829020805460ff191686151590811790915591519182527f1df7c3e8ceb0448bba8ec244b58516c1fdba37bd4cde42887d7d25ba68ee41bd910160405180910390a2505050565b6106d3838383600161110e565b6001600160a01b038381165f908152600160209081526040808320938616835292905220545f1981101561069a5781811015610d7c57604051637dc7a0d960e11b81526001600160a01b03841660048201526024810182905260448101839052606401610763565b61069a84848484035f61110e565b6001600160a01b038316610db357604051634b637e8f60e11b81525f6004820152602401610763565b6001600160a01b038216610ddc5760405163ec442f0560e01b81525f6004820152602401610763565b6106d38383836111d2565b61070a8133611239565b5f610dfc838361092e565b610e7b575f8381526005602090815260408083206001600160a01b03861684529091529020805460ff19166001179055610e333390565b6001600160a01b0316826001600160a01b0316847f2f8788117e7eff1d82e926ec794901d17c78024a50270940304540a733656f0d60405160405180910390a45060016105a4565b505f6105a4565b5f610e8d838361092e565b15610e7b575f8381526005602090815260408083206001600160a01b0386168085529252808320805460ff1916905551339286917ff6391f5c32d9c69d2a47ea670b442974b53935d1edc7fd64eb21e047a839171b9190a45060016105a4565b610ef5611272565b6006805460ff191690557f5db9ee0a495bf2e6ff9c91a7834c1ba4fdd244a5e8aa4e537bd38aeae4b073aa335b6040516001600160a01b03909116815260200160405180910390a1565b6001600160a01b038216610f685760405163ec442f0560e01b81525f6004820152602401610763565b610f735f83836111d2565b5050565b610f7f611297565b6006805460ff191660011790557f62e78cea01bee320cd4e420270b5ea74000d11b0c9f74754ebdbfc544b05a258610f223390565b6001600160a01b038216610fdd57604051634b637e8f60e11b81525f6004820152602401610763565b610f73825f836111d2565b6001600160a01b038316611012578060025f8282546110079190611560565b909155506110829050565b6001600160a01b0383165f90815260208190526040902054818110156110645760405163391434e360e21b81526001600160a01b03851660048201526024810182905260448101839052606401610763565b6001600160a01b0384165f9081526020819052604090209082900390555b6001600160a01b03821661109e576002805482900390556110bc565b6001600160a01b0382165f9081526020819052604090208054820190555b816001600160a01b0316836001600160a01b03167fddf252ad1be2c89b69c2b068fc378daa952ba7f163c4a11628f55a4df523b3ef8360405161110191815260200190565b60405180910390a3505050565b6001600160a01b0384166111375760405163e602df0560e01b81525f6004820152602401610763565b6001600160a01b03831661116057604051634a1406b160e11b81525f6004820152602401610763565b6001600160a01b038085165f908152600160209081526040808320938716835292905220829055801561069a57826001600160a01b0316846001600160a01b03167f8c5be1e5ebec7d5bd14f71427d1e84f3dd0314c0f7b2291e5b200ac8c7c3b92584604051610a4191815260200190565b6001600160a01b038316158015906111f257506001600160a01b03821615155b1561122e575f611203848484610b5d565b905060ff81161561122c5760405163e18ca2b960e01b815260ff82166004820152602401610763565b505b6106d3838383610fe8565b611243828261092e565b610f735760405163e2517d3f60e01b81526001600160a01b038216600482015260248101839052604401610763565b60065460ff1661129557604051638dfc202b60e01b815260040160405180910390fd5b565b60065460ff16156112955760405163d93c066560e01b815260040160405180910390fd5b5f602082840312156112cb575f5ffd5b81356001600160e01b03198116811461066f575f5ffd5b602081525f82518060208401528060208501604085015e5f604082850101526040601f19601f83011684010191505092915050565b80356001600160a01b038116811461132d575f5ffd5b919050565b5f5f60408385031215611343575f5ffd5b61134c83611317565b946020939093013593505050565b5f5f5f6060848603121561136c575f5ffd5b61137584611317565b925061138360208501611317565b929592945050506040919091013590565b5f602082840312156113a4575f5ffd5b5035919050565b5f5f604083850312156113bc575f5ffd5b823591506113cc60208401611317565b90509250929050565b5f602082840312156113e5575f5ffd5b61066f82611317565b92151583526001600160f01b031991909116602083015267ffffffffffffffff16604082015260600190565b5f6020828403121561142a575f5ffd5b813560ff8116811461066f575f5ffd5b80356001600160f01b03198116811461132d575f5ffd5b5f60208284031215611461575f5ffd5b61066f8261143a565b8035801515811461132d575f5ffd5b5f5f5f5f6080858703121561148c575f5ffd5b61149585611317565b93506114a36020860161146a565b92506114b16040860161143a565b9150606085013567ffffffffffffffff811681146114cd575f5ffd5b939692955090935050565b5f5f604083850312156114e9575f5ffd5b6114f283611317565b91506113cc60208401611317565b5f5f60408385031215611511575f5ffd5b61151a8361143a565b91506113cc6020840161146a565b600181811c9082168061153c57607f821691505b60208210810361155a57634e487b7160e01b5f52602260045260245ffd5b50919050565b808201808211156105a457634e487b7160e01b5f52601160045260245ffdfe53454c4c45525f4a5552495344494354494f4e3a2073656e646572277320636f756e74727920697320626c6f636b6564cab5a0bfe0b79d2c4b1c2e02599fa044d115b7511f9659307cb427695096770942555945525f4a5552495344494354494f4e3a20726563697069656e74277320636f756e74727920697320626c6f636b656442555945525f4e4f545f56455249464945443a20726563697069656e74206973206e6f742077686974656c697374656453454c4c45525f4e4f545f56455249464945443a2073656e646572206973206e6f742077686974656c6973746564a164736f6c634300081c000a",
}

// RestrictedTokenABI is the input ABI used to generate the binding from.
// Deprecated: Use RestrictedTokenMetaData.ABI instead.
var RestrictedTokenABI = RestrictedTokenMetaData.ABI

// RestrictedTokenBin is the compiled bytecode used for deploying new contracts.
// Deprecated: Use RestrictedTokenMetaData.Bin instead.
var RestrictedTokenBin = RestrictedTokenMetaData.Bin

// DeployRestrictedToken deploys a new Ethereum contract, binding an instance of RestrictedToken to it.
func DeployRestrictedToken(auth *bind.TransactOpts, backend bind.ContractBackend, name_ string, symbol_ string, decimals_ uint8, admin common.Address) (common.Address, *types.Transaction, *RestrictedToken, error) {
	parsed, err := RestrictedTokenMetaData.GetAbi()
	if err != nil {
		return common.Address{}, nil, nil, err
	}
	if parsed == nil {
		return common.Address{}, nil, nil, errors.New("GetABI returned nil")
	}

	address, tx, contract, err := bind.DeployContract(auth, *parsed, common.FromHex(RestrictedTokenBin), backend, name_, symbol_, decimals_, admin)
	if err != nil {
		return common.Address{}, nil, nil, err
	}
	return address, tx, &RestrictedToken{RestrictedTokenCaller: RestrictedTokenCaller{contract: contract}, RestrictedTokenTransactor: RestrictedTokenTransactor{contract: contract}, RestrictedTokenFilterer: RestrictedTokenFilterer{contract: contract}}, nil
}

// RestrictedToken is an auto generated Go binding around an Ethereum contract.
type RestrictedToken struct {
	RestrictedTokenCaller     // Read-only binding to the contract
	RestrictedTokenTransactor // Write-only binding to the contract
	RestrictedTokenFilterer   // Log filterer for contract events
}

// RestrictedTokenCaller is an auto generated read-only Go binding around an Ethereum contract.
type RestrictedTokenCaller struct {
	contract *bind.BoundContract // Generic contract wrapper for the low level calls
}

// RestrictedTokenTransactor is an auto generated write-only Go binding around an Ethereum contract.
type RestrictedTokenTransactor struct {
	contract *bind.BoundContract // Generic contract wrapper for the low level calls
}

// RestrictedTokenFilterer is an auto generated log filtering Go binding around an Ethereum contract events.
type RestrictedTokenFilterer struct {
	contract *bind.BoundContract // Generic contract wrapper for the low level calls
}

// RestrictedTokenSession is an auto generated Go binding around an Ethereum contract,
// with pre-set call and transact options.
type RestrictedTokenSession struct {
	Contract     *RestrictedToken  // Generic contract binding to set the session for
	CallOpts     bind.CallOpts     // Call options to use throughout this session
	TransactOpts bind.TransactOpts // Transaction auth options to use throughout this session
}

// RestrictedTokenCallerSession is an auto generated read-only Go binding around an Ethereum contract,
// with pre-set call options.
type RestrictedTokenCallerSession struct {
	Contract *RestrictedTokenCaller // Generic contract caller binding to set the session for
	CallOpts bind.CallOpts          // Call options to use throughout this session
}

// RestrictedTokenTransactorSession is an auto generated write-only Go binding around an Ethereum contract,
// with pre-set transact options.
type RestrictedTokenTransactorSession struct {
	Contract     *RestrictedTokenTransactor // Generic contract transactor binding to set the session for
	TransactOpts bind.TransactOpts          // Transaction auth options to use throughout this session
}

// RestrictedTokenRaw is an auto generated low-level Go binding around an Ethereum contract.
type RestrictedTokenRaw struct {
	Contract *RestrictedToken // Generic contract binding to access the raw methods on
}

// RestrictedTokenCallerRaw is an auto generated low-level read-only Go binding around an Ethereum contract.
type RestrictedTokenCallerRaw struct {
	Contract *RestrictedTokenCaller // Generic read-only contract binding to access the raw methods on
}

// RestrictedTokenTransactorRaw is an auto generated low-level write-only Go binding around an Ethereum contract.
type RestrictedTokenTransactorRaw struct {
	Contract *RestrictedTokenTransactor // Generic write-only contract binding to access the raw methods on
}

// NewRestrictedToken creates a new instance of RestrictedToken, bound to a specific deployed contract.
func NewRestrictedToken(address common.Address, backend bind.ContractBackend) (*RestrictedToken, error) {
	contract, err := bindRestrictedToken(address, backend, backend, backend)
	if err != nil {
		return nil, err
	}
	return &RestrictedToken{RestrictedTokenCaller: RestrictedTokenCaller{contract: contract}, RestrictedTokenTransactor: RestrictedTokenTransactor{contract: contract}, RestrictedTokenFilterer: RestrictedTokenFilterer{contract: contract}}, nil
}

// NewRestrictedTokenCaller creates a new read-only instance of RestrictedToken, bound to a specific deployed contract.
func NewRestrictedTokenCaller(address common.Address, caller bind.ContractCaller) (*RestrictedTokenCaller, error) {
	contract, err := bindRestrictedToken(address, caller, nil, nil)
	if err != nil {
		return nil, err
	}
	return &RestrictedTokenCaller{contract: contract}, nil
}

// NewRestrictedTokenTransactor creates a new write-only instance of RestrictedToken, bound to a specific deployed contract.
func NewRestrictedTokenTransactor(address common.Address, transactor bind.ContractTransactor) (*RestrictedTokenTransactor, error) {
	contract, err := bindRestrictedToken(address, nil, transactor, nil)
	if err != nil {
		return nil, err
	}
	return &RestrictedTokenTransactor{contract: contract}, nil
}

// NewRestrictedTokenFilterer creates a new log filterer instance of RestrictedToken, bound to a specific deployed contract.
func NewRestrictedTokenFilterer(address common.Address, filterer bind.ContractFilterer) (*RestrictedTokenFilterer, error) {
	contract, err := bindRestrictedToken(address, nil, nil, filterer)
	if err != nil {
		return nil, err
	}
	return &RestrictedTokenFilterer{contract: contract}, nil
}

// bindRestrictedToken binds a generic wrapper to an already deployed contract.
func bindRestrictedToken(address common.Address, caller bind.ContractCaller, transactor bind.ContractTransactor, filterer bind.ContractFilterer) (*bind.BoundContract, error) {
	parsed, err := RestrictedTokenMetaData.GetAbi()
	if err != nil {
		return nil, err
	}
	return bind.NewBoundContract(address, *parsed, caller, transactor, filterer), nil
}

// Call invokes the (constant) contract method with params as input values and
// sets the output to result. The result type might be a single field for simple
// returns, a slice of interfaces for anonymous returns and a struct for named
// returns.
func (_RestrictedToken *RestrictedTokenRaw) Call(opts *bind.CallOpts, result *[]interface{}, method string, params ...interface{}) error {
	return _RestrictedToken.Contract.RestrictedTokenCaller.contract.Call(opts, result, method, params...)
}

// Transfer initiates a plain transaction to move funds to the contract, calling
// its default method if one is available.
func (_RestrictedToken *RestrictedTokenRaw) Transfer(opts *bind.TransactOpts) (*types.Transaction, error) {
	return _RestrictedToken.Contract.RestrictedTokenTransactor.contract.Transfer(opts)
}

// Transact invokes the (paid) contract method with params as input values.
func (_RestrictedToken *RestrictedTokenRaw) Transact(opts *bind.TransactOpts, method string, params ...interface{}) (*types.Transaction, error) {
	return _RestrictedToken.Contract.RestrictedTokenTransactor.contract.Transact(opts, method, params...)
}

// Call invokes the (constant) contract method with params as input values and
// sets the output to result. The result type might be a single field for simple
// returns, a slice of interfaces for anonymous returns and a struct for named
// returns.
func (_RestrictedToken *RestrictedTokenCallerRaw) Call(opts *bind.CallOpts, result *[]interface{}, method string, params ...interface{}) error {
	return _RestrictedToken.Contract.contract.Call(opts, result, method, params...)
}

// Transfer initiates a plain transaction to move funds to the contract, calling
// its default method if one is available.
func (_RestrictedToken *RestrictedTokenTransactorRaw) Transfer(opts *bind.TransactOpts) (*types.Transaction, error) {
	return _RestrictedToken.Contract.contract.Transfer(opts)
}

// Transact invokes the (paid) contract method with params as input values.
func (_RestrictedToken *RestrictedTokenTransactorRaw) Transact(opts *bind.TransactOpts, method string, params ...interface{}) (*types.Transaction, error) {
	return _RestrictedToken.Contract.contract.Transact(opts, method, params...)
}

// AGENTROLE is a free data retrieval call binding the contract method 0x22459e18.
//
// Solidity: function AGENT_ROLE() view returns(bytes32)
func (_RestrictedToken *RestrictedTokenCaller) AGENTROLE(opts *bind.CallOpts) ([32]byte, error) {
	var out []interface{}
	err := _RestrictedToken.contract.Call(opts, &out, "AGENT_ROLE")

	if err != nil {
		return *new([32]byte), err
	}

	out0 := *abi.ConvertType(out[0], new([32]byte)).(*[32]byte)

	return out0, err

}

// AGENTROLE is a free data retrieval call binding the contract method 0x22459e18.
//
// Solidity: function AGENT_ROLE() view returns(bytes32)
func (_RestrictedToken *RestrictedTokenSession) AGENTROLE() ([32]byte, error) {
	return _RestrictedToken.Contract.AGENTROLE(&_RestrictedToken.CallOpts)
}

// AGENTROLE is a free data retrieval call binding the contract method 0x22459e18.
//
// Solidity: function AGENT_ROLE() view returns(bytes32)
func (_RestrictedToken *RestrictedTokenCallerSession) AGENTROLE() ([32]byte, error) {
	return _RestrictedToken.Contract.AGENTROLE(&_RestrictedToken.CallOpts)
}

// BUYERJURISDICTION is a free data retrieval call binding the contract method 0x1df8eacf.
//
// Solidity: function BUYER_JURISDICTION() view returns(uint8)
func (_RestrictedToken *RestrictedTokenCaller) BUYERJURISDICTION(opts *bind.CallOpts) (uint8, error) {
	var out []interface{}
	err := _RestrictedToken.contract.Call(opts, &out, "BUYER_JURISDICTION")

	if err != nil {
		return *new(uint8), err
	}

	out0 := *abi.ConvertType(out[0], new(uint8)).(*uint8)

	return out0, err

}

// BUYERJURISDICTION is a free data retrieval call binding the contract method 0x1df8eacf.
//
// Solidity: function BUYER_JURISDICTION() view returns(uint8)
func (_RestrictedToken *RestrictedTokenSession) BUYERJURISDICTION() (uint8, error) {
	return _RestrictedToken.Contract.BUYERJURISDICTION(&_RestrictedToken.CallOpts)
}

// BUYERJURISDICTION is a free data retrieval call binding the contract method 0x1df8eacf.
//
// Solidity: function BUYER_JURISDICTION() view returns(uint8)
func (_RestrictedToken *RestrictedTokenCallerSession) BUYERJURISDICTION() (uint8, error) {
	return _RestrictedToken.Contract.BUYERJURISDICTION(&_RestrictedToken.CallOpts)
}

// BUYERNOTVERIFIED is a free data retrieval call binding the contract method 0xf51bc05d.
//
// Solidity: function BUYER_NOT_VERIFIED() view returns(uint8)
func (_RestrictedToken *RestrictedTokenCaller) BUYERNOTVERIFIED(opts *bind.CallOpts) (uint8, error) {
	var out []interface{}
	err := _RestrictedToken.contract.Call(opts, &out, "BUYER_NOT_VERIFIED")

	if err != nil {
		return *new(uint8), err
	}

	out0 := *abi.ConvertType(out[0], new(uint8)).(*uint8)

	return out0, err

}

// BUYERNOTVERIFIED is a free data retrieval call binding the contract method 0xf51bc05d.
//
// Solidity: function BUYER_NOT_VERIFIED() view returns(uint8)
func (_RestrictedToken *RestrictedTokenSession) BUYERNOTVERIFIED() (uint8, error) {
	return _RestrictedToken.Contract.BUYERNOTVERIFIED(&_RestrictedToken.CallOpts)
}

// BUYERNOTVERIFIED is a free data retrieval call binding the contract method 0xf51bc05d.
//
// Solidity: function BUYER_NOT_VERIFIED() view returns(uint8)
func (_RestrictedToken *RestrictedTokenCallerSession) BUYERNOTVERIFIED() (uint8, error) {
	return _RestrictedToken.Contract.BUYERNOTVERIFIED(&_RestrictedToken.CallOpts)
}

// DEFAULTADMINROLE is a free data retrieval call binding the contract method 0xa217fddf.
//
// Solidity: function DEFAULT_ADMIN_ROLE() view returns(bytes32)
func (_RestrictedToken *RestrictedTokenCaller) DEFAULTADMINROLE(opts *bind.CallOpts) ([32]byte, error) {
	var out []interface{}
	err := _RestrictedToken.contract.Call(opts, &out, "DEFAULT_ADMIN_ROLE")

	if err != nil {
		return *new([32]byte), err
	}

	out0 := *abi.ConvertType(out[0], new([32]byte)).(*[32]byte)

	return out0, err

}

// DEFAULTADMINROLE is a free data retrieval call binding the contract method 0xa217fddf.
//
// Solidity: function DEFAULT_ADMIN_ROLE() view returns(bytes32)
func (_RestrictedToken *RestrictedTokenSession) DEFAULTADMINROLE() ([32]byte, error) {
	return _RestrictedToken.Contract.DEFAULTADMINROLE(&_RestrictedToken.CallOpts)
}

// DEFAULTADMINROLE is a free data retrieval call binding the contract method 0xa217fddf.
//
// Solidity: function DEFAULT_ADMIN_ROLE() view returns(bytes32)
func (_RestrictedToken *RestrictedTokenCallerSession) DEFAULTADMINROLE() ([32]byte, error) {
	return _RestrictedToken.Contract.DEFAULTADMINROLE(&_RestrictedToken.CallOpts)
}

// LOCKED is a free data retrieval call binding the contract method 0xa1422f69.
//
// Solidity: function LOCKED() view returns(uint8)
func (_RestrictedToken *RestrictedTokenCaller) LOCKED(opts *bind.CallOpts) (uint8, error) {
	var out []interface{}
	err := _RestrictedToken.contract.Call(opts, &out, "LOCKED")

	if err != nil {
		return *new(uint8), err
	}

	out0 := *abi.ConvertType(out[0], new(uint8)).(*uint8)

	return out0, err

}

// LOCKED is a free data retrieval call binding the contract method 0xa1422f69.
//
// Solidity: function LOCKED() view returns(uint8)
func (_RestrictedToken *RestrictedTokenSession) LOCKED() (uint8, error) {
	return _RestrictedToken.Contract.LOCKED(&_RestrictedToken.CallOpts)
}

// LOCKED is a free data retrieval call binding the contract method 0xa1422f69.
//
// Solidity: function LOCKED() view returns(uint8)
func (_RestrictedToken *RestrictedTokenCallerSession) LOCKED() (uint8, error) {
	return _RestrictedToken.Contract.LOCKED(&_RestrictedToken.CallOpts)
}

// PAUSED is a free data retrieval call binding the contract method 0xa9aad58c.
//
// Solidity: function PAUSED() view returns(uint8)
func (_RestrictedToken *RestrictedTokenCaller) PAUSED(opts *bind.CallOpts) (uint8, error) {
	var out []interface{}
	err := _RestrictedToken.contract.Call(opts, &out, "PAUSED")

	if err != nil {
		return *new(uint8), err
	}

	out0 := *abi.ConvertType(out[0], new(uint8)).(*uint8)

	return out0, err

}

// PAUSED is a free data retrieval call binding the contract method 0xa9aad58c.
//
// Solidity: function PAUSED() view returns(uint8)
func (_RestrictedToken *RestrictedTokenSession) PAUSED() (uint8, error) {
	return _RestrictedToken.Contract.PAUSED(&_RestrictedToken.CallOpts)
}

// PAUSED is a free data retrieval call binding the contract method 0xa9aad58c.
//
// Solidity: function PAUSED() view returns(uint8)
func (_RestrictedToken *RestrictedTokenCallerSession) PAUSED() (uint8, error) {
	return _RestrictedToken.Contract.PAUSED(&_RestrictedToken.CallOpts)
}

// PAUSERROLE is a free data retrieval call binding the contract method 0xe63ab1e9.
//
// Solidity: function PAUSER_ROLE() view returns(bytes32)
func (_RestrictedToken *RestrictedTokenCaller) PAUSERROLE(opts *bind.CallOpts) ([32]byte, error) {
	var out []interface{}
	err := _RestrictedToken.contract.Call(opts, &out, "PAUSER_ROLE")

	if err != nil {
		return *new([32]byte), err
	}

	out0 := *abi.ConvertType(out[0], new([32]byte)).(*[32]byte)

	return out0, err

}

// PAUSERROLE is a free data retrieval call binding the contract method 0xe63ab1e9.
//
// Solidity: function PAUSER_ROLE() view returns(bytes32)
func (_RestrictedToken *RestrictedTokenSession) PAUSERROLE() ([32]byte, error) {
	return _RestrictedToken.Contract.PAUSERROLE(&_RestrictedToken.CallOpts)
}

// PAUSERROLE is a free data retrieval call binding the contract method 0xe63ab1e9.
//
// Solidity: function PAUSER_ROLE() view returns(bytes32)
func (_RestrictedToken *RestrictedTokenCallerSession) PAUSERROLE() ([32]byte, error) {
	return _RestrictedToken.Contract.PAUSERROLE(&_RestrictedToken.CallOpts)
}

// REGISTRARROLE is a free data retrieval call binding the contract method 0xf68e9553.
//
// Solidity: function REGISTRAR_ROLE() view returns(bytes32)
func (_RestrictedToken *RestrictedTokenCaller) REGISTRARROLE(opts *bind.CallOpts) ([32]byte, error) {
	var out []interface{}
	err := _RestrictedToken.contract.Call(opts, &out, "REGISTRAR_ROLE")

	if err != nil {
		return *new([32]byte), err
	}

	out0 := *abi.ConvertType(out[0], new([32]byte)).(*[32]byte)

	return out0, err

}

// REGISTRARROLE is a free data retrieval call binding the contract method 0xf68e9553.
//
// Solidity: function REGISTRAR_ROLE() view returns(bytes32)
func (_RestrictedToken *RestrictedTokenSession) REGISTRARROLE() ([32]byte, error) {
	return _RestrictedToken.Contract.REGISTRARROLE(&_RestrictedToken.CallOpts)
}

// REGISTRARROLE is a free data retrieval call binding the contract method 0xf68e9553.
//
// Solidity: function REGISTRAR_ROLE() view returns(bytes32)
func (_RestrictedToken *RestrictedTokenCallerSession) REGISTRARROLE() ([32]byte, error) {
	return _RestrictedToken.Contract.REGISTRARROLE(&_RestrictedToken.CallOpts)
}

// SELLERJURISDICTION is a free data retrieval call binding the contract method 0x7e194dcb.
//
// Solidity: function SELLER_JURISDICTION() view returns(uint8)
func (_RestrictedToken *RestrictedTokenCaller) SELLERJURISDICTION(opts *bind.CallOpts) (uint8, error) {
	var out []interface{}
	err := _RestrictedToken.contract.Call(opts, &out, "SELLER_JURISDICTION")

	if err != nil {
		return *new(uint8), err
	}

	out0 := *abi.ConvertType(out[0], new(uint8)).(*uint8)

	return out0, err

}

// SELLERJURISDICTION is a free data retrieval call binding the contract method 0x7e194dcb.
//
// Solidity: function SELLER_JURISDICTION() view returns(uint8)
func (_RestrictedToken *RestrictedTokenSession) SELLERJURISDICTION() (uint8, error) {
	return _RestrictedToken.Contract.SELLERJURISDICTION(&_RestrictedToken.CallOpts)
}

// SELLERJURISDICTION is a free data retrieval call binding the contract method 0x7e194dcb.
//
// Solidity: function SELLER_JURISDICTION() view returns(uint8)
func (_RestrictedToken *RestrictedTokenCallerSession) SELLERJURISDICTION() (uint8, error) {
	return _RestrictedToken.Contract.SELLERJURISDICTION(&_RestrictedToken.CallOpts)
}

// SELLERNOTVERIFIED is a free data retrieval call binding the contract method 0xa08deee4.
//
// Solidity: function SELLER_NOT_VERIFIED() view returns(uint8)
func (_RestrictedToken *RestrictedTokenCaller) SELLERNOTVERIFIED(opts *bind.CallOpts) (uint8, error) {
	var out []interface{}
	err := _RestrictedToken.contract.Call(opts, &out, "SELLER_NOT_VERIFIED")

	if err != nil {
		return *new(uint8), err
	}

	out0 := *abi.ConvertType(out[0], new(uint8)).(*uint8)

	return out0, err

}

// SELLERNOTVERIFIED is a free data retrieval call binding the contract method 0xa08deee4.
//
// Solidity: function SELLER_NOT_VERIFIED() view returns(uint8)
func (_RestrictedToken *RestrictedTokenSession) SELLERNOTVERIFIED() (uint8, error) {
	return _RestrictedToken.Contract.SELLERNOTVERIFIED(&_RestrictedToken.CallOpts)
}

// SELLERNOTVERIFIED is a free data retrieval call binding the contract method 0xa08deee4.
//
// Solidity: function SELLER_NOT_VERIFIED() view returns(uint8)
func (_RestrictedToken *RestrictedTokenCallerSession) SELLERNOTVERIFIED() (uint8, error) {
	return _RestrictedToken.Contract.SELLERNOTVERIFIED(&_RestrictedToken.CallOpts)
}

// SUCCESS is a free data retrieval call binding the contract method 0xd0a6d1a6.
//
// Solidity: function SUCCESS() view returns(uint8)
func (_RestrictedToken *RestrictedTokenCaller) SUCCESS(opts *bind.CallOpts) (uint8, error) {
	var out []interface{}
	err := _RestrictedToken.contract.Call(opts, &out, "SUCCESS")

	if err != nil {
		return *new(uint8), err
	}

	out0 := *abi.ConvertType(out[0], new(uint8)).(*uint8)

	return out0, err

}

// SUCCESS is a free data retrieval call binding the contract method 0xd0a6d1a6.
//
// Solidity: function SUCCESS() view returns(uint8)
func (_RestrictedToken *RestrictedTokenSession) SUCCESS() (uint8, error) {
	return _RestrictedToken.Contract.SUCCESS(&_RestrictedToken.CallOpts)
}

// SUCCESS is a free data retrieval call binding the contract method 0xd0a6d1a6.
//
// Solidity: function SUCCESS() view returns(uint8)
func (_RestrictedToken *RestrictedTokenCallerSession) SUCCESS() (uint8, error) {
	return _RestrictedToken.Contract.SUCCESS(&_RestrictedToken.CallOpts)
}

// Allowance is a free data retrieval call binding the contract method 0xdd62ed3e.
//
// Solidity: function allowance(address owner, address spender) view returns(uint256)
func (_RestrictedToken *RestrictedTokenCaller) Allowance(opts *bind.CallOpts, owner common.Address, spender common.Address) (*big.Int, error) {
	var out []interface{}
	err := _RestrictedToken.contract.Call(opts, &out, "allowance", owner, spender)

	if err != nil {
		return *new(*big.Int), err
	}

	out0 := *abi.ConvertType(out[0], new(*big.Int)).(**big.Int)

	return out0, err

}

// Allowance is a free data retrieval call binding the contract method 0xdd62ed3e.
//
// Solidity: function allowance(address owner, address spender) view returns(uint256)
func (_RestrictedToken *RestrictedTokenSession) Allowance(owner common.Address, spender common.Address) (*big.Int, error) {
	return _RestrictedToken.Contract.Allowance(&_RestrictedToken.CallOpts, owner, spender)
}

// Allowance is a free data retrieval call binding the contract method 0xdd62ed3e.
//
// Solidity: function allowance(address owner, address spender) view returns(uint256)
func (_RestrictedToken *RestrictedTokenCallerSession) Allowance(owner common.Address, spender common.Address) (*big.Int, error) {
	return _RestrictedToken.Contract.Allowance(&_RestrictedToken.CallOpts, owner, spender)
}

// BalanceOf is a free data retrieval call binding the contract method 0x70a08231.
//
// Solidity: function balanceOf(address account) view returns(uint256)
func (_RestrictedToken *RestrictedTokenCaller) BalanceOf(opts *bind.CallOpts, account common.Address) (*big.Int, error) {
	var out []interface{}
	err := _RestrictedToken.contract.Call(opts, &out, "balanceOf", account)

	if err != nil {
		return *new(*big.Int), err
	}

	out0 := *abi.ConvertType(out[0], new(*big.Int)).(**big.Int)

	return out0, err

}

// BalanceOf is a free data retrieval call binding the contract method 0x70a08231.
//
// Solidity: function balanceOf(address account) view returns(uint256)
func (_RestrictedToken *RestrictedTokenSession) BalanceOf(account common.Address) (*big.Int, error) {
	return _RestrictedToken.Contract.BalanceOf(&_RestrictedToken.CallOpts, account)
}

// BalanceOf is a free data retrieval call binding the contract method 0x70a08231.
//
// Solidity: function balanceOf(address account) view returns(uint256)
func (_RestrictedToken *RestrictedTokenCallerSession) BalanceOf(account common.Address) (*big.Int, error) {
	return _RestrictedToken.Contract.BalanceOf(&_RestrictedToken.CallOpts, account)
}

// BlockedCountries is a free data retrieval call binding the contract method 0xa55876fe.
//
// Solidity: function blockedCountries(bytes2 ) view returns(bool)
func (_RestrictedToken *RestrictedTokenCaller) BlockedCountries(opts *bind.CallOpts, arg0 [2]byte) (bool, error) {
	var out []interface{}
	err := _RestrictedToken.contract.Call(opts, &out, "blockedCountries", arg0)

	if err != nil {
		return *new(bool), err
	}

	out0 := *abi.ConvertType(out[0], new(bool)).(*bool)

	return out0, err

}

// BlockedCountries is a free data retrieval call binding the contract method 0xa55876fe.
//
// Solidity: function blockedCountries(bytes2 ) view returns(bool)
func (_RestrictedToken *RestrictedTokenSession) BlockedCountries(arg0 [2]byte) (bool, error) {
	return _RestrictedToken.Contract.BlockedCountries(&_RestrictedToken.CallOpts, arg0)
}

// BlockedCountries is a free data retrieval call binding the contract method 0xa55876fe.
//
// Solidity: function blockedCountries(bytes2 ) view returns(bool)
func (_RestrictedToken *RestrictedTokenCallerSession) BlockedCountries(arg0 [2]byte) (bool, error) {
	return _RestrictedToken.Contract.BlockedCountries(&_RestrictedToken.CallOpts, arg0)
}

// Decimals is a free data retrieval call binding the contract method 0x313ce567.
//
// Solidity: function decimals() view returns(uint8)
func (_RestrictedToken *RestrictedTokenCaller) Decimals(opts *bind.CallOpts) (uint8, error) {
	var out []interface{}
	err := _RestrictedToken.contract.Call(opts, &out, "decimals")

	if err != nil {
		return *new(uint8), err
	}

	out0 := *abi.ConvertType(out[0], new(uint8)).(*uint8)

	return out0, err

}

// Decimals is a free data retrieval call binding the contract method 0x313ce567.
//
// Solidity: function decimals() view returns(uint8)
func (_RestrictedToken *RestrictedTokenSession) Decimals() (uint8, error) {
	return _RestrictedToken.Contract.Decimals(&_RestrictedToken.CallOpts)
}

// Decimals is a free data retrieval call binding the contract method 0x313ce567.
//
// Solidity: function decimals() view returns(uint8)
func (_RestrictedToken *RestrictedTokenCallerSession) Decimals() (uint8, error) {
	return _RestrictedToken.Contract.Decimals(&_RestrictedToken.CallOpts)
}

// DetectTransferRestriction is a free data retrieval call binding the contract method 0xd4ce1415.
//
// Solidity: function detectTransferRestriction(address from, address to, uint256 value) view returns(uint8)
func (_RestrictedToken *RestrictedTokenCaller) DetectTransferRestriction(opts *bind.CallOpts, from common.Address, to common.Address, value *big.Int) (uint8, error) {
	var out []interface{}
	err := _RestrictedToken.contract.Call(opts, &out, "detectTransferRestriction", from, to, value)

	if err != nil {
		return *new(uint8), err
	}

	out0 := *abi.ConvertType(out[0], new(uint8)).(*uint8)

	return out0, err

}

// DetectTransferRestriction is a free data retrieval call binding the contract method 0xd4ce1415.
//
// Solidity: function detectTransferRestriction(address from, address to, uint256 value) view returns(uint8)
func (_RestrictedToken *RestrictedTokenSession) DetectTransferRestriction(from common.Address, to common.Address, value *big.Int) (uint8, error) {
	return _RestrictedToken.Contract.DetectTransferRestriction(&_RestrictedToken.CallOpts, from, to, value)
}

// DetectTransferRestriction is a free data retrieval call binding the contract method 0xd4ce1415.
//
// Solidity: function detectTransferRestriction(address from, address to, uint256 value) view returns(uint8)
func (_RestrictedToken *RestrictedTokenCallerSession) DetectTransferRestriction(from common.Address, to common.Address, value *big.Int) (uint8, error) {
	return _RestrictedToken.Contract.DetectTransferRestriction(&_RestrictedToken.CallOpts, from, to, value)
}

// GetRoleAdmin is a free data retrieval call binding the contract method 0x248a9ca3.
//
// Solidity: function getRoleAdmin(bytes32 role) view returns(bytes32)
func (_RestrictedToken *RestrictedTokenCaller) GetRoleAdmin(opts *bind.CallOpts, role [32]byte) ([32]byte, error) {
	var out []interface{}
	err := _RestrictedToken.contract.Call(opts, &out, "getRoleAdmin", role)

	if err != nil {
		return *new([32]byte), err
	}

	out0 := *abi.ConvertType(out[0], new([32]byte)).(*[32]byte)

	return out0, err

}

// GetRoleAdmin is a free data retrieval call binding the contract method 0x248a9ca3.
//
// Solidity: function getRoleAdmin(bytes32 role) view returns(bytes32)
func (_RestrictedToken *RestrictedTokenSession) GetRoleAdmin(role [32]byte) ([32]byte, error) {
	return _RestrictedToken.Contract.GetRoleAdmin(&_RestrictedToken.CallOpts, role)
}

// GetRoleAdmin is a free data retrieval call binding the contract method 0x248a9ca3.
//
// Solidity: function getRoleAdmin(bytes32 role) view returns(bytes32)
func (_RestrictedToken *RestrictedTokenCallerSession) GetRoleAdmin(role [32]byte) ([32]byte, error) {
	return _RestrictedToken.Contract.GetRoleAdmin(&_RestrictedToken.CallOpts, role)
}

// HasRole is a free data retrieval call binding the contract method 0x91d14854.
//
// Solidity: function hasRole(bytes32 role, address account) view returns(bool)
func (_RestrictedToken *RestrictedTokenCaller) HasRole(opts *bind.CallOpts, role [32]byte, account common.Address) (bool, error) {
	var out []interface{}
	err := _RestrictedToken.contract.Call(opts, &out, "hasRole", role, account)

	if err != nil {
		return *new(bool), err
	}

	out0 := *abi.ConvertType(out[0], new(bool)).(*bool)

	return out0, err

}

// HasRole is a free data retrieval call binding the contract method 0x91d14854.
//
// Solidity: function hasRole(bytes32 role, address account) view returns(bool)
func (_RestrictedToken *RestrictedTokenSession) HasRole(role [32]byte, account common.Address) (bool, error) {
	return _RestrictedToken.Contract.HasRole(&_RestrictedToken.CallOpts, role, account)
}

// HasRole is a free data retrieval call binding the contract method 0x91d14854.
//
// Solidity: function hasRole(bytes32 role, address account) view returns(bool)
func (_RestrictedToken *RestrictedTokenCallerSession) HasRole(role [32]byte, account common.Address) (bool, error) {
	return _RestrictedToken.Contract.HasRole(&_RestrictedToken.CallOpts, role, account)
}

// Investors is a free data retrieval call binding the contract method 0x6f7bc9be.
//
// Solidity: function investors(address ) view returns(bool allowed, bytes2 country, uint64 lockupUntil)
func (_RestrictedToken *RestrictedTokenCaller) Investors(opts *bind.CallOpts, arg0 common.Address) (struct {
	Allowed     bool
	Country     [2]byte
	LockupUntil uint64
}, error) {
	var out []interface{}
	err := _RestrictedToken.contract.Call(opts, &out, "investors", arg0)

	outstruct := new(struct {
		Allowed     bool
		Country     [2]byte
		LockupUntil uint64
	})
	if err != nil {
		return *outstruct, err
	}

	outstruct.Allowed = *abi.ConvertType(out[0], new(bool)).(*bool)
	outstruct.Country = *abi.ConvertType(out[1], new([2]byte)).(*[2]byte)
	outstruct.LockupUntil = *abi.ConvertType(out[2], new(uint64)).(*uint64)

	return *outstruct, err

}

// Investors is a free data retrieval call binding the contract method 0x6f7bc9be.
//
// Solidity: function investors(address ) view returns(bool allowed, bytes2 country, uint64 lockupUntil)
func (_RestrictedToken *RestrictedTokenSession) Investors(arg0 common.Address) (struct {
	Allowed     bool
	Country     [2]byte
	LockupUntil uint64
}, error) {
	return _RestrictedToken.Contract.Investors(&_RestrictedToken.CallOpts, arg0)
}

// Investors is a free data retrieval call binding the contract method 0x6f7bc9be.
//
// Solidity: function investors(address ) view returns(bool allowed, bytes2 country, uint64 lockupUntil)
func (_RestrictedToken *RestrictedTokenCallerSession) Investors(arg0 common.Address) (struct {
	Allowed     bool
	Country     [2]byte
	LockupUntil uint64
}, error) {
	return _RestrictedToken.Contract.Investors(&_RestrictedToken.CallOpts, arg0)
}

// MessageForTransferRestriction is a free data retrieval call binding the contract method 0x7f4ab1dd.
//
// Solidity: function messageForTransferRestriction(uint8 code) pure returns(string)
func (_RestrictedToken *RestrictedTokenCaller) MessageForTransferRestriction(opts *bind.CallOpts, code uint8) (string, error) {
	var out []interface{}
	err := _RestrictedToken.contract.Call(opts, &out, "messageForTransferRestriction", code)

	if err != nil {
		return *new(string), err
	}

	out0 := *abi.ConvertType(out[0], new(string)).(*string)

	return out0, err

}

// MessageForTransferRestriction is a free data retrieval call binding the contract method 0x7f4ab1dd.
//
// Solidity: function messageForTransferRestriction(uint8 code) pure returns(string)
func (_RestrictedToken *RestrictedTokenSession) MessageForTransferRestriction(code uint8) (string, error) {
	return _RestrictedToken.Contract.MessageForTransferRestriction(&_RestrictedToken.CallOpts, code)
}

// MessageForTransferRestriction is a free data retrieval call binding the contract method 0x7f4ab1dd.
//
// Solidity: function messageForTransferRestriction(uint8 code) pure returns(string)
func (_RestrictedToken *RestrictedTokenCallerSession) MessageForTransferRestriction(code uint8) (string, error) {
	return _RestrictedToken.Contract.MessageForTransferRestriction(&_RestrictedToken.CallOpts, code)
}

// Name is a free data retrieval call binding the contract method 0x06fdde03.
//
// Solidity: function name() view returns(string)
func (_RestrictedToken *RestrictedTokenCaller) Name(opts *bind.CallOpts) (string, error) {
	var out []interface{}
	err := _RestrictedToken.contract.Call(opts, &out, "name")

	if err != nil {
		return *new(string), err
	}

	out0 := *abi.ConvertType(out[0], new(string)).(*string)

	return out0, err

}

// Name is a free data retrieval call binding the contract method 0x06fdde03.
//
// Solidity: function name() view returns(string)
func (_RestrictedToken *RestrictedTokenSession) Name() (string, error) {
	return _RestrictedToken.Contract.Name(&_RestrictedToken.CallOpts)
}

// Name is a free data retrieval call binding the contract method 0x06fdde03.
//
// Solidity: function name() view returns(string)
func (_RestrictedToken *RestrictedTokenCallerSession) Name() (string, error) {
	return _RestrictedToken.Contract.Name(&_RestrictedToken.CallOpts)
}

// Paused is a free data retrieval call binding the contract method 0x5c975abb.
//
// Solidity: function paused() view returns(bool)
func (_RestrictedToken *RestrictedTokenCaller) Paused(opts *bind.CallOpts) (bool, error) {
	var out []interface{}
	err := _RestrictedToken.contract.Call(opts, &out, "paused")

	if err != nil {
		return *new(bool), err
	}

	out0 := *abi.ConvertType(out[0], new(bool)).(*bool)

	return out0, err

}

// Paused is a free data retrieval call binding the contract method 0x5c975abb.
//
// Solidity: function paused() view returns(bool)
func (_RestrictedToken *RestrictedTokenSession) Paused() (bool, error) {
	return _RestrictedToken.Contract.Paused(&_RestrictedToken.CallOpts)
}

// Paused is a free data retrieval call binding the contract method 0x5c975abb.
//
// Solidity: function paused() view returns(bool)
func (_RestrictedToken *RestrictedTokenCallerSession) Paused() (bool, error) {
	return _RestrictedToken.Contract.Paused(&_RestrictedToken.CallOpts)
}

// SupportsInterface is a free data retrieval call binding the contract method 0x01ffc9a7.
//
// Solidity: function supportsInterface(bytes4 interfaceId) view returns(bool)
func (_RestrictedToken *RestrictedTokenCaller) SupportsInterface(opts *bind.CallOpts, interfaceId [4]byte) (bool, error) {
	var out []interface{}
	err := _RestrictedToken.contract.Call(opts, &out, "supportsInterface", interfaceId)

	if err != nil {
		return *new(bool), err
	}

	out0 := *abi.ConvertType(out[0], new(bool)).(*bool)

	return out0, err

}

// SupportsInterface is a free data retrieval call binding the contract method 0x01ffc9a7.
//
// Solidity: function supportsInterface(bytes4 interfaceId) view returns(bool)
func (_RestrictedToken *RestrictedTokenSession) SupportsInterface(interfaceId [4]byte) (bool, error) {
	return _RestrictedToken.Contract.SupportsInterface(&_RestrictedToken.CallOpts, interfaceId)
}

// SupportsInterface is a free data retrieval call binding the contract method 0x01ffc9a7.
//
// Solidity: function supportsInterface(bytes4 interfaceId) view returns(bool)
func (_RestrictedToken *RestrictedTokenCallerSession) SupportsInterface(interfaceId [4]byte) (bool, error) {
	return _RestrictedToken.Contract.SupportsInterface(&_RestrictedToken.CallOpts, interfaceId)
}

// Symbol is a free data retrieval call binding the contract method 0x95d89b41.
//
// Solidity: function symbol() view returns(string)
func (_RestrictedToken *RestrictedTokenCaller) Symbol(opts *bind.CallOpts) (string, error) {
	var out []interface{}
	err := _RestrictedToken.contract.Call(opts, &out, "symbol")

	if err != nil {
		return *new(string), err
	}

	out0 := *abi.ConvertType(out[0], new(string)).(*string)

	return out0, err

}

// Symbol is a free data retrieval call binding the contract method 0x95d89b41.
//
// Solidity: function symbol() view returns(string)
func (_RestrictedToken *RestrictedTokenSession) Symbol() (string, error) {
	return _RestrictedToken.Contract.Symbol(&_RestrictedToken.CallOpts)
}

// Symbol is a free data retrieval call binding the contract method 0x95d89b41.
//
// Solidity: function symbol() view returns(string)
func (_RestrictedToken *RestrictedTokenCallerSession) Symbol() (string, error) {
	return _RestrictedToken.Contract.Symbol(&_RestrictedToken.CallOpts)
}

// TotalSupply is a free data retrieval call binding the contract method 0x18160ddd.
//
// Solidity: function totalSupply() view returns(uint256)
func (_RestrictedToken *RestrictedTokenCaller) TotalSupply(opts *bind.CallOpts) (*big.Int, error) {
	var out []interface{}
	err := _RestrictedToken.contract.Call(opts, &out, "totalSupply")

	if err != nil {
		return *new(*big.Int), err
	}

	out0 := *abi.ConvertType(out[0], new(*big.Int)).(**big.Int)

	return out0, err

}

// TotalSupply is a free data retrieval call binding the contract method 0x18160ddd.
//
// Solidity: function totalSupply() view returns(uint256)
func (_RestrictedToken *RestrictedTokenSession) TotalSupply() (*big.Int, error) {
	return _RestrictedToken.Contract.TotalSupply(&_RestrictedToken.CallOpts)
}

// TotalSupply is a free data retrieval call binding the contract method 0x18160ddd.
//
// Solidity: function totalSupply() view returns(uint256)
func (_RestrictedToken *RestrictedTokenCallerSession) TotalSupply() (*big.Int, error) {
	return _RestrictedToken.Contract.TotalSupply(&_RestrictedToken.CallOpts)
}

// Approve is a paid mutator transaction binding the contract method 0x095ea7b3.
//
// Solidity: function approve(address spender, uint256 value) returns(bool)
func (_RestrictedToken *RestrictedTokenTransactor) Approve(opts *bind.TransactOpts, spender common.Address, value *big.Int) (*types.Transaction, error) {
	return _RestrictedToken.contract.Transact(opts, "approve", spender, value)
}

// Approve is a paid mutator transaction binding the contract method 0x095ea7b3.
//
// Solidity: function approve(address spender, uint256 value) returns(bool)
func (_RestrictedToken *RestrictedTokenSession) Approve(spender common.Address, value *big.Int) (*types.Transaction, error) {
	return _RestrictedToken.Contract.Approve(&_RestrictedToken.TransactOpts, spender, value)
}

// Approve is a paid mutator transaction binding the contract method 0x095ea7b3.
//
// Solidity: function approve(address spender, uint256 value) returns(bool)
func (_RestrictedToken *RestrictedTokenTransactorSession) Approve(spender common.Address, value *big.Int) (*types.Transaction, error) {
	return _RestrictedToken.Contract.Approve(&_RestrictedToken.TransactOpts, spender, value)
}

// Burn is a paid mutator transaction binding the contract method 0x9dc29fac.
//
// Solidity: function burn(address from, uint256 value) returns()
func (_RestrictedToken *RestrictedTokenTransactor) Burn(opts *bind.TransactOpts, from common.Address, value *big.Int) (*types.Transaction, error) {
	return _RestrictedToken.contract.Transact(opts, "burn", from, value)
}

// Burn is a paid mutator transaction binding the contract method 0x9dc29fac.
//
// Solidity: function burn(address from, uint256 value) returns()
func (_RestrictedToken *RestrictedTokenSession) Burn(from common.Address, value *big.Int) (*types.Transaction, error) {
	return _RestrictedToken.Contract.Burn(&_RestrictedToken.TransactOpts, from, value)
}

// Burn is a paid mutator transaction binding the contract method 0x9dc29fac.
//
// Solidity: function burn(address from, uint256 value) returns()
func (_RestrictedToken *RestrictedTokenTransactorSession) Burn(from common.Address, value *big.Int) (*types.Transaction, error) {
	return _RestrictedToken.Contract.Burn(&_RestrictedToken.TransactOpts, from, value)
}

// ForcedTransfer is a paid mutator transaction binding the contract method 0x9fc1d0e7.
//
// Solidity: function forcedTransfer(address from, address to, uint256 value) returns()
func (_RestrictedToken *RestrictedTokenTransactor) ForcedTransfer(opts *bind.TransactOpts, from common.Address, to common.Address, value *big.Int) (*types.Transaction, error) {
	return _RestrictedToken.contract.Transact(opts, "forcedTransfer", from, to, value)
}

// ForcedTransfer is a paid mutator transaction binding the contract method 0x9fc1d0e7.
//
// Solidity: function forcedTransfer(address from, address to, uint256 value) returns()
func (_RestrictedToken *RestrictedTokenSession) ForcedTransfer(from common.Address, to common.Address, value *big.Int) (*types.Transaction, error) {
	return _RestrictedToken.Contract.ForcedTransfer(&_RestrictedToken.TransactOpts, from, to, value)
}

// ForcedTransfer is a paid mutator transaction binding the contract method 0x9fc1d0e7.
//
// Solidity: function forcedTransfer(address from, address to, uint256 value) returns()
func (_RestrictedToken *RestrictedTokenTransactorSession) ForcedTransfer(from common.Address, to common.Address, value *big.Int) (*types.Transaction, error) {
	return _RestrictedToken.Contract.ForcedTransfer(&_RestrictedToken.TransactOpts, from, to, value)
}

// GrantRole is a paid mutator transaction binding the contract method 0x2f2ff15d.
//
// Solidity: function grantRole(bytes32 role, address account) returns()
func (_RestrictedToken *RestrictedTokenTransactor) GrantRole(opts *bind.TransactOpts, role [32]byte, account common.Address) (*types.Transaction, error) {
	return _RestrictedToken.contract.Transact(opts, "grantRole", role, account)
}

// GrantRole is a paid mutator transaction binding the contract method 0x2f2ff15d.
//
// Solidity: function grantRole(bytes32 role, address account) returns()
func (_RestrictedToken *RestrictedTokenSession) GrantRole(role [32]byte, account common.Address) (*types.Transaction, error) {
	return _RestrictedToken.Contract.GrantRole(&_RestrictedToken.TransactOpts, role, account)
}

// GrantRole is a paid mutator transaction binding the contract method 0x2f2ff15d.
//
// Solidity: function grantRole(bytes32 role, address account) returns()
func (_RestrictedToken *RestrictedTokenTransactorSession) GrantRole(role [32]byte, account common.Address) (*types.Transaction, error) {
	return _RestrictedToken.Contract.GrantRole(&_RestrictedToken.TransactOpts, role, account)
}

// Mint is a paid mutator transaction binding the contract method 0x40c10f19.
//
// Solidity: function mint(address to, uint256 value) returns()
func (_RestrictedToken *RestrictedTokenTransactor) Mint(opts *bind.TransactOpts, to common.Address, value *big.Int) (*types.Transaction, error) {
	return _RestrictedToken.contract.Transact(opts, "mint", to, value)
}

// Mint is a paid mutator transaction binding the contract method 0x40c10f19.
//
// Solidity: function mint(address to, uint256 value) returns()
func (_RestrictedToken *RestrictedTokenSession) Mint(to common.Address, value *big.Int) (*types.Transaction, error) {
	return _RestrictedToken.Contract.Mint(&_RestrictedToken.TransactOpts, to, value)
}

// Mint is a paid mutator transaction binding the contract method 0x40c10f19.
//
// Solidity: function mint(address to, uint256 value) returns()
func (_RestrictedToken *RestrictedTokenTransactorSession) Mint(to common.Address, value *big.Int) (*types.Transaction, error) {
	return _RestrictedToken.Contract.Mint(&_RestrictedToken.TransactOpts, to, value)
}

// Pause is a paid mutator transaction binding the contract method 0x8456cb59.
//
// Solidity: function pause() returns()
func (_RestrictedToken *RestrictedTokenTransactor) Pause(opts *bind.TransactOpts) (*types.Transaction, error) {
	return _RestrictedToken.contract.Transact(opts, "pause")
}

// Pause is a paid mutator transaction binding the contract method 0x8456cb59.
//
// Solidity: function pause() returns()
func (_RestrictedToken *RestrictedTokenSession) Pause() (*types.Transaction, error) {
	return _RestrictedToken.Contract.Pause(&_RestrictedToken.TransactOpts)
}

// Pause is a paid mutator transaction binding the contract method 0x8456cb59.
//
// Solidity: function pause() returns()
func (_RestrictedToken *RestrictedTokenTransactorSession) Pause() (*types.Transaction, error) {
	return _RestrictedToken.Contract.Pause(&_RestrictedToken.TransactOpts)
}

// RenounceRole is a paid mutator transaction binding the contract method 0x36568abe.
//
// Solidity: function renounceRole(bytes32 role, address callerConfirmation) returns()
func (_RestrictedToken *RestrictedTokenTransactor) RenounceRole(opts *bind.TransactOpts, role [32]byte, callerConfirmation common.Address) (*types.Transaction, error) {
	return _RestrictedToken.contract.Transact(opts, "renounceRole", role, callerConfirmation)
}

// RenounceRole is a paid mutator transaction binding the contract method 0x36568abe.
//
// Solidity: function renounceRole(bytes32 role, address callerConfirmation) returns()
func (_RestrictedToken *RestrictedTokenSession) RenounceRole(role [32]byte, callerConfirmation common.Address) (*types.Transaction, error) {
	return _RestrictedToken.Contract.RenounceRole(&_RestrictedToken.TransactOpts, role, callerConfirmation)
}

// RenounceRole is a paid mutator transaction binding the contract method 0x36568abe.
//
// Solidity: function renounceRole(bytes32 role, address callerConfirmation) returns()
func (_RestrictedToken *RestrictedTokenTransactorSession) RenounceRole(role [32]byte, callerConfirmation common.Address) (*types.Transaction, error) {
	return _RestrictedToken.Contract.RenounceRole(&_RestrictedToken.TransactOpts, role, callerConfirmation)
}

// RevokeRole is a paid mutator transaction binding the contract method 0xd547741f.
//
// Solidity: function revokeRole(bytes32 role, address account) returns()
func (_RestrictedToken *RestrictedTokenTransactor) RevokeRole(opts *bind.TransactOpts, role [32]byte, account common.Address) (*types.Transaction, error) {
	return _RestrictedToken.contract.Transact(opts, "revokeRole", role, account)
}

// RevokeRole is a paid mutator transaction binding the contract method 0xd547741f.
//
// Solidity: function revokeRole(bytes32 role, address account) returns()
func (_RestrictedToken *RestrictedTokenSession) RevokeRole(role [32]byte, account common.Address) (*types.Transaction, error) {
	return _RestrictedToken.Contract.RevokeRole(&_RestrictedToken.TransactOpts, role, account)
}

// RevokeRole is a paid mutator transaction binding the contract method 0xd547741f.
//
// Solidity: function revokeRole(bytes32 role, address account) returns()
func (_RestrictedToken *RestrictedTokenTransactorSession) RevokeRole(role [32]byte, account common.Address) (*types.Transaction, error) {
	return _RestrictedToken.Contract.RevokeRole(&_RestrictedToken.TransactOpts, role, account)
}

// SetCountryBlocked is a paid mutator transaction binding the contract method 0xe219d265.
//
// Solidity: function setCountryBlocked(bytes2 country, bool blocked) returns()
func (_RestrictedToken *RestrictedTokenTransactor) SetCountryBlocked(opts *bind.TransactOpts, country [2]byte, blocked bool) (*types.Transaction, error) {
	return _RestrictedToken.contract.Transact(opts, "setCountryBlocked", country, blocked)
}

// SetCountryBlocked is a paid mutator transaction binding the contract method 0xe219d265.
//
// Solidity: function setCountryBlocked(bytes2 country, bool blocked) returns()
func (_RestrictedToken *RestrictedTokenSession) SetCountryBlocked(country [2]byte, blocked bool) (*types.Transaction, error) {
	return _RestrictedToken.Contract.SetCountryBlocked(&_RestrictedToken.TransactOpts, country, blocked)
}

// SetCountryBlocked is a paid mutator transaction binding the contract method 0xe219d265.
//
// Solidity: function setCountryBlocked(bytes2 country, bool blocked) returns()
func (_RestrictedToken *RestrictedTokenTransactorSession) SetCountryBlocked(country [2]byte, blocked bool) (*types.Transaction, error) {
	return _RestrictedToken.Contract.SetCountryBlocked(&_RestrictedToken.TransactOpts, country, blocked)
}

// SetInvestor is a paid mutator transaction binding the contract method 0xc14b3fe1.
//
// Solidity: function setInvestor(address investor, bool allowed, bytes2 country, uint64 lockupUntil) returns()
func (_RestrictedToken *RestrictedTokenTransactor) SetInvestor(opts *bind.TransactOpts, investor common.Address, allowed bool, country [2]byte, lockupUntil uint64) (*types.Transaction, error) {
	return _RestrictedToken.contract.Transact(opts, "setInvestor", investor, allowed, country, lockupUntil)
}

// SetInvestor is a paid mutator transaction binding the contract method 0xc14b3fe1.
//
// Solidity: function setInvestor(address investor, bool allowed, bytes2 country, uint64 lockupUntil) returns()
func (_RestrictedToken *RestrictedTokenSession) SetInvestor(investor common.Address, allowed bool, country [2]byte, lockupUntil uint64) (*types.Transaction, error) {
	return _RestrictedToken.Contract.SetInvestor(&_RestrictedToken.TransactOpts, investor, allowed, country, lockupUntil)
}

// SetInvestor is a paid mutator transaction binding the contract method 0xc14b3fe1.
//
// Solidity: function setInvestor(address investor, bool allowed, bytes2 country, uint64 lockupUntil) returns()
func (_RestrictedToken *RestrictedTokenTransactorSession) SetInvestor(investor common.Address, allowed bool, country [2]byte, lockupUntil uint64) (*types.Transaction, error) {
	return _RestrictedToken.Contract.SetInvestor(&_RestrictedToken.TransactOpts, investor, allowed, country, lockupUntil)
}

// Transfer is a paid mutator transaction binding the contract method 0xa9059cbb.
//
// Solidity: function transfer(address to, uint256 value) returns(bool)
func (_RestrictedToken *RestrictedTokenTransactor) Transfer(opts *bind.TransactOpts, to common.Address, value *big.Int) (*types.Transaction, error) {
	return _RestrictedToken.contract.Transact(opts, "transfer", to, value)
}

// Transfer is a paid mutator transaction binding the contract method 0xa9059cbb.
//
// Solidity: function transfer(address to, uint256 value) returns(bool)
func (_RestrictedToken *RestrictedTokenSession) Transfer(to common.Address, value *big.Int) (*types.Transaction, error) {
	return _RestrictedToken.Contract.Transfer(&_RestrictedToken.TransactOpts, to, value)
}

// Transfer is a paid mutator transaction binding the contract method 0xa9059cbb.
//
// Solidity: function transfer(address to, uint256 value) returns(bool)
func (_RestrictedToken *RestrictedTokenTransactorSession) Transfer(to common.Address, value *big.Int) (*types.Transaction, error) {
	return _RestrictedToken.Contract.Transfer(&_RestrictedToken.TransactOpts, to, value)
}

// TransferFrom is a paid mutator transaction binding the contract method 0x23b872dd.
//
// Solidity: function transferFrom(address from, address to, uint256 value) returns(bool)
func (_RestrictedToken *RestrictedTokenTransactor) TransferFrom(opts *bind.TransactOpts, from common.Address, to common.Address, value *big.Int) (*types.Transaction, error) {
	return _RestrictedToken.contract.Transact(opts, "transferFrom", from, to, value)
}

// TransferFrom is a paid mutator transaction binding the contract method 0x23b872dd.
//
// Solidity: function transferFrom(address from, address to, uint256 value) returns(bool)
func (_RestrictedToken *RestrictedTokenSession) TransferFrom(from common.Address, to common.Address, value *big.Int) (*types.Transaction, error) {
	return _RestrictedToken.Contract.TransferFrom(&_RestrictedToken.TransactOpts, from, to, value)
}

// TransferFrom is a paid mutator transaction binding the contract method 0x23b872dd.
//
// Solidity: function transferFrom(address from, address to, uint256 value) returns(bool)
func (_RestrictedToken *RestrictedTokenTransactorSession) TransferFrom(from common.Address, to common.Address, value *big.Int) (*types.Transaction, error) {
	return _RestrictedToken.Contract.TransferFrom(&_RestrictedToken.TransactOpts, from, to, value)
}

// Unpause is a paid mutator transaction binding the contract method 0x3f4ba83a.
//
// Solidity: function unpause() returns()
func (_RestrictedToken *RestrictedTokenTransactor) Unpause(opts *bind.TransactOpts) (*types.Transaction, error) {
	return _RestrictedToken.contract.Transact(opts, "unpause")
}

// Unpause is a paid mutator transaction binding the contract method 0x3f4ba83a.
//
// Solidity: function unpause() returns()
func (_RestrictedToken *RestrictedTokenSession) Unpause() (*types.Transaction, error) {
	return _RestrictedToken.Contract.Unpause(&_RestrictedToken.TransactOpts)
}

// Unpause is a paid mutator transaction binding the contract method 0x3f4ba83a.
//
// Solidity: function unpause() returns()
func (_RestrictedToken *RestrictedTokenTransactorSession) Unpause() (*types.Transaction, error) {
	return _RestrictedToken.Contract.Unpause(&_RestrictedToken.TransactOpts)
}

// RestrictedTokenApprovalIterator is returned from FilterApproval and is used to iterate over the raw logs and unpacked data for Approval events raised by the RestrictedToken contract.
type RestrictedTokenApprovalIterator struct {
	Event *RestrictedTokenApproval // Event containing the contract specifics and raw log

	contract *bind.BoundContract // Generic contract to use for unpacking event data
	event    string              // Event name to use for unpacking event data

	logs chan types.Log        // Log channel receiving the found contract events
	sub  ethereum.Subscription // Subscription for errors, completion and termination
	done bool                  // Whether the subscription completed delivering logs
	fail error                 // Occurred error to stop iteration
}

// Next advances the iterator to the subsequent event, returning whether there
// are any more events found. In case of a retrieval or parsing error, false is
// returned and Error() can be queried for the exact failure.
func (it *RestrictedTokenApprovalIterator) Next() bool {
	// If the iterator failed, stop iterating
	if it.fail != nil {
		return false
	}
	// If the iterator completed, deliver directly whatever's available
	if it.done {
		select {
		case log := <-it.logs:
			it.Event = new(RestrictedTokenApproval)
			if err := it.contract.UnpackLog(it.Event, it.event, log); err != nil {
				it.fail = err
				return false
			}
			it.Event.Raw = log
			return true

		default:
			return false
		}
	}
	// Iterator still in progress, wait for either a data or an error event
	select {
	case log := <-it.logs:
		it.Event = new(RestrictedTokenApproval)
		if err := it.contract.UnpackLog(it.Event, it.event, log); err != nil {
			it.fail = err
			return false
		}
		it.Event.Raw = log
		return true

	case err := <-it.sub.Err():
		it.done = true
		it.fail = err
		return it.Next()
	}
}

// Error returns any retrieval or parsing error occurred during filtering.
func (it *RestrictedTokenApprovalIterator) Error() error {
	return it.fail
}

// Close terminates the iteration process, releasing any pending underlying
// resources.
func (it *RestrictedTokenApprovalIterator) Close() error {
	it.sub.Unsubscribe()
	return nil
}

// RestrictedTokenApproval represents a Approval event raised by the RestrictedToken contract.
type RestrictedTokenApproval struct {
	Owner   common.Address
	Spender common.Address
	Value   *big.Int
	Raw     types.Log // Blockchain specific contextual infos
}

// FilterApproval is a free log retrieval operation binding the contract event 0x8c5be1e5ebec7d5bd14f71427d1e84f3dd0314c0f7b2291e5b200ac8c7c3b925.
//
// Solidity: event Approval(address indexed owner, address indexed spender, uint256 value)
func (_RestrictedToken *RestrictedTokenFilterer) FilterApproval(opts *bind.FilterOpts, owner []common.Address, spender []common.Address) (*RestrictedTokenApprovalIterator, error) {

	var ownerRule []interface{}
	for _, ownerItem := range owner {
		ownerRule = append(ownerRule, ownerItem)
	}
	var spenderRule []interface{}
	for _, spenderItem := range spender {
		spenderRule = append(spenderRule, spenderItem)
	}

	logs, sub, err := _RestrictedToken.contract.FilterLogs(opts, "Approval", ownerRule, spenderRule)
	if err != nil {
		return nil, err
	}
	return &RestrictedTokenApprovalIterator{contract: _RestrictedToken.contract, event: "Approval", logs: logs, sub: sub}, nil
}

// WatchApproval is a free log subscription operation binding the contract event 0x8c5be1e5ebec7d5bd14f71427d1e84f3dd0314c0f7b2291e5b200ac8c7c3b925.
//
// Solidity: event Approval(address indexed owner, address indexed spender, uint256 value)
func (_RestrictedToken *RestrictedTokenFilterer) WatchApproval(opts *bind.WatchOpts, sink chan<- *RestrictedTokenApproval, owner []common.Address, spender []common.Address) (event.Subscription, error) {

	var ownerRule []interface{}
	for _, ownerItem := range owner {
		ownerRule = append(ownerRule, ownerItem)
	}
	var spenderRule []interface{}
	for _, spenderItem := range spender {
		spenderRule = append(spenderRule, spenderItem)
	}

	logs, sub, err := _RestrictedToken.contract.WatchLogs(opts, "Approval", ownerRule, spenderRule)
	if err != nil {
		return nil, err
	}
	return event.NewSubscription(func(quit <-chan struct{}) error {
		defer sub.Unsubscribe()
		for {
			select {
			case log := <-logs:
				// New log arrived, parse the event and forward to the user
				event := new(RestrictedTokenApproval)
				if err := _RestrictedToken.contract.UnpackLog(event, "Approval", log); err != nil {
					return err
				}
				event.Raw = log

				select {
				case sink <- event:
				case err := <-sub.Err():
					return err
				case <-quit:
					return nil
				}
			case err := <-sub.Err():
				return err
			case <-quit:
				return nil
			}
		}
	}), nil
}

// ParseApproval is a log parse operation binding the contract event 0x8c5be1e5ebec7d5bd14f71427d1e84f3dd0314c0f7b2291e5b200ac8c7c3b925.
//
// Solidity: event Approval(address indexed owner, address indexed spender, uint256 value)
func (_RestrictedToken *RestrictedTokenFilterer) ParseApproval(log types.Log) (*RestrictedTokenApproval, error) {
	event := new(RestrictedTokenApproval)
	if err := _RestrictedToken.contract.UnpackLog(event, "Approval", log); err != nil {
		return nil, err
	}
	event.Raw = log
	return event, nil
}

// RestrictedTokenCountryBlockedIterator is returned from FilterCountryBlocked and is used to iterate over the raw logs and unpacked data for CountryBlocked events raised by the RestrictedToken contract.
type RestrictedTokenCountryBlockedIterator struct {
	Event *RestrictedTokenCountryBlocked // Event containing the contract specifics and raw log

	contract *bind.BoundContract // Generic contract to use for unpacking event data
	event    string              // Event name to use for unpacking event data

	logs chan types.Log        // Log channel receiving the found contract events
	sub  ethereum.Subscription // Subscription for errors, completion and termination
	done bool                  // Whether the subscription completed delivering logs
	fail error                 // Occurred error to stop iteration
}

// Next advances the iterator to the subsequent event, returning whether there
// are any more events found. In case of a retrieval or parsing error, false is
// returned and Error() can be queried for the exact failure.
func (it *RestrictedTokenCountryBlockedIterator) Next() bool {
	// If the iterator failed, stop iterating
	if it.fail != nil {
		return false
	}
	// If the iterator completed, deliver directly whatever's available
	if it.done {
		select {
		case log := <-it.logs:
			it.Event = new(RestrictedTokenCountryBlocked)
			if err := it.contract.UnpackLog(it.Event, it.event, log); err != nil {
				it.fail = err
				return false
			}
			it.Event.Raw = log
			return true

		default:
			return false
		}
	}
	// Iterator still in progress, wait for either a data or an error event
	select {
	case log := <-it.logs:
		it.Event = new(RestrictedTokenCountryBlocked)
		if err := it.contract.UnpackLog(it.Event, it.event, log); err != nil {
			it.fail = err
			return false
		}
		it.Event.Raw = log
		return true

	case err := <-it.sub.Err():
		it.done = true
		it.fail = err
		return it.Next()
	}
}

// Error returns any retrieval or parsing error occurred during filtering.
func (it *RestrictedTokenCountryBlockedIterator) Error() error {
	return it.fail
}

// Close terminates the iteration process, releasing any pending underlying
// resources.
func (it *RestrictedTokenCountryBlockedIterator) Close() error {
	it.sub.Unsubscribe()
	return nil
}

// RestrictedTokenCountryBlocked represents a CountryBlocked event raised by the RestrictedToken contract.
type RestrictedTokenCountryBlocked struct {
	Country [2]byte
	Blocked bool
	Raw     types.Log // Blockchain specific contextual infos
}

// FilterCountryBlocked is a free log retrieval operation binding the contract event 0x1df7c3e8ceb0448bba8ec244b58516c1fdba37bd4cde42887d7d25ba68ee41bd.
//
// Solidity: event CountryBlocked(bytes2 indexed country, bool blocked)
func (_RestrictedToken *RestrictedTokenFilterer) FilterCountryBlocked(opts *bind.FilterOpts, country [][2]byte) (*RestrictedTokenCountryBlockedIterator, error) {

	var countryRule []interface{}
	for _, countryItem := range country {
		countryRule = append(countryRule, countryItem)
	}

	logs, sub, err := _RestrictedToken.contract.FilterLogs(opts, "CountryBlocked", countryRule)
	if err != nil {
		return nil, err
	}
	return &RestrictedTokenCountryBlockedIterator{contract: _RestrictedToken.contract, event: "CountryBlocked", logs: logs, sub: sub}, nil
}

// WatchCountryBlocked is a free log subscription operation binding the contract event 0x1df7c3e8ceb0448bba8ec244b58516c1fdba37bd4cde42887d7d25ba68ee41bd.
//
// Solidity: event CountryBlocked(bytes2 indexed country, bool blocked)
func (_RestrictedToken *RestrictedTokenFilterer) WatchCountryBlocked(opts *bind.WatchOpts, sink chan<- *RestrictedTokenCountryBlocked, country [][2]byte) (event.Subscription, error) {

	var countryRule []interface{}
	for _, countryItem := range country {
		countryRule = append(countryRule, countryItem)
	}

	logs, sub, err := _RestrictedToken.contract.WatchLogs(opts, "CountryBlocked", countryRule)
	if err != nil {
		return nil, err
	}
	return event.NewSubscription(func(quit <-chan struct{}) error {
		defer sub.Unsubscribe()
		for {
			select {
			case log := <-logs:
				// New log arrived, parse the event and forward to the user
				event := new(RestrictedTokenCountryBlocked)
				if err := _RestrictedToken.contract.UnpackLog(event, "CountryBlocked", log); err != nil {
					return err
				}
				event.Raw = log

				select {
				case sink <- event:
				case err := <-sub.Err():
					return err
				case <-quit:
					return nil
				}
			case err := <-sub.Err():
				return err
			case <-quit:
				return nil
			}
		}
	}), nil
}

// ParseCountryBlocked is a log parse operation binding the contract event 0x1df7c3e8ceb0448bba8ec244b58516c1fdba37bd4cde42887d7d25ba68ee41bd.
//
// Solidity: event CountryBlocked(bytes2 indexed country, bool blocked)
func (_RestrictedToken *RestrictedTokenFilterer) ParseCountryBlocked(log types.Log) (*RestrictedTokenCountryBlocked, error) {
	event := new(RestrictedTokenCountryBlocked)
	if err := _RestrictedToken.contract.UnpackLog(event, "CountryBlocked", log); err != nil {
		return nil, err
	}
	event.Raw = log
	return event, nil
}

// RestrictedTokenForcedTransferIterator is returned from FilterForcedTransfer and is used to iterate over the raw logs and unpacked data for ForcedTransfer events raised by the RestrictedToken contract.
type RestrictedTokenForcedTransferIterator struct {
	Event *RestrictedTokenForcedTransfer // Event containing the contract specifics and raw log

	contract *bind.BoundContract // Generic contract to use for unpacking event data
	event    string              // Event name to use for unpacking event data

	logs chan types.Log        // Log channel receiving the found contract events
	sub  ethereum.Subscription // Subscription for errors, completion and termination
	done bool                  // Whether the subscription completed delivering logs
	fail error                 // Occurred error to stop iteration
}

// Next advances the iterator to the subsequent event, returning whether there
// are any more events found. In case of a retrieval or parsing error, false is
// returned and Error() can be queried for the exact failure.
func (it *RestrictedTokenForcedTransferIterator) Next() bool {
	// If the iterator failed, stop iterating
	if it.fail != nil {
		return false
	}
	// If the iterator completed, deliver directly whatever's available
	if it.done {
		select {
		case log := <-it.logs:
			it.Event = new(RestrictedTokenForcedTransfer)
			if err := it.contract.UnpackLog(it.Event, it.event, log); err != nil {
				it.fail = err
				return false
			}
			it.Event.Raw = log
			return true

		default:
			return false
		}
	}
	// Iterator still in progress, wait for either a data or an error event
	select {
	case log := <-it.logs:
		it.Event = new(RestrictedTokenForcedTransfer)
		if err := it.contract.UnpackLog(it.Event, it.event, log); err != nil {
			it.fail = err
			return false
		}
		it.Event.Raw = log
		return true

	case err := <-it.sub.Err():
		it.done = true
		it.fail = err
		return it.Next()
	}
}

// Error returns any retrieval or parsing error occurred during filtering.
func (it *RestrictedTokenForcedTransferIterator) Error() error {
	return it.fail
}

// Close terminates the iteration process, releasing any pending underlying
// resources.
func (it *RestrictedTokenForcedTransferIterator) Close() error {
	it.sub.Unsubscribe()
	return nil
}

// RestrictedTokenForcedTransfer represents a ForcedTransfer event raised by the RestrictedToken contract.
type RestrictedTokenForcedTransfer struct {
	From  common.Address
	To    common.Address
	Value *big.Int
	Raw   types.Log // Blockchain specific contextual infos
}

// FilterForcedTransfer is a free log retrieval operation binding the contract event 0x7b3ce50c216d2ccf9919c6b9f1bfb33f0350a33010f188750b4af38e00448138.
//
// Solidity: event ForcedTransfer(address indexed from, address indexed to, uint256 value)
func (_RestrictedToken *RestrictedTokenFilterer) FilterForcedTransfer(opts *bind.FilterOpts, from []common.Address, to []common.Address) (*RestrictedTokenForcedTransferIterator, error) {

	var fromRule []interface{}
	for _, fromItem := range from {
		fromRule = append(fromRule, fromItem)
	}
	var toRule []interface{}
	for _, toItem := range to {
		toRule = append(toRule, toItem)
	}

	logs, sub, err := _RestrictedToken.contract.FilterLogs(opts, "ForcedTransfer", fromRule, toRule)
	if err != nil {
		return nil, err
	}
	return &RestrictedTokenForcedTransferIterator{contract: _RestrictedToken.contract, event: "ForcedTransfer", logs: logs, sub: sub}, nil
}

// WatchForcedTransfer is a free log subscription operation binding the contract event 0x7b3ce50c216d2ccf9919c6b9f1bfb33f0350a33010f188750b4af38e00448138.
//
// Solidity: event ForcedTransfer(address indexed from, address indexed to, uint256 value)
func (_RestrictedToken *RestrictedTokenFilterer) WatchForcedTransfer(opts *bind.WatchOpts, sink chan<- *RestrictedTokenForcedTransfer, from []common.Address, to []common.Address) (event.Subscription, error) {

	var fromRule []interface{}
	for _, fromItem := range from {
		fromRule = append(fromRule, fromItem)
	}
	var toRule []interface{}
	for _, toItem := range to {
		toRule = append(toRule, toItem)
	}

	logs, sub, err := _RestrictedToken.contract.WatchLogs(opts, "ForcedTransfer", fromRule, toRule)
	if err != nil {
		return nil, err
	}
	return event.NewSubscription(func(quit <-chan struct{}) error {
		defer sub.Unsubscribe()
		for {
			select {
			case log := <-logs:
				// New log arrived, parse the event and forward to the user
				event := new(RestrictedTokenForcedTransfer)
				if err := _RestrictedToken.contract.UnpackLog(event, "ForcedTransfer", log); err != nil {
					return err
				}
				event.Raw = log

				select {
				case sink <- event:
				case err := <-sub.Err():
					return err
				case <-quit:
					return nil
				}
			case err := <-sub.Err():
				return err
			case <-quit:
				return nil
			}
		}
	}), nil
}

// ParseForcedTransfer is a log parse operation binding the contract event 0x7b3ce50c216d2ccf9919c6b9f1bfb33f0350a33010f188750b4af38e00448138.
//
// Solidity: event ForcedTransfer(address indexed from, address indexed to, uint256 value)
func (_RestrictedToken *RestrictedTokenFilterer) ParseForcedTransfer(log types.Log) (*RestrictedTokenForcedTransfer, error) {
	event := new(RestrictedTokenForcedTransfer)
	if err := _RestrictedToken.contract.UnpackLog(event, "ForcedTransfer", log); err != nil {
		return nil, err
	}
	event.Raw = log
	return event, nil
}

// RestrictedTokenInvestorUpdatedIterator is returned from FilterInvestorUpdated and is used to iterate over the raw logs and unpacked data for InvestorUpdated events raised by the RestrictedToken contract.
type RestrictedTokenInvestorUpdatedIterator struct {
	Event *RestrictedTokenInvestorUpdated // Event containing the contract specifics and raw log

	contract *bind.BoundContract // Generic contract to use for unpacking event data
	event    string              // Event name to use for unpacking event data

	logs chan types.Log        // Log channel receiving the found contract events
	sub  ethereum.Subscription // Subscription for errors, completion and termination
	done bool                  // Whether the subscription completed delivering logs
	fail error                 // Occurred error to stop iteration
}

// Next advances the iterator to the subsequent event, returning whether there
// are any more events found. In case of a retrieval or parsing error, false is
// returned and Error() can be queried for the exact failure.
func (it *RestrictedTokenInvestorUpdatedIterator) Next() bool {
	// If the iterator failed, stop iterating
	if it.fail != nil {
		return false
	}
	// If the iterator completed, deliver directly whatever's available
	if it.done {
		select {
		case log := <-it.logs:
			it.Event = new(RestrictedTokenInvestorUpdated)
			if err := it.contract.UnpackLog(it.Event, it.event, log); err != nil {
				it.fail = err
				return false
			}
			it.Event.Raw = log
			return true

		default:
			return false
		}
	}
	// Iterator still in progress, wait for either a data or an error event
	select {
	case log := <-it.logs:
		it.Event = new(RestrictedTokenInvestorUpdated)
		if err := it.contract.UnpackLog(it.Event, it.event, log); err != nil {
			it.fail = err
			return false
		}
		it.Event.Raw = log
		return true

	case err := <-it.sub.Err():
		it.done = true
		it.fail = err
		return it.Next()
	}
}

// Error returns any retrieval or parsing error occurred during filtering.
func (it *RestrictedTokenInvestorUpdatedIterator) Error() error {
	return it.fail
}

// Close terminates the iteration process, releasing any pending underlying
// resources.
func (it *RestrictedTokenInvestorUpdatedIterator) Close() error {
	it.sub.Unsubscribe()
	return nil
}

// RestrictedTokenInvestorUpdated represents a InvestorUpdated event raised by the RestrictedToken contract.
type RestrictedTokenInvestorUpdated struct {
	Investor    common.Address
	Allowed     bool
	Country     [2]byte
	LockupUntil uint64
	Raw         types.Log // Blockchain specific contextual infos
}

// FilterInvestorUpdated is a free log retrieval operation binding the contract event 0x1cfc44a54e974c52710241d7b1fe0064f45c34bb59a35ac527dac637b9bb5b2b.
//
// Solidity: event InvestorUpdated(address indexed investor, bool allowed, bytes2 country, uint64 lockupUntil)
func (_RestrictedToken *RestrictedTokenFilterer) FilterInvestorUpdated(opts *bind.FilterOpts, investor []common.Address) (*RestrictedTokenInvestorUpdatedIterator, error) {

	var investorRule []interface{}
	for _, investorItem := range investor {
		investorRule = append(investorRule, investorItem)
	}

	logs, sub, err := _RestrictedToken.contract.FilterLogs(opts, "InvestorUpdated", investorRule)
	if err != nil {
		return nil, err
	}
	return &RestrictedTokenInvestorUpdatedIterator{contract: _RestrictedToken.contract, event: "InvestorUpdated", logs: logs, sub: sub}, nil
}

// WatchInvestorUpdated is a free log subscription operation binding the contract event 0x1cfc44a54e974c52710241d7b1fe0064f45c34bb59a35ac527dac637b9bb5b2b.
//
// Solidity: event InvestorUpdated(address indexed investor, bool allowed, bytes2 country, uint64 lockupUntil)
func (_RestrictedToken *RestrictedTokenFilterer) WatchInvestorUpdated(opts *bind.WatchOpts, sink chan<- *RestrictedTokenInvestorUpdated, investor []common.Address) (event.Subscription, error) {

	var investorRule []interface{}
	for _, investorItem := range investor {
		investorRule = append(investorRule, investorItem)
	}

	logs, sub, err := _RestrictedToken.contract.WatchLogs(opts, "InvestorUpdated", investorRule)
	if err != nil {
		return nil, err
	}
	return event.NewSubscription(func(quit <-chan struct{}) error {
		defer sub.Unsubscribe()
		for {
			select {
			case log := <-logs:
				// New log arrived, parse the event and forward to the user
				event := new(RestrictedTokenInvestorUpdated)
				if err := _RestrictedToken.contract.UnpackLog(event, "InvestorUpdated", log); err != nil {
					return err
				}
				event.Raw = log

				select {
				case sink <- event:
				case err := <-sub.Err():
					return err
				case <-quit:
					return nil
				}
			case err := <-sub.Err():
				return err
			case <-quit:
				return nil
			}
		}
	}), nil
}

// ParseInvestorUpdated is a log parse operation binding the contract event 0x1cfc44a54e974c52710241d7b1fe0064f45c34bb59a35ac527dac637b9bb5b2b.
//
// Solidity: event InvestorUpdated(address indexed investor, bool allowed, bytes2 country, uint64 lockupUntil)
func (_RestrictedToken *RestrictedTokenFilterer) ParseInvestorUpdated(log types.Log) (*RestrictedTokenInvestorUpdated, error) {
	event := new(RestrictedTokenInvestorUpdated)
	if err := _RestrictedToken.contract.UnpackLog(event, "InvestorUpdated", log); err != nil {
		return nil, err
	}
	event.Raw = log
	return event, nil
}

// RestrictedTokenPausedIterator is returned from FilterPaused and is used to iterate over the raw logs and unpacked data for Paused events raised by the RestrictedToken contract.
type RestrictedTokenPausedIterator struct {
	Event *RestrictedTokenPaused // Event containing the contract specifics and raw log

	contract *bind.BoundContract // Generic contract to use for unpacking event data
	event    string              // Event name to use for unpacking event data

	logs chan types.Log        // Log channel receiving the found contract events
	sub  ethereum.Subscription // Subscription for errors, completion and termination
	done bool                  // Whether the subscription completed delivering logs
	fail error                 // Occurred error to stop iteration
}

// Next advances the iterator to the subsequent event, returning whether there
// are any more events found. In case of a retrieval or parsing error, false is
// returned and Error() can be queried for the exact failure.
func (it *RestrictedTokenPausedIterator) Next() bool {
	// If the iterator failed, stop iterating
	if it.fail != nil {
		return false
	}
	// If the iterator completed, deliver directly whatever's available
	if it.done {
		select {
		case log := <-it.logs:
			it.Event = new(RestrictedTokenPaused)
			if err := it.contract.UnpackLog(it.Event, it.event, log); err != nil {
				it.fail = err
				return false
			}
			it.Event.Raw = log
			return true

		default:
			return false
		}
	}
	// Iterator still in progress, wait for either a data or an error event
	select {
	case log := <-it.logs:
		it.Event = new(RestrictedTokenPaused)
		if err := it.contract.UnpackLog(it.Event, it.event, log); err != nil {
			it.fail = err
			return false
		}
		it.Event.Raw = log
		return true

	case err := <-it.sub.Err():
		it.done = true
		it.fail = err
		return it.Next()
	}
}

// Error returns any retrieval or parsing error occurred during filtering.
func (it *RestrictedTokenPausedIterator) Error() error {
	return it.fail
}

// Close terminates the iteration process, releasing any pending underlying
// resources.
func (it *RestrictedTokenPausedIterator) Close() error {
	it.sub.Unsubscribe()
	return nil
}

// RestrictedTokenPaused represents a Paused event raised by the RestrictedToken contract.
type RestrictedTokenPaused struct {
	Account common.Address
	Raw     types.Log // Blockchain specific contextual infos
}

// FilterPaused is a free log retrieval operation binding the contract event 0x62e78cea01bee320cd4e420270b5ea74000d11b0c9f74754ebdbfc544b05a258.
//
// Solidity: event Paused(address account)
func (_RestrictedToken *RestrictedTokenFilterer) FilterPaused(opts *bind.FilterOpts) (*RestrictedTokenPausedIterator, error) {

	logs, sub, err := _RestrictedToken.contract.FilterLogs(opts, "Paused")
	if err != nil {
		return nil, err
	}
	return &RestrictedTokenPausedIterator{contract: _RestrictedToken.contract, event: "Paused", logs: logs, sub: sub}, nil
}

// WatchPaused is a free log subscription operation binding the contract event 0x62e78cea01bee320cd4e420270b5ea74000d11b0c9f74754ebdbfc544b05a258.
//
// Solidity: event Paused(address account)
func (_RestrictedToken *RestrictedTokenFilterer) WatchPaused(opts *bind.WatchOpts, sink chan<- *RestrictedTokenPaused) (event.Subscription, error) {

	logs, sub, err := _RestrictedToken.contract.WatchLogs(opts, "Paused")
	if err != nil {
		return nil, err
	}
	return event.NewSubscription(func(quit <-chan struct{}) error {
		defer sub.Unsubscribe()
		for {
			select {
			case log := <-logs:
				// New log arrived, parse the event and forward to the user
				event := new(RestrictedTokenPaused)
				if err := _RestrictedToken.contract.UnpackLog(event, "Paused", log); err != nil {
					return err
				}
				event.Raw = log

				select {
				case sink <- event:
				case err := <-sub.Err():
					return err
				case <-quit:
					return nil
				}
			case err := <-sub.Err():
				return err
			case <-quit:
				return nil
			}
		}
	}), nil
}

// ParsePaused is a log parse operation binding the contract event 0x62e78cea01bee320cd4e420270b5ea74000d11b0c9f74754ebdbfc544b05a258.
//
// Solidity: event Paused(address account)
func (_RestrictedToken *RestrictedTokenFilterer) ParsePaused(log types.Log) (*RestrictedTokenPaused, error) {
	event := new(RestrictedTokenPaused)
	if err := _RestrictedToken.contract.UnpackLog(event, "Paused", log); err != nil {
		return nil, err
	}
	event.Raw = log
	return event, nil
}

// RestrictedTokenRoleAdminChangedIterator is returned from FilterRoleAdminChanged and is used to iterate over the raw logs and unpacked data for RoleAdminChanged events raised by the RestrictedToken contract.
type RestrictedTokenRoleAdminChangedIterator struct {
	Event *RestrictedTokenRoleAdminChanged // Event containing the contract specifics and raw log

	contract *bind.BoundContract // Generic contract to use for unpacking event data
	event    string              // Event name to use for unpacking event data

	logs chan types.Log        // Log channel receiving the found contract events
	sub  ethereum.Subscription // Subscription for errors, completion and termination
	done bool                  // Whether the subscription completed delivering logs
	fail error                 // Occurred error to stop iteration
}

// Next advances the iterator to the subsequent event, returning whether there
// are any more events found. In case of a retrieval or parsing error, false is
// returned and Error() can be queried for the exact failure.
func (it *RestrictedTokenRoleAdminChangedIterator) Next() bool {
	// If the iterator failed, stop iterating
	if it.fail != nil {
		return false
	}
	// If the iterator completed, deliver directly whatever's available
	if it.done {
		select {
		case log := <-it.logs:
			it.Event = new(RestrictedTokenRoleAdminChanged)
			if err := it.contract.UnpackLog(it.Event, it.event, log); err != nil {
				it.fail = err
				return false
			}
			it.Event.Raw = log
			return true

		default:
			return false
		}
	}
	// Iterator still in progress, wait for either a data or an error event
	select {
	case log := <-it.logs:
		it.Event = new(RestrictedTokenRoleAdminChanged)
		if err := it.contract.UnpackLog(it.Event, it.event, log); err != nil {
			it.fail = err
			return false
		}
		it.Event.Raw = log
		return true

	case err := <-it.sub.Err():
		it.done = true
		it.fail = err
		return it.Next()
	}
}

// Error returns any retrieval or parsing error occurred during filtering.
func (it *RestrictedTokenRoleAdminChangedIterator) Error() error {
	return it.fail
}

// Close terminates the iteration process, releasing any pending underlying
// resources.
func (it *RestrictedTokenRoleAdminChangedIterator) Close() error {
	it.sub.Unsubscribe()
	return nil
}

// RestrictedTokenRoleAdminChanged represents a RoleAdminChanged event raised by the RestrictedToken contract.
type RestrictedTokenRoleAdminChanged struct {
	Role              [32]byte
	PreviousAdminRole [32]byte
	NewAdminRole      [32]byte
	Raw               types.Log // Blockchain specific contextual infos
}

// FilterRoleAdminChanged is a free log retrieval operation binding the contract event 0xbd79b86ffe0ab8e8776151514217cd7cacd52c909f66475c3af44e129f0b00ff.
//
// Solidity: event RoleAdminChanged(bytes32 indexed role, bytes32 indexed previousAdminRole, bytes32 indexed newAdminRole)
func (_RestrictedToken *RestrictedTokenFilterer) FilterRoleAdminChanged(opts *bind.FilterOpts, role [][32]byte, previousAdminRole [][32]byte, newAdminRole [][32]byte) (*RestrictedTokenRoleAdminChangedIterator, error) {

	var roleRule []interface{}
	for _, roleItem := range role {
		roleRule = append(roleRule, roleItem)
	}
	var previousAdminRoleRule []interface{}
	for _, previousAdminRoleItem := range previousAdminRole {
		previousAdminRoleRule = append(previousAdminRoleRule, previousAdminRoleItem)
	}
	var newAdminRoleRule []interface{}
	for _, newAdminRoleItem := range newAdminRole {
		newAdminRoleRule = append(newAdminRoleRule, newAdminRoleItem)
	}

	logs, sub, err := _RestrictedToken.contract.FilterLogs(opts, "RoleAdminChanged", roleRule, previousAdminRoleRule, newAdminRoleRule)
	if err != nil {
		return nil, err
	}
	return &RestrictedTokenRoleAdminChangedIterator{contract: _RestrictedToken.contract, event: "RoleAdminChanged", logs: logs, sub: sub}, nil
}

// WatchRoleAdminChanged is a free log subscription operation binding the contract event 0xbd79b86ffe0ab8e8776151514217cd7cacd52c909f66475c3af44e129f0b00ff.
//
// Solidity: event RoleAdminChanged(bytes32 indexed role, bytes32 indexed previousAdminRole, bytes32 indexed newAdminRole)
func (_RestrictedToken *RestrictedTokenFilterer) WatchRoleAdminChanged(opts *bind.WatchOpts, sink chan<- *RestrictedTokenRoleAdminChanged, role [][32]byte, previousAdminRole [][32]byte, newAdminRole [][32]byte) (event.Subscription, error) {

	var roleRule []interface{}
	for _, roleItem := range role {
		roleRule = append(roleRule, roleItem)
	}
	var previousAdminRoleRule []interface{}
	for _, previousAdminRoleItem := range previousAdminRole {
		previousAdminRoleRule = append(previousAdminRoleRule, previousAdminRoleItem)
	}
	var newAdminRoleRule []interface{}
	for _, newAdminRoleItem := range newAdminRole {
		newAdminRoleRule = append(newAdminRoleRule, newAdminRoleItem)
	}

	logs, sub, err := _RestrictedToken.contract.WatchLogs(opts, "RoleAdminChanged", roleRule, previousAdminRoleRule, newAdminRoleRule)
	if err != nil {
		return nil, err
	}
	return event.NewSubscription(func(quit <-chan struct{}) error {
		defer sub.Unsubscribe()
		for {
			select {
			case log := <-logs:
				// New log arrived, parse the event and forward to the user
				event := new(RestrictedTokenRoleAdminChanged)
				if err := _RestrictedToken.contract.UnpackLog(event, "RoleAdminChanged", log); err != nil {
					return err
				}
				event.Raw = log

				select {
				case sink <- event:
				case err := <-sub.Err():
					return err
				case <-quit:
					return nil
				}
			case err := <-sub.Err():
				return err
			case <-quit:
				return nil
			}
		}
	}), nil
}

// ParseRoleAdminChanged is a log parse operation binding the contract event 0xbd79b86ffe0ab8e8776151514217cd7cacd52c909f66475c3af44e129f0b00ff.
//
// Solidity: event RoleAdminChanged(bytes32 indexed role, bytes32 indexed previousAdminRole, bytes32 indexed newAdminRole)
func (_RestrictedToken *RestrictedTokenFilterer) ParseRoleAdminChanged(log types.Log) (*RestrictedTokenRoleAdminChanged, error) {
	event := new(RestrictedTokenRoleAdminChanged)
	if err := _RestrictedToken.contract.UnpackLog(event, "RoleAdminChanged", log); err != nil {
		return nil, err
	}
	event.Raw = log
	return event, nil
}

// RestrictedTokenRoleGrantedIterator is returned from FilterRoleGranted and is used to iterate over the raw logs and unpacked data for RoleGranted events raised by the RestrictedToken contract.
type RestrictedTokenRoleGrantedIterator struct {
	Event *RestrictedTokenRoleGranted // Event containing the contract specifics and raw log

	contract *bind.BoundContract // Generic contract to use for unpacking event data
	event    string              // Event name to use for unpacking event data

	logs chan types.Log        // Log channel receiving the found contract events
	sub  ethereum.Subscription // Subscription for errors, completion and termination
	done bool                  // Whether the subscription completed delivering logs
	fail error                 // Occurred error to stop iteration
}

// Next advances the iterator to the subsequent event, returning whether there
// are any more events found. In case of a retrieval or parsing error, false is
// returned and Error() can be queried for the exact failure.
func (it *RestrictedTokenRoleGrantedIterator) Next() bool {
	// If the iterator failed, stop iterating
	if it.fail != nil {
		return false
	}
	// If the iterator completed, deliver directly whatever's available
	if it.done {
		select {
		case log := <-it.logs:
			it.Event = new(RestrictedTokenRoleGranted)
			if err := it.contract.UnpackLog(it.Event, it.event, log); err != nil {
				it.fail = err
				return false
			}
			it.Event.Raw = log
			return true

		default:
			return false
		}
	}
	// Iterator still in progress, wait for either a data or an error event
	select {
	case log := <-it.logs:
		it.Event = new(RestrictedTokenRoleGranted)
		if err := it.contract.UnpackLog(it.Event, it.event, log); err != nil {
			it.fail = err
			return false
		}
		it.Event.Raw = log
		return true

	case err := <-it.sub.Err():
		it.done = true
		it.fail = err
		return it.Next()
	}
}

// Error returns any retrieval or parsing error occurred during filtering.
func (it *RestrictedTokenRoleGrantedIterator) Error() error {
	return it.fail
}

// Close terminates the iteration process, releasing any pending underlying
// resources.
func (it *RestrictedTokenRoleGrantedIterator) Close() error {
	it.sub.Unsubscribe()
	return nil
}

// RestrictedTokenRoleGranted represents a RoleGranted event raised by the RestrictedToken contract.
type RestrictedTokenRoleGranted struct {
	Role    [32]byte
	Account common.Address
	Sender  common.Address
	Raw     types.Log // Blockchain specific contextual infos
}

// FilterRoleGranted is a free log retrieval operation binding the contract event 0x2f8788117e7eff1d82e926ec794901d17c78024a50270940304540a733656f0d.
//
// Solidity: event RoleGranted(bytes32 indexed role, address indexed account, address indexed sender)
func (_RestrictedToken *RestrictedTokenFilterer) FilterRoleGranted(opts *bind.FilterOpts, role [][32]byte, account []common.Address, sender []common.Address) (*RestrictedTokenRoleGrantedIterator, error) {

	var roleRule []interface{}
	for _, roleItem := range role {
		roleRule = append(roleRule, roleItem)
	}
	var accountRule []interface{}
	for _, accountItem := range account {
		accountRule = append(accountRule, accountItem)
	}
	var senderRule []interface{}
	for _, senderItem := range sender {
		senderRule = append(senderRule, senderItem)
	}

	logs, sub, err := _RestrictedToken.contract.FilterLogs(opts, "RoleGranted", roleRule, accountRule, senderRule)
	if err != nil {
		return nil, err
	}
	return &RestrictedTokenRoleGrantedIterator{contract: _RestrictedToken.contract, event: "RoleGranted", logs: logs, sub: sub}, nil
}

// WatchRoleGranted is a free log subscription operation binding the contract event 0x2f8788117e7eff1d82e926ec794901d17c78024a50270940304540a733656f0d.
//
// Solidity: event RoleGranted(bytes32 indexed role, address indexed account, address indexed sender)
func (_RestrictedToken *RestrictedTokenFilterer) WatchRoleGranted(opts *bind.WatchOpts, sink chan<- *RestrictedTokenRoleGranted, role [][32]byte, account []common.Address, sender []common.Address) (event.Subscription, error) {

	var roleRule []interface{}
	for _, roleItem := range role {
		roleRule = append(roleRule, roleItem)
	}
	var accountRule []interface{}
	for _, accountItem := range account {
		accountRule = append(accountRule, accountItem)
	}
	var senderRule []interface{}
	for _, senderItem := range sender {
		senderRule = append(senderRule, senderItem)
	}

	logs, sub, err := _RestrictedToken.contract.WatchLogs(opts, "RoleGranted", roleRule, accountRule, senderRule)
	if err != nil {
		return nil, err
	}
	return event.NewSubscription(func(quit <-chan struct{}) error {
		defer sub.Unsubscribe()
		for {
			select {
			case log := <-logs:
				// New log arrived, parse the event and forward to the user
				event := new(RestrictedTokenRoleGranted)
				if err := _RestrictedToken.contract.UnpackLog(event, "RoleGranted", log); err != nil {
					return err
				}
				event.Raw = log

				select {
				case sink <- event:
				case err := <-sub.Err():
					return err
				case <-quit:
					return nil
				}
			case err := <-sub.Err():
				return err
			case <-quit:
				return nil
			}
		}
	}), nil
}

// ParseRoleGranted is a log parse operation binding the contract event 0x2f8788117e7eff1d82e926ec794901d17c78024a50270940304540a733656f0d.
//
// Solidity: event RoleGranted(bytes32 indexed role, address indexed account, address indexed sender)
func (_RestrictedToken *RestrictedTokenFilterer) ParseRoleGranted(log types.Log) (*RestrictedTokenRoleGranted, error) {
	event := new(RestrictedTokenRoleGranted)
	if err := _RestrictedToken.contract.UnpackLog(event, "RoleGranted", log); err != nil {
		return nil, err
	}
	event.Raw = log
	return event, nil
}

// RestrictedTokenRoleRevokedIterator is returned from FilterRoleRevoked and is used to iterate over the raw logs and unpacked data for RoleRevoked events raised by the RestrictedToken contract.
type RestrictedTokenRoleRevokedIterator struct {
	Event *RestrictedTokenRoleRevoked // Event containing the contract specifics and raw log

	contract *bind.BoundContract // Generic contract to use for unpacking event data
	event    string              // Event name to use for unpacking event data

	logs chan types.Log        // Log channel receiving the found contract events
	sub  ethereum.Subscription // Subscription for errors, completion and termination
	done bool                  // Whether the subscription completed delivering logs
	fail error                 // Occurred error to stop iteration
}

// Next advances the iterator to the subsequent event, returning whether there
// are any more events found. In case of a retrieval or parsing error, false is
// returned and Error() can be queried for the exact failure.
func (it *RestrictedTokenRoleRevokedIterator) Next() bool {
	// If the iterator failed, stop iterating
	if it.fail != nil {
		return false
	}
	// If the iterator completed, deliver directly whatever's available
	if it.done {
		select {
		case log := <-it.logs:
			it.Event = new(RestrictedTokenRoleRevoked)
			if err := it.contract.UnpackLog(it.Event, it.event, log); err != nil {
				it.fail = err
				return false
			}
			it.Event.Raw = log
			return true

		default:
			return false
		}
	}
	// Iterator still in progress, wait for either a data or an error event
	select {
	case log := <-it.logs:
		it.Event = new(RestrictedTokenRoleRevoked)
		if err := it.contract.UnpackLog(it.Event, it.event, log); err != nil {
			it.fail = err
			return false
		}
		it.Event.Raw = log
		return true

	case err := <-it.sub.Err():
		it.done = true
		it.fail = err
		return it.Next()
	}
}

// Error returns any retrieval or parsing error occurred during filtering.
func (it *RestrictedTokenRoleRevokedIterator) Error() error {
	return it.fail
}

// Close terminates the iteration process, releasing any pending underlying
// resources.
func (it *RestrictedTokenRoleRevokedIterator) Close() error {
	it.sub.Unsubscribe()
	return nil
}

// RestrictedTokenRoleRevoked represents a RoleRevoked event raised by the RestrictedToken contract.
type RestrictedTokenRoleRevoked struct {
	Role    [32]byte
	Account common.Address
	Sender  common.Address
	Raw     types.Log // Blockchain specific contextual infos
}

// FilterRoleRevoked is a free log retrieval operation binding the contract event 0xf6391f5c32d9c69d2a47ea670b442974b53935d1edc7fd64eb21e047a839171b.
//
// Solidity: event RoleRevoked(bytes32 indexed role, address indexed account, address indexed sender)
func (_RestrictedToken *RestrictedTokenFilterer) FilterRoleRevoked(opts *bind.FilterOpts, role [][32]byte, account []common.Address, sender []common.Address) (*RestrictedTokenRoleRevokedIterator, error) {

	var roleRule []interface{}
	for _, roleItem := range role {
		roleRule = append(roleRule, roleItem)
	}
	var accountRule []interface{}
	for _, accountItem := range account {
		accountRule = append(accountRule, accountItem)
	}
	var senderRule []interface{}
	for _, senderItem := range sender {
		senderRule = append(senderRule, senderItem)
	}

	logs, sub, err := _RestrictedToken.contract.FilterLogs(opts, "RoleRevoked", roleRule, accountRule, senderRule)
	if err != nil {
		return nil, err
	}
	return &RestrictedTokenRoleRevokedIterator{contract: _RestrictedToken.contract, event: "RoleRevoked", logs: logs, sub: sub}, nil
}

// WatchRoleRevoked is a free log subscription operation binding the contract event 0xf6391f5c32d9c69d2a47ea670b442974b53935d1edc7fd64eb21e047a839171b.
//
// Solidity: event RoleRevoked(bytes32 indexed role, address indexed account, address indexed sender)
func (_RestrictedToken *RestrictedTokenFilterer) WatchRoleRevoked(opts *bind.WatchOpts, sink chan<- *RestrictedTokenRoleRevoked, role [][32]byte, account []common.Address, sender []common.Address) (event.Subscription, error) {

	var roleRule []interface{}
	for _, roleItem := range role {
		roleRule = append(roleRule, roleItem)
	}
	var accountRule []interface{}
	for _, accountItem := range account {
		accountRule = append(accountRule, accountItem)
	}
	var senderRule []interface{}
	for _, senderItem := range sender {
		senderRule = append(senderRule, senderItem)
	}

	logs, sub, err := _RestrictedToken.contract.WatchLogs(opts, "RoleRevoked", roleRule, accountRule, senderRule)
	if err != nil {
		return nil, err
	}
	return event.NewSubscription(func(quit <-chan struct{}) error {
		defer sub.Unsubscribe()
		for {
			select {
			case log := <-logs:
				// New log arrived, parse the event and forward to the user
				event := new(RestrictedTokenRoleRevoked)
				if err := _RestrictedToken.contract.UnpackLog(event, "RoleRevoked", log); err != nil {
					return err
				}
				event.Raw = log

				select {
				case sink <- event:
				case err := <-sub.Err():
					return err
				case <-quit:
					return nil
				}
			case err := <-sub.Err():
				return err
			case <-quit:
				return nil
			}
		}
	}), nil
}

// ParseRoleRevoked is a log parse operation binding the contract event 0xf6391f5c32d9c69d2a47ea670b442974b53935d1edc7fd64eb21e047a839171b.
//
// Solidity: event RoleRevoked(bytes32 indexed role, address indexed account, address indexed sender)
func (_RestrictedToken *RestrictedTokenFilterer) ParseRoleRevoked(log types.Log) (*RestrictedTokenRoleRevoked, error) {
	event := new(RestrictedTokenRoleRevoked)
	if err := _RestrictedToken.contract.UnpackLog(event, "RoleRevoked", log); err != nil {
		return nil, err
	}
	event.Raw = log
	return event, nil
}

// RestrictedTokenTransferIterator is returned from FilterTransfer and is used to iterate over the raw logs and unpacked data for Transfer events raised by the RestrictedToken contract.
type RestrictedTokenTransferIterator struct {
	Event *RestrictedTokenTransfer // Event containing the contract specifics and raw log

	contract *bind.BoundContract // Generic contract to use for unpacking event data
	event    string              // Event name to use for unpacking event data

	logs chan types.Log        // Log channel receiving the found contract events
	sub  ethereum.Subscription // Subscription for errors, completion and termination
	done bool                  // Whether the subscription completed delivering logs
	fail error                 // Occurred error to stop iteration
}

// Next advances the iterator to the subsequent event, returning whether there
// are any more events found. In case of a retrieval or parsing error, false is
// returned and Error() can be queried for the exact failure.
func (it *RestrictedTokenTransferIterator) Next() bool {
	// If the iterator failed, stop iterating
	if it.fail != nil {
		return false
	}
	// If the iterator completed, deliver directly whatever's available
	if it.done {
		select {
		case log := <-it.logs:
			it.Event = new(RestrictedTokenTransfer)
			if err := it.contract.UnpackLog(it.Event, it.event, log); err != nil {
				it.fail = err
				return false
			}
			it.Event.Raw = log
			return true

		default:
			return false
		}
	}
	// Iterator still in progress, wait for either a data or an error event
	select {
	case log := <-it.logs:
		it.Event = new(RestrictedTokenTransfer)
		if err := it.contract.UnpackLog(it.Event, it.event, log); err != nil {
			it.fail = err
			return false
		}
		it.Event.Raw = log
		return true

	case err := <-it.sub.Err():
		it.done = true
		it.fail = err
		return it.Next()
	}
}

// Error returns any retrieval or parsing error occurred during filtering.
func (it *RestrictedTokenTransferIterator) Error() error {
	return it.fail
}

// Close terminates the iteration process, releasing any pending underlying
// resources.
func (it *RestrictedTokenTransferIterator) Close() error {
	it.sub.Unsubscribe()
	return nil
}

// RestrictedTokenTransfer represents a Transfer event raised by the RestrictedToken contract.
type RestrictedTokenTransfer struct {
	From  common.Address
	To    common.Address
	Value *big.Int
	Raw   types.Log // Blockchain specific contextual infos
}

// FilterTransfer is a free log retrieval operation binding the contract event 0xddf252ad1be2c89b69c2b068fc378daa952ba7f163c4a11628f55a4df523b3ef.
//
// Solidity: event Transfer(address indexed from, address indexed to, uint256 value)
func (_RestrictedToken *RestrictedTokenFilterer) FilterTransfer(opts *bind.FilterOpts, from []common.Address, to []common.Address) (*RestrictedTokenTransferIterator, error) {

	var fromRule []interface{}
	for _, fromItem := range from {
		fromRule = append(fromRule, fromItem)
	}
	var toRule []interface{}
	for _, toItem := range to {
		toRule = append(toRule, toItem)
	}

	logs, sub, err := _RestrictedToken.contract.FilterLogs(opts, "Transfer", fromRule, toRule)
	if err != nil {
		return nil, err
	}
	return &RestrictedTokenTransferIterator{contract: _RestrictedToken.contract, event: "Transfer", logs: logs, sub: sub}, nil
}

// WatchTransfer is a free log subscription operation binding the contract event 0xddf252ad1be2c89b69c2b068fc378daa952ba7f163c4a11628f55a4df523b3ef.
//
// Solidity: event Transfer(address indexed from, address indexed to, uint256 value)
func (_RestrictedToken *RestrictedTokenFilterer) WatchTransfer(opts *bind.WatchOpts, sink chan<- *RestrictedTokenTransfer, from []common.Address, to []common.Address) (event.Subscription, error) {

	var fromRule []interface{}
	for _, fromItem := range from {
		fromRule = append(fromRule, fromItem)
	}
	var toRule []interface{}
	for _, toItem := range to {
		toRule = append(toRule, toItem)
	}

	logs, sub, err := _RestrictedToken.contract.WatchLogs(opts, "Transfer", fromRule, toRule)
	if err != nil {
		return nil, err
	}
	return event.NewSubscription(func(quit <-chan struct{}) error {
		defer sub.Unsubscribe()
		for {
			select {
			case log := <-logs:
				// New log arrived, parse the event and forward to the user
				event := new(RestrictedTokenTransfer)
				if err := _RestrictedToken.contract.UnpackLog(event, "Transfer", log); err != nil {
					return err
				}
				event.Raw = log

				select {
				case sink <- event:
				case err := <-sub.Err():
					return err
				case <-quit:
					return nil
				}
			case err := <-sub.Err():
				return err
			case <-quit:
				return nil
			}
		}
	}), nil
}

// ParseTransfer is a log parse operation binding the contract event 0xddf252ad1be2c89b69c2b068fc378daa952ba7f163c4a11628f55a4df523b3ef.
//
// Solidity: event Transfer(address indexed from, address indexed to, uint256 value)
func (_RestrictedToken *RestrictedTokenFilterer) ParseTransfer(log types.Log) (*RestrictedTokenTransfer, error) {
	event := new(RestrictedTokenTransfer)
	if err := _RestrictedToken.contract.UnpackLog(event, "Transfer", log); err != nil {
		return nil, err
	}
	event.Raw = log
	return event, nil
}

// RestrictedTokenUnpausedIterator is returned from FilterUnpaused and is used to iterate over the raw logs and unpacked data for Unpaused events raised by the RestrictedToken contract.
type RestrictedTokenUnpausedIterator struct {
	Event *RestrictedTokenUnpaused // Event containing the contract specifics and raw log

	contract *bind.BoundContract // Generic contract to use for unpacking event data
	event    string              // Event name to use for unpacking event data

	logs chan types.Log        // Log channel receiving the found contract events
	sub  ethereum.Subscription // Subscription for errors, completion and termination
	done bool                  // Whether the subscription completed delivering logs
	fail error                 // Occurred error to stop iteration
}

// Next advances the iterator to the subsequent event, returning whether there
// are any more events found. In case of a retrieval or parsing error, false is
// returned and Error() can be queried for the exact failure.
func (it *RestrictedTokenUnpausedIterator) Next() bool {
	// If the iterator failed, stop iterating
	if it.fail != nil {
		return false
	}
	// If the iterator completed, deliver directly whatever's available
	if it.done {
		select {
		case log := <-it.logs:
			it.Event = new(RestrictedTokenUnpaused)
			if err := it.contract.UnpackLog(it.Event, it.event, log); err != nil {
				it.fail = err
				return false
			}
			it.Event.Raw = log
			return true

		default:
			return false
		}
	}
	// Iterator still in progress, wait for either a data or an error event
	select {
	case log := <-it.logs:
		it.Event = new(RestrictedTokenUnpaused)
		if err := it.contract.UnpackLog(it.Event, it.event, log); err != nil {
			it.fail = err
			return false
		}
		it.Event.Raw = log
		return true

	case err := <-it.sub.Err():
		it.done = true
		it.fail = err
		return it.Next()
	}
}

// Error returns any retrieval or parsing error occurred during filtering.
func (it *RestrictedTokenUnpausedIterator) Error() error {
	return it.fail
}

// Close terminates the iteration process, releasing any pending underlying
// resources.
func (it *RestrictedTokenUnpausedIterator) Close() error {
	it.sub.Unsubscribe()
	return nil
}

// RestrictedTokenUnpaused represents a Unpaused event raised by the RestrictedToken contract.
type RestrictedTokenUnpaused struct {
	Account common.Address
	Raw     types.Log // Blockchain specific contextual infos
}

// FilterUnpaused is a free log retrieval operation binding the contract event 0x5db9ee0a495bf2e6ff9c91a7834c1ba4fdd244a5e8aa4e537bd38aeae4b073aa.
//
// Solidity: event Unpaused(address account)
func (_RestrictedToken *RestrictedTokenFilterer) FilterUnpaused(opts *bind.FilterOpts) (*RestrictedTokenUnpausedIterator, error) {

	logs, sub, err := _RestrictedToken.contract.FilterLogs(opts, "Unpaused")
	if err != nil {
		return nil, err
	}
	return &RestrictedTokenUnpausedIterator{contract: _RestrictedToken.contract, event: "Unpaused", logs: logs, sub: sub}, nil
}

// WatchUnpaused is a free log subscription operation binding the contract event 0x5db9ee0a495bf2e6ff9c91a7834c1ba4fdd244a5e8aa4e537bd38aeae4b073aa.
//
// Solidity: event Unpaused(address account)
func (_RestrictedToken *RestrictedTokenFilterer) WatchUnpaused(opts *bind.WatchOpts, sink chan<- *RestrictedTokenUnpaused) (event.Subscription, error) {

	logs, sub, err := _RestrictedToken.contract.WatchLogs(opts, "Unpaused")
	if err != nil {
		return nil, err
	}
	return event.NewSubscription(func(quit <-chan struct{}) error {
		defer sub.Unsubscribe()
		for {
			select {
			case log := <-logs:
				// New log arrived, parse the event and forward to the user
				event := new(RestrictedTokenUnpaused)
				if err := _RestrictedToken.contract.UnpackLog(event, "Unpaused", log); err != nil {
					return err
				}
				event.Raw = log

				select {
				case sink <- event:
				case err := <-sub.Err():
					return err
				case <-quit:
					return nil
				}
			case err := <-sub.Err():
				return err
			case <-quit:
				return nil
			}
		}
	}), nil
}

// ParseUnpaused is a log parse operation binding the contract event 0x5db9ee0a495bf2e6ff9c91a7834c1ba4fdd244a5e8aa4e537bd38aeae4b073aa.
//
// Solidity: event Unpaused(address account)
func (_RestrictedToken *RestrictedTokenFilterer) ParseUnpaused(log types.Log) (*RestrictedTokenUnpaused, error) {
	event := new(RestrictedTokenUnpaused)
	if err := _RestrictedToken.contract.UnpackLog(event, "Unpaused", log); err != nil {
		return nil, err
	}
	event.Raw = log
	return event, nil
}
