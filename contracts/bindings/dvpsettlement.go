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

// DvPSettlementTrade is an auto generated low-level Go binding around an user-defined struct.
type DvPSettlementTrade struct {
	TradeId     [32]byte
	Seller      common.Address
	Buyer       common.Address
	Token       common.Address
	Quantity    *big.Int
	CashToken   common.Address
	Amount      *big.Int
	RuleSetHash [32]byte
	Deadline    uint64
}

// DvPSettlementMetaData contains all meta data concerning the DvPSettlement contract.
var DvPSettlementMetaData = &bind.MetaData{
	ABI: "[{\"inputs\":[{\"internalType\":\"address\",\"name\":\"admin\",\"type\":\"address\"},{\"internalType\":\"address\",\"name\":\"signer\",\"type\":\"address\"}],\"stateMutability\":\"nonpayable\",\"type\":\"constructor\"},{\"inputs\":[],\"name\":\"AccessControlBadConfirmation\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"account\",\"type\":\"address\"},{\"internalType\":\"bytes32\",\"name\":\"neededRole\",\"type\":\"bytes32\"}],\"name\":\"AccessControlUnauthorizedAccount\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"bytes\",\"name\":\"reason\",\"type\":\"bytes\"}],\"name\":\"CashLegFailed\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"InsufficientGas\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"InvalidShortString\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"LengthMismatch\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"OnlySelf\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"bytes\",\"name\":\"reason\",\"type\":\"bytes\"}],\"name\":\"SecurityLegFailed\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"string\",\"name\":\"str\",\"type\":\"string\"}],\"name\":\"StringTooLong\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"tradeId\",\"type\":\"bytes32\"},{\"internalType\":\"uint8\",\"name\":\"code\",\"type\":\"uint8\"}],\"name\":\"TradeRejected\",\"type\":\"error\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"address\",\"name\":\"previous\",\"type\":\"address\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"next\",\"type\":\"address\"}],\"name\":\"ComplianceSignerChanged\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[],\"name\":\"EIP712DomainChanged\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"bytes32\",\"name\":\"role\",\"type\":\"bytes32\"},{\"indexed\":true,\"internalType\":\"bytes32\",\"name\":\"previousAdminRole\",\"type\":\"bytes32\"},{\"indexed\":true,\"internalType\":\"bytes32\",\"name\":\"newAdminRole\",\"type\":\"bytes32\"}],\"name\":\"RoleAdminChanged\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"bytes32\",\"name\":\"role\",\"type\":\"bytes32\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"account\",\"type\":\"address\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"sender\",\"type\":\"address\"}],\"name\":\"RoleGranted\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"bytes32\",\"name\":\"role\",\"type\":\"bytes32\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"account\",\"type\":\"address\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"sender\",\"type\":\"address\"}],\"name\":\"RoleRevoked\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"bytes32\",\"name\":\"tradeId\",\"type\":\"bytes32\"}],\"name\":\"TradeCancelled\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"bytes32\",\"name\":\"tradeId\",\"type\":\"bytes32\"},{\"indexed\":false,\"internalType\":\"uint8\",\"name\":\"code\",\"type\":\"uint8\"},{\"indexed\":false,\"internalType\":\"bytes\",\"name\":\"reason\",\"type\":\"bytes\"}],\"name\":\"TradeFailed\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"bytes32\",\"name\":\"tradeId\",\"type\":\"bytes32\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"seller\",\"type\":\"address\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"buyer\",\"type\":\"address\"},{\"indexed\":false,\"internalType\":\"address\",\"name\":\"token\",\"type\":\"address\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"quantity\",\"type\":\"uint256\"},{\"indexed\":false,\"internalType\":\"address\",\"name\":\"cashToken\",\"type\":\"address\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"amount\",\"type\":\"uint256\"},{\"indexed\":false,\"internalType\":\"bytes32\",\"name\":\"ruleSetHash\",\"type\":\"bytes32\"}],\"name\":\"TradeSettled\",\"type\":\"event\"},{\"inputs\":[],\"name\":\"ATTESTATION_TYPEHASH\",\"outputs\":[{\"internalType\":\"bytes32\",\"name\":\"\",\"type\":\"bytes32\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"DEFAULT_ADMIN_ROLE\",\"outputs\":[{\"internalType\":\"bytes32\",\"name\":\"\",\"type\":\"bytes32\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"FAIL_ALREADY_PROCESSED\",\"outputs\":[{\"internalType\":\"uint8\",\"name\":\"\",\"type\":\"uint8\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"FAIL_BAD_SIGNATURE\",\"outputs\":[{\"internalType\":\"uint8\",\"name\":\"\",\"type\":\"uint8\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"FAIL_CASH_LEG\",\"outputs\":[{\"internalType\":\"uint8\",\"name\":\"\",\"type\":\"uint8\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"FAIL_EXPIRED\",\"outputs\":[{\"internalType\":\"uint8\",\"name\":\"\",\"type\":\"uint8\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"FAIL_INVALID_TRADE\",\"outputs\":[{\"internalType\":\"uint8\",\"name\":\"\",\"type\":\"uint8\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"FAIL_SECURITY_LEG\",\"outputs\":[{\"internalType\":\"uint8\",\"name\":\"\",\"type\":\"uint8\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"FAIL_UNKNOWN\",\"outputs\":[{\"internalType\":\"uint8\",\"name\":\"\",\"type\":\"uint8\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"SETTLER_ROLE\",\"outputs\":[{\"internalType\":\"bytes32\",\"name\":\"\",\"type\":\"bytes32\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"STATUS_CANCELLED\",\"outputs\":[{\"internalType\":\"uint8\",\"name\":\"\",\"type\":\"uint8\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"STATUS_NONE\",\"outputs\":[{\"internalType\":\"uint8\",\"name\":\"\",\"type\":\"uint8\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"STATUS_SETTLED\",\"outputs\":[{\"internalType\":\"uint8\",\"name\":\"\",\"type\":\"uint8\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"TRADE_GAS\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"tradeId\",\"type\":\"bytes32\"}],\"name\":\"cancel\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"complianceSigner\",\"outputs\":[{\"internalType\":\"address\",\"name\":\"\",\"type\":\"address\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"domainSeparator\",\"outputs\":[{\"internalType\":\"bytes32\",\"name\":\"\",\"type\":\"bytes32\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"eip712Domain\",\"outputs\":[{\"internalType\":\"bytes1\",\"name\":\"fields\",\"type\":\"bytes1\"},{\"internalType\":\"string\",\"name\":\"name\",\"type\":\"string\"},{\"internalType\":\"string\",\"name\":\"version\",\"type\":\"string\"},{\"internalType\":\"uint256\",\"name\":\"chainId\",\"type\":\"uint256\"},{\"internalType\":\"address\",\"name\":\"verifyingContract\",\"type\":\"address\"},{\"internalType\":\"bytes32\",\"name\":\"salt\",\"type\":\"bytes32\"},{\"internalType\":\"uint256[]\",\"name\":\"extensions\",\"type\":\"uint256[]\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"components\":[{\"internalType\":\"bytes32\",\"name\":\"tradeId\",\"type\":\"bytes32\"},{\"internalType\":\"address\",\"name\":\"seller\",\"type\":\"address\"},{\"internalType\":\"address\",\"name\":\"buyer\",\"type\":\"address\"},{\"internalType\":\"address\",\"name\":\"token\",\"type\":\"address\"},{\"internalType\":\"uint256\",\"name\":\"quantity\",\"type\":\"uint256\"},{\"internalType\":\"address\",\"name\":\"cashToken\",\"type\":\"address\"},{\"internalType\":\"uint256\",\"name\":\"amount\",\"type\":\"uint256\"},{\"internalType\":\"bytes32\",\"name\":\"ruleSetHash\",\"type\":\"bytes32\"},{\"internalType\":\"uint64\",\"name\":\"deadline\",\"type\":\"uint64\"}],\"internalType\":\"structDvPSettlement.Trade\",\"name\":\"t\",\"type\":\"tuple\"}],\"name\":\"executeTrade\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"role\",\"type\":\"bytes32\"}],\"name\":\"getRoleAdmin\",\"outputs\":[{\"internalType\":\"bytes32\",\"name\":\"\",\"type\":\"bytes32\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"role\",\"type\":\"bytes32\"},{\"internalType\":\"address\",\"name\":\"account\",\"type\":\"address\"}],\"name\":\"grantRole\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"role\",\"type\":\"bytes32\"},{\"internalType\":\"address\",\"name\":\"account\",\"type\":\"address\"}],\"name\":\"hasRole\",\"outputs\":[{\"internalType\":\"bool\",\"name\":\"\",\"type\":\"bool\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"components\":[{\"internalType\":\"bytes32\",\"name\":\"tradeId\",\"type\":\"bytes32\"},{\"internalType\":\"address\",\"name\":\"seller\",\"type\":\"address\"},{\"internalType\":\"address\",\"name\":\"buyer\",\"type\":\"address\"},{\"internalType\":\"address\",\"name\":\"token\",\"type\":\"address\"},{\"internalType\":\"uint256\",\"name\":\"quantity\",\"type\":\"uint256\"},{\"internalType\":\"address\",\"name\":\"cashToken\",\"type\":\"address\"},{\"internalType\":\"uint256\",\"name\":\"amount\",\"type\":\"uint256\"},{\"internalType\":\"bytes32\",\"name\":\"ruleSetHash\",\"type\":\"bytes32\"},{\"internalType\":\"uint64\",\"name\":\"deadline\",\"type\":\"uint64\"}],\"internalType\":\"structDvPSettlement.Trade\",\"name\":\"t\",\"type\":\"tuple\"}],\"name\":\"hashAttestation\",\"outputs\":[{\"internalType\":\"bytes32\",\"name\":\"\",\"type\":\"bytes32\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"role\",\"type\":\"bytes32\"},{\"internalType\":\"address\",\"name\":\"callerConfirmation\",\"type\":\"address\"}],\"name\":\"renounceRole\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"role\",\"type\":\"bytes32\"},{\"internalType\":\"address\",\"name\":\"account\",\"type\":\"address\"}],\"name\":\"revokeRole\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"signer\",\"type\":\"address\"}],\"name\":\"setComplianceSigner\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"components\":[{\"internalType\":\"bytes32\",\"name\":\"tradeId\",\"type\":\"bytes32\"},{\"internalType\":\"address\",\"name\":\"seller\",\"type\":\"address\"},{\"internalType\":\"address\",\"name\":\"buyer\",\"type\":\"address\"},{\"internalType\":\"address\",\"name\":\"token\",\"type\":\"address\"},{\"internalType\":\"uint256\",\"name\":\"quantity\",\"type\":\"uint256\"},{\"internalType\":\"address\",\"name\":\"cashToken\",\"type\":\"address\"},{\"internalType\":\"uint256\",\"name\":\"amount\",\"type\":\"uint256\"},{\"internalType\":\"bytes32\",\"name\":\"ruleSetHash\",\"type\":\"bytes32\"},{\"internalType\":\"uint64\",\"name\":\"deadline\",\"type\":\"uint64\"}],\"internalType\":\"structDvPSettlement.Trade\",\"name\":\"t\",\"type\":\"tuple\"},{\"internalType\":\"bytes\",\"name\":\"attestation\",\"type\":\"bytes\"}],\"name\":\"settle\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"components\":[{\"internalType\":\"bytes32\",\"name\":\"tradeId\",\"type\":\"bytes32\"},{\"internalType\":\"address\",\"name\":\"seller\",\"type\":\"address\"},{\"internalType\":\"address\",\"name\":\"buyer\",\"type\":\"address\"},{\"internalType\":\"address\",\"name\":\"token\",\"type\":\"address\"},{\"internalType\":\"uint256\",\"name\":\"quantity\",\"type\":\"uint256\"},{\"internalType\":\"address\",\"name\":\"cashToken\",\"type\":\"address\"},{\"internalType\":\"uint256\",\"name\":\"amount\",\"type\":\"uint256\"},{\"internalType\":\"bytes32\",\"name\":\"ruleSetHash\",\"type\":\"bytes32\"},{\"internalType\":\"uint64\",\"name\":\"deadline\",\"type\":\"uint64\"}],\"internalType\":\"structDvPSettlement.Trade[]\",\"name\":\"trades\",\"type\":\"tuple[]\"},{\"internalType\":\"bytes[]\",\"name\":\"attestations\",\"type\":\"bytes[]\"}],\"name\":\"settleBatch\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"settled\",\"type\":\"uint256\"}],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"bytes4\",\"name\":\"interfaceId\",\"type\":\"bytes4\"}],\"name\":\"supportsInterface\",\"outputs\":[{\"internalType\":\"bool\",\"name\":\"\",\"type\":\"bool\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"\",\"type\":\"bytes32\"}],\"name\":\"tradeStatus\",\"outputs\":[{\"internalType\":\"uint8\",\"name\":\"\",\"type\":\"uint8\"}],\"stateMutability\":\"view\",\"type\":\"function\"}]",
	Bin: "0x610160604052348015610010575f5ffd5b50604051611e85380380611e8583398101604081905261002f916102e3565b6040518060400160405280600a8152602001690526567756c61204476560b41b815250604051806040016040528060018152602001603160f81b8152506100806001836101a960201b90919060201c565b6101205261008f8160026101a9565b61014052815160208084019190912060e052815190820120610100524660a05261011b60e05161010051604080517f8b73c3c69bb8fe3d512ecc4cf759cc79239f7b179b0ffacaa9a75d522b39400f60208201529081019290925260608201524660808201523060a08201525f9060c00160405160208183030381529060405280519060200120905090565b60805250503060c05261012e5f836101db565b506101597f6666bf5bfee463d10a7fc50448047f8a53b7762d7e28fbc5c643182785f3fd3f836101db565b50600480546001600160a01b0319166001600160a01b0383169081179091556040515f907f5467e74cbea079af65f6e20ad111c0b30e7f3fa690c8ff92329ca6f05494601b908290a350506104be565b5f6020835110156101c4576101bd83610282565b90506101d5565b816101cf84826103ac565b5060ff90505b92915050565b5f828152602081815260408083206001600160a01b038516845290915281205460ff1661027b575f838152602081815260408083206001600160a01b03861684529091529020805460ff191660011790556102333390565b6001600160a01b0316826001600160a01b0316847f2f8788117e7eff1d82e926ec794901d17c78024a50270940304540a733656f0d60405160405180910390a45060016101d5565b505f6101d5565b5f5f829050601f815111156102b5578260405163305a27a960e01b81526004016102ac9190610466565b60405180910390fd5b80516102c08261049b565b179392505050565b80516001600160a01b03811681146102de575f5ffd5b919050565b5f5f604083850312156102f4575f5ffd5b6102fd836102c8565b915061030b602084016102c8565b90509250929050565b634e487b7160e01b5f52604160045260245ffd5b600181811c9082168061033c57607f821691505b60208210810361035a57634e487b7160e01b5f52602260045260245ffd5b50919050565b601f8211156103a757805f5260205f20601f840160051c810160208510156103855750805b601f840160051c820191505b818110156103a4575f8155600101610391565b50505b505050565b81516001600160401b038111156103c5576103c5610314565b6103d9816103d38454610328565b84610360565b6020601f82116001811461040b575f83156103f45750848201515b5f19600385901b1c1916600184901b1784556103a4565b5f84815260208120601f198516915b8281101561043a578785015182556020948501946001909201910161041a565b508482101561045757868401515f19600387901b60f8161c191681555b50505050600190811b01905550565b602081525f82518060208401528060208501604085015e5f604082850101526040601f19601f83011684010191505092915050565b8051602080830151919081101561035a575f1960209190910360031b1b16919050565b60805160a05160c05160e05161010051610120516101405161197661050f5f395f610e7101525f610e4401525f61100601525f610fde01525f610f3901525f610f6301525f610f8d01526119765ff3fe608060405234801561000f575f5ffd5b50600436106101d1575f3560e01c806384b0196e116100fe578063a217fddf1161009e578063d375466d1161006e578063d375466d146103c4578063d547741f146103d7578063e2724fa8146103ea578063f698da25146103f2575f5ffd5b8063a217fddf1461038f578063a2b99dc714610396578063b4bf67881461039e578063c4d252f5146103b1575f5ffd5b80638aaadba6116100d95780638aaadba61461034a5780638e41881e1461035257806391d1485414610374578063995d6e1a14610387575f5ffd5b806384b0196e1461032857806384e1433b1461034357806388b98cc2146102bb575f5ffd5b806336568abe11610174578063717521591161014457806371752159146102c357806373fe7944146102ee5780637445e85c146103015780637d57550614610315575f5ffd5b806336568abe146102a0578063590bce6e146102b35780635a4e5a15146102bb5780635c99791514610232575f5ffd5b8063248a9ca3116101af578063248a9ca31461024c578063282a808d1461026e5780632af33c18146102785780632f2ff15d1461028d575f5ffd5b806301ffc9a7146101d557806307090c1f146101fd57806311ccb6bb14610232575b5f5ffd5b6101e86101e33660046113bc565b6103fa565b60405190151581526020015b60405180910390f35b6102247f13599b943d6ae986309de305704eabbd0ee8e994a67e802116e206f412b76e6181565b6040519081526020016101f4565b61023a600181565b60405160ff90911681526020016101f4565b61022461025a3660046113e3565b5f9081526020819052604090206001015490565b610224620249f081565b61028b610286366004611411565b610430565b005b61028b61029b3660046114ad565b610498565b61028b6102ae3660046114ad565b6104c2565b61023a600481565b61023a600281565b6004546102d6906001600160a01b031681565b6040516001600160a01b0390911681526020016101f4565b61028b6102fc3660046114d7565b6104fa565b6102245f51602061194a5f395f51905f5281565b61028b6103233660046114f0565b610560565b61033061058c565b6040516101f49796959493929190611539565b61023a5f81565b61023a600381565b61023a6103603660046113e3565b60036020525f908152604090205460ff1681565b6101e86103823660046114ad565b6105ce565b61023a600681565b6102245f81565b61023a600581565b6102246103ac3660046114f0565b6105f6565b61028b6103bf3660046113e3565b6106fe565b6102246103d2366004611617565b610791565b61028b6103e53660046114ad565b6109ae565b61023a600781565b6102246109d2565b5f6001600160e01b03198216637965db0b60e01b148061042a57506301ffc9a760e01b6001600160e01b03198316145b92915050565b5f51602061194a5f395f51905f52610447816109e0565b5f6104538585856109ea565b905060ff8116156104885760405163f455c8b960e01b81528535600482015260ff821660248201526044015b60405180910390fd5b61049185610baa565b5050505050565b5f828152602081905260409020600101546104b2816109e0565b6104bc8383610d45565b50505050565b6001600160a01b03811633146104eb5760405163334bd91960e11b815260040160405180910390fd5b6104f58282610dd4565b505050565b5f610504816109e0565b6004546040516001600160a01b038085169216907f5467e74cbea079af65f6e20ad111c0b30e7f3fa690c8ff92329ca6f05494601b905f90a350600480546001600160a01b0319166001600160a01b0392909216919091179055565b3330146105805760405163029a949d60e31b815260040160405180910390fd5b61058981610baa565b50565b5f6060805f5f5f606061059d610e3d565b6105a5610e6a565b604080515f80825260208201909252600f60f81b9b939a50919850469750309650945092509050565b5f918252602082815260408084206001600160a01b0393909316845291905290205460ff1690565b5f61042a7f13599b943d6ae986309de305704eabbd0ee8e994a67e802116e206f412b76e61833561062d60408601602087016114d7565b61063d60608701604088016114d7565b61064d60808801606089016114d7565b608088013561066260c08a0160a08b016114d7565b60c08a013560e08b013561067e6101208d016101008e016116ca565b60408051602081019b909b528a01989098526001600160a01b0396871660608a0152948616608089015292851660a088015260c087019190915290921660e085015261010084019190915261012083015267ffffffffffffffff166101408201526101600160405160208183030381529060405280519060200120610e97565b5f51602061194a5f395f51905f52610715816109e0565b5f8281526003602052604090205460ff161561074e5760405163f455c8b960e01b8152600481018390526003602482015260440161047f565b5f82815260036020526040808220805460ff191660021790555183917f4e09303ea9c3932854b42432aa9f65348205f9681747864bf122101b3537150391a25050565b5f5f51602061194a5f395f51905f526107a9816109e0565b8483146107cc576040516001621398b960e31b0319815260040160405180910390fd5b5f5b858110156109a457368787838181106107e9576107e96116e3565b9050610120020190505f61082082888886818110610809576108096116e3565b905060200281019061081b91906116f7565b6109ea565b905060ff811615610878576040805160ff83168152602081018290525f8183015290518335917f905026a8ea9f3c2ef31ca66e0b173f44e4c61010ae46e9ee048660124a9bd799919081900360600190a2505061099c565b603f610888620249f0604061174e565b6108929190611765565b61089e90614e20611784565b5a10156108be576040516307099c5360e21b815260040160405180910390fd5b604051633eabaa8360e11b81523090637d57550690620249f0906108e6908690600401611797565b5f604051808303815f88803b1580156108fd575f5ffd5b5087f19350505050801561090f575060015b61098b573d80801561093c576040519150601f19603f3d011682016040523d82523d5f602084013e610941565b606091505b5082357f905026a8ea9f3c2ef31ca66e0b173f44e4c61010ae46e9ee048660124a9bd79961096e83610ec3565b8360405161097d92919061184b565b60405180910390a250610999565b846109958161186e565b9550505b50505b6001016107ce565b5050949350505050565b5f828152602081905260409020600101546109c8816109e0565b6104bc8383610dd4565b5f6109db610f2d565b905090565b6105898133611056565b5f806109fc60408601602087016114d7565b6001600160a01b03161480610a2857505f610a1d60608601604087016114d7565b6001600160a01b0316145b80610a625750610a3e60608501604086016114d7565b6001600160a01b0316610a5760408601602087016114d7565b6001600160a01b0316145b80610a845750610a7860808501606086016114d7565b6001600160a01b03163b155b80610aa65750610a9a60c0850160a086016114d7565b6001600160a01b03163b155b15610ab357506006610ba3565b83355f9081526003602052604090205460ff1615610ad357506003610ba3565b610ae5610120850161010086016116ca565b67ffffffffffffffff16421115610afe57506002610ba3565b5f5f610b47610b0c876105f6565b86868080601f0160208091040260200160405190810160405280939291908181526020018383808284375f9201919091525061109392505050565b5090925090505f816003811115610b6057610b60611886565b141580610b7b57506004546001600160a01b03838116911614155b80610b8d57506001600160a01b038216155b15610b9d57600192505050610ba3565b5f925050505b9392505050565b80355f908152600360205260408120805460ff1916600117905580610c02610bd860808501606086016114d7565b610be860408601602087016114d7565b610bf860608701604088016114d7565b86608001356110dc565b9150915081610c265780604051632ab36e7f60e01b815260040161047f919061189a565b610c63610c3960c0850160a086016114d7565b610c4960608601604087016114d7565b610c5960408701602088016114d7565b8660c001356110dc565b909250905081610c885780604051631d31f37360e31b815260040161047f919061189a565b610c9860608401604085016114d7565b6001600160a01b0316610cb160408501602086016114d7565b6001600160a01b031684357fae041e046aef162995598c1850c543661c293d67ebc5c2c6920fa149b5c74df3610ced60808801606089016114d7565b6080880135610d0260c08a0160a08b016114d7565b604080516001600160a01b039485168152602081019390935292168183015260c0890135606082015260e0890135608082015290519081900360a00190a4505050565b5f610d5083836105ce565b610dcd575f838152602081815260408083206001600160a01b03861684529091529020805460ff19166001179055610d853390565b6001600160a01b0316826001600160a01b0316847f2f8788117e7eff1d82e926ec794901d17c78024a50270940304540a733656f0d60405160405180910390a450600161042a565b505f61042a565b5f610ddf83836105ce565b15610dcd575f838152602081815260408083206001600160a01b0386168085529252808320805460ff1916905551339286917ff6391f5c32d9c69d2a47ea670b442974b53935d1edc7fd64eb21e047a839171b9190a450600161042a565b60606109db7f000000000000000000000000000000000000000000000000000000000000000060016111e7565b60606109db7f000000000000000000000000000000000000000000000000000000000000000060026111e7565b5f61042a610ea3610f2d565b8360405161190160f01b8152600281019290925260228201526042902090565b5f600482511015610ed657506007919050565b5f610ee0836118ac565b905063d54c918160e01b6001600160e01b0319821601610f035750600492915050565b6302ce0c8d60e31b6001600160e01b0319821601610f245750600592915050565b50600792915050565b5f306001600160a01b037f000000000000000000000000000000000000000000000000000000000000000016148015610f8557507f000000000000000000000000000000000000000000000000000000000000000046145b15610faf57507f000000000000000000000000000000000000000000000000000000000000000090565b6109db604080517f8b73c3c69bb8fe3d512ecc4cf759cc79239f7b179b0ffacaa9a75d522b39400f60208201527f0000000000000000000000000000000000000000000000000000000000000000918101919091527f000000000000000000000000000000000000000000000000000000000000000060608201524660808201523060a08201525f9060c00160405160208183030381529060405280519060200120905090565b61106082826105ce565b61108f5760405163e2517d3f60e01b81526001600160a01b03821660048201526024810183905260440161047f565b5050565b5f5f5f83516041036110ca576020840151604085015160608601515f1a6110bc88828585611290565b9550955095505050506110d5565b505081515f91506002905b9250925092565b6040516001600160a01b0384811660248301528381166044830152606482018390525f916060918391829189169060840160408051601f198184030181529181526020820180516001600160e01b03166323b872dd60e01b1790525161114291906118ea565b5f604051808303815f865af19150503d805f811461117b576040519150601f19603f3d011682016040523d82523d5f602084013e611180565b606091505b509150915081611196575f935091506111de9050565b8051158015906111c557506020815110806111c55750808060200190518101906111c09190611900565b600114155b156111d6575f935091506111de9050565b600193509150505b94509492505050565b606060ff8314611201576111fa83611358565b905061042a565b81805461120d90611917565b80601f016020809104026020016040519081016040528092919081815260200182805461123990611917565b80156112845780601f1061125b57610100808354040283529160200191611284565b820191905f5260205f20905b81548152906001019060200180831161126757829003601f168201915b5050505050905061042a565b5f80807f7fffffffffffffffffffffffffffffff5d576e7357a4501ddfe92f46681b20a08411156112c957505f9150600390508261134e565b604080515f808252602082018084528a905260ff891692820192909252606081018790526080810186905260019060a0016020604051602081039080840390855afa15801561131a573d5f5f3e3d5ffd5b5050604051601f1901519150506001600160a01b03811661134557505f92506001915082905061134e565b92505f91508190505b9450945094915050565b60605f61136483611395565b6040805160208082528183019092529192505f91906020820181803683375050509182525060208101929092525090565b5f60ff8216601f81111561042a57604051632cd44ac360e21b815260040160405180910390fd5b5f602082840312156113cc575f5ffd5b81356001600160e01b031981168114610ba3575f5ffd5b5f602082840312156113f3575f5ffd5b5035919050565b5f610120828403121561140b575f5ffd5b50919050565b5f5f5f6101408486031215611424575f5ffd5b61142e85856113fa565b925061012084013567ffffffffffffffff81111561144a575f5ffd5b8401601f8101861361145a575f5ffd5b803567ffffffffffffffff811115611470575f5ffd5b866020828401011115611481575f5ffd5b939660209190910195509293505050565b80356001600160a01b03811681146114a8575f5ffd5b919050565b5f5f604083850312156114be575f5ffd5b823591506114ce60208401611492565b90509250929050565b5f602082840312156114e7575f5ffd5b610ba382611492565b5f6101208284031215611501575f5ffd5b610ba383836113fa565b5f81518084528060208401602086015e5f602082860101526020601f19601f83011685010191505092915050565b60ff60f81b8816815260e060208201525f61155760e083018961150b565b8281036040840152611569818961150b565b606084018890526001600160a01b038716608085015260a0840186905283810360c0850152845180825260208087019350909101905f5b818110156115be5783518352602093840193909201916001016115a0565b50909b9a5050505050505050505050565b5f5f83601f8401126115df575f5ffd5b50813567ffffffffffffffff8111156115f6575f5ffd5b6020830191508360208260051b8501011115611610575f5ffd5b9250929050565b5f5f5f5f6040858703121561162a575f5ffd5b843567ffffffffffffffff811115611640575f5ffd5b8501601f81018713611650575f5ffd5b803567ffffffffffffffff811115611666575f5ffd5b8760206101208302840101111561167b575f5ffd5b60209182019550935085013567ffffffffffffffff81111561169b575f5ffd5b6116a7878288016115cf565b95989497509550505050565b803567ffffffffffffffff811681146114a8575f5ffd5b5f602082840312156116da575f5ffd5b610ba3826116b3565b634e487b7160e01b5f52603260045260245ffd5b5f5f8335601e1984360301811261170c575f5ffd5b83018035915067ffffffffffffffff821115611726575f5ffd5b602001915036819003821315611610575f5ffd5b634e487b7160e01b5f52601160045260245ffd5b808202811582820484141761042a5761042a61173a565b5f8261177f57634e487b7160e01b5f52601260045260245ffd5b500490565b8082018082111561042a5761042a61173a565b8135815261012081016001600160a01b036117b460208501611492565b1660208301526001600160a01b036117ce60408501611492565b1660408301526117e060608401611492565b6001600160a01b031660608301526080838101359083015261180460a08401611492565b6001600160a01b031660a083015260c0838101359083015260e0808401359083015261183361010084016116b3565b67ffffffffffffffff81166101008401525092915050565b60ff83168152604060208201525f611866604083018461150b565b949350505050565b5f6001820161187f5761187f61173a565b5060010190565b634e487b7160e01b5f52602160045260245ffd5b602081525f610ba3602083018461150b565b805160208201516001600160e01b03198116919060048210156118e3576001600160e01b0319600483900360031b81901b82161692505b5050919050565b5f82518060208501845e5f920191825250919050565b5f60208284031215611910575f5ffd5b5051919050565b600181811c9082168061192b57607f821691505b60208210810361140b57634e487b7160e01b5f52602260045260245ffdfe6666bf5bfee463d10a7fc50448047f8a53b7762d7e28fbc5c643182785f3fd3fa164736f6c634300081c000a",
}

