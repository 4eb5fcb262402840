package web

import (
	"context"
	"crypto/rand"
	"crypto/sha256"
	"database/sql"
	"embed"
	"encoding/base64"
	"encoding/hex"
	"errors"
	"fmt"
	"io/fs"
	"net/http"
	"slices"
	"strings"
	"sync"
	"time"

	"github.com/regulavenue/regula/engine/store"
)

//go:embed migrations/*.sql
var migrations embed.FS

// Role is what an API key may do.
type Role string

// The roles of API keys.
const (
	RoleTrader     Role = "trader"     // trades for one account
	RoleIssuer     Role = "issuer"     // manages the tokens it issues
	RoleCompliance Role = "compliance" // reads decisions, runs rules
	RoleOperator   Role = "operator"   // runs the venue
)

// KeyPrefix starts every API key, so a leaked key is easy to recognise (and
// to scan for in repositories).
const KeyPrefix = "rk_"

// Error codes of the authentication layer, in the same {code, message} shape
// as the venue's.
const (
	EUnauthorized = "unauthorized" // no key, an unknown key or a revoked key
	EForbidden    = "forbidden"    // the key's role may not do this
)

// Principal is who a request acts as: the role of its key and what the key is
// bound to.
type Principal struct {
	KeyID   string   `json:"key_id"`
	Role    Role     `json:"role"`
	Account string   `json:"account,omitempty"` // traders
	Tokens  []string `json:"tokens,omitempty"`  // issuers
}

// ActsFor reports whether the principal is the trader of account. Handlers
// that name an account use it so that a trader key reaches its own account
// only.
func (p Principal) ActsFor(account string) bool {
	return p.Role == RoleTrader && p.Account != "" && p.Account == account
}

// Issues reports whether the principal is an issuer of token.
func (p Principal) Issues(token string) bool {
	return p.Role == RoleIssuer && slices.Contains(p.Tokens, token)
}

// KeyInfo describes a stored key; it never holds the key itself.
type KeyInfo struct {
	ID        string   `json:"id" db:"id"`
	Role      Role     `json:"role" db:"role"`
	Account   string   `json:"account,omitempty" db:"-"`
	Tokens    []string `json:"tokens,omitempty" db:"-"`
	CreatedAt int64    `json:"created_at" db:"created_at"` // unix ns
	RevokedAt int64    `json:"revoked_at,omitempty" db:"revoked_at"`
}

// Keys stores API keys in the venue database (table web_keys), hashed with
// sha256, and authenticates requests.
//
// # Notes
//
// Keys are 32 random bytes, so a plain (unsalted) sha256 is enough: there is
// nothing to brute-force, unlike passwords. Authenticated keys are cached in
// memory for KeyCacheTTL; Revoke drops them from the cache, so a revoked key
// stops working at once in this process, and within KeyCacheTTL in another
// process on the same database (`regula key revoke` while `regula serve`
// runs).
type Keys struct {
	db  *store.DB
	now func() time.Time

	mu    sync.Mutex
	cache map[string]cachedKey // by hash
}

// KeyCacheTTL is how long an authenticated key is trusted without reading
// the database again: the longest a key revoked by another process keeps
// working here.
const KeyCacheTTL = 2 * time.Second

type cachedKey struct {
	p  Principal
	at time.Time
}

// NewKeys applies the web migrations (component "web") to db and returns the
// key store. now is the clock for creation and revocation times (nil:
// time.Now).
func NewKeys(ctx context.Context, db *store.DB, now func() time.Time) (*Keys, error) {
	sub, err := fs.Sub(migrations, "migrations")
	if err != nil {
		return nil, err
	}
	if err := db.Migrate(ctx, "web", sub); err != nil {
		return nil, fmt.Errorf("web: keys: %w", err)
	}
	if now == nil {
		now = time.Now
	}
	return &Keys{db: db, now: now, cache: map[string]cachedKey{}}, nil
}

// ErrUnauthorized is returned by Authenticate for an unknown, malformed or
// revoked key.
var ErrUnauthorized = errors.New("web: unknown or revoked API key")

func hashKey(plain string) string {
	h := sha256.Sum256([]byte(plain))
	return hex.EncodeToString(h[:])
}

