package sdk

import (
	"github.com/regulavenue/regula/rules/abi"
	"github.com/regulavenue/regula/sdk/internal/runner"
)

// MaxLogLine is the longest log line kept, in bytes.
const MaxLogLine = 512

func setMain(r Rule) {
	regMu.Lock()
	mainRule = r
	regMu.Unlock()
}

// conv adapts a Checker to the runner's function type.
func conv(prepare func([]byte) (Checker, error)) runner.Prepare {
	return func(cfg []byte) (func(*abi.Context) abi.Verdict, error) {
		chk, err := prepare(cfg)
		if err != nil {
			return nil, err
		}
		return func(c *abi.Context) abi.Verdict {
			v := chk(c)
			return abi.Verdict{Allow: v.Allow, Code: v.Code, Reason: v.Reason}
		}, nil
	}
}
