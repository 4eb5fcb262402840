package contracts

import (
	"context"
	"fmt"
	"time"

	"github.com/ethereum/go-ethereum/ethclient"
)

// RPCOptions configures Dial. The zero value is usable.
type RPCOptions struct {
	// ReceiptPoll is the first receipt poll interval (doubling up to 1 s); 0 means 20 ms.
	ReceiptPoll time.Duration
	// EventPoll is Watch's poll interval; 0 means 500 ms.
	EventPoll time.Duration
}

// Dial connects to a node over JSON-RPC (http://, ws://, or an IPC path) and
// returns a Chain that sends admin transactions from operator. The operator
// account must hold native coin for gas.
func Dial(ctx context.Context, url string, operator *Key, opts RPCOptions) (*Client, error) {
	ec, err := ethclient.DialContext(ctx, url)
	if err != nil {
		return nil, fmt.Errorf("contracts: dial %s: %w", url, err)
	}
	id, err := ec.ChainID(ctx)
	if err != nil {
		ec.Close()
		return nil, fmt.Errorf("contracts: chain id from %s: %w", url, err)
	}
	c := newClient(ec, id, operator)
	c.pollMin, c.pollMax, c.eventPoll = 20*time.Millisecond, time.Second, 500*time.Millisecond
	if opts.ReceiptPoll > 0 {
		c.pollMin = opts.ReceiptPoll
	}
	if opts.EventPoll > 0 {
		c.eventPoll = opts.EventPoll
	}
	c.closer = func() error { ec.Close(); return nil }
	return c, nil
}