// DvPSettlementABI is the input ABI used to generate the binding from.
// Deprecated: Use DvPSettlementMetaData.ABI instead.
var DvPSettlementABI = DvPSettlementMetaData.ABI

// DvPSettlementBin is the compiled bytecode used for deploying new contracts.
// Deprecated: Use DvPSettlementMetaData.Bin instead.
var DvPSettlementBin = DvPSettlementMetaData.Bin

// DeployDvPSettlement deploys a new Ethereum contract, binding an instance of DvPSettlement to it.
func DeployDvPSettlement(auth *bind.TransactOpts, backend bind.ContractBackend, admin common.Address, signer common.Address) (common.Address, *types.Transaction, *DvPSettlement, error) {
	parsed, err := DvPSettlementMetaData.GetAbi()
	if err != nil {
		return common.Address{}, nil, nil, err
	}
	if parsed == nil {
		return common.Address{}, nil, nil, errors.New("GetABI returned nil")
	}

	address, tx, contract, err := bind.DeployContract(auth, *parsed, common.FromHex(DvPSettlementBin), backend, admin, signer)
	if err != nil {
		return common.Address{}, nil, nil, err
	}
	return address, tx, &DvPSettlement{DvPSettlementCaller: DvPSettlementCaller{contract: contract}, DvPSettlementTransactor: DvPSettlementTransactor{contract: contract}, DvPSettlementFilterer: DvPSettlementFilterer{contract: contract}}, nil
}

