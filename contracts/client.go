package contracts

import (
	"context"
	"errors"
	"fmt"
	"math/big"
	"strings"
	"sync"
	"time"

	"github.com/ethereum/go-ethereum"
	"github.com/ethereum/go-ethereum/accounts/abi/bind"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"
	"github.com/ethereum/go-ethereum/ethclient/simulated"

	"github.com/regulavenue/regula/contracts/bindings"
)

// Chain is what the venue needs from the settlement chain. Client implements it
// over any Ethereum JSON-RPC backend; NewSimulated and Dial make one.
//
// Amounts are int64 in the token's smallest unit. Admin writes (deploy, register,
// mint, pause, settle) are sent from the operator key the Chain was made with;
// Approve is sent from the owner's own key: the venue never has custody.
type Chain interface {
	// ChainID is the chain's EIP-155 id (part of the attestation domain).
	ChainID() *big.Int
	// Operator is the address admin writes come from (admin of every deployed contract).
	Operator() common.Address
	// DeploySecurity deploys a RestrictedToken; the operator gets every role.
	DeploySecurity(ctx context.Context, p SecurityParams) (common.Address, error)
	// DeployCash deploys a SettlementToken; the operator gets MINTER_ROLE.
	DeployCash(ctx context.Context, p CashParams) (common.Address, error)
	// DeployDvP deploys a DvPSettlement accepting attestations of complianceSigner;
	// the operator gets SETTLER_ROLE.
	DeployDvP(ctx context.Context, complianceSigner common.Address) (common.Address, error)
	// Fund sends wei of the native coin from the operator (gas for investors' approvals).
	Fund(ctx context.Context, to common.Address, wei *big.Int) error
	// RegisterInvestor sets an investor's whitelist mirror entry on a security token.
	RegisterInvestor(ctx context.Context, token, investor common.Address, inv Investor) error
	// SetCountryBlocked blocks or unblocks a country on a security token.
	SetCountryBlocked(ctx context.Context, token common.Address, country string, blocked bool) error
	// SetPaused pauses or unpauses a security token's ordinary transfers.
	SetPaused(ctx context.Context, token common.Address, paused bool) error
	// MintSecurity mints security tokens to a whitelisted holder.
	MintSecurity(ctx context.Context, token, to common.Address, quantity int64) error
	// MintCash mints settlement tokens.
	MintCash(ctx context.Context, cash, to common.Address, amount int64) error
	// Approve sets owner's allowance for spender (the DvP contract) on any ERC-20.
	Approve(ctx context.Context, owner *Key, token, spender common.Address, amount int64) error
	// Settle settles one trade; a refused or failed trade is an error wrapping
	// ErrReverted (a *RevertError with the FailCode), and nothing moves.
	Settle(ctx context.Context, dvp common.Address, st SignedTrade) (BatchResult, error)
	// SettleBatch settles trades in one transaction; a failed trade does not stop
	// the others and is reported in its Result, not as an error.
	SettleBatch(ctx context.Context, dvp common.Address, trades []SignedTrade) (BatchResult, error)
	// CancelTrade closes a trade id for good so its attestation can no longer settle it.
	CancelTrade(ctx context.Context, dvp common.Address, id TradeID) error
	// TradeStatus reads a trade id's status.
	TradeStatus(ctx context.Context, dvp common.Address, id TradeID) (TradeStatus, error)
	// BalanceOf reads an ERC-20 balance.
	BalanceOf(ctx context.Context, token, holder common.Address) (int64, error)
	// Allowance reads an ERC-20 allowance.
	Allowance(ctx context.Context, token, owner, spender common.Address) (int64, error)
	// InvestorOf reads a security token's whitelist mirror entry.
	InvestorOf(ctx context.Context, token, investor common.Address) (Investor, error)
	// DetectRestriction asks a security token's ERC-1404 check, with its message.
	DetectRestriction(ctx context.Context, token, from, to common.Address, quantity int64) (uint8, string, error)
	// Events reads the events of the given contracts in a block range.
	Events(ctx context.Context, q EventQuery) ([]Event, error)
	// Watch calls fn for every event from q.FromBlock on, in chain order, polling
	// for new blocks, until ctx is done (returns ctx.Err()) or fn returns an error.
	Watch(ctx context.Context, q EventQuery, fn func(Event) error) error
	// Close releases the connection (and the simulated chain).
	Close() error
}

