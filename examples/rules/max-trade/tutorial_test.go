package main

import (
	"encoding/json"
	"os"
	"reflect"
	"regexp"
	"strings"
	"testing"
)

// tutorial is the rule-authoring tutorial that shows this module.
const tutorial = "../../../docs/RULES-AUTHORING.md"

// fence matches a fenced block, optionally preceded by a file marker.
var fence = regexp.MustCompile("(?s)(?:<!-- file: ([^ ]+) -->\n)?```([a-z]*)\n(.*?)```")

// TestTutorialShowsTheRealFiles keeps docs/RULES-AUTHORING.md honest: a block
// marked with a file is that file, byte for byte, and a case shown in a
// block is the case of that name in cases.json.
func TestTutorialShowsTheRealFiles(t *testing.T) {
	doc, err := os.ReadFile(tutorial)
	if err != nil {
		t.Fatal(err)
	}
	var file struct {
		Cases []map[string]any `json:"cases"`
	}
	data, err := os.ReadFile("cases.json")
	if err != nil {
		t.Fatal(err)
	}
	if err := json.Unmarshal(data, &file); err != nil {
		t.Fatal(err)
	}
	files, cases := 0, 0
	for _, m := range fence.FindAllStringSubmatch(string(doc), -1) {
		path, lang, body := m[1], m[2], m[3]
		if path != "" {
			files++
			want, err := os.ReadFile(strings.TrimPrefix(path, "examples/rules/max-trade/"))
			if err != nil {
				t.Fatalf("tutorial shows %s: %v", path, err)
			}
			if body != string(want) {
				t.Errorf("tutorial's copy of %s differs from the file", path)
			}
			continue
		}
		var shown map[string]any
		if lang != "json" || json.Unmarshal([]byte(body), &shown) != nil || shown["context"] == nil {
			continue
		}
		cases++
		found := false
		for _, c := range file.Cases {
			if c["name"] == shown["name"] {
				found = true
				if !reflect.DeepEqual(c, shown) {
					t.Errorf("tutorial's case %q differs from cases.json", shown["name"])
				}
			}
		}
		if !found {
			t.Errorf("tutorial shows case %q, not in cases.json", shown["name"])
		}
	}
	if files != 3 || cases != 1 {
		t.Errorf("tutorial shows %d files and %d cases, want 3 and 1", files, cases)
	}
}