// DvPSettlement is an auto generated Go binding around an Ethereum contract.
type DvPSettlement struct {
	DvPSettlementCaller     // Read-only binding to the contract
	DvPSettlementTransactor // Write-only binding to the contract
	DvPSettlementFilterer   // Log filterer for contract events
}

// DvPSettlementCaller is an auto generated read-only Go binding around an Ethereum contract.
type DvPSettlementCaller struct {
	contract *bind.BoundContract // Generic contract wrapper for the low level calls
}

// DvPSettlementTransactor is an auto generated write-only Go binding around an Ethereum contract.
type DvPSettlementTransactor struct {
	contract *bind.BoundContract // Generic contract wrapper for the low level calls
}

// DvPSettlementFilterer is an auto generated log filtering Go binding around an Ethereum contract events.
type DvPSettlementFilterer struct {
	contract *bind.BoundContract // Generic contract wrapper for the low level calls
}

// DvPSettlementSession is an auto generated Go binding around an Ethereum contract,
// with pre-set call and transact options.
type DvPSettlementSession struct {
	Contract     *DvPSettlement    // Generic contract binding to set the session for
	CallOpts     bind.CallOpts     // Call options to use throughout this session
	TransactOpts bind.TransactOpts // Transaction auth options to use throughout this session
}

// DvPSettlementCallerSession is an auto generated read-only Go binding around an Ethereum contract,
// with pre-set call options.
type DvPSettlementCallerSession struct {
	Contract *DvPSettlementCaller // Generic contract caller binding to set the session for
	CallOpts bind.CallOpts        // Call options to use throughout this session
}

// DvPSettlementTransactorSession is an auto generated write-only Go binding around an Ethereum contract,
// with pre-set transact options.
type DvPSettlementTransactorSession struct {
	Contract     *DvPSettlementTransactor // Generic contract transactor binding to set the session for
	TransactOpts bind.TransactOpts        // Transaction auth options to use throughout this session
}

// DvPSettlementRaw is an auto generated low-level Go binding around an Ethereum contract.
type DvPSettlementRaw struct {
	Contract *DvPSettlement // Generic contract binding to access the raw methods on
}

// DvPSettlementCallerRaw is an auto generated low-level read-only Go binding around an Ethereum contract.
type DvPSettlementCallerRaw struct {
	Contract *DvPSettlementCaller // Generic read-only contract binding to access the raw methods on
}

// DvPSettlementTransactorRaw is an auto generated low-level write-only Go binding around an Ethereum contract.
type DvPSettlementTransactorRaw struct {
	Contract *DvPSettlementTransactor // Generic write-only contract binding to access the raw methods on
}

// NewDvPSettlement creates a new instance of DvPSettlement, bound to a specific deployed contract.
func NewDvPSettlement(address common.Address, backend bind.ContractBackend) (*DvPSettlement, error) {
	contract, err := bindDvPSettlement(address, backend, backend, backend)
	if err != nil {
		return nil, err
	}
	return &DvPSettlement{DvPSettlementCaller: DvPSettlementCaller{contract: contract}, DvPSettlementTransactor: DvPSettlementTransactor{contract: contract}, DvPSettlementFilterer: DvPSettlementFilterer{contract: contract}}, nil
}

// NewDvPSettlementCaller creates a new read-only instance of DvPSettlement, bound to a specific deployed contract.
func NewDvPSettlementCaller(address common.Address, caller bind.ContractCaller) (*DvPSettlementCaller, error) {
	contract, err := bindDvPSettlement(address, caller, nil, nil)
	if err != nil {
		return nil, err
	}
	return &DvPSettlementCaller{contract: contract}, nil
}

// NewDvPSettlementTransactor creates a new write-only instance of DvPSettlement, bound to a specific deployed contract.
func NewDvPSettlementTransactor(address common.Address, transactor bind.ContractTransactor) (*DvPSettlementTransactor, error) {
	contract, err := bindDvPSettlement(address, nil, transactor, nil)
	if err != nil {
		return nil, err
	}
	return &DvPSettlementTransactor{contract: contract}, nil
}

// NewDvPSettlementFilterer creates a new log filterer instance of DvPSettlement, bound to a specific deployed contract.
func NewDvPSettlementFilterer(address common.Address, filterer bind.ContractFilterer) (*DvPSettlementFilterer, error) {
	contract, err := bindDvPSettlement(address, nil, nil, filterer)
	if err != nil {
		return nil, err
	}
	return &DvPSettlementFilterer{contract: contract}, nil
}

// bindDvPSettlement binds a generic wrapper to an already deployed contract.
func bindDvPSettlement(address common.Address, caller bind.ContractCaller, transactor bind.ContractTransactor, filterer bind.ContractFilterer) (*bind.BoundContract, error) {
	parsed, err := DvPSettlementMetaData.GetAbi()
	if err != nil {
		return nil, err
	}
	return bind.NewBoundContract(address, *parsed, caller, transactor, filterer), nil
}

// Call invokes the (constant) contract method with params as input values and
// sets the output to result. The result type might be a single field for simple
// returns, a slice of interfaces for anonymous returns and a struct for named
// returns.
func (_DvPSettlement *DvPSettlementRaw) Call(opts *bind.CallOpts, result *[]interface{}, method string, params ...interface{}) error {
	return _DvPSettlement.Contract.DvPSettlementCaller.contract.Call(opts, result, method, params...)
}

// Transfer initiates a plain transaction to move funds to the contract, calling
// its default method if one is available.
func (_DvPSettlement *DvPSettlementRaw) Transfer(opts *bind.TransactOpts) (*types.Transaction, error) {
	return _DvPSettlement.Contract.DvPSettlementTransactor.contract.Transfer(opts)
}

// Transact invokes the (paid) contract method with params as input values.
func (_DvPSettlement *DvPSettlementRaw) Transact(opts *bind.TransactOpts, method string, params ...interface{}) (*types.Transaction, error) {
	return _DvPSettlement.Contract.DvPSettlementTransactor.contract.Transact(opts, method, params...)
}

// Call invokes the (constant) contract method with params as input values and
// sets the output to result. The result type might be a single field for simple
// returns, a slice of interfaces for anonymous returns and a struct for named
// returns.
func (_DvPSettlement *DvPSettlementCallerRaw) Call(opts *bind.CallOpts, result *[]interface{}, method string, params ...interface{}) error {
	return _DvPSettlement.Contract.contract.Call(opts, result, method, params...)
}

// Transfer initiates a plain transaction to move funds to the contract, calling
// its default method if one is available.
func (_DvPSettlement *DvPSettlementTransactorRaw) Transfer(opts *bind.TransactOpts) (*types.Transaction, error) {
	return _DvPSettlement.Contract.contract.Transfer(opts)
}

// Transact invokes the (paid) contract method with params as input values.
func (_DvPSettlement *DvPSettlementTransactorRaw) Transact(opts *bind.TransactOpts, method string, params ...interface{}) (*types.Transaction, error) {
	return _DvPSettlement.Contract.contract.Transact(opts, method, params...)
}

// ATTESTATIONTYPEHASH is a free data retrieval call binding the contract method 0x07090c1f.
//
// Solidity: function ATTESTATION_TYPEHASH() view returns(bytes32)
func (_DvPSettlement *DvPSettlementCaller) ATTESTATIONTYPEHASH(opts *bind.CallOpts) ([32]byte, error) {
	var out []interface{}
	err := _DvPSettlement.contract.Call(opts, &out, "ATTESTATION_TYPEHASH")

	if err != nil {
		return *new([32]byte), err
	}

	out0 := *abi.ConvertType(out[0], new([32]byte)).(*[32]byte)

	return out0, err

}

// ATTESTATIONTYPEHASH is a free data retrieval call binding the contract method 0x07090c1f.
//
// Solidity: function ATTESTATION_TYPEHASH() view returns(bytes32)
func (_DvPSettlement *DvPSettlementSession) ATTESTATIONTYPEHASH() ([32]byte, error) {
	return _DvPSettlement.Contract.ATTESTATIONTYPEHASH(&_DvPSettlement.CallOpts)
}

// ATTESTATIONTYPEHASH is a free data retrieval call binding the contract method 0x07090c1f.
//
// Solidity: function ATTESTATION_TYPEHASH() view returns(bytes32)
func (_DvPSettlement *DvPSettlementCallerSession) ATTESTATIONTYPEHASH() ([32]byte, error) {
	return _DvPSettlement.Contract.ATTESTATIONTYPEHASH(&_DvPSettlement.CallOpts)
}

// DEFAULTADMINROLE is a free data retrieval call binding the contract method 0xa217fddf.
//
// Solidity: function DEFAULT_ADMIN_ROLE() view returns(bytes32)
func (_DvPSettlement *DvPSettlementCaller) DEFAULTADMINROLE(opts *bind.CallOpts) ([32]byte, error) {
	var out []interface{}
	err := _DvPSettlement.contract.Call(opts, &out, "DEFAULT_ADMIN_ROLE")

	if err != nil {
		return *new([32]byte), err
	}

	out0 := *abi.ConvertType(out[0], new([32]byte)).(*[32]byte)

	return out0, err

}

// DEFAULTADMINROLE is a free data retrieval call binding the contract method 0xa217fddf.
//
// Solidity: function DEFAULT_ADMIN_ROLE() view returns(bytes32)
func (_DvPSettlement *DvPSettlementSession) DEFAULTADMINROLE() ([32]byte, error) {
	return _DvPSettlement.Contract.DEFAULTADMINROLE(&_DvPSettlement.CallOpts)
}

// DEFAULTADMINROLE is a free data retrieval call binding the contract method 0xa217fddf.
//
// Solidity: function DEFAULT_ADMIN_ROLE() view returns(bytes32)
func (_DvPSettlement *DvPSettlementCallerSession) DEFAULTADMINROLE() ([32]byte, error) {
	return _DvPSettlement.Contract.DEFAULTADMINROLE(&_DvPSettlement.CallOpts)
}

// FAILALREADYPROCESSED is a free data retrieval call binding the contract method 0x8aaadba6.
//
// Solidity: function FAIL_ALREADY_PROCESSED() view returns(uint8)
func (_DvPSettlement *DvPSettlementCaller) FAILALREADYPROCESSED(opts *bind.CallOpts) (uint8, error) {
	var out []interface{}
	err := _DvPSettlement.contract.Call(opts, &out, "FAIL_ALREADY_PROCESSED")

	if err != nil {
		return *new(uint8), err
	}

	out0 := *abi.ConvertType(out[0], new(uint8)).(*uint8)

	return out0, err

}