// backend is what Client needs from a node: both ethclient.Client and the
// simulated backend's client have it.
type backend = simulated.Client

// Client implements Chain over a JSON-RPC style backend.
type Client struct {
	b        backend
	chainID  *big.Int
	operator *Key
	// mine is called after every successful send (the simulated adapter commits a
	// block); nil on a real node.
	mine func()
	// closer releases the backend.
	closer func() error

	pollMin, pollMax time.Duration
	eventPoll        time.Duration

	mu       sync.Mutex
	accounts map[common.Address]*account
	signers  map[common.Address]bind.SignerFn
}

var _ Chain = (*Client)(nil)

// account is one key's nonce manager: sends from a key hold its lock from nonce
// assignment to the node accepting the transaction, so nonces never gap.
type account struct {
	mu     sync.Mutex
	key    *Key
	next   uint64
	synced bool
}

func newClient(b backend, chainID *big.Int, operator *Key) *Client {
	return &Client{
		b: b, chainID: chainID, operator: operator,
		pollMin: 2 * time.Millisecond, pollMax: 200 * time.Millisecond,
		eventPoll: 100 * time.Millisecond,
		accounts:  map[common.Address]*account{},
		signers:   map[common.Address]bind.SignerFn{},
	}
}

// ChainID implements Chain.
func (c *Client) ChainID() *big.Int { return new(big.Int).Set(c.chainID) }

// Operator implements Chain.
func (c *Client) Operator() common.Address { return c.operator.addr }

// Close implements Chain.
func (c *Client) Close() error {
	if c.closer != nil {
		return c.closer()
	}
	return nil
}

func (c *Client) account(k *Key) *account {
	c.mu.Lock()
	defer c.mu.Unlock()
	a, ok := c.accounts[k.addr]
	if !ok {
		a = &account{key: k}
		c.accounts[k.addr] = a
	}
	return a
}

func (c *Client) signer(k *Key) (bind.SignerFn, error) {
	c.mu.Lock()
	defer c.mu.Unlock()
	if s, ok := c.signers[k.addr]; ok {
		return s, nil
	}
	opts, err := bind.NewKeyedTransactorWithChainID(k.priv, c.chainID)
	if err != nil {
		return nil, fmt.Errorf("contracts: transactor: %w", err)
	}
	c.signers[k.addr] = opts.Signer
	return opts.Signer, nil
}

// isNonceError reports whether a send failed because our nonce view was stale.
func isNonceError(err error) bool {
	s := strings.ToLower(err.Error())
	return strings.Contains(s, "nonce too low") || strings.Contains(s, "nonce too high") ||
		strings.Contains(s, "replacement transaction underpriced")
}

// isFundsError is a node refusing a transaction for want of gas money.
func isFundsError(err error) bool {
	return strings.Contains(strings.ToLower(err.Error()), "insufficient funds")
}

// fundsRetries and fundsRetryWait bound the wait for a node to see a new
// balance (about a second).
const (
	fundsRetries   = 40
	fundsRetryWait = 25 * time.Millisecond
)

