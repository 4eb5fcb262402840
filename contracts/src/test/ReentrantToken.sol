// SPDX-License-Identifier: UNLICENSED
pragma solidity 0.8.28;

import {ERC20} from "@openzeppelin/contracts/token/ERC20/ERC20.sol";

/// @title ReentrantToken
/// @notice TEST ONLY. A malicious ERC-20 whose transferFrom calls back into a target
/// (the DvP contract) with prepared calldata before moving tokens, and records what
/// the reentrant call returned.
contract ReentrantToken is ERC20 {
    address public target;
    bytes public payload;
    bool public attempted;
    bool public reentrySucceeded;
    bytes public reentryResult;

    constructor() ERC20("Evil", "EVIL") {}

    /// @notice Mints to anyone (test token).
    function mint(address to, uint256 value) external {
        _mint(to, value);
    }

    /// @notice Arms the callback: the next transferFrom calls target with data.
    function arm(address target_, bytes calldata data) external {
        target = target_;
        payload = data;
    }

    /// @inheritdoc ERC20
    function transferFrom(address from, address to, uint256 value) public override returns (bool) {
        if (target != address(0) && !attempted) {
            attempted = true;
            (bool ok, bytes memory ret) = target.call(payload);
            reentrySucceeded = ok;
            reentryResult = ret;
        }
        return super.transferFrom(from, to, value);
    }
}