// FAILALREADYPROCESSED is a free data retrieval call binding the contract method 0x8aaadba6.
//
// Solidity: function FAIL_ALREADY_PROCESSED() view returns(uint8)
func (_DvPSettlement *DvPSettlementSession) FAILALREADYPROCESSED() (uint8, error) {
	return _DvPSettlement.Contract.FAILALREADYPROCESSED(&_DvPSettlement.CallOpts)
}

// FAILALREADYPROCESSED is a free data retrieval call binding the contract method 0x8aaadba6.
//
// Solidity: function FAIL_ALREADY_PROCESSED() view returns(uint8)
func (_DvPSettlement *DvPSettlementCallerSession) FAILALREADYPROCESSED() (uint8, error) {
	return _DvPSettlement.Contract.FAILALREADYPROCESSED(&_DvPSettlement.CallOpts)
}

// FAILBADSIGNATURE is a free data retrieval call binding the contract method 0x11ccb6bb.
//
// Solidity: function FAIL_BAD_SIGNATURE() view returns(uint8)
func (_DvPSettlement *DvPSettlementCaller) FAILBADSIGNATURE(opts *bind.CallOpts) (uint8, error) {
	var out []interface{}
	err := _DvPSettlement.contract.Call(opts, &out, "FAIL_BAD_SIGNATURE")

	if err != nil {
		return *new(uint8), err
	}

	out0 := *abi.ConvertType(out[0], new(uint8)).(*uint8)

	return out0, err

}

// FAILBADSIGNATURE is a free data retrieval call binding the contract method 0x11ccb6bb.
//
// Solidity: function FAIL_BAD_SIGNATURE() view returns(uint8)
func (_DvPSettlement *DvPSettlementSession) FAILBADSIGNATURE() (uint8, error) {
	return _DvPSettlement.Contract.FAILBADSIGNATURE(&_DvPSettlement.CallOpts)
}

// FAILBADSIGNATURE is a free data retrieval call binding the contract method 0x11ccb6bb.
//
// Solidity: function FAIL_BAD_SIGNATURE() view returns(uint8)
func (_DvPSettlement *DvPSettlementCallerSession) FAILBADSIGNATURE() (uint8, error) {
	return _DvPSettlement.Contract.FAILBADSIGNATURE(&_DvPSettlement.CallOpts)
}

// FAILCASHLEG is a free data retrieval call binding the contract method 0xa2b99dc7.
//
// Solidity: function FAIL_CASH_LEG() view returns(uint8)
func (_DvPSettlement *DvPSettlementCaller) FAILCASHLEG(opts *bind.CallOpts) (uint8, error) {
	var out []interface{}
	err := _DvPSettlement.contract.Call(opts, &out, "FAIL_CASH_LEG")

	if err != nil {
		return *new(uint8), err
	}

	out0 := *abi.ConvertType(out[0], new(uint8)).(*uint8)

	return out0, err

}

// FAILCASHLEG is a free data retrieval call binding the contract method 0xa2b99dc7.
//
// Solidity: function FAIL_CASH_LEG() view returns(uint8)
func (_DvPSettlement *DvPSettlementSession) FAILCASHLEG() (uint8, error) {
	return _DvPSettlement.Contract.FAILCASHLEG(&_DvPSettlement.CallOpts)
}

// FAILCASHLEG is a free data retrieval call binding the contract method 0xa2b99dc7.
//
// Solidity: function FAIL_CASH_LEG() view returns(uint8)
func (_DvPSettlement *DvPSettlementCallerSession) FAILCASHLEG() (uint8, error) {
	return _DvPSettlement.Contract.FAILCASHLEG(&_DvPSettlement.CallOpts)
}

// FAILEXPIRED is a free data retrieval call binding the contract method 0x88b98cc2.
//
// Solidity: function FAIL_EXPIRED() view returns(uint8)
func (_DvPSettlement *DvPSettlementCaller) FAILEXPIRED(opts *bind.CallOpts) (uint8, error) {
	var out []interface{}
	err := _DvPSettlement.contract.Call(opts, &out, "FAIL_EXPIRED")

	if err != nil {
		return *new(uint8), err
	}

	out0 := *abi.ConvertType(out[0], new(uint8)).(*uint8)

	return out0, err

}

// FAILEXPIRED is a free data retrieval call binding the contract method 0x88b98cc2.
//
// Solidity: function FAIL_EXPIRED() view returns(uint8)
func (_DvPSettlement *DvPSettlementSession) FAILEXPIRED() (uint8, error) {
	return _DvPSettlement.Contract.FAILEXPIRED(&_DvPSettlement.CallOpts)
}

// FAILEXPIRED is a free data retrieval call binding the contract method 0x88b98cc2.
//
// Solidity: function FAIL_EXPIRED() view returns(uint8)
func (_DvPSettlement *DvPSettlementCallerSession) FAILEXPIRED() (uint8, error) {
	return _DvPSettlement.Contract.FAILEXPIRED(&_DvPSettlement.CallOpts)
}

// FAILINVALIDTRADE is a free data retrieval call binding the contract method 0x995d6e1a.
//
// Solidity: function FAIL_INVALID_TRADE() view returns(uint8)
func (_DvPSettlement *DvPSettlementCaller) FAILINVALIDTRADE(opts *bind.CallOpts) (uint8, error) {
	var out []interface{}
	err := _DvPSettlement.contract.Call(opts, &out, "FAIL_INVALID_TRADE")

	if err != nil {
		return *new(uint8), err
	}

	out0 := *abi.ConvertType(out[0], new(uint8)).(*uint8)

	return out0, err

}

// FAILINVALIDTRADE is a free data retrieval call binding the contract method 0x995d6e1a.
//
// Solidity: function FAIL_INVALID_TRADE() view returns(uint8)
func (_DvPSettlement *DvPSettlementSession) FAILINVALIDTRADE() (uint8, error) {
	return _DvPSettlement.Contract.FAILINVALIDTRADE(&_DvPSettlement.CallOpts)
}

// FAILINVALIDTRADE is a free data retrieval call binding the contract method 0x995d6e1a.
//
// Solidity: function FAIL_INVALID_TRADE() view returns(uint8)
func (_DvPSettlement *DvPSettlementCallerSession) FAILINVALIDTRADE() (uint8, error) {
	return _DvPSettlement.Contract.FAILINVALIDTRADE(&_DvPSettlement.CallOpts)
}

// FAILSECURITYLEG is a free data retrieval call binding the contract method 0x590bce6e.
//
// Solidity: function FAIL_SECURITY_LEG() view returns(uint8)
func (_DvPSettlement *DvPSettlementCaller) FAILSECURITYLEG(opts *bind.CallOpts) (uint8, error) {
	var out []interface{}
	err := _DvPSettlement.contract.Call(opts, &out, "FAIL_SECURITY_LEG")

	if err != nil {
		return *new(uint8), err
	}

	out0 := *abi.ConvertType(out[0], new(uint8)).(*uint8)

	return out0, err

}

// FAILSECURITYLEG is a free data retrieval call binding the contract method 0x590bce6e.
//
// Solidity: function FAIL_SECURITY_LEG() view returns(uint8)
func (_DvPSettlement *DvPSettlementSession) FAILSECURITYLEG() (uint8, error) {
	return _DvPSettlement.Contract.FAILSECURITYLEG(&_DvPSettlement.CallOpts)
}

// FAILSECURITYLEG is a free data retrieval call binding the contract method 0x590bce6e.
//
// Solidity: function FAIL_SECURITY_LEG() view returns(uint8)
func (_DvPSettlement *DvPSettlementCallerSession) FAILSECURITYLEG() (uint8, error) {
	return _DvPSettlement.Contract.FAILSECURITYLEG(&_DvPSettlement.CallOpts)
}

// FAILUNKNOWN is a free data retrieval call binding the contract method 0xe2724fa8.
//
// Solidity: function FAIL_UNKNOWN() view returns(uint8)
func (_DvPSettlement *DvPSettlementCaller) FAILUNKNOWN(opts *bind.CallOpts) (uint8, error) {
	var out []interface{}
	err := _DvPSettlement.contract.Call(opts, &out, "FAIL_UNKNOWN")

	if err != nil {
		return *new(uint8), err
	}

	out0 := *abi.ConvertType(out[0], new(uint8)).(*uint8)

	return out0, err

}

// FAILUNKNOWN is a free data retrieval call binding the contract method 0xe2724fa8.
//
// Solidity: function FAIL_UNKNOWN() view returns(uint8)
func (_DvPSettlement *DvPSettlementSession) FAILUNKNOWN() (uint8, error) {
	return _DvPSettlement.Contract.FAILUNKNOWN(&_DvPSettlement.CallOpts)
}

// FAILUNKNOWN is a free data retrieval call binding the contract method 0xe2724fa8.
//
// Solidity: function FAIL_UNKNOWN() view returns(uint8)
func (_DvPSettlement *DvPSettlementCallerSession) FAILUNKNOWN() (uint8, error) {
	return _DvPSettlement.Contract.FAILUNKNOWN(&_DvPSettlement.CallOpts)
}

// SETTLERROLE is a free data retrieval call binding the contract method 0x7445e85c.
//
// Solidity: function SETTLER_ROLE() view returns(bytes32)
func (_DvPSettlement *DvPSettlementCaller) SETTLERROLE(opts *bind.CallOpts) ([32]byte, error) {
	var out []interface{}
	err := _DvPSettlement.contract.Call(opts, &out, "SETTLER_ROLE")

	if err != nil {
		return *new([32]byte), err
	}

	out0 := *abi.ConvertType(out[0], new([32]byte)).(*[32]byte)

	return out0, err

}

// SETTLERROLE is a free data retrieval call binding the contract method 0x7445e85c.
//
// Solidity: function SETTLER_ROLE() view returns(bytes32)
func (_DvPSettlement *DvPSettlementSession) SETTLERROLE() ([32]byte, error) {
	return _DvPSettlement.Contract.SETTLERROLE(&_DvPSettlement.CallOpts)
}

// SETTLERROLE is a free data retrieval call binding the contract method 0x7445e85c.
//
// Solidity: function SETTLER_ROLE() view returns(bytes32)
func (_DvPSettlement *DvPSettlementCallerSession) SETTLERROLE() ([32]byte, error) {
	return _DvPSettlement.Contract.SETTLERROLE(&_DvPSettlement.CallOpts)
}

// STATUSCANCELLED is a free data retrieval call binding the contract method 0x5a4e5a15.
//
// Solidity: function STATUS_CANCELLED() view returns(uint8)
func (_DvPSettlement *DvPSettlementCaller) STATUSCANCELLED(opts *bind.CallOpts) (uint8, error) {
	var out []interface{}
	err := _DvPSettlement.contract.Call(opts, &out, "STATUS_CANCELLED")

	if err != nil {
		return *new(uint8), err
	}

	out0 := *abi.ConvertType(out[0], new(uint8)).(*uint8)

	return out0, err

}

// STATUSCANCELLED is a free data retrieval call binding the contract method 0x5a4e5a15.
//
// Solidity: function STATUS_CANCELLED() view returns(uint8)
func (_DvPSettlement *DvPSettlementSession) STATUSCANCELLED() (uint8, error) {
	return _DvPSettlement.Contract.STATUSCANCELLED(&_DvPSettlement.CallOpts)
}

// STATUSCANCELLED is a free data retrieval call binding the contract method 0x5a4e5a15.
//
// Solidity: function STATUS_CANCELLED() view returns(uint8)
func (_DvPSettlement *DvPSettlementCallerSession) STATUSCANCELLED() (uint8, error) {
	return _DvPSettlement.Contract.STATUSCANCELLED(&_DvPSettlement.CallOpts)
}

// STATUSNONE is a free data retrieval call binding the contract method 0x84e1433b.
//
// Solidity: function STATUS_NONE() view returns(uint8)
func (_DvPSettlement *DvPSettlementCaller) STATUSNONE(opts *bind.CallOpts) (uint8, error) {
	var out []interface{}
	err := _DvPSettlement.contract.Call(opts, &out, "STATUS_NONE")

	if err != nil {
		return *new(uint8), err
	}

	out0 := *abi.ConvertType(out[0], new(uint8)).(*uint8)

	return out0, err

}

// STATUSNONE is a free data retrieval call binding the contract method 0x84e1433b.
//
// Solidity: function STATUS_NONE() view returns(uint8)
func (_DvPSettlement *DvPSettlementSession) STATUSNONE() (uint8, error) {
	return _DvPSettlement.Contract.STATUSNONE(&_DvPSettlement.CallOpts)
}

// STATUSNONE is a free data retrieval call binding the contract method 0x84e1433b.
//
// Solidity: function STATUS_NONE() view returns(uint8)
func (_DvPSettlement *DvPSettlementCallerSession) STATUSNONE() (uint8, error) {
	return _DvPSettlement.Contract.STATUSNONE(&_DvPSettlement.CallOpts)
}

// STATUSSETTLED is a free data retrieval call binding the contract method 0x5c997915.
//
// Solidity: function STATUS_SETTLED() view returns(uint8)
func (_DvPSettlement *DvPSettlementCaller) STATUSSETTLED(opts *bind.CallOpts) (uint8, error) {
	var out []interface{}
	err := _DvPSettlement.contract.Call(opts, &out, "STATUS_SETTLED")

	if err != nil {
		return *new(uint8), err
	}

	out0 := *abi.ConvertType(out[0], new(uint8)).(*uint8)

	return out0, err

}

// STATUSSETTLED is a free data retrieval call binding the contract method 0x5c997915.
//
// Solidity: function STATUS_SETTLED() view returns(uint8)
func (_DvPSettlement *DvPSettlementSession) STATUSSETTLED() (uint8, error) {
	return _DvPSettlement.Contract.STATUSSETTLED(&_DvPSettlement.CallOpts)
}

