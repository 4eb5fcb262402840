package contracts

import (
	"context"
	"fmt"
	"math/big"
	"strings"
	"sync"
	"time"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"
	"github.com/ethereum/go-ethereum/eth/ethconfig"
	"github.com/ethereum/go-ethereum/ethclient/simulated"
	"github.com/ethereum/go-ethereum/node"
)

// SimulatedOptions configures NewSimulated. The zero value is usable.
type SimulatedOptions struct {
	// Funded gives these addresses native coin at genesis (gas for their approvals).
	Funded []common.Address
	// BlockGasLimit is the block gas limit; 0 means 60,000,000 (a 50-trade batch
	// uses about a tenth of it).
	BlockGasLimit uint64
}

// Simulated is the embedded chain: go-ethereum's in-process simulated backend
// (ethclient/simulated) behind the Chain interface.
//
// # Notes
//
//   - The simulated backend only mines on Commit. Simulated commits a block after
//     every transaction it sends ("automine"), so every Chain write returns with
//     its receipt, like on a node with instant sealing. Transactions sent
//     concurrently may share a block.
//   - Block timestamps are the wall clock, but at least parent+1 s: many blocks in
//     a second run the chain's clock ahead. Use AdjustTime to move it on.
//   - Chain id is 1337. State lives in memory and is lost on Close.
type Simulated struct {
	*Client
	sim     *simulated.Backend
	mineMu  sync.Mutex
	closeMu sync.Once
}

// defaultGenesisWei is what the operator and each funded address get at genesis.
var defaultGenesisWei = new(big.Int).Mul(big.NewInt(1_000_000), big.NewInt(1e18))

// NewSimulated starts an in-process chain with the operator funded and returns
// it as a Chain. Close it when done.
func NewSimulated(operator *Key, opts SimulatedOptions) (*Simulated, error) {
	alloc := types.GenesisAlloc{operator.addr: {Balance: defaultGenesisWei}}
	for _, a := range opts.Funded {
		alloc[a] = types.Account{Balance: defaultGenesisWei}
	}
	gasLimit := opts.BlockGasLimit
	if gasLimit == 0 {
		gasLimit = 60_000_000
	}
	sim := simulated.NewBackend(alloc, simulated.WithBlockGasLimit(gasLimit),
		func(nc *node.Config, ec *ethconfig.Config) {
			// Big batches are estimated with eth_estimateGas; allow them.
			ec.RPCGasCap = gasLimit
			ec.TxPool.GlobalSlots = 8192
			ec.TxPool.AccountSlots = 1024
			// No log index: it cost a fifth of the CPU of a settlement. eth_getLogs
			// falls back to scanning the blocks' blooms, fine for an in-memory chain
			// that Watch reads a few blocks at a time.
			ec.LogNoHistory = true
		})
	cl := sim.Client()
	id, err := cl.ChainID(context.Background())
	if err != nil {
		_ = sim.Close()
		return nil, fmt.Errorf("contracts: simulated chain id: %w", err)
	}
	s := &Simulated{sim: sim}
	s.Client = newClient(cl, id, operator)
	s.Client.mine = s.Commit
	s.Client.eventPoll = 10 * time.Millisecond
	s.Client.pollMin = 100 * time.Microsecond
	s.Client.pollMax = 10 * time.Millisecond
	s.Client.closer = s.close
	return s, nil
}

// Commit mines the pending transactions into a new block.
func (s *Simulated) Commit() {
	s.mineMu.Lock()
	defer s.mineMu.Unlock()
	s.sim.Commit()
}

// AdjustTime moves the chain's clock forward by d and mines an empty block (for
// lock-ups and attestation deadlines in tests and demos).
func (s *Simulated) AdjustTime(d time.Duration) error {
	s.mineMu.Lock()
	defer s.mineMu.Unlock()
	// The backend refuses while the pending block holds transactions (one
	// that reached the pool after its sender's commit): mine them first.
	for i := 0; ; i++ {
		err := s.sim.AdjustTime(d)
		if err == nil {
			return nil
		}
		if i == 5 || !strings.Contains(err.Error(), "non-empty block") {
			return fmt.Errorf("contracts: adjust time: %w", err)
		}
		s.sim.Commit()
	}
}

// Backend exposes the underlying simulated backend (tests, tools).
func (s *Simulated) Backend() *simulated.Backend { return s.sim }

func (s *Simulated) close() error {
	var err error
	s.closeMu.Do(func() { err = s.sim.Close() })
	return err
}
