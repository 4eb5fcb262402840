// SPDX-License-Identifier: UNLICENSED
pragma solidity 0.8.28;

import {ERC20} from "@openzeppelin/contracts/token/ERC20/ERC20.sol";
import {AccessControl} from "@openzeppelin/contracts/access/AccessControl.sol";
import {Pausable} from "@openzeppelin/contracts/utils/Pausable.sol";

/// @title RestrictedToken
/// @notice An ERC-20 security token with ERC-1404 transfer restrictions. The venue's
/// registrar keeps an on-chain mirror of its investor registry (allowed flag, country,
/// lock-up); every transfer and transferFrom is checked by detectTransferRestriction.
/// Codes match Regula's RULES.md where they overlap; see docs/CONTRACTS.md.
contract RestrictedToken is ERC20, AccessControl, Pausable {
    /// @notice Keeps the whitelist mirror and the blocked-country list.
    bytes32 public constant REGISTRAR_ROLE = keccak256("REGISTRAR_ROLE");
    /// @notice Mints, burns and forces transfers (the issuer's transfer agent).
    bytes32 public constant AGENT_ROLE = keccak256("AGENT_ROLE");
    /// @notice Pauses and unpauses ordinary transfers.
    bytes32 public constant PAUSER_ROLE = keccak256("PAUSER_ROLE");

    uint8 public constant SUCCESS = 0;
    uint8 public constant SELLER_NOT_VERIFIED = 10;
    uint8 public constant BUYER_NOT_VERIFIED = 11;
    uint8 public constant BUYER_JURISDICTION = 20;
    uint8 public constant SELLER_JURISDICTION = 21;
    uint8 public constant LOCKED = 31;
    uint8 public constant PAUSED = 128;

    /// @notice One investor's entry in the whitelist mirror.
    struct Investor {
        bool allowed;
        bytes2 country;
        uint64 lockupUntil;
    }

    /// @notice The whitelist mirror, by wallet address.
    mapping(address => Investor) public investors;
    /// @notice Countries (ISO 3166-1 alpha-2 as bytes2) whose investors may neither send nor receive.
    mapping(bytes2 => bool) public blockedCountries;

    uint8 private immutable _decimals;

    /// @notice A transfer was refused with an ERC-1404 code.
    error TransferRestricted(uint8 code);
    /// @notice A mint went to an address that is not on the whitelist.
    error RecipientNotAllowed(address to);

    event InvestorUpdated(address indexed investor, bool allowed, bytes2 country, uint64 lockupUntil);
    event CountryBlocked(bytes2 indexed country, bool blocked);
    event ForcedTransfer(address indexed from, address indexed to, uint256 value);

    /// @param name_ token name
    /// @param symbol_ token symbol
    /// @param decimals_ decimals (equity usually 0)
    /// @param admin receives every role
    constructor(string memory name_, string memory symbol_, uint8 decimals_, address admin)
        ERC20(name_, symbol_)
    {
        _decimals = decimals_;
        _grantRole(DEFAULT_ADMIN_ROLE, admin);
        _grantRole(REGISTRAR_ROLE, admin);
        _grantRole(AGENT_ROLE, admin);
        _grantRole(PAUSER_ROLE, admin);
    }

    /// @inheritdoc ERC20
    function decimals() public view override returns (uint8) {
        return _decimals;
    }

    /// @notice Sets an investor's whitelist entry (the mirror of the venue's registry).
    function setInvestor(address investor, bool allowed, bytes2 country, uint64 lockupUntil)
        external
        onlyRole(REGISTRAR_ROLE)
    {
        investors[investor] = Investor(allowed, country, lockupUntil);
        emit InvestorUpdated(investor, allowed, country, lockupUntil);
    }

    /// @notice Blocks or unblocks a country for senders and receivers.
    function setCountryBlocked(bytes2 country, bool blocked) external onlyRole(REGISTRAR_ROLE) {
        blockedCountries[country] = blocked;
        emit CountryBlocked(country, blocked);
    }

    /// @notice Stops ordinary transfers (code 128); agent operations still work.
    function pause() external onlyRole(PAUSER_ROLE) {
        _pause();
    }

    /// @notice Resumes ordinary transfers.
    function unpause() external onlyRole(PAUSER_ROLE) {
        _unpause();
    }

    /// @notice Mints to a whitelisted address.
    function mint(address to, uint256 value) external onlyRole(AGENT_ROLE) {
        if (!investors[to].allowed) revert RecipientNotAllowed(to);
        _mint(to, value);
    }

    /// @notice Burns from any holder.
    function burn(address from, uint256 value) external onlyRole(AGENT_ROLE) {
        _burn(from, value);
    }

    /// @notice Moves tokens regardless of restrictions and pause (court order, recovery).
    function forcedTransfer(address from, address to, uint256 value) external onlyRole(AGENT_ROLE) {
        // Not a back door to mint or burn around the whitelist and the events.
        if (from == address(0)) revert ERC20InvalidSender(address(0));
        if (to == address(0)) revert ERC20InvalidReceiver(address(0));
        // ERC20._update, not our override: the restriction check is skipped on purpose.
        ERC20._update(from, to, value);
        emit ForcedTransfer(from, to, value);
    }

    /// @notice ERC-1404: the code a transfer of value from `from` to `to` would fail with, 0 if none.
    /// Checks run in the order of RULES.md, the seller before the buyer.
    function detectTransferRestriction(address from, address to, uint256 value) public view returns (uint8) {
        value; // every restriction here is per party, not per amount
        if (paused()) return PAUSED;
        Investor storage f = investors[from];
        Investor storage t = investors[to];
        if (!f.allowed) return SELLER_NOT_VERIFIED;
        if (!t.allowed) return BUYER_NOT_VERIFIED;
        if (blockedCountries[f.country]) return SELLER_JURISDICTION;
        if (blockedCountries[t.country]) return BUYER_JURISDICTION;
        if (block.timestamp < f.lockupUntil) return LOCKED;
        return SUCCESS;
    }

    /// @notice ERC-1404: a human-readable text for a restriction code.
    function messageForTransferRestriction(uint8 code) public pure returns (string memory) {
        if (code == SUCCESS) return "SUCCESS";
        if (code == SELLER_NOT_VERIFIED) return "SELLER_NOT_VERIFIED: sender is not whitelisted";
        if (code == BUYER_NOT_VERIFIED) return "BUYER_NOT_VERIFIED: recipient is not whitelisted";
        if (code == BUYER_JURISDICTION) return "BUYER_JURISDICTION: recipient's country is blocked";
        if (code == SELLER_JURISDICTION) return "SELLER_JURISDICTION: sender's country is blocked";
        if (code == LOCKED) return "LOCKED: sender is in a lock-up";
        if (code == PAUSED) return "PAUSED: transfers are paused";
        return "UNKNOWN";
    }

    /// @dev Every ordinary transfer and transferFrom passes here; mint and burn do not
    /// (they are agent-only and checked in mint/burn).
    function _update(address from, address to, uint256 value) internal override {
        if (from != address(0) && to != address(0)) {
            uint8 code = detectTransferRestriction(from, to, value);
            if (code != SUCCESS) revert TransferRestricted(code);
        }
        super._update(from, to, value);
    }
}
