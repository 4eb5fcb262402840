package web_test

import (
	"bytes"
	"context"
	"crypto/sha256"
	"encoding/hex"
	"encoding/json"
	"errors"
	"fmt"
	"net/http"
	"net/http/httptest"
	"os"
	"path/filepath"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/regulavenue/regula/engine/store"
	"github.com/regulavenue/regula/web"
)

func openKeys(t *testing.T) (*web.Keys, *store.DB) {
	t.Helper()
	db, err := store.Open(context.Background(), filepath.Join(t.TempDir(), "keys.db"))
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { db.Close() })
	k, err := web.NewKeys(context.Background(), db, nil)
	if err != nil {
		t.Fatal(err)
	}
	return k, db
}

func TestKeysHashedAtRest(t *testing.T) {
	k, db := openKeys(t)
	ctx := context.Background()
	plain, info, err := k.Create(ctx, web.RoleTrader, "acc-1")
	if err != nil {
		t.Fatal(err)
	}
	if !strings.HasPrefix(plain, web.KeyPrefix) || len(plain) < 40 {
		t.Fatalf("key %q", plain)
	}
	// No column of the row holds the key; the hash is its sha256.
	rows, err := db.Queryx(`SELECT * FROM web_keys`)
	if err != nil {
		t.Fatal(err)
	}
	n := 0
	for rows.Next() {
		n++
		row := map[string]any{}
		if err := rows.MapScan(row); err != nil {
			t.Fatal(err)
		}
		for col, v := range row {
			s, _ := v.(string)
			if b, ok := v.([]byte); ok {
				s = string(b)
			}
			if strings.Contains(s, plain[len(web.KeyPrefix):]) {
				t.Fatalf("column %s holds the key", col)
			}
		}
		sum := sha256.Sum256([]byte(plain))
		if h, _ := row["hash"].(string); h != hex.EncodeToString(sum[:]) {
			t.Fatalf("hash %v", row["hash"])
		}
	}
	rows.Close()
	if n != 1 {
		t.Fatalf("%d rows", n)
	}
	// Nor does the database file (or its WAL).
	db.Exec(`PRAGMA wal_checkpoint(TRUNCATE)`)
	for _, f := range []string{db.Path, db.Path + "-wal"} {
		data, err := os.ReadFile(f)
		if err != nil && !errors.Is(err, os.ErrNotExist) {
			t.Fatal(err)
		}
		if bytes.Contains(data, []byte(plain[len(web.KeyPrefix):])) {
			t.Fatalf("%s holds the key in plaintext", f)
		}
	}

	p, err := k.Authenticate(ctx, plain)
	if err != nil || p.Role != web.RoleTrader || p.Account != "acc-1" || p.KeyID != info.ID {
		t.Fatalf("authenticate: %+v %v", p, err)
	}
	if _, err := k.Authenticate(ctx, plain+"x"); !errors.Is(err, web.ErrUnauthorized) {
		t.Fatalf("wrong key: %v", err)
	}
	if err := k.Revoke(ctx, info.ID); err != nil {
		t.Fatal(err)
	}
	if _, err := k.Authenticate(ctx, plain); !errors.Is(err, web.ErrUnauthorized) {
		t.Fatalf("revoked key: %v", err)
	}
	if err := k.Revoke(ctx, info.ID); err == nil {
		t.Fatal("revoked twice")
	}
	// A fresh Keys over the same database (no cache) agrees.
	k2, err := web.NewKeys(ctx, db, nil)
	if err != nil {
		t.Fatal(err)
	}
	if _, err := k2.Authenticate(ctx, plain); !errors.Is(err, web.ErrUnauthorized) {
		t.Fatalf("revoked key after reopen: %v", err)
	}
	list, err := k2.List(ctx)
	if err != nil || len(list) != 1 || list[0].RevokedAt == 0 || list[0].Account != "acc-1" {
		t.Fatalf("list %+v %v", list, err)
	}
}

func TestKeysCreate(t *testing.T) {
	k, _ := openKeys(t)
	ctx := context.Background()
	cases := []struct {
		role     web.Role
		subjects []string
		ok       bool
		want     web.Principal
	}{
		{web.RoleTrader, []string{"a"}, true, web.Principal{Role: web.RoleTrader, Account: "a"}},
		{web.RoleTrader, nil, false, web.Principal{}},
		{web.RoleTrader, []string{"a", "b"}, false, web.Principal{}},
		{web.RoleIssuer, []string{"ACME", "BETA"}, true, web.Principal{Role: web.RoleIssuer, Tokens: []string{"ACME", "BETA"}}},
		{web.RoleIssuer, nil, false, web.Principal{}},
		{web.RoleIssuer, []string{"A,B"}, false, web.Principal{}},
		{web.RoleCompliance, nil, true, web.Principal{Role: web.RoleCompliance}},
		{web.RoleCompliance, []string{"x"}, false, web.Principal{}},
		{web.RoleOperator, nil, true, web.Principal{Role: web.RoleOperator}},
		{"root", nil, false, web.Principal{}},
		{web.RoleTrader, []string{""}, false, web.Principal{}},
	}
	seen := map[string]bool{}
	for _, c := range cases {
		plain, info, err := k.Create(ctx, c.role, c.subjects...)
		if (err == nil) != c.ok {
			t.Fatalf("%s %v: err %v", c.role, c.subjects, err)
		}
		if !c.ok {
			continue
		}
		if seen[plain] {
			t.Fatal("the same key twice")
		}
		seen[plain] = true
		p, err := k.Authenticate(ctx, plain)
		c.want.KeyID = info.ID
		if err != nil || p.Role != c.want.Role || p.Account != c.want.Account || strings.Join(p.Tokens, ",") != strings.Join(c.want.Tokens, ",") || p.KeyID != info.ID {
			t.Fatalf("%s: %+v %v, want %+v", c.role, p, err, c.want)
		}
	}
	if p, _ := k.Authenticate(ctx, "rk_whatever"); p.Role != "" {
		t.Fatal("unknown key authenticated")
	}
}

