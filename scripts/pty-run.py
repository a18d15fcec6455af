#!/usr/bin/env python3
"""Runs a command on a pseudo-terminal of a given width and copies everything
it wrote there (standard output and error both) to this script's standard
output, byte for byte; exits with the command's status. For the tests of
what newsgrab draws on a terminal (bold, clipped lines, progress bar).

Usage: pty-run.py COLUMNS COMMAND [ARG ...]
"""
import fcntl
import os
import pty
import struct
import sys
import termios


def main():
    if len(sys.argv) < 3:
        sys.exit(__doc__)
    columns, command = int(sys.argv[1]), sys.argv[2:]
    pid, fd = pty.fork()
    if pid == 0:
        # The child's standard streams are the terminal: give it a size, and
        # no output post-processing, so the bytes read here are the bytes written.
        fcntl.ioctl(1, termios.TIOCSWINSZ, struct.pack("HHHH", 24, columns, 0, 0))
        attributes = termios.tcgetattr(1)
        attributes[1] &= ~termios.OPOST
        termios.tcsetattr(1, termios.TCSANOW, attributes)
        try:
            os.execvp(command[0], command)
        finally:
            os._exit(127)
    output = bytearray()
    while True:
        try:
            data = os.read(fd, 65536)
        except OSError:  # EIO: the child closed the terminal
            break
        if not data:
            break
        output += data
    _, status = os.waitpid(pid, 0)
    sys.stdout.buffer.write(output)
    sys.exit(os.waitstatus_to_exitcode(status))


if __name__ == "__main__":
    main()