// STATUSSETTLED is a free data retrieval call binding the contract method 0x5c997915.
//
// Solidity: function STATUS_SETTLED() view returns(uint8)
func (_DvPSettlement *DvPSettlementCallerSession) STATUSSETTLED() (uint8, error) {
	return _DvPSettlement.Contract.STATUSSETTLED(&_DvPSettlement.CallOpts)
}

// TRADEGAS is a free data retrieval call binding the contract method 0x282a808d.
//
// Solidity: function TRADE_GAS() view returns(uint256)
func (_DvPSettlement *DvPSettlementCaller) TRADEGAS(opts *bind.CallOpts) (*big.Int, error) {
	var out []interface{}
	err := _DvPSettlement.contract.Call(opts, &out, "TRADE_GAS")

	if err != nil {
		return *new(*big.Int), err
	}

	out0 := *abi.ConvertType(out[0], new(*big.Int)).(**big.Int)

	return out0, err

}

// TRADEGAS is a free data retrieval call binding the contract method 0x282a808d.
//
// Solidity: function TRADE_GAS() view returns(uint256)
func (_DvPSettlement *DvPSettlementSession) TRADEGAS() (*big.Int, error) {
	return _DvPSettlement.Contract.TRADEGAS(&_DvPSettlement.CallOpts)
}

// TRADEGAS is a free data retrieval call binding the contract method 0x282a808d.
//
// Solidity: function TRADE_GAS() view returns(uint256)
func (_DvPSettlement *DvPSettlementCallerSession) TRADEGAS() (*big.Int, error) {
	return _DvPSettlement.Contract.TRADEGAS(&_DvPSettlement.CallOpts)
}

// ComplianceSigner is a free data retrieval call binding the contract method 0x71752159.
//
// Solidity: function complianceSigner() view returns(address)
func (_DvPSettlement *DvPSettlementCaller) ComplianceSigner(opts *bind.CallOpts) (common.Address, error) {
	var out []interface{}
	err := _DvPSettlement.contract.Call(opts, &out, "complianceSigner")

	if err != nil {
		return *new(common.Address), err
	}

	out0 := *abi.ConvertType(out[0], new(common.Address)).(*common.Address)

	return out0, err

}

// ComplianceSigner is a free data retrieval call binding the contract method 0x71752159.
//
// Solidity: function complianceSigner() view returns(address)
func (_DvPSettlement *DvPSettlementSession) ComplianceSigner() (common.Address, error) {
	return _DvPSettlement.Contract.ComplianceSigner(&_DvPSettlement.CallOpts)
}

// ComplianceSigner is a free data retrieval call binding the contract method 0x71752159.
//
// Solidity: function complianceSigner() view returns(address)
func (_DvPSettlement *DvPSettlementCallerSession) ComplianceSigner() (common.Address, error) {
	return _DvPSettlement.Contract.ComplianceSigner(&_DvPSettlement.CallOpts)
}

// DomainSeparator is a free data retrieval call binding the contract method 0xf698da25.
//
// Solidity: function domainSeparator() view returns(bytes32)
func (_DvPSettlement *DvPSettlementCaller) DomainSeparator(opts *bind.CallOpts) ([32]byte, error) {
	var out []interface{}
	err := _DvPSettlement.contract.Call(opts, &out, "domainSeparator")

	if err != nil {
		return *new([32]byte), err
	}

	out0 := *abi.ConvertType(out[0], new([32]byte)).(*[32]byte)

	return out0, err

}

// DomainSeparator is a free data retrieval call binding the contract method 0xf698da25.
//
// Solidity: function domainSeparator() view returns(bytes32)
func (_DvPSettlement *DvPSettlementSession) DomainSeparator() ([32]byte, error) {
	return _DvPSettlement.Contract.DomainSeparator(&_DvPSettlement.CallOpts)
}

// DomainSeparator is a free data retrieval call binding the contract method 0xf698da25.
//
// Solidity: function domainSeparator() view returns(bytes32)
func (_DvPSettlement *DvPSettlementCallerSession) DomainSeparator() ([32]byte, error) {
	return _DvPSettlement.Contract.DomainSeparator(&_DvPSettlement.CallOpts)
}

// Eip712Domain is a free data retrieval call binding the contract method 0x84b0196e.
//
// Solidity: function eip712Domain() view returns(bytes1 fields, string name, string version, uint256 chainId, address verifyingContract, bytes32 salt, uint256[] extensions)
func (_DvPSettlement *DvPSettlementCaller) Eip712Domain(opts *bind.CallOpts) (struct {
	Fields            [1]byte
	Name              string
	Version           string
	ChainId           *big.Int
	VerifyingContract common.Address
	Salt              [32]byte
	Extensions        []*big.Int
}, error) {
	var out []interface{}
	err := _DvPSettlement.contract.Call(opts, &out, "eip712Domain")

	outstruct := new(struct {
		Fields            [1]byte
		Name              string
		Version           string
		ChainId           *big.Int
		VerifyingContract common.Address
		Salt              [32]byte
		Extensions        []*big.Int
	})
	if err != nil {
		return *outstruct, err
	}

	outstruct.Fields = *abi.ConvertType(out[0], new([1]byte)).(*[1]byte)
	outstruct.Name = *abi.ConvertType(out[1], new(string)).(*string)
	outstruct.Version = *abi.ConvertType(out[2], new(string)).(*string)
	outstruct.ChainId = *abi.ConvertType(out[3], new(*big.Int)).(**big.Int)
	outstruct.VerifyingContract = *abi.ConvertType(out[4], new(common.Address)).(*common.Address)
	outstruct.Salt = *abi.ConvertType(out[5], new([32]byte)).(*[32]byte)
	outstruct.Extensions = *abi.ConvertType(out[6], new([]*big.Int)).(*[]*big.Int)

	return *outstruct, err

}

// Eip712Domain is a free data retrieval call binding the contract method 0x84b0196e.
//
// Solidity: function eip712Domain() view returns(bytes1 fields, string name, string version, uint256 chainId, address verifyingContract, bytes32 salt, uint256[] extensions)
func (_DvPSettlement *DvPSettlementSession) Eip712Domain() (struct {
	Fields            [1]byte
	Name              string
	Version           string
	ChainId           *big.Int
	VerifyingContract common.Address
	Salt              [32]byte
	Extensions        []*big.Int
}, error) {
	return _DvPSettlement.Contract.Eip712Domain(&_DvPSettlement.CallOpts)
}

// Eip712Domain is a free data retrieval call binding the contract method 0x84b0196e.
//
// Solidity: function eip712Domain() view returns(bytes1 fields, string name, string version, uint256 chainId, address verifyingContract, bytes32 salt, uint256[] extensions)
func (_DvPSettlement *DvPSettlementCallerSession) Eip712Domain() (struct {
	Fields            [1]byte
	Name              string
	Version           string
	ChainId           *big.Int
	VerifyingContract common.Address
	Salt              [32]byte
	Extensions        []*big.Int
}, error) {
	return _DvPSettlement.Contract.Eip712Domain(&_DvPSettlement.CallOpts)
}

// GetRoleAdmin is a free data retrieval call binding the contract method 0x248a9ca3.
//
// Solidity: function getRoleAdmin(bytes32 role) view returns(bytes32)
func (_DvPSettlement *DvPSettlementCaller) GetRoleAdmin(opts *bind.CallOpts, role [32]byte) ([32]byte, error) {
	var out []interface{}
	err := _DvPSettlement.contract.Call(opts, &out, "getRoleAdmin", role)

	if err != nil {
		return *new([32]byte), err
	}

	out0 := *abi.ConvertType(out[0], new([32]byte)).(*[32]byte)

	return out0, err

}

// GetRoleAdmin is a free data retrieval call binding the contract method 0x248a9ca3.
//
// Solidity: function getRoleAdmin(bytes32 role) view returns(bytes32)
func (_DvPSettlement *DvPSettlementSession) GetRoleAdmin(role [32]byte) ([32]byte, error) {
	return _DvPSettlement.Contract.GetRoleAdmin(&_DvPSettlement.CallOpts, role)
}

// GetRoleAdmin is a free data retrieval call binding the contract method 0x248a9ca3.
//
// Solidity: function getRoleAdmin(bytes32 role) view returns(bytes32)
func (_DvPSettlement *DvPSettlementCallerSession) GetRoleAdmin(role [32]byte) ([32]byte, error) {
	return _DvPSettlement.Contract.GetRoleAdmin(&_DvPSettlement.CallOpts, role)
}

// HasRole is a free data retrieval call binding the contract method 0x91d14854.
//
// Solidity: function hasRole(bytes32 role, address account) view returns(bool)
func (_DvPSettlement *DvPSettlementCaller) HasRole(opts *bind.CallOpts, role [32]byte, account common.Address) (bool, error) {
	var out []interface{}
	err := _DvPSettlement.contract.Call(opts, &out, "hasRole", role, account)

	if err != nil {
		return *new(bool), err
	}

	out0 := *abi.ConvertType(out[0], new(bool)).(*bool)

	return out0, err

}

// HasRole is a free data retrieval call binding the contract method 0x91d14854.
//
// Solidity: function hasRole(bytes32 role, address account) view returns(bool)
func (_DvPSettlement *DvPSettlementSession) HasRole(role [32]byte, account common.Address) (bool, error) {
	return _DvPSettlement.Contract.HasRole(&_DvPSettlement.CallOpts, role, account)
}

// HasRole is a free data retrieval call binding the contract method 0x91d14854.
//
// Solidity: function hasRole(bytes32 role, address account) view returns(bool)
func (_DvPSettlement *DvPSettlementCallerSession) HasRole(role [32]byte, account common.Address) (bool, error) {
	return _DvPSettlement.Contract.HasRole(&_DvPSettlement.CallOpts, role, account)
}

// HashAttestation is a free data retrieval call binding the contract method 0xb4bf6788.
//
// Solidity: function hashAttestation((bytes32,address,address,address,uint256,address,uint256,bytes32,uint64) t) view returns(bytes32)
func (_DvPSettlement *DvPSettlementCaller) HashAttestation(opts *bind.CallOpts, t DvPSettlementTrade) ([32]byte, error) {
	var out []interface{}
	err := _DvPSettlement.contract.Call(opts, &out, "hashAttestation", t)

	if err != nil {
		return *new([32]byte), err
	}

	out0 := *abi.ConvertType(out[0], new([32]byte)).(*[32]byte)

	return out0, err

}

// HashAttestation is a free data retrieval call binding the contract method 0xb4bf6788.
//
// Solidity: function hashAttestation((bytes32,address,address,address,uint256,address,uint256,bytes32,uint64) t) view returns(bytes32)
func (_DvPSettlement *DvPSettlementSession) HashAttestation(t DvPSettlementTrade) ([32]byte, error) {
	return _DvPSettlement.Contract.HashAttestation(&_DvPSettlement.CallOpts, t)
}

// HashAttestation is a free data retrieval call binding the contract method 0xb4bf6788.
//
// Solidity: function hashAttestation((bytes32,address,address,address,uint256,address,uint256,bytes32,uint64) t) view returns(bytes32)
func (_DvPSettlement *DvPSettlementCallerSession) HashAttestation(t DvPSettlementTrade) ([32]byte, error) {
	return _DvPSettlement.Contract.HashAttestation(&_DvPSettlement.CallOpts, t)
}

// SupportsInterface is a free data retrieval call binding the contract method 0x01ffc9a7.
//
// Solidity: function supportsInterface(bytes4 interfaceId) view returns(bool)
func (_DvPSettlement *DvPSettlementCaller) SupportsInterface(opts *bind.CallOpts, interfaceId [4]byte) (bool, error) {
	var out []interface{}
	err := _DvPSettlement.contract.Call(opts, &out, "supportsInterface", interfaceId)

	if err != nil {
		return *new(bool), err
	}

	out0 := *abi.ConvertType(out[0], new(bool)).(*bool)

	return out0, err

}

// SupportsInterface is a free data retrieval call binding the contract method 0x01ffc9a7.
//
// Solidity: function supportsInterface(bytes4 interfaceId) view returns(bool)
func (_DvPSettlement *DvPSettlementSession) SupportsInterface(interfaceId [4]byte) (bool, error) {
	return _DvPSettlement.Contract.SupportsInterface(&_DvPSettlement.CallOpts, interfaceId)
}

// SupportsInterface is a free data retrieval call binding the contract method 0x01ffc9a7.
//
// Solidity: function supportsInterface(bytes4 interfaceId) view returns(bool)
func (_DvPSettlement *DvPSettlementCallerSession) SupportsInterface(interfaceId [4]byte) (bool, error) {
	return _DvPSettlement.Contract.SupportsInterface(&_DvPSettlement.CallOpts, interfaceId)
}

// TradeStatus is a free data retrieval call binding the contract method 0x8e41881e.
//
// Solidity: function tradeStatus(bytes32 ) view returns(uint8)
func (_DvPSettlement *DvPSettlementCaller) TradeStatus(opts *bind.CallOpts, arg0 [32]byte) (uint8, error) {
	var out []interface{}
	err := _DvPSettlement.contract.Call(opts, &out, "tradeStatus", arg0)

	if err != nil {
		return *new(uint8), err
	}

	out0 := *abi.ConvertType(out[0], new(uint8)).(*uint8)

	return out0, err

}

// TradeStatus is a free data retrieval call binding the contract method 0x8e41881e.
//
// Solidity: function tradeStatus(bytes32 ) view returns(uint8)
func (_DvPSettlement *DvPSettlementSession) TradeStatus(arg0 [32]byte) (uint8, error) {
	return _DvPSettlement.Contract.TradeStatus(&_DvPSettlement.CallOpts, arg0)
}

// TradeStatus is a free data retrieval call binding the contract method 0x8e41881e.
//
// Solidity: function tradeStatus(bytes32 ) view returns(uint8)
func (_DvPSettlement *DvPSettlementCallerSession) TradeStatus(arg0 [32]byte) (uint8, error) {
	return _DvPSettlement.Contract.TradeStatus(&_DvPSettlement.CallOpts, arg0)
}

// Cancel is a paid mutator transaction binding the contract method 0xc4d252f5.
//
// Solidity: function cancel(bytes32 tradeId) returns()
func (_DvPSettlement *DvPSettlementTransactor) Cancel(opts *bind.TransactOpts, tradeId [32]byte) (*types.Transaction, error) {
	return _DvPSettlement.contract.Transact(opts, "cancel", tradeId)
}

