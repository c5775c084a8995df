//go:build !unix

package worker

import "os/exec"

// isolate does nothing where process groups are not available.
func isolate(cmd *exec.Cmd) {}

// kill ends the child.
func kill(cmd *exec.Cmd) {
	if cmd.Process != nil {
		cmd.Process.Kill()
	}
}
