package rules

import (
	"bytes"
	"context"
	"crypto/sha256"
	"database/sql"
	"encoding/hex"
	"encoding/json"
	"errors"
	"fmt"
	"regexp"
	"strings"
	"time"

	"github.com/regulavenue/regula/rules/abi"
)

// Upload is what `regula rule upload` sends: the module and its manifest,
// with the schema and case file the manifest names.
type Upload struct {
	Wasm     []byte
	Manifest []byte
	// Schema is the config JSON schema; empty accepts any config object.
	Schema []byte
	// Cases is the bundled case file; empty means none.
	Cases []byte
}

// Manifest is a module's manifest.json.
type Manifest struct {
	Name        string `json:"name"`
	Version     string `json:"version"`
	Description string `json:"description"`
	// Schema and Cases are file names relative to the manifest.
	Schema string `json:"schema,omitempty"`
	Cases  string `json:"cases,omitempty"`
}

// ModuleInfo describes a stored module.
type ModuleInfo struct {
	Name        string          `json:"name"`
	Version     string          `json:"version"`
	Description string          `json:"description"`
	SHA256      string          `json:"sha256"`
	Size        int64           `json:"size"`
	Schema      json.RawMessage `json:"schema,omitempty"`
	Cases       int             `json:"cases"`
	UploadedAt  time.Time       `json:"uploaded_at"`
}

// Ref is name@version.
func (m ModuleInfo) Ref() string { return m.Name + "@" + m.Version }

var (
	nameRE   = regexp.MustCompile(`^[a-z0-9][a-z0-9._-]{0,63}$`)
	semverRE = regexp.MustCompile(`^(0|[1-9]\d*)\.(0|[1-9]\d*)\.(0|[1-9]\d*)(-[0-9A-Za-z.-]+)?(\+[0-9A-Za-z.-]+)?$`)
)

const maxSideFile = 1 << 20 // manifest, schema, case file

// ParseManifest decodes and checks a manifest.
func ParseManifest(b []byte) (*Manifest, error) {
	var m Manifest
	dec := json.NewDecoder(bytes.NewReader(b))
	dec.DisallowUnknownFields()
	if err := dec.Decode(&m); err != nil {
		return nil, fmt.Errorf("%w: manifest: %w", ErrInvalid, err)
	}
	if !nameRE.MatchString(m.Name) {
		return nil, fmt.Errorf("%w: manifest: name %q: want lower-case letters, digits, '.', '_' or '-', at most 64", ErrInvalid, m.Name)
	}
	if !semverRE.MatchString(m.Version) {
		return nil, fmt.Errorf("%w: manifest: version %q is not semver", ErrInvalid, m.Version)
	}
	return &m, nil
}

// ParseRef splits name@version.
func ParseRef(ref string) (name, version string, err error) {
	name, version, ok := strings.Cut(ref, "@")
	if !ok || !nameRE.MatchString(name) || !semverRE.MatchString(version) {
		return "", "", fmt.Errorf("%w: module reference %q: want name@semver", ErrInvalid, ref)
	}
	return name, version, nil
}

