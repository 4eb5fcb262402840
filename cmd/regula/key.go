package main

import (
	"context"
	"flag"
	"fmt"
	"os"
	"strings"
	"text/tabwriter"
	"time"

	"github.com/regulavenue/regula/engine/store"
	"github.com/regulavenue/regula/web"
)

func init() {
	register("key", "create, list and revoke API keys", runKey)
}

const keyUsage = `usage: regula key COMMAND [--db ./regula.db]

  create ROLE [SUBJECT...]   make a key: trader ACCOUNT | issuer TOKEN... | compliance | operator
                             (the key is printed once; only its hash is stored)
  ls                         list keys (never the keys themselves)
  revoke ID                  revoke a key at once`

func runKey(ctx context.Context, args []string) error {
	if len(args) == 0 {
		return &exitError{code: 2, msg: keyUsage}
	}
	fs := flag.NewFlagSet("key", flag.ContinueOnError)
	dbPath := fs.String("db", "./regula.db", "SQLite database file")
	// Flags may come after the positional arguments.
	var pos []string
	rest := args[1:]
	for len(rest) > 0 {
		if err := fs.Parse(rest); err != nil {
			return &exitError{code: 2, msg: err.Error()}
		}
		rest = fs.Args()
		if len(rest) > 0 {
			pos, rest = append(pos, rest[0]), rest[1:]
		}
	}
	db, err := store.Open(ctx, *dbPath)
	if err != nil {
		return err
	}
	defer db.Close()
	keys, err := web.NewKeys(ctx, db, nil)
	if err != nil {
		return err
	}
	switch args[0] {
	case "create":
		if len(pos) < 1 {
			return &exitError{code: 2, msg: keyUsage}
		}
		plain, info, err := keys.Create(ctx, web.Role(pos[0]), pos[1:]...)
		if err != nil {
			return err
		}
		fmt.Printf("%s\n", plain)
		fmt.Fprintf(os.Stderr, "key %s (%s %s) created; it is shown only this once\n", info.ID, info.Role, strings.Join(append([]string{info.Account}, info.Tokens...), " "))
		return nil
	case "ls":
		list, err := keys.List(ctx)
		if err != nil {
			return err
		}
		tw := tabwriter.NewWriter(os.Stdout, 0, 4, 2, ' ', 0)
		fmt.Fprintln(tw, "ID\tROLE\tSUBJECT\tCREATED\tREVOKED")
		for _, k := range list {
			revoked := ""
			if k.RevokedAt != 0 {
				revoked = time.Unix(0, k.RevokedAt).UTC().Format(time.DateTime)
			}
			fmt.Fprintf(tw, "%s\t%s\t%s\t%s\t%s\n", k.ID, k.Role, strings.TrimSpace(k.Account+" "+strings.Join(k.Tokens, ",")),
				time.Unix(0, k.CreatedAt).UTC().Format(time.DateTime), revoked)
		}
		return tw.Flush()
	case "revoke":
		if len(pos) != 1 {
			return &exitError{code: 2, msg: keyUsage}
		}
		return keys.Revoke(ctx, pos[0])
	}
	return &exitError{code: 2, msg: keyUsage}
}
