// Package docs_test checks that the documentation still matches the
// repository: every relative link resolves, every RATIONALE.md section a
// page names exists, and every flag of `regula serve` is documented.
package docs_test

import (
	"go/ast"
	"go/parser"
	"go/token"
	"os"
	"path/filepath"
	"regexp"
	"slices"
	"strconv"
	"strings"
	"testing"
)

// pages returns README.md and docs/*.md, relative to this directory.
func pages(t *testing.T) []string {
	t.Helper()
	files, err := filepath.Glob("*.md")
	if err != nil {
		t.Fatal(err)
	}
	if len(files) == 0 {
		t.Fatal("no docs/*.md found: is the test running in docs/?")
	}
	return append([]string{"../README.md"}, files...)
}

// prose returns the lines of a Markdown file outside fenced code blocks,
// with inline code spans blanked out, keyed by line number.
func prose(t *testing.T, path string) map[int]string {
	t.Helper()
	b, err := os.ReadFile(path)
	if err != nil {
		t.Fatal(err)
	}
	out := map[int]string{}
	fence := ""
	for i, line := range strings.Split(string(b), "\n") {
		trimmed := strings.TrimSpace(line)
		if fence == "" && (strings.HasPrefix(trimmed, "```") || strings.HasPrefix(trimmed, "~~~")) {
			fence = trimmed[:3]
			continue
		}
		if fence != "" {
			if strings.HasPrefix(trimmed, fence) {
				fence = ""
			}
			continue
		}
		out[i+1] = codeSpan.ReplaceAllString(line, "``")
	}
	return out
}

var (
	codeSpan = regexp.MustCompile("`[^`]*`")
	// mdLink matches the target of [text](target) and ![alt](target), also
	// of a link around an image, [![alt](img)](target); the target stops at
	// whitespace or the closing parenthesis (an optional "title" may follow).
	mdLink = regexp.MustCompile(`\]\(([^)\s]+)(?:\s+"[^"]*")?\)`)
)

// TestRelativeLinksResolve fails on a relative link in README.md or
// docs/*.md whose file does not exist.
func TestRelativeLinksResolve(t *testing.T) {
	checked := 0
	for _, page := range pages(t) {
		for n, line := range prose(t, page) {
			for _, m := range mdLink.FindAllStringSubmatch(line, -1) {
				target := m[1]
				if strings.Contains(target, "://") || strings.HasPrefix(target, "mailto:") || strings.HasPrefix(target, "#") {
					continue
				}
				file, _, _ := strings.Cut(target, "#")
				file, _, _ = strings.Cut(file, "?")
				checked++
				p := filepath.Join(filepath.Dir(page), filepath.FromSlash(file))
				if _, err := os.Stat(p); err != nil {
					t.Errorf("%s:%d: link %q: %v", page, n, target, err)
				}
			}
		}
	}
	if checked < 10 {
		t.Fatalf("only %d relative links found: is the link pattern broken?", checked)
	}
}

// TestLinkPattern pins what the link checker recognises, so that a change
// to the pattern cannot silently make it check nothing.
func TestLinkPattern(t *testing.T) {
	tests := []struct {
		line string
		want []string
	}{
		{"see [the API](API.md) and [design](../RATIONALE.md#why)", []string{"API.md", "../RATIONALE.md#why"}},
		{"![diagram](architecture.svg)", []string{"architecture.svg"}},
		{`[x](OPERATOR.md "title")`, []string{"OPERATOR.md"}},
		{"no link [here] (API.md)", nil},
		{"[![trader page](shots/trader.png)](shots/big.png)", []string{"shots/trader.png", "shots/big.png"}},
	}
	for _, tt := range tests {
		var got []string
		for _, m := range mdLink.FindAllStringSubmatch(tt.line, -1) {
			got = append(got, m[1])
		}
		if !slices.Equal(got, tt.want) {
			t.Errorf("%q: got %q, want %q", tt.line, got, tt.want)
		}
	}
}