// Upload validates and stores a module: size bounds, manifest, schema,
// compiles and speaks our ABI, passes its bundled cases. Modules are
// immutable: the same name@version with the same bytes is idempotent (the
// stored module is returned), with other bytes ErrConflict.
func (s *Service) Upload(ctx context.Context, u Upload) (*ModuleInfo, error) {
	if int64(len(u.Wasm)) > s.opts.MaxUploadBytes {
		return nil, fmt.Errorf("%w: module of %d bytes, limit %d", ErrTooLarge, len(u.Wasm), s.opts.MaxUploadBytes)
	}
	for what, b := range map[string][]byte{"manifest": u.Manifest, "schema": u.Schema, "case file": u.Cases} {
		if len(b) > maxSideFile {
			return nil, fmt.Errorf("%w: %s of %d bytes, limit %d", ErrTooLarge, what, len(b), maxSideFile)
		}
	}
	man, err := ParseManifest(u.Manifest)
	if err != nil {
		return nil, err
	}
	sch, err := CompileSchema(u.Schema)
	if err != nil {
		return nil, err
	}
	sum := sha256.Sum256(u.Wasm)
	sha := hex.EncodeToString(sum[:])
	if prev, err := s.Module(ctx, man.Name, man.Version); err == nil {
		if prev.SHA256 == sha {
			return prev, nil
		}
		return nil, fmt.Errorf("%w: %s@%s exists with other bytes (sha256 %s)", ErrConflict, man.Name, man.Version, prev.SHA256)
	} else if !errors.Is(err, ErrNotFound) {
		return nil, err
	}
	ref := man.Name + "@" + man.Version
	mod, err := s.rt.Load(ctx, ref, u.Wasm)
	if err != nil {
		return nil, fmt.Errorf("%w: %s: %w", ErrInvalid, ref, err)
	}
	ncases := 0
	if len(bytes.TrimSpace(u.Cases)) > 0 {
		f, err := abi.ParseCaseFile(u.Cases)
		if err != nil {
			mod.Close(ctx)
			return nil, fmt.Errorf("%w: %w", ErrInvalid, err)
		}
		var fails []string
		for _, r := range RunCases(ctx, mod, sch, f) {
			if !r.OK() {
				fails = append(fails, r.Line())
			}
		}
		if len(fails) > 0 {
			mod.Close(ctx)
			return nil, fmt.Errorf("%w: %s fails %d of its %d cases:\n%s", ErrInvalid, ref, len(fails), len(f.Cases), strings.Join(fails, "\n"))
		}
		ncases = len(f.Cases)
	}
	schemaJSON := "{}"
	if len(bytes.TrimSpace(u.Schema)) > 0 {
		c, err := CanonicalJSON(u.Schema)
		if err != nil {
			mod.Close(ctx)
			return nil, fmt.Errorf("%w: schema: %w", ErrInvalid, err)
		}
		schemaJSON = string(c)
	}
	info := &ModuleInfo{Name: man.Name, Version: man.Version, Description: man.Description, SHA256: sha,
		Size: int64(len(u.Wasm)), Schema: json.RawMessage(schemaJSON), Cases: ncases, UploadedAt: s.opts.Now().UTC()}
	if err := s.insertModule(ctx, info, u); err != nil {
		mod.Close(ctx)
		return nil, err
	}
	s.mu.Lock()
	if old, ok := s.modules[ref]; ok {
		s.mu.Unlock()
		mod.Close(ctx)
		_ = old
		return info, nil
	}
	s.modules[ref] = &loadedModule{info: *info, mod: mod, sch: sch}
	s.mu.Unlock()
	return info, nil
}

func (s *Service) insertModule(ctx context.Context, info *ModuleInfo, u Upload) error {
	tx, err := s.db.BeginTxx(ctx, nil)
	if err != nil {
		return fmt.Errorf("rules: upload: %w", err)
	}
	defer tx.Rollback()
	if _, err := tx.ExecContext(ctx, tx.Rebind(`INSERT INTO rule_blobs (sha256, bytes, size) SELECT ?, ?, ? WHERE NOT EXISTS (SELECT 1 FROM rule_blobs WHERE sha256 = ?)`),
		info.SHA256, u.Wasm, info.Size, info.SHA256); err != nil {
		return fmt.Errorf("rules: upload: %w", err)
	}
	_, err = tx.ExecContext(ctx, tx.Rebind(`INSERT INTO rule_modules (name, version, sha256, description, manifest, schema_json, cases_json, uploaded_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?)`),
		info.Name, info.Version, info.SHA256, info.Description, string(u.Manifest), string(info.Schema), string(u.Cases), fmtTime(info.UploadedAt))
	if err != nil {
		// A concurrent upload of the same name@version won the race.
		if prev, perr := s.Module(ctx, info.Name, info.Version); perr == nil && prev.SHA256 != info.SHA256 {
			return fmt.Errorf("%w: %s exists with other bytes", ErrConflict, info.Ref())
		}
		return fmt.Errorf("rules: upload: %w", err)
	}
	if err := tx.Commit(); err != nil {
		return fmt.Errorf("rules: upload: %w", err)
	}
	return nil
}

type moduleRow struct {
	Name        string `db:"name"`
	Version     string `db:"version"`
	SHA256      string `db:"sha256"`
	Description string `db:"description"`
	SchemaJSON  string `db:"schema_json"`
	CasesJSON   string `db:"cases_json"`
	UploadedAt  string `db:"uploaded_at"`
	Size        int64  `db:"size"`
}