// send signs and sends one transaction from k built by build, then waits for its
// receipt. A revert before sending (gas estimation) or in the receipt is an error
// wrapping ErrReverted.
func (c *Client) send(ctx context.Context, k *Key, gasLimit uint64, build func(*bind.TransactOpts) (*types.Transaction, error)) (*types.Receipt, error) {
	sign, err := c.signer(k)
	if err != nil {
		return nil, err
	}
	a := c.account(k)
	tx, err := func() (*types.Transaction, error) {
		a.mu.Lock()
		defer a.mu.Unlock()
		for attempt := 0; ; attempt++ {
			if !a.synced {
				n, err := c.b.PendingNonceAt(ctx, k.addr)
				if err != nil {
					return nil, fmt.Errorf("contracts: nonce of %s: %w", k.addr, err)
				}
				a.next, a.synced = n, true
			}
			opts := &bind.TransactOpts{
				From: k.addr, Signer: sign, Nonce: new(big.Int).SetUint64(a.next),
				Context: ctx, GasLimit: gasLimit,
			}
			tx, err := build(opts)
			if err == nil {
				a.next++
				return tx, nil
			}
			if re, ok := asRevert(err); ok {
				return nil, re
			}
			if attempt == 0 && isNonceError(err) {
				a.synced = false // resync from the node and retry once
				continue
			}
			if isFundsError(err) && attempt < fundsRetries {
				// Just funded: the node's transaction pool (and pending
				// state) catch up with a new head asynchronously, so an
				// account funded in the last block can look empty for a
				// moment. A real shortfall fails after the retries.
				t := time.NewTimer(fundsRetryWait)
				select {
				case <-ctx.Done():
					t.Stop()
					return nil, err
				case <-t.C:
				}
				continue
			}
			return nil, err
		}
	}()
	if err != nil {
		return nil, err
	}
	if c.mine != nil {
		c.mine()
	}
	rc, err := c.waitReceipt(ctx, tx.Hash())
	if err != nil {
		return nil, err
	}
	if rc.Status != types.ReceiptStatusSuccessful {
		return rc, c.replayRevert(ctx, k.addr, tx, rc)
	}
	return rc, nil
}

// replayRevert re-runs a failed transaction as a call at its block to get the revert data.
func (c *Client) replayRevert(ctx context.Context, from common.Address, tx *types.Transaction, rc *types.Receipt) error {
	msg := ethereum.CallMsg{From: from, To: tx.To(), Gas: tx.Gas(), Value: tx.Value(), Data: tx.Data()}
	var at *big.Int
	if rc.BlockNumber != nil && rc.BlockNumber.Sign() > 0 {
		at = new(big.Int).Sub(rc.BlockNumber, big.NewInt(1))
	}
	_, err := c.b.CallContract(ctx, msg, at)
	if re, ok := asRevert(err); ok {
		return fmt.Errorf("contracts: tx %s: %w", tx.Hash(), re)
	}
	return fmt.Errorf("contracts: tx %s failed (status 0, gas used %d): %w", tx.Hash(), rc.GasUsed, ErrReverted)
}

// waitReceipt polls for a receipt with a growing interval.
func (c *Client) waitReceipt(ctx context.Context, h common.Hash) (*types.Receipt, error) {
	wait := c.pollMin
	for {
		rc, err := c.b.TransactionReceipt(ctx, h)
		if err == nil && rc != nil {
			return rc, nil
		}
		if err != nil && !errors.Is(err, ethereum.NotFound) && !strings.Contains(err.Error(), "not found") &&
			!strings.Contains(err.Error(), "indexing is in progress") {
			return nil, fmt.Errorf("contracts: receipt of %s: %w", h, err)
		}
		t := time.NewTimer(wait)
		select {
		case <-ctx.Done():
			t.Stop()
			return nil, fmt.Errorf("contracts: waiting for %s: %w", h, ctx.Err())
		case <-t.C:
		}
		if wait *= 2; wait > c.pollMax {
			wait = c.pollMax
		}
	}
}

func (c *Client) deployed(ctx context.Context, what string, deploy func(*bind.TransactOpts) (common.Address, *types.Transaction, error)) (common.Address, error) {
	var addr common.Address
	rc, err := c.send(ctx, c.operator, 0, func(o *bind.TransactOpts) (*types.Transaction, error) {
		a, tx, err := deploy(o)
		addr = a
		return tx, err
	})
	if err != nil {
		return common.Address{}, fmt.Errorf("contracts: deploy %s: %w", what, err)
	}
	if rc.ContractAddress != (common.Address{}) {
		addr = rc.ContractAddress
	}
	return addr, nil
}

// DeploySecurity implements Chain.
func (c *Client) DeploySecurity(ctx context.Context, p SecurityParams) (common.Address, error) {
	return c.deployed(ctx, "RestrictedToken "+p.Symbol, func(o *bind.TransactOpts) (common.Address, *types.Transaction, error) {
		a, tx, _, err := bindings.DeployRestrictedToken(o, c.b, p.Name, p.Symbol, p.Decimals, c.operator.addr)
		return a, tx, err
	})
}

