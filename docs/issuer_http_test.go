package docs_test

import (
	"bytes"
	"context"
	"encoding/json"
	"fmt"
	"io"
	"net/http"
	"os"
	"path/filepath"
	"regexp"
	"slices"
	"strings"
	"testing"

	"github.com/regulavenue/regula/web"
)

// TestIssuerHTTPWalkthrough runs the shell blocks of ISSUER.md's numbered
// steps, in order, against a real venue: heredocs become files, the jq
// preset conversion is done in Go, and every curl is sent as it is written.
// Every answer must be 2xx. A command the runner does not know fails the
// test, so the page cannot grow a step nobody ran.
func TestIssuerHTTPWalkthrough(t *testing.T) {
	if testing.Short() {
		t.Skip("builds four example modules to Wasm")
	}
	ctx := context.Background()
	ops, keys, ts := startVenue(t, true) // the default of regula serve: accounts without a wallet are custodial
	for _, name := range []string{"kyc", "sanctions", "reg-d", "lockup"} {
		if _, err := ops.Rules.Upload(ctx, *exampleModule(t, name)); err != nil {
			t.Fatalf("upload %s: %v", name, err)
		}
	}
	key, _, err := keys.Create(ctx, web.RoleIssuer, "ACME")
	if err != nil {
		t.Fatal(err)
	}
	sh := &miniShell{t: t, files: map[string][]byte{}, answers: map[string][]byte{}, env: map[string]string{
		"REGULA_KEY": key,
		"api":        ts.URL + "/v1",
		"auth":       "Authorization: Bearer " + key,
	}}

	doc, err := os.ReadFile("ISSUER.md")
	if err != nil {
		t.Fatal(err)
	}
	steps := 0
	for _, sec := range strings.Split(string(doc), "\n## ")[1:] {
		title, _, _ := strings.Cut(sec, "\n")
		if !regexp.MustCompile(`^\d+\. `).MatchString(title) {
			continue // "Before you start" and the demo need the operator's shell
		}
		steps++
		for _, block := range regexp.MustCompile("(?s)```sh\n(.*?)```").FindAllStringSubmatch(sec, -1) {
			sh.run(title, block[1])
		}
	}
	if steps < 11 || sh.curls < 14 {
		t.Fatalf("ran %d steps and %d curl commands; the page has at least 11 and 14", steps, sh.curls)
	}

	// What the walk-through leaves behind, as the page says: the founder
	// lock of step 5 lifted in step 10, the profile of step 9, and a clean
	// reconciliation in step 11.
	h, err := ops.CapTable("ACME")
	if err != nil || len(h) != 1 || h[0].Balance != 1000 || len(h[0].Locks) != 0 {
		t.Errorf("cap table after the walk-through = %+v, %v", h, err)
	}
	if info, ok := ops.Checker.Token("ACME"); !ok || !info.Offering.IssuerReporting || info.Offering.Exemption != "reg_d_506c" {
		t.Errorf("profile after the walk-through = %+v; want step 9's", info)
	}
	if rec := sh.answers["GET /v1/tokens/ACME/reconcile"]; !bytes.Contains(rec, []byte(`"drift":[]`)) {
		t.Errorf("step 11's reconciliation answered %s; want no drift", rec)
	}
	set, err := ops.Rules.RuleSet("ACME")
	if err != nil || len(set.Entries) != 4 {
		t.Errorf("rule set after the walk-through = %+v, %v; want the us-reg-d-506c preset's four modules", set, err)
	}
}

// miniShell runs the few shell forms ISSUER.md uses: heredocs into files,
// jq over a preset, and curl with -s, -X, -H, -d. It keeps the last answer
// of each method and path.
type miniShell struct {
	t       *testing.T
	env     map[string]string
	files   map[string][]byte
	answers map[string][]byte // by "METHOD /path"
	curls   int
}

var heredoc = regexp.MustCompile(`(?m)^cat > (\S+) <<'EOF'\n((?s:.*?))^EOF\n`)