func (r moduleRow) info() *ModuleInfo {
	n := 0
	if f, err := abi.ParseCaseFile([]byte(r.CasesJSON)); err == nil {
		n = len(f.Cases)
	}
	return &ModuleInfo{Name: r.Name, Version: r.Version, Description: r.Description, SHA256: r.SHA256,
		Size: r.Size, Schema: json.RawMessage(r.SchemaJSON), Cases: n, UploadedAt: parseTime(r.UploadedAt)}
}

const moduleCols = `m.name, m.version, m.sha256, m.description, m.schema_json, m.cases_json, m.uploaded_at, b.size`

// Module returns a stored module's description.
func (s *Service) Module(ctx context.Context, name, version string) (*ModuleInfo, error) {
	var r moduleRow
	err := s.db.GetContext(ctx, &r, s.db.Rebind(`SELECT `+moduleCols+` FROM rule_modules m JOIN rule_blobs b ON b.sha256 = m.sha256 WHERE m.name = ? AND m.version = ?`), name, version)
	if errors.Is(err, sql.ErrNoRows) {
		return nil, fmt.Errorf("rules: module %s@%s: %w", name, version, ErrNotFound)
	}
	if err != nil {
		return nil, fmt.Errorf("rules: module %s@%s: %w", name, version, err)
	}
	return r.info(), nil
}

// Modules lists the stored modules by name then upload order.
func (s *Service) Modules(ctx context.Context) ([]ModuleInfo, error) {
	var rows []moduleRow
	if err := s.db.SelectContext(ctx, &rows, `SELECT `+moduleCols+` FROM rule_modules m JOIN rule_blobs b ON b.sha256 = m.sha256 ORDER BY m.name, m.uploaded_at`); err != nil {
		return nil, fmt.Errorf("rules: modules: %w", err)
	}
	out := make([]ModuleInfo, len(rows))
	for i, r := range rows {
		out[i] = *r.info()
	}
	return out, nil
}

// ModuleFiles returns a stored module's wasm, manifest, schema and cases.
func (s *Service) ModuleFiles(ctx context.Context, name, version string) (*Upload, error) {
	var r struct {
		Bytes    []byte `db:"bytes"`
		Manifest string `db:"manifest"`
		Schema   string `db:"schema_json"`
		Cases    string `db:"cases_json"`
	}
	err := s.db.GetContext(ctx, &r, s.db.Rebind(`SELECT b.bytes, m.manifest, m.schema_json, m.cases_json FROM rule_modules m JOIN rule_blobs b ON b.sha256 = m.sha256 WHERE m.name = ? AND m.version = ?`), name, version)
	if errors.Is(err, sql.ErrNoRows) {
		return nil, fmt.Errorf("rules: module %s@%s: %w", name, version, ErrNotFound)
	}
	if err != nil {
		return nil, fmt.Errorf("rules: module %s@%s: %w", name, version, err)
	}
	return &Upload{Wasm: r.Bytes, Manifest: []byte(r.Manifest), Schema: []byte(r.Schema), Cases: []byte(r.Cases)}, nil
}

// loaded returns the module compiled and pooled, loading it from the store
// on first use (the compilation cache makes that cheap after the first
// time on a machine).
func (s *Service) loaded(ctx context.Context, ref string) (*loadedModule, error) {
	s.mu.Lock()
	lm, ok := s.modules[ref]
	s.mu.Unlock()
	if ok {
		return lm, nil
	}
	name, version, err := ParseRef(ref)
	if err != nil {
		return nil, err
	}
	info, err := s.Module(ctx, name, version)
	if err != nil {
		return nil, err
	}
	files, err := s.ModuleFiles(ctx, name, version)
	if err != nil {
		return nil, err
	}
	if sum := sha256.Sum256(files.Wasm); hex.EncodeToString(sum[:]) != info.SHA256 {
		return nil, fmt.Errorf("rules: module %s: stored bytes do not match sha256 %s", ref, info.SHA256)
	}
	sch, err := CompileSchema(info.Schema)
	if err != nil {
		return nil, err
	}
	mod, err := s.rt.Load(ctx, ref, files.Wasm)
	if err != nil {
		return nil, fmt.Errorf("rules: module %s: %w", ref, err)
	}
	s.mu.Lock()
	defer s.mu.Unlock()
	if lm, ok := s.modules[ref]; ok {
		mod.Close(ctx)
		return lm, nil
	}
	lm = &loadedModule{info: *info, mod: mod, sch: sch}
	s.modules[ref] = lm
	return lm, nil
}
