package contracts

import (
	"context"
	"errors"
	"fmt"
	"math/big"
	"net"
	"os"
	"os/exec"
	"path/filepath"
	"strconv"
	"syscall"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/common/hexutil"
	"github.com/ethereum/go-ethereum/rpc"
)

// gethEnv names the geth binary that enables the real-node suite
// (contracts/scripts/test-geth.sh sets it).
const gethEnv = "REGULA_GETH"

// TestGethDev runs the core suite against a real `geth --dev` node over HTTP
// JSON-RPC. Skipped unless REGULA_GETH points at a geth binary.
func TestGethDev(t *testing.T) {
	bin := os.Getenv(gethEnv)
	if bin == "" {
		t.Skipf("%s not set: run contracts/scripts/test-geth.sh", gethEnv)
	}
	url := startGeth(t, bin)
	ctx := ctxT(t)
	op, comp, s, b, th := newKeys(t)
	fundFromDevAccount(t, url, op.addr)
	c, err := Dial(ctx, url, op, RPCOptions{EventPoll: 50 * time.Millisecond, ReceiptPoll: 5 * time.Millisecond})
	must(t, err)
	t.Cleanup(func() { _ = c.Close() })
	gas := new(big.Int).Mul(big.NewInt(100), big.NewInt(1e18))
	for _, k := range []*Key{s, b, th} {
		must(t, c.Fund(ctx, k.addr, gas))
	}
	runCore(t, &world{chain: c, operator: op, compliance: comp, seller: s, buyer: b, third: th})
}

func freePort(t *testing.T) int {
	t.Helper()
	l, err := net.Listen("tcp", "127.0.0.1:0")
	must(t, err)
	defer l.Close()
	return l.Addr().(*net.TCPAddr).Port
}

// startGeth starts geth --dev on 127.0.0.1 with random ports and a temp datadir,
// waits until it answers, and stops it at cleanup.
func startGeth(t *testing.T, bin string) string {
	t.Helper()
	dir := t.TempDir()
	httpPort, authPort := freePort(t), freePort(t)
	cmd := exec.Command(bin, "--dev", "--dev.period", "0", "--dev.gaslimit", "60000000",
		"--datadir", filepath.Join(dir, "data"), "--ipcdisable", "--nodiscover", "--maxpeers", "0",
		"--port", "0", "--http", "--http.addr", "127.0.0.1", "--http.port", strconv.Itoa(httpPort),
		"--http.api", "eth,net,web3", "--authrpc.addr", "127.0.0.1", "--authrpc.port", strconv.Itoa(authPort),
		"--rpc.gascap", "60000000", "--verbosity", "2")
	logf, err := os.Create(filepath.Join(dir, "geth.log"))
	must(t, err)
	cmd.Stdout, cmd.Stderr = logf, logf
	must(t, cmd.Start())
	done := make(chan error, 1)
	go func() { done <- cmd.Wait() }()
	t.Cleanup(func() {
		_ = cmd.Process.Signal(syscall.SIGINT)
		select {
		case <-done:
		case <-time.After(15 * time.Second):
			_ = cmd.Process.Kill()
			<-done
		}
		_ = logf.Close()
		if t.Failed() {
			if b, err := os.ReadFile(logf.Name()); err == nil {
				t.Logf("geth log:\n%s", tail(b, 4000))
			}
		}
	})
	url := fmt.Sprintf("http://127.0.0.1:%d", httpPort)
	deadline := time.Now().Add(60 * time.Second)
	for {
		c, err := rpc.Dial(url)
		if err == nil {
			var n hexutil.Uint64
			err = c.Call(&n, "eth_blockNumber")
			c.Close()
			if err == nil {
				return url
			}
		}
		select {
		case err := <-done:
			t.Fatalf("geth exited: %v", err)
		default:
		}
		if time.Now().After(deadline) {
			t.Fatalf("geth did not answer on %s: %v", url, err)
		}
		time.Sleep(100 * time.Millisecond) // polling for the node to come up
	}
}

func tail(b []byte, n int) []byte {
	if len(b) > n {
		return b[len(b)-n:]
	}
	return b
}

// fundFromDevAccount sends coin from geth's unlocked developer account.
func fundFromDevAccount(t *testing.T, url string, to common.Address) {
	t.Helper()
	ctx := ctxT(t)
	c, err := rpc.DialContext(ctx, url)
	must(t, err)
	defer c.Close()
	var accounts []common.Address
	must(t, c.CallContext(ctx, &accounts, "eth_accounts"))
	if len(accounts) == 0 {
		t.Fatal("geth --dev has no developer account")
	}
	wei := new(big.Int).Mul(big.NewInt(100_000), big.NewInt(1e18))
	var h common.Hash
	must(t, c.CallContext(ctx, &h, "eth_sendTransaction", map[string]any{
		"from": accounts[0], "to": to, "value": (*hexutil.Big)(wei),
	}))
	for start := time.Now(); ; {
		var rc map[string]any
		err := c.CallContext(ctx, &rc, "eth_getTransactionReceipt", h)
		if err == nil && rc != nil {
			return
		}
		if err != nil && !errors.Is(err, context.Canceled) && time.Since(start) > 30*time.Second {
			t.Fatalf("funding receipt: %v", err)
		}
		if time.Since(start) > 30*time.Second {
			t.Fatal("funding transaction not mined")
		}
		time.Sleep(20 * time.Millisecond) // polling for the receipt
	}
}