// DeployCash implements Chain.
func (c *Client) DeployCash(ctx context.Context, p CashParams) (common.Address, error) {
	return c.deployed(ctx, "SettlementToken "+p.Symbol, func(o *bind.TransactOpts) (common.Address, *types.Transaction, error) {
		a, tx, _, err := bindings.DeploySettlementToken(o, c.b, p.Name, p.Symbol, c.operator.addr)
		return a, tx, err
	})
}

// DeployDvP implements Chain.
func (c *Client) DeployDvP(ctx context.Context, complianceSigner common.Address) (common.Address, error) {
	return c.deployed(ctx, "DvPSettlement", func(o *bind.TransactOpts) (common.Address, *types.Transaction, error) {
		a, tx, _, err := bindings.DeployDvPSettlement(o, c.b, c.operator.addr, complianceSigner)
		return a, tx, err
	})
}

// Fund implements Chain.
func (c *Client) Fund(ctx context.Context, to common.Address, wei *big.Int) error {
	_, err := c.send(ctx, c.operator, 21000, func(o *bind.TransactOpts) (*types.Transaction, error) {
		tip, err := c.b.SuggestGasTipCap(ctx)
		if err != nil {
			return nil, err
		}
		head, err := c.b.HeaderByNumber(ctx, nil)
		if err != nil {
			return nil, err
		}
		var tx *types.Transaction
		if head.BaseFee == nil { // a chain without EIP-1559
			price, err := c.b.SuggestGasPrice(ctx)
			if err != nil {
				return nil, err
			}
			tx = types.NewTx(&types.LegacyTx{Nonce: o.Nonce.Uint64(), GasPrice: price, Gas: 21000, To: &to, Value: wei})
		} else {
			feeCap := new(big.Int).Add(tip, new(big.Int).Mul(head.BaseFee, big.NewInt(2)))
			tx = types.NewTx(&types.DynamicFeeTx{
				ChainID: c.chainID, Nonce: o.Nonce.Uint64(), GasTipCap: tip, GasFeeCap: feeCap,
				Gas: 21000, To: &to, Value: wei,
			})
		}
		signed, err := o.Signer(o.From, tx)
		if err != nil {
			return nil, err
		}
		return signed, c.b.SendTransaction(ctx, signed)
	})
	if err != nil {
		return fmt.Errorf("contracts: fund %s: %w", to, err)
	}
	return nil
}

func (c *Client) security(token common.Address) (*bindings.RestrictedToken, error) {
	t, err := bindings.NewRestrictedToken(token, c.b)
	if err != nil {
		return nil, fmt.Errorf("contracts: bind RestrictedToken: %w", err)
	}
	return t, nil
}

func (c *Client) erc20(token common.Address) (*bindings.SettlementToken, error) {
	// SettlementToken's ABI covers the ERC-20 surface every token here has.
	t, err := bindings.NewSettlementToken(token, c.b)
	if err != nil {
		return nil, fmt.Errorf("contracts: bind ERC-20: %w", err)
	}
	return t, nil
}

func (c *Client) dvp(addr common.Address) (*bindings.DvPSettlement, error) {
	d, err := bindings.NewDvPSettlement(addr, c.b)
	if err != nil {
		return nil, fmt.Errorf("contracts: bind DvPSettlement: %w", err)
	}
	return d, nil
}

// RegisterInvestor implements Chain.
func (c *Client) RegisterInvestor(ctx context.Context, token, investor common.Address, inv Investor) error {
	country, err := countryBytes(inv.Country)
	if err != nil {
		return err
	}
	t, err := c.security(token)
	if err != nil {
		return err
	}
	_, err = c.send(ctx, c.operator, 0, func(o *bind.TransactOpts) (*types.Transaction, error) {
		return t.SetInvestor(o, investor, inv.Allowed, country, inv.LockupUntil)
	})
	if err != nil {
		return fmt.Errorf("contracts: register investor %s: %w", investor, err)
	}
	return nil
}

