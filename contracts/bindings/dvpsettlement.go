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
	ABI: "[{\"inputs\":[{\"internalType\":\"address\",\"name\":\"admin\",\"type\":\"address\"},{\"internalType\":\"address\",\"name\":\"signer\",\"type\":\"address\"}],\"stateMutability\":\"nonpayable\",\"type\":\"constructor\"},{\"inputs\":[],\"name\":\"AccessControlBadConfirmation\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"account\",\"type\":\"address\"},{\"internalType\":\"bytes32\",\"name\":\"neededRole\",\"type\":\"bytes32\"}],\"name\":\"AccessControlUnauthorizedAccount\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"bytes\",\"name\":\"reason\",\"type\":\"bytes\"}],\"name\":\"CashLegFailed\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"InvalidShortString\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"LengthMismatch\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"OnlySelf\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"bytes\",\"name\":\"reason\",\"type\":\"bytes\"}],\"name\":\"SecurityLegFailed\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"string\",\"name\":\"str\",\"type\":\"string\"}],\"name\":\"StringTooLong\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"tradeId\",\"type\":\"bytes32\"},{\"internalType\":\"uint8\",\"name\":\"code\",\"type\":\"uint8\"}],\"name\":\"TradeRejected\",\"type\":\"error\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"address\",\"name\":\"previous\",\"type\":\"address\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"next\",\"type\":\"address\"}],\"name\":\"ComplianceSignerChanged\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[],\"name\":\"EIP712DomainChanged\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"bytes32\",\"name\":\"role\",\"type\":\"bytes32\"},{\"indexed\":true,\"internalType\":\"bytes32\",\"name\":\"previousAdminRole\",\"type\":\"bytes32\"},{\"indexed\":true,\"internalType\":\"bytes32\",\"name\":\"newAdminRole\",\"type\":\"bytes32\"}],\"name\":\"RoleAdminChanged\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"bytes32\",\"name\":\"role\",\"type\":\"bytes32\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"account\",\"type\":\"address\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"sender\",\"type\":\"address\"}],\"name\":\"RoleGranted\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"bytes32\",\"name\":\"role\",\"type\":\"bytes32\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"account\",\"type\":\"address\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"sender\",\"type\":\"address\"}],\"name\":\"RoleRevoked\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"bytes32\",\"name\":\"tradeId\",\"type\":\"bytes32\"}],\"name\":\"TradeCancelled\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"bytes32\",\"name\":\"tradeId\",\"type\":\"bytes32\"},{\"indexed\":false,\"internalType\":\"uint8\",\"name\":\"code\",\"type\":\"uint8\"},{\"indexed\":false,\"internalType\":\"bytes\",\"name\":\"reason\",\"type\":\"bytes\"}],\"name\":\"TradeFailed\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"bytes32\",\"name\":\"tradeId\",\"type\":\"bytes32\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"seller\",\"type\":\"address\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"buyer\",\"type\":\"address\"},{\"indexed\":false,\"internalType\":\"address\",\"name\":\"token\",\"type\":\"address\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"quantity\",\"type\":\"uint256\"},{\"indexed\":false,\"internalType\":\"address\",\"name\":\"cashToken\",\"type\":\"address\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"amount\",\"type\":\"uint256\"},{\"indexed\":false,\"internalType\":\"bytes32\",\"name\":\"ruleSetHash\",\"type\":\"bytes32\"}],\"name\":\"TradeSettled\",\"type\":\"event\"},{\"inputs\":[],\"name\":\"ATTESTATION_TYPEHASH\",\"outputs\":[{\"internalType\":\"bytes32\",\"name\":\"\",\"type\":\"bytes32\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"DEFAULT_ADMIN_ROLE\",\"outputs\":[{\"internalType\":\"bytes32\",\"name\":\"\",\"type\":\"bytes32\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"FAIL_ALREADY_PROCESSED\",\"outputs\":[{\"internalType\":\"uint8\",\"name\":\"\",\"type\":\"uint8\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"FAIL_BAD_SIGNATURE\",\"outputs\":[{\"internalType\":\"uint8\",\"name\":\"\",\"type\":\"uint8\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"FAIL_CASH_LEG\",\"outputs\":[{\"internalType\":\"uint8\",\"name\":\"\",\"type\":\"uint8\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"FAIL_EXPIRED\",\"outputs\":[{\"internalType\":\"uint8\",\"name\":\"\",\"type\":\"uint8\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"FAIL_INVALID_TRADE\",\"outputs\":[{\"internalType\":\"uint8\",\"name\":\"\",\"type\":\"uint8\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"FAIL_SECURITY_LEG\",\"outputs\":[{\"internalType\":\"uint8\",\"name\":\"\",\"type\":\"uint8\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"FAIL_UNKNOWN\",\"outputs\":[{\"internalType\":\"uint8\",\"name\":\"\",\"type\":\"uint8\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"SETTLER_ROLE\",\"outputs\":[{\"internalType\":\"bytes32\",\"name\":\"\",\"type\":\"bytes32\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"STATUS_CANCELLED\",\"outputs\":[{\"internalType\":\"uint8\",\"name\":\"\",\"type\":\"uint8\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"STATUS_NONE\",\"outputs\":[{\"internalType\":\"uint8\",\"name\":\"\",\"type\":\"uint8\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"STATUS_SETTLED\",\"outputs\":[{\"internalType\":\"uint8\",\"name\":\"\",\"type\":\"uint8\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"tradeId\",\"type\":\"bytes32\"}],\"name\":\"cancel\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"complianceSigner\",\"outputs\":[{\"internalType\":\"address\",\"name\":\"\",\"type\":\"address\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"domainSeparator\",\"outputs\":[{\"internalType\":\"bytes32\",\"name\":\"\",\"type\":\"bytes32\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"eip712Domain\",\"outputs\":[{\"internalType\":\"bytes1\",\"name\":\"fields\",\"type\":\"bytes1\"},{\"internalType\":\"string\",\"name\":\"name\",\"type\":\"string\"},{\"internalType\":\"string\",\"name\":\"version\",\"type\":\"string\"},{\"internalType\":\"uint256\",\"name\":\"chainId\",\"type\":\"uint256\"},{\"internalType\":\"address\",\"name\":\"verifyingContract\",\"type\":\"address\"},{\"internalType\":\"bytes32\",\"name\":\"salt\",\"type\":\"bytes32\"},{\"internalType\":\"uint256[]\",\"name\":\"extensions\",\"type\":\"uint256[]\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"components\":[{\"internalType\":\"bytes32\",\"name\":\"tradeId\",\"type\":\"bytes32\"},{\"internalType\":\"address\",\"name\":\"seller\",\"type\":\"address\"},{\"internalType\":\"address\",\"name\":\"buyer\",\"type\":\"address\"},{\"internalType\":\"address\",\"name\":\"token\",\"type\":\"address\"},{\"internalType\":\"uint256\",\"name\":\"quantity\",\"type\":\"uint256\"},{\"internalType\":\"address\",\"name\":\"cashToken\",\"type\":\"address\"},{\"internalType\":\"uint256\",\"name\":\"amount\",\"type\":\"uint256\"},{\"internalType\":\"bytes32\",\"name\":\"ruleSetHash\",\"type\":\"bytes32\"},{\"internalType\":\"uint64\",\"name\":\"deadline\",\"type\":\"uint64\"}],\"internalType\":\"structDvPSettlement.Trade\",\"name\":\"t\",\"type\":\"tuple\"}],\"name\":\"executeTrade\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"role\",\"type\":\"bytes32\"}],\"name\":\"getRoleAdmin\",\"outputs\":[{\"internalType\":\"bytes32\",\"name\":\"\",\"type\":\"bytes32\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"role\",\"type\":\"bytes32\"},{\"internalType\":\"address\",\"name\":\"account\",\"type\":\"address\"}],\"name\":\"grantRole\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"role\",\"type\":\"bytes32\"},{\"internalType\":\"address\",\"name\":\"account\",\"type\":\"address\"}],\"name\":\"hasRole\",\"outputs\":[{\"internalType\":\"bool\",\"name\":\"\",\"type\":\"bool\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"components\":[{\"internalType\":\"bytes32\",\"name\":\"tradeId\",\"type\":\"bytes32\"},{\"internalType\":\"address\",\"name\":\"seller\",\"type\":\"address\"},{\"internalType\":\"address\",\"name\":\"buyer\",\"type\":\"address\"},{\"internalType\":\"address\",\"name\":\"token\",\"type\":\"address\"},{\"internalType\":\"uint256\",\"name\":\"quantity\",\"type\":\"uint256\"},{\"internalType\":\"address\",\"name\":\"cashToken\",\"type\":\"address\"},{\"internalType\":\"uint256\",\"name\":\"amount\",\"type\":\"uint256\"},{\"internalType\":\"bytes32\",\"name\":\"ruleSetHash\",\"type\":\"bytes32\"},{\"internalType\":\"uint64\",\"name\":\"deadline\",\"type\":\"uint64\"}],\"internalType\":\"structDvPSettlement.Trade\",\"name\":\"t\",\"type\":\"tuple\"}],\"name\":\"hashAttestation\",\"outputs\":[{\"internalType\":\"bytes32\",\"name\":\"\",\"type\":\"bytes32\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"role\",\"type\":\"bytes32\"},{\"internalType\":\"address\",\"name\":\"callerConfirmation\",\"type\":\"address\"}],\"name\":\"renounceRole\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"role\",\"type\":\"bytes32\"},{\"internalType\":\"address\",\"name\":\"account\",\"type\":\"address\"}],\"name\":\"revokeRole\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"signer\",\"type\":\"address\"}],\"name\":\"setComplianceSigner\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"components\":[{\"internalType\":\"bytes32\",\"name\":\"tradeId\",\"type\":\"bytes32\"},{\"internalType\":\"address\",\"name\":\"seller\",\"type\":\"address\"},{\"internalType\":\"address\",\"name\":\"buyer\",\"type\":\"address\"},{\"internalType\":\"address\",\"name\":\"token\",\"type\":\"address\"},{\"internalType\":\"uint256\",\"name\":\"quantity\",\"type\":\"uint256\"},{\"internalType\":\"address\",\"name\":\"cashToken\",\"type\":\"address\"},{\"internalType\":\"uint256\",\"name\":\"amount\",\"type\":\"uint256\"},{\"internalType\":\"bytes32\",\"name\":\"ruleSetHash\",\"type\":\"bytes32\"},{\"internalType\":\"uint64\",\"name\":\"deadline\",\"type\":\"uint64\"}],\"internalType\":\"structDvPSettlement.Trade\",\"name\":\"t\",\"type\":\"tuple\"},{\"internalType\":\"bytes\",\"name\":\"attestation\",\"type\":\"bytes\"}],\"name\":\"settle\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"components\":[{\"internalType\":\"bytes32\",\"name\":\"tradeId\",\"type\":\"bytes32\"},{\"internalType\":\"address\",\"name\":\"seller\",\"type\":\"address\"},{\"internalType\":\"address\",\"name\":\"buyer\",\"type\":\"address\"},{\"internalType\":\"address\",\"name\":\"token\",\"type\":\"address\"},{\"internalType\":\"uint256\",\"name\":\"quantity\",\"type\":\"uint256\"},{\"internalType\":\"address\",\"name\":\"cashToken\",\"type\":\"address\"},{\"internalType\":\"uint256\",\"name\":\"amount\",\"type\":\"uint256\"},{\"internalType\":\"bytes32\",\"name\":\"ruleSetHash\",\"type\":\"bytes32\"},{\"internalType\":\"uint64\",\"name\":\"deadline\",\"type\":\"uint64\"}],\"internalType\":\"structDvPSettlement.Trade[]\",\"name\":\"trades\",\"type\":\"tuple[]\"},{\"internalType\":\"bytes[]\",\"name\":\"attestations\",\"type\":\"bytes[]\"}],\"name\":\"settleBatch\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"settled\",\"type\":\"uint256\"}],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"bytes4\",\"name\":\"interfaceId\",\"type\":\"bytes4\"}],\"name\":\"supportsInterface\",\"outputs\":[{\"internalType\":\"bool\",\"name\":\"\",\"type\":\"bool\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"\",\"type\":\"bytes32\"}],\"name\":\"tradeStatus\",\"outputs\":[{\"internalType\":\"uint8\",\"name\":\"\",\"type\":\"uint8\"}],\"stateMutability\":\"view\",\"type\":\"function\"}]",
	Bin: "0x610160604052348015610010575f5ffd5b50604051611dd3380380611dd383398101604081905261002f916102e3565b6040518060400160405280600a8152602001690526567756c61204476560b41b815250604051806040016040528060018152602001603160f81b8152506100806001836101a960201b90919060201c565b6101205261008f8160026101a9565b61014052815160208084019190912060e052815190820120610100524660a05261011b60e05161010051604080517f8b73c3c69bb8fe3d512ecc4cf759cc79239f7b179b0ffacaa9a75d522b39400f60208201529081019290925260608201524660808201523060a08201525f9060c00160405160208183030381529060405280519060200120905090565b60805250503060c05261012e5f836101db565b506101597f6666bf5bfee463d10a7fc50448047f8a53b7762d7e28fbc5c643182785f3fd3f836101db565b50600480546001600160a01b0319166001600160a01b0383169081179091556040515f907f5467e74cbea079af65f6e20ad111c0b30e7f3fa690c8ff92329ca6f05494601b908290a350506104be565b5f6020835110156101c4576101bd83610282565b90506101d5565b816101cf84826103ac565b5060ff90505b92915050565b5f828152602081815260408083206001600160a01b038516845290915281205460ff1661027b575f838152602081815260408083206001600160a01b03861684529091529020805460ff191660011790556102333390565b6001600160a01b0316826001600160a01b0316847f2f8788117e7eff1d82e926ec794901d17c78024a50270940304540a733656f0d60405160405180910390a45060016101d5565b505f6101d5565b5f5f829050601f815111156102b5578260405163305a27a960e01b81526004016102ac9190610466565b60405180910390fd5b80516102c08261049b565b179392505050565b80516001600160a01b03811681146102de575f5ffd5b919050565b5f5f604083850312156102f4575f5ffd5b6102fd836102c8565b915061030b602084016102c8565b90509250929050565b634e487b7160e01b5f52604160045260245ffd5b600181811c9082168061033c57607f821691505b60208210810361035a57634e487b7160e01b5f52602260045260245ffd5b50919050565b601f8211156103a757805f5260205f20601f840160051c810160208510156103855750805b601f840160051c820191505b818110156103a4575f8155600101610391565b50505b505050565b81516001600160401b038111156103c5576103c5610314565b6103d9816103d38454610328565b84610360565b6020601f82116001811461040b575f83156103f45750848201515b5f19600385901b1c1916600184901b1784556103a4565b5f84815260208120601f198516915b8281101561043a578785015182556020948501946001909201910161041a565b508482101561045757868401515f19600387901b60f8161c191681555b50505050600190811b01905550565b602081525f82518060208401528060208501604085015e5f604082850101526040601f19601f83011684010191505092915050565b8051602080830151919081101561035a575f1960209190910360031b1b16919050565b60805160a05160c05160e0516101005161012051610140516118c461050f5f395f610e1001525f610de301525f610fa501525f610f7d01525f610ed801525f610f0201525f610f2c01526118c45ff3fe608060405234801561000f575f5ffd5b50600436106101c6575f3560e01c806384b0196e116100fe578063a217fddf1161009e578063d375466d1161006e578063d375466d146103af578063d547741f146103c2578063e2724fa8146103d5578063f698da25146103dd575f5ffd5b8063a217fddf1461037a578063a2b99dc714610381578063b4bf678814610389578063c4d252f51461039c575f5ffd5b80638aaadba6116100d95780638aaadba6146103355780638e41881e1461033d57806391d148541461035f578063995d6e1a14610372575f5ffd5b806384b0196e1461031357806384e1433b1461032e57806388b98cc2146102a6575f5ffd5b8063590bce6e11610169578063717521591161014457806371752159146102ae57806373fe7944146102d95780637445e85c146102ec5780637d57550614610300575f5ffd5b8063590bce6e1461029e5780635a4e5a15146102a65780635c99791514610227575f5ffd5b8063248a9ca3116101a4578063248a9ca3146102415780632af33c18146102635780632f2ff15d1461027857806336568abe1461028b575f5ffd5b806301ffc9a7146101ca57806307090c1f146101f257806311ccb6bb14610227575b5f5ffd5b6101dd6101d836600461135b565b6103e5565b60405190151581526020015b60405180910390f35b6102197f13599b943d6ae986309de305704eabbd0ee8e994a67e802116e206f412b76e6181565b6040519081526020016101e9565b61022f600181565b60405160ff90911681526020016101e9565b61021961024f366004611382565b5f9081526020819052604090206001015490565b6102766102713660046113b0565b61041b565b005b61027661028636600461144c565b610483565b61027661029936600461144c565b6104ad565b61022f600481565b61022f600281565b6004546102c1906001600160a01b031681565b6040516001600160a01b0390911681526020016101e9565b6102766102e7366004611476565b6104e5565b6102195f5160206118985f395f51905f5281565b61027661030e36600461148f565b61054b565b61031b610577565b6040516101e997969594939291906114d8565b61022f5f81565b61022f600381565b61022f61034b366004611382565b60036020525f908152604090205460ff1681565b6101dd61036d36600461144c565b6105b9565b61022f600681565b6102195f81565b61022f600581565b61021961039736600461148f565b6105e1565b6102766103aa366004611382565b6106e9565b6102196103bd3660046115b6565b61077c565b6102766103d036600461144c565b61094d565b61022f600781565b610219610971565b5f6001600160e01b03198216637965db0b60e01b148061041557506301ffc9a760e01b6001600160e01b03198316145b92915050565b5f5160206118985f395f51905f526104328161097f565b5f61043e858585610989565b905060ff8116156104735760405163f455c8b960e01b81528535600482015260ff821660248201526044015b60405180910390fd5b61047c85610b49565b5050505050565b5f8281526020819052604090206001015461049d8161097f565b6104a78383610ce4565b50505050565b6001600160a01b03811633146104d65760405163334bd91960e11b815260040160405180910390fd5b6104e08282610d73565b505050565b5f6104ef8161097f565b6004546040516001600160a01b038085169216907f5467e74cbea079af65f6e20ad111c0b30e7f3fa690c8ff92329ca6f05494601b905f90a350600480546001600160a01b0319166001600160a01b0392909216919091179055565b33301461056b5760405163029a949d60e31b815260040160405180910390fd5b61057481610b49565b50565b5f6060805f5f5f6060610588610ddc565b610590610e09565b604080515f80825260208201909252600f60f81b9b939a50919850469750309650945092509050565b5f918252602082815260408084206001600160a01b0393909316845291905290205460ff1690565b5f6104157f13599b943d6ae986309de305704eabbd0ee8e994a67e802116e206f412b76e6183356106186040860160208701611476565b6106286060870160408801611476565b6106386080880160608901611476565b608088013561064d60c08a0160a08b01611476565b60c08a013560e08b01356106696101208d016101008e01611669565b60408051602081019b909b528a01989098526001600160a01b0396871660608a0152948616608089015292851660a088015260c087019190915290921660e085015261010084019190915261012083015267ffffffffffffffff166101408201526101600160405160208183030381529060405280519060200120610e36565b5f5160206118985f395f51905f526107008161097f565b5f8281526003602052604090205460ff16156107395760405163f455c8b960e01b8152600481018390526003602482015260440161046a565b5f82815260036020526040808220805460ff191660021790555183917f4e09303ea9c3932854b42432aa9f65348205f9681747864bf122101b3537150391a25050565b5f5f5160206118985f395f51905f526107948161097f565b8483146107b7576040516001621398b960e31b0319815260040160405180910390fd5b5f5b8581101561094357368787838181106107d4576107d4611682565b9050610120020190505f61080b828888868181106107f4576107f4611682565b90506020028101906108069190611696565b610989565b905060ff811615610863576040805160ff83168152602081018290525f8183015290518335917f905026a8ea9f3c2ef31ca66e0b173f44e4c61010ae46e9ee048660124a9bd799919081900360600190a2505061093b565b604051633eabaa8360e11b81523090637d575506906108869085906004016116d9565b5f604051808303815f87803b15801561089d575f5ffd5b505af19250505080156108ae575060015b61092a573d8080156108db576040519150601f19603f3d011682016040523d82523d5f602084013e6108e0565b606091505b5082357f905026a8ea9f3c2ef31ca66e0b173f44e4c61010ae46e9ee048660124a9bd79961090d83610e62565b8360405161091c92919061178d565b60405180910390a250610938565b84610934816117b0565b9550505b50505b6001016107b9565b5050949350505050565b5f828152602081905260409020600101546109678161097f565b6104a78383610d73565b5f61097a610ecc565b905090565b6105748133610ff5565b5f8061099b6040860160208701611476565b6001600160a01b031614806109c757505f6109bc6060860160408701611476565b6001600160a01b0316145b80610a0157506109dd6060850160408601611476565b6001600160a01b03166109f66040860160208701611476565b6001600160a01b0316145b80610a235750610a176080850160608601611476565b6001600160a01b03163b155b80610a455750610a3960c0850160a08601611476565b6001600160a01b03163b155b15610a5257506006610b42565b83355f9081526003602052604090205460ff1615610a7257506003610b42565b610a8461012085016101008601611669565b67ffffffffffffffff16421115610a9d57506002610b42565b5f5f610ae6610aab876105e1565b86868080601f0160208091040260200160405190810160405280939291908181526020018383808284375f9201919091525061103292505050565b5090925090505f816003811115610aff57610aff6117d4565b141580610b1a57506004546001600160a01b03838116911614155b80610b2c57506001600160a01b038216155b15610b3c57600192505050610b42565b5f925050505b9392505050565b80355f908152600360205260408120805460ff1916600117905580610ba1610b776080850160608601611476565b610b876040860160208701611476565b610b976060870160408801611476565b866080013561107b565b9150915081610bc55780604051632ab36e7f60e01b815260040161046a91906117e8565b610c02610bd860c0850160a08601611476565b610be86060860160408701611476565b610bf86040870160208801611476565b8660c0013561107b565b909250905081610c275780604051631d31f37360e31b815260040161046a91906117e8565b610c376060840160408501611476565b6001600160a01b0316610c506040850160208601611476565b6001600160a01b031684357fae041e046aef162995598c1850c543661c293d67ebc5c2c6920fa149b5c74df3610c8c6080880160608901611476565b6080880135610ca160c08a0160a08b01611476565b604080516001600160a01b039485168152602081019390935292168183015260c0890135606082015260e0890135608082015290519081900360a00190a4505050565b5f610cef83836105b9565b610d6c575f838152602081815260408083206001600160a01b03861684529091529020805460ff19166001179055610d243390565b6001600160a01b0316826001600160a01b0316847f2f8788117e7eff1d82e926ec794901d17c78024a50270940304540a733656f0d60405160405180910390a4506001610415565b505f610415565b5f610d7e83836105b9565b15610d6c575f838152602081815260408083206001600160a01b0386168085529252808320805460ff1916905551339286917ff6391f5c32d9c69d2a47ea670b442974b53935d1edc7fd64eb21e047a839171b9190a4506001610415565b606061097a7f00000000000000000000000000000000000000000000000000000000000000006001611186565b606061097a7f00000000000000000000000000000000000000000000000000000000000000006002611186565b5f610415610e42610ecc565b8360405161190160f01b8152600281019290925260228201526042902090565b5f600482511015610e7557506007919050565b5f610e7f836117fa565b905063d54c918160e01b6001600160e01b0319821601610ea25750600492915050565b6302ce0c8d60e31b6001600160e01b0319821601610ec35750600592915050565b50600792915050565b5f306001600160a01b037f000000000000000000000000000000000000000000000000000000000000000016148015610f2457507f000000000000000000000000000000000000000000000000000000000000000046145b15610f4e57507f000000000000000000000000000000000000000000000000000000000000000090565b61097a604080517f8b73c3c69bb8fe3d512ecc4cf759cc79239f7b179b0ffacaa9a75d522b39400f60208201527f0000000000000000000000000000000000000000000000000000000000000000918101919091527f000000000000000000000000000000000000000000000000000000000000000060608201524660808201523060a08201525f9060c00160405160208183030381529060405280519060200120905090565b610fff82826105b9565b61102e5760405163e2517d3f60e01b81526001600160a01b03821660048201526024810183905260440161046a565b5050565b5f5f5f8351604103611069576020840151604085015160608601515f1a61105b8882858561122f565b955095509550505050611074565b505081515f91506002905b9250925092565b6040516001600160a01b0384811660248301528381166044830152606482018390525f916060918391829189169060840160408051601f198184030181529181526020820180516001600160e01b03166323b872dd60e01b179052516110e19190611838565b5f604051808303815f865af19150503d805f811461111a576040519150601f19603f3d011682016040523d82523d5f602084013e61111f565b606091505b509150915081611135575f9350915061117d9050565b805115801590611164575060208151108061116457508080602001905181019061115f919061184e565b600114155b15611175575f9350915061117d9050565b600193509150505b94509492505050565b606060ff83146111a057611199836112f7565b9050610415565b8180546111ac90611865565b80601f01602080910402602001604051908101604052809291908181526020018280546111d890611865565b80156112235780601f106111fa57610100808354040283529160200191611223565b820191905f5260205f20905b81548152906001019060200180831161120657829003601f168201915b50505050509050610415565b5f80807f7fffffffffffffffffffffffffffffff5d576e7357a4501ddfe92f46681b20a084111561126857505f915060039050826112ed565b604080515f808252602082018084528a905260ff891692820192909252606081018790526080810186905260019060a0016020604051602081039080840390855afa1580156112b9573d5f5f3e3d5ffd5b5050604051601f1901519150506001600160a01b0381166112e457505f9250600191508290506112ed565b92505f91508190505b9450945094915050565b60605f61130383611334565b6040805160208082528183019092529192505f91906020820181803683375050509182525060208101929092525090565b5f60ff8216601f81111561041557604051632cd44ac360e21b815260040160405180910390fd5b5f6020828403121561136b575f5ffd5b81356001600160e01b031981168114610b42575f5ffd5b5f60208284031215611392575f5ffd5b5035919050565b5f61012082840312156113aa575f5ffd5b50919050565b5f5f5f61014084860312156113c3575f5ffd5b6113cd8585611399565b925061012084013567ffffffffffffffff8111156113e9575f5ffd5b8401601f810186136113f9575f5ffd5b803567ffffffffffffffff81111561140f575f5ffd5b866020828401011115611420575f5ffd5b939660209190910195509293505050565b80356001600160a01b0381168114611447575f5ffd5b919050565b5f5f6040838503121561145d575f5ffd5b8235915061146d60208401611431565b90509250929050565b5f60208284031215611486575f5ffd5b610b4282611431565b5f61012082840312156114a0575f5ffd5b610b428383611399565b5f81518084528060208401602086015e5f602082860101526020601f19601f83011685010191505092915050565b60ff60f81b8816815260e060208201525f6114f660e08301896114aa565b828103604084015261150881896114aa565b606084018890526001600160a01b038716608085015260a0840186905283810360c0850152845180825260208087019350909101905f5b8181101561155d57835183526020938401939092019160010161153f565b50909b9a5050505050505050505050565b5f5f83601f84011261157e575f5ffd5b50813567ffffffffffffffff811115611595575f5ffd5b6020830191508360208260051b85010111156115af575f5ffd5b9250929050565b5f5f5f5f604085870312156115c9575f5ffd5b843567ffffffffffffffff8111156115df575f5ffd5b8501601f810187136115ef575f5ffd5b803567ffffffffffffffff811115611605575f5ffd5b8760206101208302840101111561161a575f5ffd5b60209182019550935085013567ffffffffffffffff81111561163a575f5ffd5b6116468782880161156e565b95989497509550505050565b803567ffffffffffffffff81168114611447575f5ffd5b5f60208284031215611679575f5ffd5b610b4282611652565b634e487b7160e01b5f52603260045260245ffd5b5f5f8335601e198436030181126116ab575f5ffd5b83018035915067ffffffffffffffff8211156116c5575f5ffd5b6020019150368190038213156115af575f5ffd5b8135815261012081016001600160a01b036116f660208501611431565b1660208301526001600160a01b0361171060408501611431565b16604083015261172260608401611431565b6001600160a01b031660608301526080838101359083015261174660a08401611431565b6001600160a01b031660a083015260c0838101359083015260e080840135908301526117756101008401611652565b67ffffffffffffffff81166101008401525092915050565b60ff83168152604060208201525f6117a860408301846114aa565b949350505050565b5f600182016117cd57634e487b7160e01b5f52601160045260245ffd5b5060010190565b634e487b7160e01b5f52602160045260245ffd5b602081525f610b4260208301846114aa565b805160208201516001600160e01b0319811691906004821015611831576001600160e01b0319600483900360031b81901b82161692505b5050919050565b5f82518060208501845e5f920191825250919050565b5f6020828403121561185e575f5ffd5b5051919050565b600181811c9082168061187957607f821691505b6020821081036113aa57634e487b7160e01b5f52602260045260245ffdfe6666bf5bfee463d10a7fc50448047f8a53b7762d7e28fbc5c643182785f3fd3fa164736f6c634300081c000a",
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
