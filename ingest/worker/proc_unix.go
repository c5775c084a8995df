//go:build unix && !linux

package worker

import (
	"os/exec"
	"syscall"
)

// isolate starts the child in its own process group so that killing it
// also ends the tools it runs (pdftotext, tesseract).
func isolate(cmd *exec.Cmd) {
	cmd.SysProcAttr = &syscall.SysProcAttr{Setpgid: true}
}

// kill ends the child's whole process group.
func kill(cmd *exec.Cmd) {
	if cmd.Process == nil {
		return
	}
	syscall.Kill(-cmd.Process.Pid, syscall.SIGKILL)
	cmd.Process.Kill()
}
