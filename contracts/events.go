package contracts

import (
	"context"
	"fmt"
	"math/big"
	"time"

	"github.com/ethereum/go-ethereum"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"

	"github.com/regulavenue/regula/contracts/bindings"
)

// EventKind says which contract event an Event is.
type EventKind uint8

// Event kinds.
const (
	// EventTradeSettled is DvPSettlement.TradeSettled.
	EventTradeSettled EventKind = iota + 1
	// EventTradeFailed is DvPSettlement.TradeFailed (in a batch).
	EventTradeFailed
	// EventTradeCancelled is DvPSettlement.TradeCancelled.
	EventTradeCancelled
	// EventTransfer is an ERC-20 Transfer (security or cash token).
	EventTransfer
)

// String names the kind.
func (k EventKind) String() string {
	switch k {
	case EventTradeSettled:
		return "TradeSettled"
	case EventTradeFailed:
		return "TradeFailed"
	case EventTradeCancelled:
		return "TradeCancelled"
	case EventTransfer:
		return "Transfer"
	}
	return fmt.Sprintf("EventKind(%d)", uint8(k))
}

// Event is one decoded contract event. Fields not relevant to Kind are zero.
type Event struct {
	Kind     EventKind
	Contract common.Address
	Block    uint64
	TxHash   common.Hash
	LogIndex uint

	// Trade events.
	TradeID     TradeID
	Seller      common.Address
	Buyer       common.Address
	Token       common.Address
	Quantity    int64
	CashToken   common.Address
	Amount      int64
	RuleSetHash [32]byte
	FailCode    FailCode
	Restriction uint8
	Reason      string

	// Transfer.
	From  common.Address
	To    common.Address
	Value int64
}

// EventQuery selects events: those of Contracts (DvP and token addresses) from
// block FromBlock to ToBlock (nil: the current head).
type EventQuery struct {
	Contracts []common.Address
	FromBlock uint64
	ToBlock   *uint64
}

var (
	dvpABI              = mustABI(bindings.DvPSettlementMetaData.GetAbi)
	erc20ABI            = mustABI(bindings.SettlementTokenMetaData.GetAbi)
	topicTradeSettled   = dvpABI.Events["TradeSettled"].ID
	topicTradeFailed    = dvpABI.Events["TradeFailed"].ID
	topicTradeCancelled = dvpABI.Events["TradeCancelled"].ID
	topicTransfer       = erc20ABI.Events["Transfer"].ID
)

// Events implements Chain.
func (c *Client) Events(ctx context.Context, q EventQuery) ([]Event, error) {
	to := q.ToBlock
	if to == nil {
		head, err := c.b.BlockNumber(ctx)
		if err != nil {
			return nil, fmt.Errorf("contracts: head: %w", err)
		}
		to = &head
	}
	if *to < q.FromBlock {
		return nil, nil
	}
	return c.events(ctx, q.Contracts, q.FromBlock, *to)
}

func (c *Client) events(ctx context.Context, contracts []common.Address, from, to uint64) ([]Event, error) {
	logs, err := c.b.FilterLogs(ctx, ethereum.FilterQuery{
		FromBlock: new(big.Int).SetUint64(from),
		ToBlock:   new(big.Int).SetUint64(to),
		Addresses: contracts,
		Topics:    [][]common.Hash{{topicTradeSettled, topicTradeFailed, topicTradeCancelled, topicTransfer}},
	})
	if err != nil {
		return nil, fmt.Errorf("contracts: filter logs %d..%d: %w", from, to, err)
	}
	out := make([]Event, 0, len(logs))
	for _, l := range logs {
		ev, ok, err := decodeLog(l)
		if err != nil {
			return nil, err
		}
		if ok {
			out = append(out, ev)
		}
	}
	return out, nil
}