func (sh *miniShell) run(step, block string) {
	sh.t.Helper()
	for _, m := range heredoc.FindAllStringSubmatch(block, -1) {
		sh.files[m[1]] = []byte(m[2])
	}
	block = heredoc.ReplaceAllString(block, "")
	cmds, err := shellWords(block, sh.env)
	if err != nil {
		sh.t.Fatalf("%s: %v", step, err)
	}
	for _, c := range cmds {
		switch c[0] {
		case "curl":
			sh.curl(step, c[1:])
		case "jq":
			sh.jq(step, c[1:])
		default:
			sh.t.Fatalf("%s: the walk-through cannot run %q: teach miniShell or change the page", step, strings.Join(c, " "))
		}
	}
}

// jq handles `jq '{modules: map(...)}' PRESET > OUT`, the preset conversion.
func (sh *miniShell) jq(step string, args []string) {
	sh.t.Helper()
	const program = `{modules: map({module: "\(.module)@\(.version)", config})}`
	if len(args) != 4 || args[0] != program || args[2] != ">" {
		sh.t.Fatalf("%s: unexpected jq command %q", step, args)
	}
	b, err := os.ReadFile(filepath.Join("..", args[1]))
	if err != nil {
		sh.t.Fatalf("%s: %v", step, err)
	}
	var preset []struct {
		Module, Version string
		Config          json.RawMessage
	}
	if err := json.Unmarshal(b, &preset); err != nil {
		sh.t.Fatalf("%s: %s: %v", step, args[1], err)
	}
	var body struct {
		Modules []map[string]any `json:"modules"`
	}
	for _, e := range preset {
		body.Modules = append(body.Modules, map[string]any{"module": e.Module + "@" + e.Version, "config": e.Config})
	}
	out, err := json.Marshal(body)
	if err != nil {
		sh.t.Fatal(err)
	}
	sh.files[args[3]] = out
}

func (sh *miniShell) curl(step string, args []string) {
	sh.t.Helper()
	method, url := "", ""
	var body []byte
	header := http.Header{}
	for i := 0; i < len(args); i++ {
		a := args[i]
		switch {
		case a == "-s":
		case strings.HasPrefix(a, "-X") && len(a) > 2:
			method = a[2:]
		case a == "-X" || a == "-H" || a == "-d":
			if i+1 == len(args) {
				sh.t.Fatalf("%s: curl %s without a value", step, a)
			}
			i++
			switch a {
			case "-X":
				method = args[i]
			case "-H":
				k, v, ok := strings.Cut(args[i], ":")
				if !ok {
					sh.t.Fatalf("%s: bad header %q", step, args[i])
				}
				header.Add(strings.TrimSpace(k), strings.TrimSpace(v))
			case "-d":
				if f, ok := strings.CutPrefix(args[i], "@"); ok {
					b, known := sh.files[f]
					if !known {
						sh.t.Fatalf("%s: curl -d @%s: no such file made by an earlier step", step, f)
					}
					body = b
				} else {
					body = []byte(args[i])
				}
			}
		case strings.HasPrefix(a, "http"):
			url = a
		default:
			sh.t.Fatalf("%s: curl argument %q not understood", step, a)
		}
	}
	if method == "" {
		method = "GET"
		if body != nil {
			method = "POST"
		}
	}
	req, err := http.NewRequest(method, url, bytes.NewReader(body))
	if err != nil {
		sh.t.Fatalf("%s: %v", step, err)
	}
	req.Header = header
	resp, err := http.DefaultClient.Do(req)
	if err != nil {
		sh.t.Fatalf("%s: %s %s: %v", step, method, url, err)
	}
	defer resp.Body.Close()
	answer, _ := io.ReadAll(resp.Body)
	sh.curls++
	sh.answers[method+" "+req.URL.Path] = answer
	if resp.StatusCode/100 != 2 {
		sh.t.Errorf("%s: %s %s answered %s: %s", step, method, url, resp.Status, answer)
	}
}

