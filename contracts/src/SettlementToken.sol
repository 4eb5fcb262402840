// SPDX-License-Identifier: UNLICENSED
pragma solidity 0.8.28;

import {ERC20} from "@openzeppelin/contracts/token/ERC20/ERC20.sol";
import {AccessControl} from "@openzeppelin/contracts/access/AccessControl.sol";

/// @title SettlementToken
/// @notice A USD stablecoin with 6 decimals, the cash leg of DvP settlement.
contract SettlementToken is ERC20, AccessControl {
    /// @notice May mint (the stablecoin's issuer, or the venue on the embedded chain).
    bytes32 public constant MINTER_ROLE = keccak256("MINTER_ROLE");

    /// @param name_ token name
    /// @param symbol_ token symbol
    /// @param admin receives DEFAULT_ADMIN_ROLE and MINTER_ROLE
    constructor(string memory name_, string memory symbol_, address admin) ERC20(name_, symbol_) {
        _grantRole(DEFAULT_ADMIN_ROLE, admin);
        _grantRole(MINTER_ROLE, admin);
    }

    /// @notice Six decimals: amounts are in micro-dollars.
    function decimals() public pure override returns (uint8) {
        return 6;
    }

    /// @notice Mints cash to any address.
    function mint(address to, uint256 value) external onlyRole(MINTER_ROLE) {
        _mint(to, value);
    }

    /// @notice Burns the caller's own cash (redemption).
    function burn(uint256 value) external {
        _burn(msg.sender, value);
    }
}
