// Package examplemods builds the example rule modules (examples/rules) for
// the engine's end-to-end tests, once per test binary per module.
package examplemods

import (
	"context"
	"fmt"
	"path/filepath"
	"runtime"
	"sync"

	"github.com/regulavenue/regula/rules"
)

var (
	mu    sync.Mutex
	built = map[string]*rules.Upload{}
)

// Upload builds the named example module (if this process has not yet) and
// returns it ready for rules.Service.Upload.
func Upload(name string) (*rules.Upload, error) {
	mu.Lock()
	defer mu.Unlock()
	if u, ok := built[name]; ok {
		return u, nil
	}
	_, file, _, _ := runtime.Caller(0)
	dir := filepath.Join(filepath.Dir(file), "..", "..", "..", "examples", "rules", name)
	if _, err := rules.Build(context.Background(), dir); err != nil {
		return nil, fmt.Errorf("build %s: %w", name, err)
	}
	u, err := rules.ReadModuleDir(dir)
	if err != nil {
		return nil, err
	}
	built[name] = u
	return u, nil
}
