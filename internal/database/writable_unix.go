//go:build unix

package database

import "syscall"

// writable asks the kernel whether this process may write path: it knows
// about permissions, read-only mounts and immutable files, and opening the
// file to try would drop SQLite's POSIX locks on it.
func writable(path string) error {
	return syscall.Access(path, 0x2) // W_OK
}
