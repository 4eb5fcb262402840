package rules

import (
	"context"
	"fmt"
	"path/filepath"

	"github.com/regulavenue/regula/rules/internal/gobuild"
)

// Build compiles a Go module directory to DIR/<name>.wasm (the name from its
// manifest.json) as a wasip1 reactor and returns the path.
func Build(ctx context.Context, dir string) (string, error) {
	mb, err := readBounded(filepath.Join(dir, "manifest.json"), maxSideFile)
	if err != nil {
		return "", err
	}
	m, err := ParseManifest(mb)
	if err != nil {
		return "", fmt.Errorf("%s: %w", dir, err)
	}
	out := filepath.Join(dir, m.Name+".wasm")
	if err := gobuild.Build(ctx, dir, out); err != nil {
		return "", err
	}
	return out, nil
}

// BuildTo compiles a Go module directory to the Wasm file out.
func BuildTo(ctx context.Context, dir, out string) error { return gobuild.Build(ctx, dir, out) }
