// SPDX-License-Identifier: UNLICENSED
pragma solidity 0.8.28;

import {IERC20} from "@openzeppelin/contracts/token/ERC20/IERC20.sol";
import {AccessControl} from "@openzeppelin/contracts/access/AccessControl.sol";
import {EIP712} from "@openzeppelin/contracts/utils/cryptography/EIP712.sol";
import {ECDSA} from "@openzeppelin/contracts/utils/cryptography/ECDSA.sol";

/// @title DvPSettlement
/// @notice Delivery-versus-payment settlement for one venue operator. A trade moves the
/// security token seller->buyer and the cash token buyer->seller with transferFrom, both
/// legs or neither, after checking an EIP-712 attestation signed by the venue's
/// compliance signer. The contract never holds assets: the parties' allowances are the
/// only authority it uses.
contract DvPSettlement is AccessControl, EIP712 {
    /// @notice May call settle, settleBatch and cancel (the venue's settlement engine).
    bytes32 public constant SETTLER_ROLE = keccak256("SETTLER_ROLE");

    /// @notice EIP-712 type hash of Attestation; the type string is in docs/CONTRACTS.md.
    bytes32 public constant ATTESTATION_TYPEHASH = keccak256(
        "Attestation(bytes32 tradeId,address seller,address buyer,address token,uint256 quantity,address cashToken,uint256 amount,bytes32 ruleSetHash,uint64 deadline)"
    );

    /// @notice Gas given to each trade of a batch. Fixed so that a trade's outcome
    /// does not depend on the transaction's gas limit: a batch sent with too little
    /// gas reverts whole (and eth_estimateGas finds the right limit) instead of
    /// starving one trade into a spurious failure. See RATIONALE.md.
    uint256 public constant TRADE_GAS = 150_000;

    // Trade status values.
    uint8 public constant STATUS_NONE = 0;
    uint8 public constant STATUS_SETTLED = 1;
    uint8 public constant STATUS_CANCELLED = 2;

    // Failure codes carried by TradeFailed and TradeRejected.
    uint8 public constant FAIL_BAD_SIGNATURE = 1;
    uint8 public constant FAIL_EXPIRED = 2;
    uint8 public constant FAIL_ALREADY_PROCESSED = 3;
    uint8 public constant FAIL_SECURITY_LEG = 4;
    uint8 public constant FAIL_CASH_LEG = 5;
    uint8 public constant FAIL_INVALID_TRADE = 6;
    uint8 public constant FAIL_UNKNOWN = 7;

    /// @notice A trade to settle; every field is covered by the attestation.
    struct Trade {
        bytes32 tradeId;
        address seller;
        address buyer;
        address token;
        uint256 quantity;
        address cashToken;
        uint256 amount;
        bytes32 ruleSetHash;
        uint64 deadline;
    }

    /// @notice Status of a trade id: STATUS_NONE, STATUS_SETTLED or STATUS_CANCELLED.
    mapping(bytes32 => uint8) public tradeStatus;
    /// @notice The venue's compliance signer, whose attestations this contract accepts.
    address public complianceSigner;

    event TradeSettled(
        bytes32 indexed tradeId,
        address indexed seller,
        address indexed buyer,
        address token,
        uint256 quantity,
        address cashToken,
        uint256 amount,
        bytes32 ruleSetHash
    );
    /// @notice A trade in a batch failed; nothing of it moved and it is not marked settled.
    /// reason is the revert data of the failing leg (TransferRestricted, ERC20 errors, ...).
    event TradeFailed(bytes32 indexed tradeId, uint8 code, bytes reason);
    event TradeCancelled(bytes32 indexed tradeId);
    event ComplianceSignerChanged(address indexed previous, address indexed next);

    /// @notice settle refused a trade before moving anything.
    error TradeRejected(bytes32 tradeId, uint8 code);
    /// @notice The security leg's transferFrom reverted or returned false.
    error SecurityLegFailed(bytes reason);
    /// @notice The cash leg's transferFrom reverted or returned false.
    error CashLegFailed(bytes reason);
    /// @notice executeTrade is only for this contract's own batch loop.
    error OnlySelf();
    /// @notice settleBatch got arrays of different lengths.
    error LengthMismatch();
    /// @notice Too little gas left to give the next trade TRADE_GAS.
    error InsufficientGas();

    /// @param admin receives DEFAULT_ADMIN_ROLE and SETTLER_ROLE
    /// @param signer the compliance signer
    constructor(address admin, address signer) EIP712("Regula DvP", "1") {
        _grantRole(DEFAULT_ADMIN_ROLE, admin);
        _grantRole(SETTLER_ROLE, admin);
        complianceSigner = signer;
        emit ComplianceSignerChanged(address(0), signer);
    }

    /// @notice Rotates the compliance signer.
    function setComplianceSigner(address signer) external onlyRole(DEFAULT_ADMIN_ROLE) {
        emit ComplianceSignerChanged(complianceSigner, signer);
        complianceSigner = signer;
    }

    /// @notice The EIP-712 domain separator (name "Regula DvP", version "1", chain id, this address).
    function domainSeparator() external view returns (bytes32) {
        return _domainSeparatorV4();
    }

    /// @notice The EIP-712 digest the compliance signer signs for a trade.
    function hashAttestation(Trade calldata t) public view returns (bytes32) {
        return _hashTypedDataV4(
            keccak256(
                abi.encode(
                    ATTESTATION_TYPEHASH,
                    t.tradeId,
                    t.seller,
                    t.buyer,
                    t.token,
                    t.quantity,
                    t.cashToken,
                    t.amount,
                    t.ruleSetHash,
                    t.deadline
                )
            )
        );
    }

    /// @notice Settles one trade; reverts (moving nothing) if it cannot.
    function settle(Trade calldata t, bytes calldata attestation) external onlyRole(SETTLER_ROLE) {
        uint8 code = _check(t, attestation);
        if (code != 0) revert TradeRejected(t.tradeId, code);
        _execute(t);
    }

    /// @notice Settles trades one by one; a failed trade emits TradeFailed, is rolled back
    /// whole and is not marked settled, and the others go on.
    /// @return settled how many trades settled
    function settleBatch(Trade[] calldata trades, bytes[] calldata attestations)
        external
        onlyRole(SETTLER_ROLE)
        returns (uint256 settled)
    {
        if (trades.length != attestations.length) revert LengthMismatch();
        for (uint256 i = 0; i < trades.length; i++) {
            Trade calldata t = trades[i];
            uint8 code = _check(t, attestations[i]);
            if (code != 0) {
                emit TradeFailed(t.tradeId, code, "");
                continue;
            }
            // 64/63: the EIP-150 share kept back by the caller, plus the call's own cost.
            if (gasleft() < (TRADE_GAS * 64) / 63 + 20_000) revert InsufficientGas();
            try this.executeTrade{gas: TRADE_GAS}(t) {
                settled++;
            } catch (bytes memory reason) {
                emit TradeFailed(t.tradeId, _failureCode(reason), reason);
            }
        }
    }

    /// @notice Closes a trade id for good (the venue broke the trade): its attestation
    /// can no longer settle it.
    function cancel(bytes32 tradeId) external onlyRole(SETTLER_ROLE) {
        if (tradeStatus[tradeId] != STATUS_NONE) revert TradeRejected(tradeId, FAIL_ALREADY_PROCESSED);
        tradeStatus[tradeId] = STATUS_CANCELLED;
        emit TradeCancelled(tradeId);
    }

    /// @notice One trade of a batch, called by this contract on itself so that a failure
    /// reverts this frame only. Not for outside callers.
    function executeTrade(Trade calldata t) external {
        if (msg.sender != address(this)) revert OnlySelf();
        _execute(t);
    }

    function _check(Trade calldata t, bytes calldata attestation) internal view returns (uint8) {
        if (
            t.seller == address(0) || t.buyer == address(0) || t.seller == t.buyer || t.token.code.length == 0
                || t.cashToken.code.length == 0
        ) return FAIL_INVALID_TRADE;
        if (tradeStatus[t.tradeId] != STATUS_NONE) return FAIL_ALREADY_PROCESSED;
        if (block.timestamp > t.deadline) return FAIL_EXPIRED;
        (address signer, ECDSA.RecoverError err,) = ECDSA.tryRecover(hashAttestation(t), attestation);
        if (err != ECDSA.RecoverError.NoError || signer != complianceSigner || signer == address(0)) {
            return FAIL_BAD_SIGNATURE;
        }
        return 0;
    }

    function _execute(Trade calldata t) internal {
        // Effects before interactions: a token that calls back into settle finds the
        // trade already settled (see the reentrancy test).
        tradeStatus[t.tradeId] = STATUS_SETTLED;
        (bool ok, bytes memory ret) = _transferFrom(t.token, t.seller, t.buyer, t.quantity);
        if (!ok) revert SecurityLegFailed(ret);
        (ok, ret) = _transferFrom(t.cashToken, t.buyer, t.seller, t.amount);
        if (!ok) revert CashLegFailed(ret);
        emit TradeSettled(t.tradeId, t.seller, t.buyer, t.token, t.quantity, t.cashToken, t.amount, t.ruleSetHash);
    }

    /// @dev transferFrom that reports failure instead of bubbling it, accepting tokens
    /// that return nothing (like SafeERC20) and refusing those that return false.
    function _transferFrom(address token, address from, address to, uint256 value)
        private
        returns (bool, bytes memory)
    {
        (bool ok, bytes memory ret) = token.call(abi.encodeCall(IERC20.transferFrom, (from, to, value)));
        if (!ok) return (false, ret);
        if (ret.length != 0 && (ret.length < 32 || abi.decode(ret, (uint256)) != 1)) return (false, ret);
        return (true, ret);
    }

    function _failureCode(bytes memory reason) private pure returns (uint8) {
        if (reason.length < 4) return FAIL_UNKNOWN;
        bytes4 sel = bytes4(reason);
        if (sel == SecurityLegFailed.selector) return FAIL_SECURITY_LEG;
        if (sel == CashLegFailed.selector) return FAIL_CASH_LEG;
        return FAIL_UNKNOWN;
    }
}