// shellWords splits a block into commands and words the way sh does for the
// forms the docs use: single and double quotes (spanning lines), $var and
// ${var} expansion outside single quotes, backslash-newline continuation,
// comments, and newline or ';' between commands. Command substitution is
// refused.
func shellWords(s string, env map[string]string) ([][]string, error) {
	var cmds [][]string
	var cmd []string
	var word strings.Builder
	inWord := false
	endWord := func() {
		if inWord {
			cmd = append(cmd, word.String())
			word.Reset()
			inWord = false
		}
	}
	endCmd := func() {
		endWord()
		if len(cmd) > 0 {
			cmds = append(cmds, cmd)
			cmd = nil
		}
	}
	expand := func(i int) (int, error) { // s[i] == '$'
		j := i + 1
		if j < len(s) && s[j] == '(' {
			return 0, fmt.Errorf("command substitution at %q", s[i:min(len(s), i+20)])
		}
		braced := j < len(s) && s[j] == '{'
		if braced {
			j++
		}
		k := j
		for k < len(s) && (s[k] == '_' || s[k] >= 'a' && s[k] <= 'z' || s[k] >= 'A' && s[k] <= 'Z' || k > j && s[k] >= '0' && s[k] <= '9') {
			k++
		}
		if k == j {
			word.WriteByte('$')
			inWord = true
			return i + 1, nil
		}
		v, ok := env[s[j:k]]
		if !ok {
			return 0, fmt.Errorf("$%s is not set", s[j:k])
		}
		if braced {
			if k >= len(s) || s[k] != '}' {
				return 0, fmt.Errorf("unterminated ${")
			}
			k++
		}
		word.WriteString(v)
		inWord = true
		return k, nil
	}
	for i := 0; i < len(s); {
		c := s[i]
		switch {
		case c == '\\' && i+1 < len(s) && s[i+1] == '\n':
			i += 2
		case c == '\n' || c == ';':
			endCmd()
			i++
		case c == ' ' || c == '\t':
			endWord()
			i++
		case c == '#' && !inWord:
			for i < len(s) && s[i] != '\n' {
				i++
			}
		case c == '\'':
			j := strings.IndexByte(s[i+1:], '\'')
			if j < 0 {
				return nil, fmt.Errorf("unterminated single quote")
			}
			word.WriteString(s[i+1 : i+1+j])
			inWord = true
			i += j + 2
		case c == '"':
			inWord = true
			i++
			for {
				if i >= len(s) {
					return nil, fmt.Errorf("unterminated double quote")
				}
				if s[i] == '"' {
					i++
					break
				}
				if s[i] == '\\' && i+1 < len(s) && strings.ContainsRune("$`\"\\\n", rune(s[i+1])) {
					if s[i+1] != '\n' {
						word.WriteByte(s[i+1])
					}
					i += 2
					continue
				}
				if s[i] == '$' {
					var err error
					if i, err = expand(i); err != nil {
						return nil, err
					}
					continue
				}
				word.WriteByte(s[i])
				i++
			}
		case c == '$':
			var err error
			if i, err = expand(i); err != nil {
				return nil, err
			}
		default:
			word.WriteByte(c)
			inWord = true
			i++
		}
	}
	endCmd()
	return cmds, nil
}

// TestShellWords pins the splitting the walk-through relies on.
func TestShellWords(t *testing.T) {
	env := map[string]string{"api": "http://h/v1", "auth": "Authorization: Bearer k"}
	tests := []struct {
		in   string
		want [][]string
	}{
		{`curl -s -H "$auth" $api/tokens -d @acme.json`,
			[][]string{{"curl", "-s", "-H", "Authorization: Bearer k", "http://h/v1/tokens", "-d", "@acme.json"}}},
		{"curl -XPOST $api/x -d '\n{\"a\":1}'   # comment\necho ${api}/y",
			[][]string{{"curl", "-XPOST", "http://h/v1/x", "-d", "\n{\"a\":1}"}, {"echo", "http://h/v1/y"}}},
		{"jq '{m: \"\\(.x)\"}' \\\n  f.json > out.json",
			[][]string{{"jq", `{m: "\(.x)"}`, "f.json", ">", "out.json"}}},
		{`curl "$api/decisions?token=ACME&limit=20"`, [][]string{{"curl", "http://h/v1/decisions?token=ACME&limit=20"}}},
	}
	for _, tt := range tests {
		got, err := shellWords(tt.in, env)
		if err != nil || !slices.EqualFunc(got, tt.want, slices.Equal[[]string]) {
			t.Errorf("shellWords(%q) = %q, %v; want %q", tt.in, got, err, tt.want)
		}
	}
	for _, bad := range []string{`echo $(id)`, `echo $unset`, `echo 'open`, `echo "open`} {
		if _, err := shellWords(bad, env); err == nil {
			t.Errorf("shellWords(%q) succeeded; want an error", bad)
		}
	}
}
