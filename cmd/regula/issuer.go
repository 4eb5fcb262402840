package main

import (
	"bytes"
	"context"
	"encoding/json"
	"flag"
	"fmt"
	"io"
	"net/http"
	"os"
	"strconv"
	"time"
)

func init() {
	register("issuer", "issuer operations on a running venue: tokens, investors, accounts, mint, halt", runIssuer)
}

const issuerUsage = `usage: regula issuer COMMAND [args] [--url http://127.0.0.1:8080] [--key rk_…]

  token FILE.json            list a token (spec, offering, mica) from a JSON file
  investor FILE.json         onboard or update an investor from a JSON file
  account ID INVESTOR WALLET open an account for an investor, bound to its wallet
  mint TOKEN ACCOUNT QTY     issue tokens to an account (a new cap-table lot)
  deposit ACCOUNT CURRENCY AMOUNT
                             add cash to an account (minor units)
  bind TOKEN FILE.json       bind a rule set: {"modules":[{"module":"kyc@1.0.0","config":{}}]}
  halt TOKEN | resume TOKEN  stop trading (cancel-only) or resume it
  captable TOKEN             holdings, lots and holder statistics

The JSON bodies are those of docs/API.md. The API key (regula key create
issuer TOKEN…, or operator) comes from --key or the REGULA_KEY environment
variable; deposit needs an operator key, mint the token's issuer's.`

func runIssuer(ctx context.Context, args []string) error {
	fs := flag.NewFlagSet("issuer", flag.ContinueOnError)
	url := fs.String("url", "http://127.0.0.1:8080", "the venue's address")
	key := fs.String("key", os.Getenv("REGULA_KEY"), "API key (default $REGULA_KEY)")
	var pos []string
	rest := args
	for len(rest) > 0 {
		if err := fs.Parse(rest); err != nil {
			return &exitError{code: 2, msg: err.Error()}
		}
		rest = fs.Args()
		if len(rest) > 0 {
			pos, rest = append(pos, rest[0]), rest[1:]
		}
	}
	usage := &exitError{code: 2, msg: issuerUsage}
	if len(pos) == 0 {
		return usage
	}
	if *key == "" {
		return &exitError{code: 2, msg: "an API key is needed: --key rk_… or REGULA_KEY (make one with regula key create)"}
	}
	c := apiClient{base: *url + "/v1", key: *key}
	n := len(pos) - 1
	switch cmd := pos[0]; {
	case cmd == "token" && n == 1:
		return c.postFile(ctx, "POST", "/tokens", pos[1])
	case cmd == "investor" && n == 1:
		return c.postFile(ctx, "POST", "/investors", pos[1])
	case cmd == "account" && n == 3:
		return c.do(ctx, "POST", "/accounts", map[string]string{"id": pos[1], "investor_id": pos[2], "wallet": pos[3]})
	case cmd == "mint" && n == 3:
		q, err := strconv.ParseInt(pos[3], 10, 64)
		if err != nil {
			return &exitError{code: 2, msg: "QTY must be an integer"}
		}
		return c.do(ctx, "POST", "/tokens/"+pos[1]+"/mint", map[string]any{"account": pos[2], "qty": q})
	case cmd == "deposit" && n == 3:
		a, err := strconv.ParseInt(pos[3], 10, 64)
		if err != nil {
			return &exitError{code: 2, msg: "AMOUNT must be an integer"}
		}
		return c.do(ctx, "POST", "/accounts/"+pos[1]+"/deposits", map[string]any{"currency": pos[2], "amount": a})
	case cmd == "bind" && n == 2:
		return c.postFile(ctx, "PUT", "/tokens/"+pos[1]+"/ruleset", pos[2])
	case (cmd == "halt" || cmd == "resume") && n == 1:
		return c.do(ctx, "POST", "/tokens/"+pos[1]+"/"+cmd, nil)
	case cmd == "captable" && n == 1:
		return c.do(ctx, "GET", "/tokens/"+pos[1]+"/captable", nil)
	}
	return usage
}

// apiClient calls the venue's HTTP API with an API key and prints its
// answers.
type apiClient struct{ base, key string }

func (c apiClient) postFile(ctx context.Context, method, path, file string) error {
	body, err := os.ReadFile(file)
	if err != nil {
		return err
	}
	return c.send(ctx, method, path, body)
}

func (c apiClient) do(ctx context.Context, method, path string, body any) error {
	var b []byte
	if body != nil {
		var err error
		if b, err = json.Marshal(body); err != nil {
			return err
		}
	}
	return c.send(ctx, method, path, b)
}

// send prints the answer; an error answer is the command's error, with the
// venue's code.
func (c apiClient) send(ctx context.Context, method, path string, body []byte) error {
	ctx, cancel := context.WithTimeout(ctx, 30*time.Second)
	defer cancel()
	req, err := http.NewRequestWithContext(ctx, method, c.base+path, bytes.NewReader(body))
	if err != nil {
		return err
	}
	req.Header.Set("Content-Type", "application/json")
	req.Header.Set("Authorization", "Bearer "+c.key)
	resp, err := http.DefaultClient.Do(req)
	if err != nil {
		return fmt.Errorf("is the venue running? %w", err)
	}
	defer resp.Body.Close()
	out, err := io.ReadAll(io.LimitReader(resp.Body, 16<<20))
	if err != nil {
		return err
	}
	if resp.StatusCode >= 300 {
		var e struct{ Code, Message string }
		if json.Unmarshal(out, &e) == nil && e.Code != "" {
			return fmt.Errorf("%s: %s", e.Code, e.Message)
		}
		return fmt.Errorf("%s", resp.Status)
	}
	var pretty bytes.Buffer
	if json.Indent(&pretty, out, "", "  ") == nil {
		out = append(pretty.Bytes(), '\n')
	}
	_, err = os.Stdout.Write(out)
	return err
}