// decodeLog decodes one log of ours; ok is false for logs of other shapes (a
// foreign contract at a watched address).
func decodeLog(l types.Log) (Event, bool, error) {
	ev := Event{Contract: l.Address, Block: l.BlockNumber, TxHash: l.TxHash, LogIndex: l.Index}
	if len(l.Topics) == 0 {
		return ev, false, nil
	}
	var err error
	switch l.Topics[0] {
	case topicTradeSettled:
		if len(l.Topics) != 4 {
			return ev, false, nil
		}
		var v struct {
			Token       common.Address
			Quantity    *big.Int
			CashToken   common.Address
			Amount      *big.Int
			RuleSetHash [32]byte
		}
		if err := dvpABI.UnpackIntoInterface(&v, "TradeSettled", l.Data); err != nil {
			return ev, false, fmt.Errorf("contracts: decode TradeSettled: %w", err)
		}
		ev.Kind = EventTradeSettled
		ev.TradeID = TradeID(l.Topics[1])
		ev.Seller = common.BytesToAddress(l.Topics[2][:])
		ev.Buyer = common.BytesToAddress(l.Topics[3][:])
		ev.Token, ev.CashToken, ev.RuleSetHash = v.Token, v.CashToken, v.RuleSetHash
		if ev.Quantity, err = fromBig(v.Quantity); err != nil {
			return ev, false, err
		}
		if ev.Amount, err = fromBig(v.Amount); err != nil {
			return ev, false, err
		}
	case topicTradeFailed:
		if len(l.Topics) != 2 {
			return ev, false, nil
		}
		var v struct {
			Code   uint8
			Reason []byte
		}
		if err := dvpABI.UnpackIntoInterface(&v, "TradeFailed", l.Data); err != nil {
			return ev, false, fmt.Errorf("contracts: decode TradeFailed: %w", err)
		}
		ev.Kind = EventTradeFailed
		ev.TradeID = TradeID(l.Topics[1])
		ev.FailCode = FailCode(v.Code)
		dr := decodeRevert(v.Reason)
		ev.Restriction, ev.Reason = dr.restriction, dr.text
		if len(v.Reason) == 0 {
			ev.Reason = ev.FailCode.String()
		}
	case topicTradeCancelled:
		if len(l.Topics) != 2 {
			return ev, false, nil
		}
		ev.Kind = EventTradeCancelled
		ev.TradeID = TradeID(l.Topics[1])
	case topicTransfer:
		if len(l.Topics) != 3 || len(l.Data) != 32 {
			return ev, false, nil
		}
		ev.Kind = EventTransfer
		ev.From = common.BytesToAddress(l.Topics[1][:])
		ev.To = common.BytesToAddress(l.Topics[2][:])
		if ev.Value, err = fromBig(new(big.Int).SetBytes(l.Data)); err != nil {
			return ev, false, err
		}
	default:
		return ev, false, nil
	}
	return ev, true, nil
}

// Watch implements Chain. It polls every Client event interval (100 ms by default)
// rather than subscribing, so it works the same over HTTP JSON-RPC, WebSocket and
// the simulated backend.
func (c *Client) Watch(ctx context.Context, q EventQuery, fn func(Event) error) error {
	next := q.FromBlock
	for {
		head, err := c.b.BlockNumber(ctx)
		if err != nil {
			if ctx.Err() != nil {
				return ctx.Err()
			}
			return fmt.Errorf("contracts: watch head: %w", err)
		}
		if q.ToBlock != nil && head > *q.ToBlock {
			head = *q.ToBlock
		}
		if head >= next {
			evs, err := c.events(ctx, q.Contracts, next, head)
			if err != nil {
				if ctx.Err() != nil {
					return ctx.Err()
				}
				return err
			}
			for _, ev := range evs {
				if err := fn(ev); err != nil {
					return err
				}
			}
			next = head + 1
		}
		if q.ToBlock != nil && next > *q.ToBlock {
			return nil
		}
		t := time.NewTimer(c.eventPoll)
		select {
		case <-ctx.Done():
			t.Stop()
			return ctx.Err()
		case <-t.C:
		}
	}
}
