// Command verkosto serves the Verkosto network map and its GraphQL API.
package main

import (
	"context"
	"os"
	"os/signal"
	"syscall"

	"github.com/verkosto/verkosto/server"
)

func main() {
	ctx, stop := signal.NotifyContext(context.Background(), os.Interrupt, syscall.SIGTERM)
	code := server.Main(ctx, os.Args[1:], os.Stdin, os.Stdout, os.Stderr)
	stop()
	os.Exit(code)
}