// Cancel is a paid mutator transaction binding the contract method 0xc4d252f5.
//
// Solidity: function cancel(bytes32 tradeId) returns()
func (_DvPSettlement *DvPSettlementSession) Cancel(tradeId [32]byte) (*types.Transaction, error) {
	return _DvPSettlement.Contract.Cancel(&_DvPSettlement.TransactOpts, tradeId)
}

// Cancel is a paid mutator transaction binding the contract method 0xc4d252f5.
//
// Solidity: function cancel(bytes32 tradeId) returns()
func (_DvPSettlement *DvPSettlementTransactorSession) Cancel(tradeId [32]byte) (*types.Transaction, error) {
	return _DvPSettlement.Contract.Cancel(&_DvPSettlement.TransactOpts, tradeId)
}

// ExecuteTrade is a paid mutator transaction binding the contract method 0x7d575506.
//
// Solidity: function executeTrade((bytes32,address,address,address,uint256,address,uint256,bytes32,uint64) t) returns()
func (_DvPSettlement *DvPSettlementTransactor) ExecuteTrade(opts *bind.TransactOpts, t DvPSettlementTrade) (*types.Transaction, error) {
	return _DvPSettlement.contract.Transact(opts, "executeTrade", t)
}

// ExecuteTrade is a paid mutator transaction binding the contract method 0x7d575506.
//
// Solidity: function executeTrade((bytes32,address,address,address,uint256,address,uint256,bytes32,uint64) t) returns()
func (_DvPSettlement *DvPSettlementSession) ExecuteTrade(t DvPSettlementTrade) (*types.Transaction, error) {
	return _DvPSettlement.Contract.ExecuteTrade(&_DvPSettlement.TransactOpts, t)
}

// ExecuteTrade is a paid mutator transaction binding the contract method 0x7d575506.
//
// Solidity: function executeTrade((bytes32,address,address,address,uint256,address,uint256,bytes32,uint64) t) returns()
func (_DvPSettlement *DvPSettlementTransactorSession) ExecuteTrade(t DvPSettlementTrade) (*types.Transaction, error) {
	return _DvPSettlement.Contract.ExecuteTrade(&_DvPSettlement.TransactOpts, t)
}

// GrantRole is a paid mutator transaction binding the contract method 0x2f2ff15d.
//
// Solidity: function grantRole(bytes32 role, address account) returns()
func (_DvPSettlement *DvPSettlementTransactor) GrantRole(opts *bind.TransactOpts, role [32]byte, account common.Address) (*types.Transaction, error) {
	return _DvPSettlement.contract.Transact(opts, "grantRole", role, account)
}

// GrantRole is a paid mutator transaction binding the contract method 0x2f2ff15d.
//
// Solidity: function grantRole(bytes32 role, address account) returns()
func (_DvPSettlement *DvPSettlementSession) GrantRole(role [32]byte, account common.Address) (*types.Transaction, error) {
	return _DvPSettlement.Contract.GrantRole(&_DvPSettlement.TransactOpts, role, account)
}

// GrantRole is a paid mutator transaction binding the contract method 0x2f2ff15d.
//
// Solidity: function grantRole(bytes32 role, address account) returns()
func (_DvPSettlement *DvPSettlementTransactorSession) GrantRole(role [32]byte, account common.Address) (*types.Transaction, error) {
	return _DvPSettlement.Contract.GrantRole(&_DvPSettlement.TransactOpts, role, account)
}

// RenounceRole is a paid mutator transaction binding the contract method 0x36568abe.
//
// Solidity: function renounceRole(bytes32 role, address callerConfirmation) returns()
func (_DvPSettlement *DvPSettlementTransactor) RenounceRole(opts *bind.TransactOpts, role [32]byte, callerConfirmation common.Address) (*types.Transaction, error) {
	return _DvPSettlement.contract.Transact(opts, "renounceRole", role, callerConfirmation)
}

// RenounceRole is a paid mutator transaction binding the contract method 0x36568abe.
//
// Solidity: function renounceRole(bytes32 role, address callerConfirmation) returns()
func (_DvPSettlement *DvPSettlementSession) RenounceRole(role [32]byte, callerConfirmation common.Address) (*types.Transaction, error) {
	return _DvPSettlement.Contract.RenounceRole(&_DvPSettlement.TransactOpts, role, callerConfirmation)
}

// RenounceRole is a paid mutator transaction binding the contract method 0x36568abe.
//
// Solidity: function renounceRole(bytes32 role, address callerConfirmation) returns()
func (_DvPSettlement *DvPSettlementTransactorSession) RenounceRole(role [32]byte, callerConfirmation common.Address) (*types.Transaction, error) {
	return _DvPSettlement.Contract.RenounceRole(&_DvPSettlement.TransactOpts, role, callerConfirmation)
}

// RevokeRole is a paid mutator transaction binding the contract method 0xd547741f.
//
// Solidity: function revokeRole(bytes32 role, address account) returns()
func (_DvPSettlement *DvPSettlementTransactor) RevokeRole(opts *bind.TransactOpts, role [32]byte, account common.Address) (*types.Transaction, error) {
	return _DvPSettlement.contract.Transact(opts, "revokeRole", role, account)
}

// RevokeRole is a paid mutator transaction binding the contract method 0xd547741f.
//
// Solidity: function revokeRole(bytes32 role, address account) returns()
func (_DvPSettlement *DvPSettlementSession) RevokeRole(role [32]byte, account common.Address) (*types.Transaction, error) {
	return _DvPSettlement.Contract.RevokeRole(&_DvPSettlement.TransactOpts, role, account)
}

// RevokeRole is a paid mutator transaction binding the contract method 0xd547741f.
//
// Solidity: function revokeRole(bytes32 role, address account) returns()
func (_DvPSettlement *DvPSettlementTransactorSession) RevokeRole(role [32]byte, account common.Address) (*types.Transaction, error) {
	return _DvPSettlement.Contract.RevokeRole(&_DvPSettlement.TransactOpts, role, account)
}

// SetComplianceSigner is a paid mutator transaction binding the contract method 0x73fe7944.
//
// Solidity: function setComplianceSigner(address signer) returns()
func (_DvPSettlement *DvPSettlementTransactor) SetComplianceSigner(opts *bind.TransactOpts, signer common.Address) (*types.Transaction, error) {
	return _DvPSettlement.contract.Transact(opts, "setComplianceSigner", signer)
}

// SetComplianceSigner is a paid mutator transaction binding the contract method 0x73fe7944.
//
// Solidity: function setComplianceSigner(address signer) returns()
func (_DvPSettlement *DvPSettlementSession) SetComplianceSigner(signer common.Address) (*types.Transaction, error) {
	return _DvPSettlement.Contract.SetComplianceSigner(&_DvPSettlement.TransactOpts, signer)
}

// SetComplianceSigner is a paid mutator transaction binding the contract method 0x73fe7944.
//
// Solidity: function setComplianceSigner(address signer) returns()
func (_DvPSettlement *DvPSettlementTransactorSession) SetComplianceSigner(signer common.Address) (*types.Transaction, error) {
	return _DvPSettlement.Contract.SetComplianceSigner(&_DvPSettlement.TransactOpts, signer)
}

// Settle is a paid mutator transaction binding the contract method 0x2af33c18.
//
// Solidity: function settle((bytes32,address,address,address,uint256,address,uint256,bytes32,uint64) t, bytes attestation) returns()
func (_DvPSettlement *DvPSettlementTransactor) Settle(opts *bind.TransactOpts, t DvPSettlementTrade, attestation []byte) (*types.Transaction, error) {
	return _DvPSettlement.contract.Transact(opts, "settle", t, attestation)
}

// Settle is a paid mutator transaction binding the contract method 0x2af33c18.
//
// Solidity: function settle((bytes32,address,address,address,uint256,address,uint256,bytes32,uint64) t, bytes attestation) returns()
func (_DvPSettlement *DvPSettlementSession) Settle(t DvPSettlementTrade, attestation []byte) (*types.Transaction, error) {
	return _DvPSettlement.Contract.Settle(&_DvPSettlement.TransactOpts, t, attestation)
}

// Settle is a paid mutator transaction binding the contract method 0x2af33c18.
//
// Solidity: function settle((bytes32,address,address,address,uint256,address,uint256,bytes32,uint64) t, bytes attestation) returns()
func (_DvPSettlement *DvPSettlementTransactorSession) Settle(t DvPSettlementTrade, attestation []byte) (*types.Transaction, error) {
	return _DvPSettlement.Contract.Settle(&_DvPSettlement.TransactOpts, t, attestation)
}

// SettleBatch is a paid mutator transaction binding the contract method 0xd375466d.
//
// Solidity: function settleBatch((bytes32,address,address,address,uint256,address,uint256,bytes32,uint64)[] trades, bytes[] attestations) returns(uint256 settled)
func (_DvPSettlement *DvPSettlementTransactor) SettleBatch(opts *bind.TransactOpts, trades []DvPSettlementTrade, attestations [][]byte) (*types.Transaction, error) {
	return _DvPSettlement.contract.Transact(opts, "settleBatch", trades, attestations)
}

// SettleBatch is a paid mutator transaction binding the contract method 0xd375466d.
//
// Solidity: function settleBatch((bytes32,address,address,address,uint256,address,uint256,bytes32,uint64)[] trades, bytes[] attestations) returns(uint256 settled)
func (_DvPSettlement *DvPSettlementSession) SettleBatch(trades []DvPSettlementTrade, attestations [][]byte) (*types.Transaction, error) {
	return _DvPSettlement.Contract.SettleBatch(&_DvPSettlement.TransactOpts, trades, attestations)
}

// SettleBatch is a paid mutator transaction binding the contract method 0xd375466d.
//
// Solidity: function settleBatch((bytes32,address,address,address,uint256,address,uint256,bytes32,uint64)[] trades, bytes[] attestations) returns(uint256 settled)
func (_DvPSettlement *DvPSettlementTransactorSession) SettleBatch(trades []DvPSettlementTrade, attestations [][]byte) (*types.Transaction, error) {
	return _DvPSettlement.Contract.SettleBatch(&_DvPSettlement.TransactOpts, trades, attestations)
}