// SetCountryBlocked implements Chain.
func (c *Client) SetCountryBlocked(ctx context.Context, token common.Address, country string, blocked bool) error {
	cb, err := countryBytes(country)
	if err != nil {
		return err
	}
	t, err := c.security(token)
	if err != nil {
		return err
	}
	_, err = c.send(ctx, c.operator, 0, func(o *bind.TransactOpts) (*types.Transaction, error) {
		return t.SetCountryBlocked(o, cb, blocked)
	})
	if err != nil {
		return fmt.Errorf("contracts: block country %s: %w", country, err)
	}
	return nil
}

// SetPaused implements Chain.
func (c *Client) SetPaused(ctx context.Context, token common.Address, paused bool) error {
	t, err := c.security(token)
	if err != nil {
		return err
	}
	_, err = c.send(ctx, c.operator, 0, func(o *bind.TransactOpts) (*types.Transaction, error) {
		if paused {
			return t.Pause(o)
		}
		return t.Unpause(o)
	})
	if err != nil {
		return fmt.Errorf("contracts: pause=%v %s: %w", paused, token, err)
	}
	return nil
}

// MintSecurity implements Chain.
func (c *Client) MintSecurity(ctx context.Context, token, to common.Address, quantity int64) error {
	q, err := toBig(quantity)
	if err != nil {
		return err
	}
	t, err := c.security(token)
	if err != nil {
		return err
	}
	_, err = c.send(ctx, c.operator, 0, func(o *bind.TransactOpts) (*types.Transaction, error) {
		return t.Mint(o, to, q)
	})
	if err != nil {
		return fmt.Errorf("contracts: mint %d security to %s: %w", quantity, to, err)
	}
	return nil
}

// MintCash implements Chain.
func (c *Client) MintCash(ctx context.Context, cash, to common.Address, amount int64) error {
	v, err := toBig(amount)
	if err != nil {
		return err
	}
	t, err := c.erc20(cash)
	if err != nil {
		return err
	}
	_, err = c.send(ctx, c.operator, 0, func(o *bind.TransactOpts) (*types.Transaction, error) {
		return t.Mint(o, to, v)
	})
	if err != nil {
		return fmt.Errorf("contracts: mint %d cash to %s: %w", amount, to, err)
	}
	return nil
}

// Approve implements Chain.
func (c *Client) Approve(ctx context.Context, owner *Key, token, spender common.Address, amount int64) error {
	v, err := toBig(amount)
	if err != nil {
		return err
	}
	t, err := c.erc20(token)
	if err != nil {
		return err
	}
	_, err = c.send(ctx, owner, 0, func(o *bind.TransactOpts) (*types.Transaction, error) {
		return t.Approve(o, spender, v)
	})
	if err != nil {
		return fmt.Errorf("contracts: approve %d of %s by %s: %w", amount, token, owner.addr, err)
	}
	return nil
}

func toBinding(t Trade) (bindings.DvPSettlementTrade, error) {
	q, err := toBig(t.Quantity)
	if err != nil {
		return bindings.DvPSettlementTrade{}, err
	}
	a, err := toBig(t.Amount)
	if err != nil {
		return bindings.DvPSettlementTrade{}, err
	}
	return bindings.DvPSettlementTrade{
		TradeId: t.ID, Seller: t.Seller, Buyer: t.Buyer, Token: t.Token, Quantity: q,
		CashToken: t.CashToken, Amount: a, RuleSetHash: t.RuleSetHash, Deadline: t.Deadline,
	}, nil
}

// Settle implements Chain.
func (c *Client) Settle(ctx context.Context, dvp common.Address, st SignedTrade) (BatchResult, error) {
	bt, err := toBinding(st.Trade)
	if err != nil {
		return BatchResult{}, err
	}
	d, err := c.dvp(dvp)
	if err != nil {
		return BatchResult{}, err
	}
	rc, err := c.send(ctx, c.operator, 0, func(o *bind.TransactOpts) (*types.Transaction, error) {
		return d.Settle(o, bt, st.Attestation)
	})
	if err != nil {
		return BatchResult{}, fmt.Errorf("contracts: settle %s: %w", st.Trade.ID, err)
	}
	return c.batchResult(d, rc, []SignedTrade{st})
}