// Create makes a new key and returns it in plaintext (the only time it can be
// seen) with its description. A trader key takes exactly one subject, its
// account; an issuer key one or more token symbols; compliance and operator
// keys none.
func (k *Keys) Create(ctx context.Context, role Role, subjects ...string) (string, KeyInfo, error) {
	for _, s := range subjects {
		if s == "" || strings.ContainsAny(s, ", \t\n") {
			return "", KeyInfo{}, fmt.Errorf("web: bad key subject %q", s)
		}
	}
	info := KeyInfo{Role: role, CreatedAt: k.now().UnixNano()}
	switch role {
	case RoleTrader:
		if len(subjects) != 1 {
			return "", KeyInfo{}, fmt.Errorf("web: a trader key needs exactly one account, got %d", len(subjects))
		}
		info.Account = subjects[0]
	case RoleIssuer:
		if len(subjects) == 0 {
			return "", KeyInfo{}, errors.New("web: an issuer key needs at least one token")
		}
		info.Tokens = slices.Clone(subjects)
	case RoleCompliance, RoleOperator:
		if len(subjects) != 0 {
			return "", KeyInfo{}, fmt.Errorf("web: a %s key takes no subject", role)
		}
	default:
		return "", KeyInfo{}, fmt.Errorf("web: unknown role %q", role)
	}
	var raw [32]byte
	if _, err := rand.Read(raw[:]); err != nil {
		return "", KeyInfo{}, fmt.Errorf("web: key: %w", err)
	}
	plain := KeyPrefix + base64.RawURLEncoding.EncodeToString(raw[:])
	hash := hashKey(plain)
	info.ID = hash[:16] // public handle: logs, List, Revoke
	_, err := k.db.ExecContext(ctx, k.db.Rebind(`INSERT INTO web_keys (id, hash, role, subject, created_at) VALUES (?, ?, ?, ?, ?)`),
		info.ID, hash, string(role), strings.Join(subjects, ","), info.CreatedAt)
	if err != nil {
		return "", KeyInfo{}, fmt.Errorf("web: storing key: %w", err)
	}
	return plain, info, nil
}

type keyRow struct {
	ID        string `db:"id"`
	Role      string `db:"role"`
	Subject   string `db:"subject"`
	CreatedAt int64  `db:"created_at"`
	RevokedAt int64  `db:"revoked_at"`
}

func (r keyRow) info() KeyInfo {
	ki := KeyInfo{ID: r.ID, Role: Role(r.Role), CreatedAt: r.CreatedAt, RevokedAt: r.RevokedAt}
	switch ki.Role {
	case RoleTrader:
		ki.Account = r.Subject
	case RoleIssuer:
		ki.Tokens = strings.Split(r.Subject, ",")
	}
	return ki
}

// Authenticate returns the principal of a plaintext key. It returns
// ErrUnauthorized for a malformed, unknown or revoked key, and a wrapped
// database error if the store fails.
func (k *Keys) Authenticate(ctx context.Context, plain string) (Principal, error) {
	if !strings.HasPrefix(plain, KeyPrefix) || len(plain) > 100 {
		return Principal{}, ErrUnauthorized
	}
	hash := hashKey(plain)
	now := k.now()
	k.mu.Lock()
	c, ok := k.cache[hash]
	k.mu.Unlock()
	if ok && now.Sub(c.at) < KeyCacheTTL {
		return c.p, nil
	}
	var r keyRow
	err := k.db.GetContext(ctx, &r, k.db.Rebind(`SELECT id, role, subject, created_at, revoked_at FROM web_keys WHERE hash = ?`), hash)
	if err != nil && !errors.Is(err, sql.ErrNoRows) {
		return Principal{}, fmt.Errorf("web: reading key: %w", err)
	}
	if err != nil || r.RevokedAt != 0 {
		k.mu.Lock()
		delete(k.cache, hash)
		k.mu.Unlock()
		return Principal{}, ErrUnauthorized
	}
	ki := r.info()
	p := Principal{KeyID: ki.ID, Role: ki.Role, Account: ki.Account, Tokens: ki.Tokens}
	k.mu.Lock()
	k.cache[hash] = cachedKey{p: p, at: now}
	k.mu.Unlock()
	return p, nil
}

// Revoke revokes the key with the given id; it stops authenticating at once.
// Revoking an unknown or already revoked key is an error.
func (k *Keys) Revoke(ctx context.Context, id string) error {
	res, err := k.db.ExecContext(ctx, k.db.Rebind(`UPDATE web_keys SET revoked_at = ? WHERE id = ? AND revoked_at = 0`), k.now().UnixNano(), id)
	if err != nil {
		return fmt.Errorf("web: revoking key: %w", err)
	}
	if n, _ := res.RowsAffected(); n == 0 {
		return fmt.Errorf("web: no active key %q", id)
	}
	k.mu.Lock()
	for h, c := range k.cache {
		if c.p.KeyID == id {
			delete(k.cache, h)
		}
	}
	k.mu.Unlock()
	return nil
}