// DvPSettlementComplianceSignerChangedIterator is returned from FilterComplianceSignerChanged and is used to iterate over the raw logs and unpacked data for ComplianceSignerChanged events raised by the DvPSettlement contract.
type DvPSettlementComplianceSignerChangedIterator struct {
	Event *DvPSettlementComplianceSignerChanged // Event containing the contract specifics and raw log

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
func (it *DvPSettlementComplianceSignerChangedIterator) Next() bool {
	// If the iterator failed, stop iterating
	if it.fail != nil {
		return false
	}
	// If the iterator completed, deliver directly whatever's available
	if it.done {
		select {
		case log := <-it.logs:
			it.Event = new(DvPSettlementComplianceSignerChanged)
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
		it.Event = new(DvPSettlementComplianceSignerChanged)
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
func (it *DvPSettlementComplianceSignerChangedIterator) Error() error {
	return it.fail
}

// Close terminates the iteration process, releasing any pending underlying
// resources.
func (it *DvPSettlementComplianceSignerChangedIterator) Close() error {
	it.sub.Unsubscribe()
	return nil
}

// DvPSettlementComplianceSignerChanged represents a ComplianceSignerChanged event raised by the DvPSettlement contract.
type DvPSettlementComplianceSignerChanged struct {
	Previous common.Address
	Next     common.Address
	Raw      types.Log // Blockchain specific contextual infos
}

// FilterComplianceSignerChanged is a free log retrieval operation binding the contract event 0x5467e74cbea079af65f6e20ad111c0b30e7f3fa690c8ff92329ca6f05494601b.
//
// Solidity: event ComplianceSignerChanged(address indexed previous, address indexed next)
func (_DvPSettlement *DvPSettlementFilterer) FilterComplianceSignerChanged(opts *bind.FilterOpts, previous []common.Address, next []common.Address) (*DvPSettlementComplianceSignerChangedIterator, error) {

	var previousRule []interface{}
	for _, previousItem := range previous {
		previousRule = append(previousRule, previousItem)
	}
	var nextRule []interface{}
	for _, nextItem := range next {
		nextRule = append(nextRule, nextItem)
	}

	logs, sub, err := _DvPSettlement.contract.FilterLogs(opts, "ComplianceSignerChanged", previousRule, nextRule)
	if err != nil {
		return nil, err
	}
	return &DvPSettlementComplianceSignerChangedIterator{contract: _DvPSettlement.contract, event: "ComplianceSignerChanged", logs: logs, sub: sub}, nil
}

// WatchComplianceSignerChanged is a free log subscription operation binding the contract event 0x5467e74cbea079af65f6e20ad111c0b30e7f3fa690c8ff92329ca6f05494601b.
//
// Solidity: event ComplianceSignerChanged(address indexed previous, address indexed next)
func (_DvPSettlement *DvPSettlementFilterer) WatchComplianceSignerChanged(opts *bind.WatchOpts, sink chan<- *DvPSettlementComplianceSignerChanged, previous []common.Address, next []common.Address) (event.Subscription, error) {

	var previousRule []interface{}
	for _, previousItem := range previous {
		previousRule = append(previousRule, previousItem)
	}
	var nextRule []interface{}
	for _, nextItem := range next {
		nextRule = append(nextRule, nextItem)
	}

	logs, sub, err := _DvPSettlement.contract.WatchLogs(opts, "ComplianceSignerChanged", previousRule, nextRule)
	if err != nil {
		return nil, err
	}
	return event.NewSubscription(func(quit <-chan struct{}) error {
		defer sub.Unsubscribe()
		for {
			select {
			case log := <-logs:
				// New log arrived, parse the event and forward to the user
				event := new(DvPSettlementComplianceSignerChanged)
				if err := _DvPSettlement.contract.UnpackLog(event, "ComplianceSignerChanged", log); err != nil {
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

// ParseComplianceSignerChanged is a log parse operation binding the contract event 0x5467e74cbea079af65f6e20ad111c0b30e7f3fa690c8ff92329ca6f05494601b.
//
// Solidity: event ComplianceSignerChanged(address indexed previous, address indexed next)
func (_DvPSettlement *DvPSettlementFilterer) ParseComplianceSignerChanged(log types.Log) (*DvPSettlementComplianceSignerChanged, error) {
	event := new(DvPSettlementComplianceSignerChanged)
	if err := _DvPSettlement.contract.UnpackLog(event, "ComplianceSignerChanged", log); err != nil {
		return nil, err
	}
	event.Raw = log
	return event, nil
}

// DvPSettlementEIP712DomainChangedIterator is returned from FilterEIP712DomainChanged and is used to iterate over the raw logs and unpacked data for EIP712DomainChanged events raised by the DvPSettlement contract.
type DvPSettlementEIP712DomainChangedIterator struct {
	Event *DvPSettlementEIP712DomainChanged // Event containing the contract specifics and raw log

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
func (it *DvPSettlementEIP712DomainChangedIterator) Next() bool {
	// If the iterator failed, stop iterating
	if it.fail != nil {
		return false
	}
	// If the iterator completed, deliver directly whatever's available
	if it.done {
		select {
		case log := <-it.logs:
			it.Event = new(DvPSettlementEIP712DomainChanged)
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
		it.Event = new(DvPSettlementEIP712DomainChanged)
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
func (it *DvPSettlementEIP712DomainChangedIterator) Error() error {
	return it.fail
}

// Close terminates the iteration process, releasing any pending underlying
// resources.
func (it *DvPSettlementEIP712DomainChangedIterator) Close() error {
	it.sub.Unsubscribe()
	return nil
}

// DvPSettlementEIP712DomainChanged represents a EIP712DomainChanged event raised by the DvPSettlement contract.
type DvPSettlementEIP712DomainChanged struct {
	Raw types.Log // Blockchain specific contextual infos
}

// FilterEIP712DomainChanged is a free log retrieval operation binding the contract event 0x0a6387c9ea3628b88a633bb4f3b151770f70085117a15f9bf3787cda53f13d31.
//
// Solidity: event EIP712DomainChanged()
func (_DvPSettlement *DvPSettlementFilterer) FilterEIP712DomainChanged(opts *bind.FilterOpts) (*DvPSettlementEIP712DomainChangedIterator, error) {

	logs, sub, err := _DvPSettlement.contract.FilterLogs(opts, "EIP712DomainChanged")
	if err != nil {
		return nil, err
	}
	return &DvPSettlementEIP712DomainChangedIterator{contract: _DvPSettlement.contract, event: "EIP712DomainChanged", logs: logs, sub: sub}, nil
}

// WatchEIP712DomainChanged is a free log subscription operation binding the contract event 0x0a6387c9ea3628b88a633bb4f3b151770f70085117a15f9bf3787cda53f13d31.
//
// Solidity: event EIP712DomainChanged()
func (_DvPSettlement *DvPSettlementFilterer) WatchEIP712DomainChanged(opts *bind.WatchOpts, sink chan<- *DvPSettlementEIP712DomainChanged) (event.Subscription, error) {

	logs, sub, err := _DvPSettlement.contract.WatchLogs(opts, "EIP712DomainChanged")
	if err != nil {
		return nil, err
	}
	return event.NewSubscription(func(quit <-chan struct{}) error {
		defer sub.Unsubscribe()
		for {
			select {
			case log := <-logs:
				// New log arrived, parse the event and forward to the user
				event := new(DvPSettlementEIP712DomainChanged)
				if err := _DvPSettlement.contract.UnpackLog(event, "EIP712DomainChanged", log); err != nil {
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

// ParseEIP712DomainChanged is a log parse operation binding the contract event 0x0a6387c9ea3628b88a633bb4f3b151770f70085117a15f9bf3787cda53f13d31.
//
// Solidity: event EIP712DomainChanged()
func (_DvPSettlement *DvPSettlementFilterer) ParseEIP712DomainChanged(log types.Log) (*DvPSettlementEIP712DomainChanged, error) {
	event := new(DvPSettlementEIP712DomainChanged)
	if err := _DvPSettlement.contract.UnpackLog(event, "EIP712DomainChanged", log); err != nil {
		return nil, err
	}
	event.Raw = log
	return event, nil
}

// DvPSettlementRoleAdminChangedIterator is returned from FilterRoleAdminChanged and is used to iterate over the raw logs and unpacked data for RoleAdminChanged events raised by the DvPSettlement contract.
type DvPSettlementRoleAdminChangedIterator struct {
	Event *DvPSettlementRoleAdminChanged // Event containing the contract specifics and raw log

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
func (it *DvPSettlementRoleAdminChangedIterator) Next() bool {
	// If the iterator failed, stop iterating
	if it.fail != nil {
		return false
	}
	// If the iterator completed, deliver directly whatever's available
	if it.done {
		select {
		case log := <-it.logs:
			it.Event = new(DvPSettlementRoleAdminChanged)
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
		it.Event = new(DvPSettlementRoleAdminChanged)
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
func (it *DvPSettlementRoleAdminChangedIterator) Error() error {
	return it.fail
}

// Close terminates the iteration process, releasing any pending underlying
// resources.
func (it *DvPSettlementRoleAdminChangedIterator) Close() error {
	it.sub.Unsubscribe()
	return nil
}

// DvPSettlementRoleAdminChanged represents a RoleAdminChanged event raised by the DvPSettlement contract.
type DvPSettlementRoleAdminChanged struct {
	Role              [32]byte
	PreviousAdminRole [32]byte
	NewAdminRole      [32]byte
	Raw               types.Log // Blockchain specific contextual infos
}

// FilterRoleAdminChanged is a free log retrieval operation binding the contract event 0xbd79b86ffe0ab8e8776151514217cd7cacd52c909f66475c3af44e129f0b00ff.
//
// Solidity: event RoleAdminChanged(bytes32 indexed role, bytes32 indexed previousAdminRole, bytes32 indexed newAdminRole)
func (_DvPSettlement *DvPSettlementFilterer) FilterRoleAdminChanged(opts *bind.FilterOpts, role [][32]byte, previousAdminRole [][32]byte, newAdminRole [][32]byte) (*DvPSettlementRoleAdminChangedIterator, error) {

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

	logs, sub, err := _DvPSettlement.contract.FilterLogs(opts, "RoleAdminChanged", roleRule, previousAdminRoleRule, newAdminRoleRule)
	if err != nil {
		return nil, err
	}
	return &DvPSettlementRoleAdminChangedIterator{contract: _DvPSettlement.contract, event: "RoleAdminChanged", logs: logs, sub: sub}, nil
}

// WatchRoleAdminChanged is a free log subscription operation binding the contract event 0xbd79b86ffe0ab8e8776151514217cd7cacd52c909f66475c3af44e129f0b00ff.
//
// Solidity: event RoleAdminChanged(bytes32 indexed role, bytes32 indexed previousAdminRole, bytes32 indexed newAdminRole)
func (_DvPSettlement *DvPSettlementFilterer) WatchRoleAdminChanged(opts *bind.WatchOpts, sink chan<- *DvPSettlementRoleAdminChanged, role [][32]byte, previousAdminRole [][32]byte, newAdminRole [][32]byte) (event.Subscription, error) {

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

	logs, sub, err := _DvPSettlement.contract.WatchLogs(opts, "RoleAdminChanged", roleRule, previousAdminRoleRule, newAdminRoleRule)
	if err != nil {
		return nil, err
	}
	return event.NewSubscription(func(quit <-chan struct{}) error {
		defer sub.Unsubscribe()
		for {
			select {
			case log := <-logs:
				// New log arrived, parse the event and forward to the user
				event := new(DvPSettlementRoleAdminChanged)
				if err := _DvPSettlement.contract.UnpackLog(event, "RoleAdminChanged", log); err != nil {
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
func (_DvPSettlement *DvPSettlementFilterer) ParseRoleAdminChanged(log types.Log) (*DvPSettlementRoleAdminChanged, error) {
	event := new(DvPSettlementRoleAdminChanged)
	if err := _DvPSettlement.contract.UnpackLog(event, "RoleAdminChanged", log); err != nil {
		return nil, err
	}
	event.Raw = log
	return event, nil
}

// DvPSettlementRoleGrantedIterator is returned from FilterRoleGranted and is used to iterate over the raw logs and unpacked data for RoleGranted events raised by the DvPSettlement contract.
type DvPSettlementRoleGrantedIterator struct {
	Event *DvPSettlementRoleGranted // Event containing the contract specifics and raw log

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
func (it *DvPSettlementRoleGrantedIterator) Next() bool {
	// If the iterator failed, stop iterating
	if it.fail != nil {
		return false
	}
	// If the iterator completed, deliver directly whatever's available
	if it.done {
		select {
		case log := <-it.logs:
			it.Event = new(DvPSettlementRoleGranted)
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
		it.Event = new(DvPSettlementRoleGranted)
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
func (it *DvPSettlementRoleGrantedIterator) Error() error {
	return it.fail
}

// Close terminates the iteration process, releasing any pending underlying
// resources.
func (it *DvPSettlementRoleGrantedIterator) Close() error {
	it.sub.Unsubscribe()
	return nil
}

// DvPSettlementRoleGranted represents a RoleGranted event raised by the DvPSettlement contract.
type DvPSettlementRoleGranted struct {
	Role    [32]byte
	Account common.Address
	Sender  common.Address
	Raw     types.Log // Blockchain specific contextual infos
}

// FilterRoleGranted is a free log retrieval operation binding the contract event 0x2f8788117e7eff1d82e926ec794901d17c78024a50270940304540a733656f0d.
//
// Solidity: event RoleGranted(bytes32 indexed role, address indexed account, address indexed sender)
func (_DvPSettlement *DvPSettlementFilterer) FilterRoleGranted(opts *bind.FilterOpts, role [][32]byte, account []common.Address, sender []common.Address) (*DvPSettlementRoleGrantedIterator, error) {

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

	logs, sub, err := _DvPSettlement.contract.FilterLogs(opts, "RoleGranted", roleRule, accountRule, senderRule)
	if err != nil {
		return nil, err
	}
	return &DvPSettlementRoleGrantedIterator{contract: _DvPSettlement.contract, event: "RoleGranted", logs: logs, sub: sub}, nil
}

// WatchRoleGranted is a free log subscription operation binding the contract event 0x2f8788117e7eff1d82e926ec794901d17c78024a50270940304540a733656f0d.
//
// Solidity: event RoleGranted(bytes32 indexed role, address indexed account, address indexed sender)
func (_DvPSettlement *DvPSettlementFilterer) WatchRoleGranted(opts *bind.WatchOpts, sink chan<- *DvPSettlementRoleGranted, role [][32]byte, account []common.Address, sender []common.Address) (event.Subscription, error) {

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

	logs, sub, err := _DvPSettlement.contract.WatchLogs(opts, "RoleGranted", roleRule, accountRule, senderRule)
	if err != nil {
		return nil, err
	}
	return event.NewSubscription(func(quit <-chan struct{}) error {
		defer sub.Unsubscribe()
		for {
			select {
			case log := <-logs:
				// New log arrived, parse the event and forward to the user
				event := new(DvPSettlementRoleGranted)
				if err := _DvPSettlement.contract.UnpackLog(event, "RoleGranted", log); err != nil {
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
func (_DvPSettlement *DvPSettlementFilterer) ParseRoleGranted(log types.Log) (*DvPSettlementRoleGranted, error) {
	event := new(DvPSettlementRoleGranted)
	if err := _DvPSettlement.contract.UnpackLog(event, "RoleGranted", log); err != nil {
		return nil, err
	}
	event.Raw = log
	return event, nil
}

// DvPSettlementRoleRevokedIterator is returned from FilterRoleRevoked and is used to iterate over the raw logs and unpacked data for RoleRevoked events raised by the DvPSettlement contract.
type DvPSettlementRoleRevokedIterator struct {
	Event *DvPSettlementRoleRevoked // Event containing the contract specifics and raw log

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
func (it *DvPSettlementRoleRevokedIterator) Next() bool {
	// If the iterator failed, stop iterating
	if it.fail != nil {
		return false
	}
	// If the iterator completed, deliver directly whatever's available
	if it.done {
		select {
		case log := <-it.logs:
			it.Event = new(DvPSettlementRoleRevoked)
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
		it.Event = new(DvPSettlementRoleRevoked)
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
func (it *DvPSettlementRoleRevokedIterator) Error() error {
	return it.fail
}

// Close terminates the iteration process, releasing any pending underlying
// resources.
func (it *DvPSettlementRoleRevokedIterator) Close() error {
	it.sub.Unsubscribe()
	return nil
}

// DvPSettlementRoleRevoked represents a RoleRevoked event raised by the DvPSettlement contract.
type DvPSettlementRoleRevoked struct {
	Role    [32]byte
	Account common.Address
	Sender  common.Address
	Raw     types.Log // Blockchain specific contextual infos
}

// FilterRoleRevoked is a free log retrieval operation binding the contract event 0xf6391f5c32d9c69d2a47ea670b442974b53935d1edc7fd64eb21e047a839171b.
//
// Solidity: event RoleRevoked(bytes32 indexed role, address indexed account, address indexed sender)
func (_DvPSettlement *DvPSettlementFilterer) FilterRoleRevoked(opts *bind.FilterOpts, role [][32]byte, account []common.Address, sender []common.Address) (*DvPSettlementRoleRevokedIterator, error) {

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

	logs, sub, err := _DvPSettlement.contract.FilterLogs(opts, "RoleRevoked", roleRule, accountRule, senderRule)
	if err != nil {
		return nil, err
	}
	return &DvPSettlementRoleRevokedIterator{contract: _DvPSettlement.contract, event: "RoleRevoked", logs: logs, sub: sub}, nil
}

// WatchRoleRevoked is a free log subscription operation binding the contract event 0xf6391f5c32d9c69d2a47ea670b442974b53935d1edc7fd64eb21e047a839171b.
//
// Solidity: event RoleRevoked(bytes32 indexed role, address indexed account, address indexed sender)
func (_DvPSettlement *DvPSettlementFilterer) WatchRoleRevoked(opts *bind.WatchOpts, sink chan<- *DvPSettlementRoleRevoked, role [][32]byte, account []common.Address, sender []common.Address) (event.Subscription, error) {

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

	logs, sub, err := _DvPSettlement.contract.WatchLogs(opts, "RoleRevoked", roleRule, accountRule, senderRule)
	if err != nil {
		return nil, err
	}
	return event.NewSubscription(func(quit <-chan struct{}) error {
		defer sub.Unsubscribe()
		for {
			select {
			case log := <-logs:
				// New log arrived, parse the event and forward to the user
				event := new(DvPSettlementRoleRevoked)
				if err := _DvPSettlement.contract.UnpackLog(event, "RoleRevoked", log); err != nil {
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
func (_DvPSettlement *DvPSettlementFilterer) ParseRoleRevoked(log types.Log) (*DvPSettlementRoleRevoked, error) {
	event := new(DvPSettlementRoleRevoked)
	if err := _DvPSettlement.contract.UnpackLog(event, "RoleRevoked", log); err != nil {
		return nil, err
	}
	event.Raw = log
	return event, nil
}

// DvPSettlementTradeCancelledIterator is returned from FilterTradeCancelled and is used to iterate over the raw logs and unpacked data for TradeCancelled events raised by the DvPSettlement contract.
type DvPSettlementTradeCancelledIterator struct {
	Event *DvPSettlementTradeCancelled // Event containing the contract specifics and raw log

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
func (it *DvPSettlementTradeCancelledIterator) Next() bool {
	// If the iterator failed, stop iterating
	if it.fail != nil {
		return false
	}
	// If the iterator completed, deliver directly whatever's available
	if it.done {
		select {
		case log := <-it.logs:
			it.Event = new(DvPSettlementTradeCancelled)
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
		it.Event = new(DvPSettlementTradeCancelled)
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
func (it *DvPSettlementTradeCancelledIterator) Error() error {
	return it.fail
}

// Close terminates the iteration process, releasing any pending underlying
// resources.
func (it *DvPSettlementTradeCancelledIterator) Close() error {
	it.sub.Unsubscribe()
	return nil
}

// DvPSettlementTradeCancelled represents a TradeCancelled event raised by the DvPSettlement contract.
type DvPSettlementTradeCancelled struct {
	TradeId [32]byte
	Raw     types.Log // Blockchain specific contextual infos
}

// FilterTradeCancelled is a free log retrieval operation binding the contract event 0x4e09303ea9c3932854b42432aa9f65348205f9681747864bf122101b35371503.
//
// Solidity: event TradeCancelled(bytes32 indexed tradeId)
func (_DvPSettlement *DvPSettlementFilterer) FilterTradeCancelled(opts *bind.FilterOpts, tradeId [][32]byte) (*DvPSettlementTradeCancelledIterator, error) {

	var tradeIdRule []interface{}
	for _, tradeIdItem := range tradeId {
		tradeIdRule = append(tradeIdRule, tradeIdItem)
	}

	logs, sub, err := _DvPSettlement.contract.FilterLogs(opts, "TradeCancelled", tradeIdRule)
	if err != nil {
		return nil, err
	}
	return &DvPSettlementTradeCancelledIterator{contract: _DvPSettlement.contract, event: "TradeCancelled", logs: logs, sub: sub}, nil
}

// WatchTradeCancelled is a free log subscription operation binding the contract event 0x4e09303ea9c3932854b42432aa9f65348205f9681747864bf122101b35371503.
//
// Solidity: event TradeCancelled(bytes32 indexed tradeId)
func (_DvPSettlement *DvPSettlementFilterer) WatchTradeCancelled(opts *bind.WatchOpts, sink chan<- *DvPSettlementTradeCancelled, tradeId [][32]byte) (event.Subscription, error) {

	var tradeIdRule []interface{}
	for _, tradeIdItem := range tradeId {
		tradeIdRule = append(tradeIdRule, tradeIdItem)
	}

	logs, sub, err := _DvPSettlement.contract.WatchLogs(opts, "TradeCancelled", tradeIdRule)
	if err != nil {
		return nil, err
	}
	return event.NewSubscription(func(quit <-chan struct{}) error {
		defer sub.Unsubscribe()
		for {
			select {
			case log := <-logs:
				// New log arrived, parse the event and forward to the user
				event := new(DvPSettlementTradeCancelled)
				if err := _DvPSettlement.contract.UnpackLog(event, "TradeCancelled", log); err != nil {
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

// ParseTradeCancelled is a log parse operation binding the contract event 0x4e09303ea9c3932854b42432aa9f65348205f9681747864bf122101b35371503.
//
// Solidity: event TradeCancelled(bytes32 indexed tradeId)
func (_DvPSettlement *DvPSettlementFilterer) ParseTradeCancelled(log types.Log) (*DvPSettlementTradeCancelled, error) {
	event := new(DvPSettlementTradeCancelled)
	if err := _DvPSettlement.contract.UnpackLog(event, "TradeCancelled", log); err != nil {
		return nil, err
	}
	event.Raw = log
	return event, nil
}

// DvPSettlementTradeFailedIterator is returned from FilterTradeFailed and is used to iterate over the raw logs and unpacked data for TradeFailed events raised by the DvPSettlement contract.
type DvPSettlementTradeFailedIterator struct {
	Event *DvPSettlementTradeFailed // Event containing the contract specifics and raw log

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
func (it *DvPSettlementTradeFailedIterator) Next() bool {
	// If the iterator failed, stop iterating
	if it.fail != nil {
		return false
	}
	// If the iterator completed, deliver directly whatever's available
	if it.done {
		select {
		case log := <-it.logs:
			it.Event = new(DvPSettlementTradeFailed)
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
		it.Event = new(DvPSettlementTradeFailed)
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
func (it *DvPSettlementTradeFailedIterator) Error() error {
	return it.fail
}

// Close terminates the iteration process, releasing any pending underlying
// resources.
func (it *DvPSettlementTradeFailedIterator) Close() error {
	it.sub.Unsubscribe()
	return nil
}

// DvPSettlementTradeFailed represents a TradeFailed event raised by the DvPSettlement contract.
type DvPSettlementTradeFailed struct {
	TradeId [32]byte
	Code    uint8
	Reason  []byte
	Raw     types.Log // Blockchain specific contextual infos
}

// FilterTradeFailed is a free log retrieval operation binding the contract event 0x905026a8ea9f3c2ef31ca66e0b173f44e4c61010ae46e9ee048660124a9bd799.
//
// Solidity: event TradeFailed(bytes32 indexed tradeId, uint8 code, bytes reason)
func (_DvPSettlement *DvPSettlementFilterer) FilterTradeFailed(opts *bind.FilterOpts, tradeId [][32]byte) (*DvPSettlementTradeFailedIterator, error) {

	var tradeIdRule []interface{}
	for _, tradeIdItem := range tradeId {
		tradeIdRule = append(tradeIdRule, tradeIdItem)
	}

	logs, sub, err := _DvPSettlement.contract.FilterLogs(opts, "TradeFailed", tradeIdRule)
	if err != nil {
		return nil, err
	}
	return &DvPSettlementTradeFailedIterator{contract: _DvPSettlement.contract, event: "TradeFailed", logs: logs, sub: sub}, nil
}

// WatchTradeFailed is a free log subscription operation binding the contract event 0x905026a8ea9f3c2ef31ca66e0b173f44e4c61010ae46e9ee048660124a9bd799.
//
// Solidity: event TradeFailed(bytes32 indexed tradeId, uint8 code, bytes reason)
func (_DvPSettlement *DvPSettlementFilterer) WatchTradeFailed(opts *bind.WatchOpts, sink chan<- *DvPSettlementTradeFailed, tradeId [][32]byte) (event.Subscription, error) {

	var tradeIdRule []interface{}
	for _, tradeIdItem := range tradeId {
		tradeIdRule = append(tradeIdRule, tradeIdItem)
	}

	logs, sub, err := _DvPSettlement.contract.WatchLogs(opts, "TradeFailed", tradeIdRule)
	if err != nil {
		return nil, err
	}
	return event.NewSubscription(func(quit <-chan struct{}) error {
		defer sub.Unsubscribe()
		for {
			select {
			case log := <-logs:
				// New log arrived, parse the event and forward to the user
				event := new(DvPSettlementTradeFailed)
				if err := _DvPSettlement.contract.UnpackLog(event, "TradeFailed", log); err != nil {
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

// ParseTradeFailed is a log parse operation binding the contract event 0x905026a8ea9f3c2ef31ca66e0b173f44e4c61010ae46e9ee048660124a9bd799.
//
// Solidity: event TradeFailed(bytes32 indexed tradeId, uint8 code, bytes reason)
func (_DvPSettlement *DvPSettlementFilterer) ParseTradeFailed(log types.Log) (*DvPSettlementTradeFailed, error) {
	event := new(DvPSettlementTradeFailed)
	if err := _DvPSettlement.contract.UnpackLog(event, "TradeFailed", log); err != nil {
		return nil, err
	}
	event.Raw = log
	return event, nil
}

// DvPSettlementTradeSettledIterator is returned from FilterTradeSettled and is used to iterate over the raw logs and unpacked data for TradeSettled events raised by the DvPSettlement contract.
type DvPSettlementTradeSettledIterator struct {
	Event *DvPSettlementTradeSettled // Event containing the contract specifics and raw log

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
func (it *DvPSettlementTradeSettledIterator) Next() bool {
	// If the iterator failed, stop iterating
	if it.fail != nil {
		return false
	}
	// If the iterator completed, deliver directly whatever's available
	if it.done {
		select {
		case log := <-it.logs:
			it.Event = new(DvPSettlementTradeSettled)
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
		it.Event = new(DvPSettlementTradeSettled)
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
func (it *DvPSettlementTradeSettledIterator) Error() error {
	return it.fail
}

// Close terminates the iteration process, releasing any pending underlying
// resources.
func (it *DvPSettlementTradeSettledIterator) Close() error {
	it.sub.Unsubscribe()
	return nil
}

// DvPSettlementTradeSettled represents a TradeSettled event raised by the DvPSettlement contract.
type DvPSettlementTradeSettled struct {
	TradeId     [32]byte
	Seller      common.Address
	Buyer       common.Address
	Token       common.Address
	Quantity    *big.Int
	CashToken   common.Address
	Amount      *big.Int
	RuleSetHash [32]byte
	Raw         types.Log // Blockchain specific contextual infos
}

// FilterTradeSettled is a free log retrieval operation binding the contract event 0xae041e046aef162995598c1850c543661c293d67ebc5c2c6920fa149b5c74df3.
//
// Solidity: event TradeSettled(bytes32 indexed tradeId, address indexed seller, address indexed buyer, address token, uint256 quantity, address cashToken, uint256 amount, bytes32 ruleSetHash)
func (_DvPSettlement *DvPSettlementFilterer) FilterTradeSettled(opts *bind.FilterOpts, tradeId [][32]byte, seller []common.Address, buyer []common.Address) (*DvPSettlementTradeSettledIterator, error) {

	var tradeIdRule []interface{}
	for _, tradeIdItem := range tradeId {
		tradeIdRule = append(tradeIdRule, tradeIdItem)
	}
	var sellerRule []interface{}
	for _, sellerItem := range seller {
		sellerRule = append(sellerRule, sellerItem)
	}
	var buyerRule []interface{}
	for _, buyerItem := range buyer {
		buyerRule = append(buyerRule, buyerItem)
	}

	logs, sub, err := _DvPSettlement.contract.FilterLogs(opts, "TradeSettled", tradeIdRule, sellerRule, buyerRule)
	if err != nil {
		return nil, err
	}
	return &DvPSettlementTradeSettledIterator{contract: _DvPSettlement.contract, event: "TradeSettled", logs: logs, sub: sub}, nil
}

// WatchTradeSettled is a free log subscription operation binding the contract event 0xae041e046aef162995598c1850c543661c293d67ebc5c2c6920fa149b5c74df3.
//
// Solidity: event TradeSettled(bytes32 indexed tradeId, address indexed seller, address indexed buyer, address token, uint256 quantity, address cashToken, uint256 amount, bytes32 ruleSetHash)
func (_DvPSettlement *DvPSettlementFilterer) WatchTradeSettled(opts *bind.WatchOpts, sink chan<- *DvPSettlementTradeSettled, tradeId [][32]byte, seller []common.Address, buyer []common.Address) (event.Subscription, error) {

	var tradeIdRule []interface{}
	for _, tradeIdItem := range tradeId {
		tradeIdRule = append(tradeIdRule, tradeIdItem)
	}
	var sellerRule []interface{}
	for _, sellerItem := range seller {
		sellerRule = append(sellerRule, sellerItem)
	}
	var buyerRule []interface{}
	for _, buyerItem := range buyer {
		buyerRule = append(buyerRule, buyerItem)
	}

	logs, sub, err := _DvPSettlement.contract.WatchLogs(opts, "TradeSettled", tradeIdRule, sellerRule, buyerRule)
	if err != nil {
		return nil, err
	}
	return event.NewSubscription(func(quit <-chan struct{}) error {
		defer sub.Unsubscribe()
		for {
			select {
			case log := <-logs:
				// New log arrived, parse the event and forward to the user
				event := new(DvPSettlementTradeSettled)
				if err := _DvPSettlement.contract.UnpackLog(event, "TradeSettled", log); err != nil {
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

// ParseTradeSettled is a log parse operation binding the contract event 0xae041e046aef162995598c1850c543661c293d67ebc5c2c6920fa149b5c74df3.
//
// Solidity: event TradeSettled(bytes32 indexed tradeId, address indexed seller, address indexed buyer, address token, uint256 quantity, address cashToken, uint256 amount, bytes32 ruleSetHash)
func (_DvPSettlement *DvPSettlementFilterer) ParseTradeSettled(log types.Log) (*DvPSettlementTradeSettled, error) {
	event := new(DvPSettlementTradeSettled)
	if err := _DvPSettlement.contract.UnpackLog(event, "TradeSettled", log); err != nil {
		return nil, err
	}
	event.Raw = log
	return event, nil
}
