package rules

import (
	"fmt"
	"os"
	"path/filepath"
	"strings"
)

// ReadModuleDir reads a module directory (or its manifest.json): the
// manifest, the schema and case file it names, and <name>.wasm beside it
// when present (Wasm stays nil otherwise: build it first).
func ReadModuleDir(path string) (*Upload, error) {
	dir, manifest := path, filepath.Join(path, "manifest.json")
	if strings.HasSuffix(path, ".json") {
		dir, manifest = filepath.Dir(path), path
	}
	mb, err := readBounded(manifest, maxSideFile)
	if err != nil {
		return nil, err
	}
	m, err := ParseManifest(mb)
	if err != nil {
		return nil, fmt.Errorf("%s: %w", manifest, err)
	}
	u := &Upload{Manifest: mb}
	if m.Schema != "" {
		if u.Schema, err = readBounded(filepath.Join(dir, m.Schema), maxSideFile); err != nil {
			return nil, err
		}
	}
	if m.Cases != "" {
		if u.Cases, err = readBounded(filepath.Join(dir, m.Cases), maxSideFile); err != nil {
			return nil, err
		}
	}
	wasmPath := filepath.Join(dir, m.Name+".wasm")
	if _, err := os.Stat(wasmPath); err == nil {
		if u.Wasm, err = readBounded(wasmPath, 256<<20); err != nil {
			return nil, err
		}
	}
	return u, nil
}

// readBounded reads a file, refusing one over limit bytes before reading it.
func readBounded(path string, limit int64) ([]byte, error) {
	st, err := os.Stat(path)
	if err != nil {
		return nil, err
	}
	if st.Size() > limit {
		return nil, fmt.Errorf("%w: %s is %d bytes, limit %d", ErrTooLarge, path, st.Size(), limit)
	}
	return os.ReadFile(path)
}
