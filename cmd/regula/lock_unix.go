//go:build unix

package main

import (
	"os"
	"syscall"
)

// lockFile takes an exclusive, non-blocking lock on path (created if
// missing) and returns its release. The kernel drops the lock when the
// process dies, so a crashed venue never leaves its database locked.
func lockFile(path string) (func(), error) {
	f, err := os.OpenFile(path, os.O_RDWR|os.O_CREATE, 0o600)
	if err != nil {
		return nil, err
	}
	if err := syscall.Flock(int(f.Fd()), syscall.LOCK_EX|syscall.LOCK_NB); err != nil {
		f.Close()
		return nil, err
	}
	return func() { f.Close() }, nil
}
