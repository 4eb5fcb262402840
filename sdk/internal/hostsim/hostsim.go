// Package hostsim stands in for the Wasm host when a rule runs natively: the
// ruletest harness sets the lists list_contains reads and where log goes.
package hostsim

import "sync"

var (
	mu    sync.RWMutex
	lists map[string]map[string]bool
	logf  func(string)
)

// SetLists replaces the data sets ListContains reads.
func SetLists(l map[string][]string) {
	m := make(map[string]map[string]bool, len(l))
	for name, keys := range l {
		set := make(map[string]bool, len(keys))
		for _, k := range keys {
			set[k] = true
		}
		m[name] = set
	}
	mu.Lock()
	lists = m
	mu.Unlock()
}

// SetLog sets where Log lines go (nil discards them).
func SetLog(f func(string)) {
	mu.Lock()
	logf = f
	mu.Unlock()
}

// ListContains reports whether key is in the named list.
func ListContains(list, key string) bool {
	mu.RLock()
	defer mu.RUnlock()
	return lists[list][key]
}

// Log emits one line.
func Log(line string) {
	mu.RLock()
	f := logf
	mu.RUnlock()
	if f != nil {
		f(line)
	}
}
