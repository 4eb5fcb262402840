package main

import (
	"bytes"
	"context"
	"encoding/json"
	"flag"
	"fmt"
	"io"
	"net/http"
	"net/url"
	"os"
	"strconv"
	"time"
)

func init() {
	register("issuer", "issuer operations on a running venue: tokens, investors, accounts, mint, locks, halt, reconcile", runIssuer)
}

const issuerUsage = `usage: regula issuer COMMAND [args] [--url http://127.0.0.1:8080] [--key rk_…]

  token FILE.json            list a token (spec, offering, mica) from a JSON file
  investor FILE.json         onboard or update an investor from a JSON file
  account ID INVESTOR WALLET open an account for an investor, bound to its wallet
  mint TOKEN ACCOUNT QTY     issue tokens to an account (a new cap-table lot)
  deposit ACCOUNT CURRENCY AMOUNT
                             add cash to an account (minor units)
  bind TOKEN FILE.json       bind a rule set: {"modules":[{"module":"kyc@1.0.0","config":{}}]}
  profile TOKEN FILE.json    replace the offering data and MiCA attributes:
                             {"offering":{…},"mica":{…}} (both, whole)
  lock TOKEN FILE.json       set or replace a named lock: {"investor_id":…,"name":…,
                             "quantity":…,"until":"RFC 3339","reason":…}
  unlock TOKEN INVESTOR NAME lift an investor's named lock
  mode TOKEN continuous|auction
                             trade continuously or in periodic call auctions
  halt TOKEN | resume TOKEN  stop trading (cancel-only) or resume it
  captable TOKEN             holdings, lots and holder statistics
  reconcile TOKEN            compare the cap table with the chain; prints the
                             result and exits 1 if any account drifts (for cron)

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
	case cmd == "profile" && n == 2:
		return c.postFile(ctx, "PUT", "/tokens/"+seg(pos[1])+"/profile", pos[2])
	case cmd == "lock" && n == 2:
		return c.postFile(ctx, "POST", "/tokens/"+seg(pos[1])+"/locks", pos[2])
	case cmd == "unlock" && n == 3:
		return c.do(ctx, "DELETE", "/tokens/"+seg(pos[1])+"/locks/"+seg(pos[2])+"/"+seg(pos[3]), nil)
	case cmd == "mode" && n == 2:
		if pos[2] != "continuous" && pos[2] != "auction" {
			return &exitError{code: 2, msg: "MODE must be continuous or auction (halt TOKEN halts)"}
		}
		return c.do(ctx, "PUT", "/tokens/"+seg(pos[1])+"/mode", map[string]string{"mode": pos[2]})
	case cmd == "captable" && n == 1:
		return c.do(ctx, "GET", "/tokens/"+pos[1]+"/captable", nil)
	case cmd == "reconcile" && n == 1:
		return c.reconcile(ctx, pos[1])
	}
	return usage
}

// seg escapes one path segment (a lock name may hold a space or a slash).
func seg(s string) string { return url.PathEscape(s) }

// reconcile prints the venue's reconciliation of a token and fails, exit
// status 1, when an account drifts, so that cron mails it.
func (c apiClient) reconcile(ctx context.Context, token string) error {
	out, err := c.call(ctx, "GET", "/tokens/"+seg(token)+"/reconcile", nil)
	if err != nil {
		return err
	}
	var res struct {
		Drift []json.RawMessage `json:"drift"`
	}
	if err := json.Unmarshal(out, &res); err != nil {
		return fmt.Errorf("unexpected answer: %w", err)
	}
	if err := printAnswer(out); err != nil {
		return err
	}
	if n := len(res.Drift); n > 0 {
		return &exitError{code: 1, msg: fmt.Sprintf("%s: %d account(s) differ between the cap table and the chain", token, n)}
	}
	return nil
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
	out, err := c.call(ctx, method, path, body)
	if err != nil {
		return err
	}
	return printAnswer(out)
}

// call returns a successful answer's body; an error answer is an error
// with the venue's code.
func (c apiClient) call(ctx context.Context, method, path string, body []byte) ([]byte, error) {
	ctx, cancel := context.WithTimeout(ctx, 30*time.Second)
	defer cancel()
	req, err := http.NewRequestWithContext(ctx, method, c.base+path, bytes.NewReader(body))
	if err != nil {
		return nil, err
	}
	req.Header.Set("Content-Type", "application/json")
	req.Header.Set("Authorization", "Bearer "+c.key)
	resp, err := http.DefaultClient.Do(req)
	if err != nil {
		return nil, fmt.Errorf("is the venue running? %w", err)
	}
	defer resp.Body.Close()
	out, err := io.ReadAll(io.LimitReader(resp.Body, 16<<20))
	if err != nil {
		return nil, err
	}
	if resp.StatusCode >= 300 {
		var e struct{ Code, Message string }
		if json.Unmarshal(out, &e) == nil && e.Code != "" {
			return nil, fmt.Errorf("%s: %s", e.Code, e.Message)
		}
		return nil, fmt.Errorf("%s", resp.Status)
	}
	return out, nil
}

// printAnswer writes an answer to stdout, indented.
func printAnswer(out []byte) error {
	var pretty bytes.Buffer
	if json.Indent(&pretty, out, "", "  ") == nil {
		out = append(pretty.Bytes(), '\n')
	}
	_, err := os.Stdout.Write(out)
	return err
}