// RevokedIDs returns the ids of every revoked key, by whichever process
// revoked it: the hub closes the WebSocket connections opened with them.
func (k *Keys) RevokedIDs(ctx context.Context) (map[string]bool, error) {
	var ids []string
	if err := k.db.SelectContext(ctx, &ids, `SELECT id FROM web_keys WHERE revoked_at != 0`); err != nil {
		return nil, fmt.Errorf("web: reading revoked keys: %w", err)
	}
	out := make(map[string]bool, len(ids))
	for _, id := range ids {
		out[id] = true
	}
	return out, nil
}

// List returns every key, revoked ones included, oldest first.
func (k *Keys) List(ctx context.Context) ([]KeyInfo, error) {
	var rows []keyRow
	if err := k.db.SelectContext(ctx, &rows, `SELECT id, role, subject, created_at, revoked_at FROM web_keys ORDER BY created_at, id`); err != nil {
		return nil, fmt.Errorf("web: listing keys: %w", err)
	}
	out := make([]KeyInfo, len(rows))
	for i, r := range rows {
		out[i] = r.info()
	}
	return out, nil
}

type principalKey struct{}

// WithPrincipal returns a context carrying p.
func WithPrincipal(ctx context.Context, p Principal) context.Context {
	return context.WithValue(ctx, principalKey{}, p)
}

// PrincipalFrom returns the principal Middleware put in the context.
func PrincipalFrom(ctx context.Context) (Principal, bool) {
	p, ok := ctx.Value(principalKey{}).(Principal)
	return p, ok
}

// keyOf returns the key of a request: the Authorization bearer token, or,
// when allowQuery is set (WebSocket upgrades from browsers, which cannot set
// headers), the key query parameter.
func keyOf(r *http.Request, allowQuery bool) string {
	if h := r.Header.Get("Authorization"); h != "" {
		if len(h) > 7 && strings.EqualFold(h[:7], "bearer ") {
			return strings.TrimSpace(h[7:])
		}
		return ""
	}
	if allowQuery {
		return r.URL.Query().Get("key")
	}
	return ""
}

// authenticate answers 401 (or 500 when the store fails) and returns false
// when the request carries no valid key.
func (k *Keys) authenticate(w http.ResponseWriter, r *http.Request, allowQuery bool) (Principal, bool) {
	plain := keyOf(r, allowQuery)
	if plain == "" {
		w.Header().Set("WWW-Authenticate", `Bearer realm="regula"`)
		writeJSON(w, http.StatusUnauthorized, apiError{Code: EUnauthorized, Message: "an API key is required: Authorization: Bearer rk_…"})
		return Principal{}, false
	}
	p, err := k.Authenticate(r.Context(), plain)
	if errors.Is(err, ErrUnauthorized) {
		w.Header().Set("WWW-Authenticate", `Bearer realm="regula", error="invalid_token"`)
		writeJSON(w, http.StatusUnauthorized, apiError{Code: EUnauthorized, Message: "unknown or revoked API key"})
		return Principal{}, false
	}
	if err != nil {
		writeError(w, err) // logged, shown as internal
		return Principal{}, false
	}
	return p, true
}

// Middleware authenticates every request by its `Authorization: Bearer` key
// and puts the Principal in the request context (see PrincipalFrom). Without
// a valid key it answers 401 {"code":"unauthorized"} and never calls next.
func (k *Keys) Middleware(next http.Handler) http.Handler {
	return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		p, ok := k.authenticate(w, r, false)
		if !ok {
			return
		}
		next.ServeHTTP(w, r.WithContext(WithPrincipal(r.Context(), p)))
	})
}

// RequireRole wraps next so that only principals with one of roles reach it;
// others get 403 {"code":"forbidden"}. Use it inside Middleware.
func RequireRole(next http.Handler, roles ...Role) http.Handler {
	return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		p, ok := PrincipalFrom(r.Context())
		if !ok || !slices.Contains(roles, p.Role) {
			writeJSON(w, http.StatusForbidden, apiError{Code: EForbidden, Message: "this API key's role may not do this"})
			return
		}
		next.ServeHTTP(w, r)
	})
}