// SettleBatch implements Chain.
func (c *Client) SettleBatch(ctx context.Context, dvp common.Address, trades []SignedTrade) (BatchResult, error) {
	if len(trades) == 0 {
		return BatchResult{}, nil
	}
	if len(trades) > MaxBatchTrades {
		return BatchResult{}, fmt.Errorf("contracts: %d trades: %w", len(trades), ErrBatchTooLarge)
	}
	bts := make([]bindings.DvPSettlementTrade, len(trades))
	sigs := make([][]byte, len(trades))
	for i, st := range trades {
		bt, err := toBinding(st.Trade)
		if err != nil {
			return BatchResult{}, fmt.Errorf("contracts: trade %s: %w", st.Trade.ID, err)
		}
		bts[i], sigs[i] = bt, st.Attestation
	}
	d, err := c.dvp(dvp)
	if err != nil {
		return BatchResult{}, err
	}
	rc, err := c.send(ctx, c.operator, batchGasLimit(len(trades)), func(o *bind.TransactOpts) (*types.Transaction, error) {
		return d.SettleBatch(o, bts, sigs)
	})
	if err != nil {
		return BatchResult{}, fmt.Errorf("contracts: settle batch of %d: %w", len(trades), err)
	}
	return c.batchResult(d, rc, trades)
}

// Gas bounds of settleBatch: DvPSettlement gives each trade exactly tradeGas and
// requires tradeGas*64/63 + 20,000 to be left before it, so this bound always
// suffices; only the gas used is paid. Setting it ourselves instead of asking
// eth_estimateGas matters: the per-trade gas check defeats the estimator's first
// guess and it would binary-search by running the whole batch a dozen times.
const (
	tradeGas         = 150_000 // DvPSettlement.TRADE_GAS
	batchBaseGas     = 80_000  // intrinsic 21,000 + calldata head + loop set-up
	batchPerTradeGas = tradeGas*64/63 + 20_000 + 12_000
)

// MaxBatchTrades is the most trades SettleBatch sends in one transaction: the
// batch gas bound must stay under the 2^24 per-transaction gas cap (EIP-7825).
// Split larger sets of trades into several batches.
const MaxBatchTrades = (1<<24 - batchBaseGas) / (batchPerTradeGas + 16*(10*32+3*32))

func batchGasLimit(n int) uint64 {
	return batchBaseGas + uint64(n)*(batchPerTradeGas+16*(10*32+3*32)) // + calldata, 16 gas a byte
}

// batchResult reads TradeSettled/TradeFailed from a receipt. Logs come in trade
// order, one per trade; a trade id given twice in one batch gets one result each.
func (c *Client) batchResult(d *bindings.DvPSettlement, rc *types.Receipt, trades []SignedTrade) (BatchResult, error) {
	br := BatchResult{TxHash: rc.TxHash, GasUsed: rc.GasUsed, Results: make([]Result, len(trades))}
	if rc.BlockNumber != nil {
		br.Block = rc.BlockNumber.Uint64()
	}
	var outcomes []Result
	for _, l := range rc.Logs {
		if len(l.Topics) == 0 {
			continue
		}
		switch l.Topics[0] {
		case topicTradeSettled:
			ev, err := d.ParseTradeSettled(*l)
			if err != nil {
				return br, fmt.Errorf("contracts: parse TradeSettled: %w", err)
			}
			outcomes = append(outcomes, Result{TradeID: ev.TradeId, Settled: true})
		case topicTradeFailed:
			ev, err := d.ParseTradeFailed(*l)
			if err != nil {
				return br, fmt.Errorf("contracts: parse TradeFailed: %w", err)
			}
			dr := decodeRevert(ev.Reason)
			r := Result{TradeID: ev.TradeId, Code: FailCode(ev.Code), Restriction: dr.restriction, Reason: dr.text}
			if len(ev.Reason) == 0 {
				r.Reason = FailCode(ev.Code).String()
			}
			outcomes = append(outcomes, r)
		}
	}
	if len(outcomes) != len(trades) {
		return br, fmt.Errorf("contracts: tx %s: %d outcomes for %d trades", rc.TxHash, len(outcomes), len(trades))
	}
	for i := range trades {
		if outcomes[i].TradeID != trades[i].Trade.ID {
			return br, fmt.Errorf("contracts: tx %s: outcome %d is for %s, want %s", rc.TxHash, i, outcomes[i].TradeID, trades[i].Trade.ID)
		}
		br.Results[i] = outcomes[i]
	}
	return br, nil
}