func TestMiddleware(t *testing.T) {
	k, _ := openKeys(t)
	ctx := context.Background()
	trader, _, _ := k.Create(ctx, web.RoleTrader, "a")
	op, _, _ := k.Create(ctx, web.RoleOperator)
	revoked, info, _ := k.Create(ctx, web.RoleTrader, "b")
	k.Revoke(ctx, info.ID)

	inner := http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		p, ok := web.PrincipalFrom(r.Context())
		if !ok {
			t.Error("no principal in the context")
		}
		w.Write([]byte(string(p.Role) + ":" + p.Account))
	})
	mux := http.NewServeMux()
	mux.Handle("/any", k.Middleware(inner))
	mux.Handle("/ops", k.Middleware(web.RequireRole(inner, web.RoleOperator)))
	srv := httptest.NewServer(mux)
	defer srv.Close()

	cases := []struct {
		path, auth string
		status     int
		code, body string
	}{
		{"/any", "", 401, web.EUnauthorized, ""},
		{"/any", "Bearer ", 401, web.EUnauthorized, ""},
		{"/any", "Bearer rk_wrong", 401, web.EUnauthorized, ""},
		{"/any", "Bearer " + revoked, 401, web.EUnauthorized, ""},
		{"/any", "Token " + trader, 401, web.EUnauthorized, ""},
		{"/any", "Bearer " + trader, 200, "", "trader:a"},
		{"/any", "bearer " + trader, 200, "", "trader:a"},
		{"/ops", "Bearer " + trader, 403, web.EForbidden, ""},
		{"/ops", "Bearer " + op, 200, "", "operator:"},
		{"/any?key=" + trader, "", 401, web.EUnauthorized, ""}, // the query key is for WebSocket upgrades only
	}
	for _, c := range cases {
		req, _ := http.NewRequest("GET", srv.URL+c.path, nil)
		if c.auth != "" {
			req.Header.Set("Authorization", c.auth)
		}
		resp, err := http.DefaultClient.Do(req)
		if err != nil {
			t.Fatal(err)
		}
		var buf bytes.Buffer
		buf.ReadFrom(resp.Body)
		resp.Body.Close()
		if resp.StatusCode != c.status {
			t.Fatalf("%s %q: %d %s", c.path, c.auth, resp.StatusCode, buf.String())
		}
		if c.code != "" {
			var e struct{ Code, Message string }
			if err := json.Unmarshal(buf.Bytes(), &e); err != nil || e.Code != c.code || e.Message == "" {
				t.Fatalf("%s %q: body %s", c.path, c.auth, buf.String())
			}
		} else if buf.String() != c.body {
			t.Fatalf("%s %q: body %q, want %q", c.path, c.auth, buf.String(), c.body)
		}
	}
}

func ExampleKeys() {
	ctx := context.Background()
	dir, _ := os.MkdirTemp("", "keys")
	defer os.RemoveAll(dir)
	db, _ := store.Open(ctx, filepath.Join(dir, "venue.db"))
	defer db.Close()
	keys, _ := web.NewKeys(ctx, db, nil)

	plain, info, _ := keys.Create(ctx, web.RoleTrader, "acc-7") // shown once
	p, _ := keys.Authenticate(ctx, plain)
	fmt.Println(strings.HasPrefix(plain, "rk_"), p.Role, p.Account, p.ActsFor("acc-7"), p.ActsFor("acc-8"))

	keys.Revoke(ctx, info.ID)
	_, err := keys.Authenticate(ctx, plain)
	fmt.Println(errors.Is(err, web.ErrUnauthorized))
	// Output:
	// true trader acc-7 true false
	// true
}

// TestRevokeFromAnotherProcess: a key revoked through another Keys on the
// same database (`regula key revoke` while `regula serve` runs) stops
// authenticating here once the cache entry is older than KeyCacheTTL.
func TestRevokeFromAnotherProcess(t *testing.T) {
	_, db := openKeys(t)
	ctx := context.Background()
	var mu sync.Mutex
	now := time.Unix(1_800_000_000, 0)
	clock := func() time.Time { mu.Lock(); defer mu.Unlock(); return now }
	advance := func(d time.Duration) { mu.Lock(); now = now.Add(d); mu.Unlock() }
	server, err := web.NewKeys(ctx, db, clock)
	if err != nil {
		t.Fatal(err)
	}
	cli, err := web.NewKeys(ctx, db, clock)
	if err != nil {
		t.Fatal(err)
	}
	plain, info, err := cli.Create(ctx, web.RoleOperator)
	if err != nil {
		t.Fatal(err)
	}
	if _, err := server.Authenticate(ctx, plain); err != nil {
		t.Fatal(err)
	}
	if err := cli.Revoke(ctx, info.ID); err != nil {
		t.Fatal(err)
	}
	advance(web.KeyCacheTTL - time.Millisecond)
	if _, err := server.Authenticate(ctx, plain); err != nil {
		t.Fatalf("within the cache time: %v", err) // trusted from the cache
	}
	advance(time.Millisecond)
	if _, err := server.Authenticate(ctx, plain); !errors.Is(err, web.ErrUnauthorized) {
		t.Fatalf("after the cache time: %v, want ErrUnauthorized", err)
	}
}