// sectionRef matches a RATIONALE.md section named in prose: "Why …?" in
// straight or typographic double quotes.
var sectionRef = regexp.MustCompile(`[“"](Why [^”"]*\?[^”"]*)[”"]`)

// TestRationaleSectionsExist fails when a page names a RATIONALE.md section
// ("Why …?") that is not a heading there, e.g. after a section was renamed.
func TestRationaleSectionsExist(t *testing.T) {
	b, err := os.ReadFile("../RATIONALE.md")
	if err != nil {
		t.Fatal(err)
	}
	headings := map[string]bool{}
	for _, line := range strings.Split(string(b), "\n") {
		if h, ok := strings.CutPrefix(line, "## "); ok {
			headings[strings.TrimSpace(h)] = true
		}
	}
	found := 0
	for _, page := range []string{"ARCHITECTURE.md", "OPERATOR.md", "ISSUER.md", "TRADER.md"} {
		b, err := os.ReadFile(page)
		if err != nil {
			t.Fatal(err)
		}
		// Section names contain code spans and quotes, so read the raw text.
		for _, m := range sectionRef.FindAllStringSubmatch(string(b), -1) {
			found++
			name := strings.Join(strings.Fields(m[1]), " ") // a reference may wrap across lines
			if !headings[name] {
				t.Errorf("%s names RATIONALE.md section %q, which is not a heading there", page, name)
			}
		}
	}
	if found < 20 {
		t.Fatalf("only %d section references found in the architecture page and the user guides", found)
	}
}

// serveFlags returns the flag names cmd/regula/serve.go defines on its
// FlagSet: the string literal argument of fs.String, fs.StringVar, fs.Bool…
func serveFlags(t *testing.T) []string {
	t.Helper()
	fset := token.NewFileSet()
	f, err := parser.ParseFile(fset, "../cmd/regula/serve.go", nil, 0)
	if err != nil {
		t.Fatal(err)
	}
	define := regexp.MustCompile(`^(String|Bool|Int|Int64|Uint|Uint64|Duration|Float64|Func|BoolFunc|TextVar)(Var)?$`)
	var names []string
	ast.Inspect(f, func(n ast.Node) bool {
		call, ok := n.(*ast.CallExpr)
		if !ok {
			return true
		}
		sel, ok := call.Fun.(*ast.SelectorExpr)
		if !ok || !define.MatchString(sel.Sel.Name) {
			return true
		}
		if id, ok := sel.X.(*ast.Ident); !ok || (id.Name != "fs" && id.Name != "flag") {
			return true
		}
		for _, a := range call.Args {
			if lit, ok := a.(*ast.BasicLit); ok && lit.Kind == token.STRING {
				if s, err := strconv.Unquote(lit.Value); err == nil {
					names = append(names, s)
				}
				break
			}
		}
		return true
	})
	return names
}

// TestServeFlagsDocumented fails when `regula serve` has a flag the
// operator's guide does not list, or the guide lists one it does not have.
func TestServeFlagsDocumented(t *testing.T) {
	code := serveFlags(t)
	if !slices.Contains(code, "db") || !slices.Contains(code, "addr") {
		t.Fatalf("flags found in serve.go: %q; the parser misses --db or --addr", code)
	}
	b, err := os.ReadFile("OPERATOR.md")
	if err != nil {
		t.Fatal(err)
	}
	_, table, ok := strings.Cut(string(b), "### Flags of `regula serve`")
	if !ok {
		t.Fatal("OPERATOR.md has no \"### Flags of `regula serve`\" section")
	}
	table, _, _ = strings.Cut(table, "\n#")
	row := regexp.MustCompile("(?m)^\\| `--([a-z0-9-]+)`")
	var documented []string
	for _, m := range row.FindAllStringSubmatch(table, -1) {
		documented = append(documented, m[1])
	}
	for _, f := range code {
		if !slices.Contains(documented, f) {
			t.Errorf("regula serve --%s is not in OPERATOR.md's flag table", f)
		}
	}
	for _, f := range documented {
		if !slices.Contains(code, f) {
			t.Errorf("OPERATOR.md documents --%s, which regula serve does not have", f)
		}
	}
}
