// SPDX-License-Identifier: UNLICENSED
pragma solidity 0.8.28;

import {ERC20} from "@openzeppelin/contracts/token/ERC20/ERC20.sol";

/// @title ReentrantToken
/// @notice TEST ONLY. A malicious ERC-20 whose transferFrom calls back into a target
/// (the DvP contract) with prepared calldata before moving tokens, and reports what
/// the reentrant call returned in a Reentered event (an event, not storage, to stay
/// within DvPSettlement.TRADE_GAS).
contract ReentrantToken is ERC20 {
    address public target;
    bool public attempted;
    bytes public payload;

    /// @notice The reentrant call's outcome.
    event Reentered(bool ok, bytes result);

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
            emit Reentered(ok, ret);
        }
        return super.transferFrom(from, to, value);
    }
}