// CancelTrade implements Chain.
func (c *Client) CancelTrade(ctx context.Context, dvp common.Address, id TradeID) error {
	d, err := c.dvp(dvp)
	if err != nil {
		return err
	}
	_, err = c.send(ctx, c.operator, 0, func(o *bind.TransactOpts) (*types.Transaction, error) {
		return d.Cancel(o, id)
	})
	if err != nil {
		return fmt.Errorf("contracts: cancel %s: %w", id, err)
	}
	return nil
}

func callOpts(ctx context.Context) *bind.CallOpts { return &bind.CallOpts{Context: ctx} }

// TradeStatus implements Chain.
func (c *Client) TradeStatus(ctx context.Context, dvp common.Address, id TradeID) (TradeStatus, error) {
	d, err := c.dvp(dvp)
	if err != nil {
		return 0, err
	}
	s, err := d.TradeStatus(callOpts(ctx), id)
	if err != nil {
		return 0, fmt.Errorf("contracts: trade status %s: %w", id, err)
	}
	return TradeStatus(s), nil
}

// BalanceOf implements Chain.
func (c *Client) BalanceOf(ctx context.Context, token, holder common.Address) (int64, error) {
	t, err := c.erc20(token)
	if err != nil {
		return 0, err
	}
	v, err := t.BalanceOf(callOpts(ctx), holder)
	if err != nil {
		return 0, fmt.Errorf("contracts: balance of %s: %w", holder, err)
	}
	return fromBig(v)
}

// Allowance implements Chain.
func (c *Client) Allowance(ctx context.Context, token, owner, spender common.Address) (int64, error) {
	t, err := c.erc20(token)
	if err != nil {
		return 0, err
	}
	v, err := t.Allowance(callOpts(ctx), owner, spender)
	if err != nil {
		return 0, fmt.Errorf("contracts: allowance of %s: %w", owner, err)
	}
	return fromBig(v)
}

// InvestorOf implements Chain.
func (c *Client) InvestorOf(ctx context.Context, token, investor common.Address) (Investor, error) {
	t, err := c.security(token)
	if err != nil {
		return Investor{}, err
	}
	v, err := t.Investors(callOpts(ctx), investor)
	if err != nil {
		return Investor{}, fmt.Errorf("contracts: investor %s: %w", investor, err)
	}
	return Investor{Allowed: v.Allowed, Country: countryString(v.Country), LockupUntil: v.LockupUntil}, nil
}

// DetectRestriction implements Chain.
func (c *Client) DetectRestriction(ctx context.Context, token, from, to common.Address, quantity int64) (uint8, string, error) {
	q, err := toBig(quantity)
	if err != nil {
		return 0, "", err
	}
	t, err := c.security(token)
	if err != nil {
		return 0, "", err
	}
	code, err := t.DetectTransferRestriction(callOpts(ctx), from, to, q)
	if err != nil {
		return 0, "", fmt.Errorf("contracts: detect restriction: %w", err)
	}
	msg, err := t.MessageForTransferRestriction(callOpts(ctx), code)
	if err != nil {
		return 0, "", fmt.Errorf("contracts: restriction message: %w", err)
	}
	return code, msg, nil
}

// HeadTime is the timestamp of the latest block in unix seconds: the clock that
// attestation deadlines and lock-ups are checked against.
func (c *Client) HeadTime(ctx context.Context) (uint64, error) {
	h, err := c.b.HeaderByNumber(ctx, nil)
	if err != nil {
		return 0, fmt.Errorf("contracts: head: %w", err)
	}
	return h.Time, nil
}
