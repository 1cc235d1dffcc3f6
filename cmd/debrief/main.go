// Command debrief is the end-of-shift reflection journal for customer-service
// agents. main only runs the CLI and returns its exit code.
package main

import (
	"os"

	"github.com/debrief-app/debrief/internal/cli"
)

func main() {
	os.Exit(cli.Main())
}
