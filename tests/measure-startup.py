#!/usr/bin/env python3
"""Measures what a new user feels when starting Chợ Phiên: time to the first frame and peak
memory, on the release binary, in a real pseudo-terminal of 80x24.

    cargo build --release && python3 tests/measure-startup.py [runs]

Each run starts the tutor with an empty progress folder (first run: the language picker) and
again with a learner in the middle of a lesson (resume), waits for the screen, quits with
Ctrl-C and reads the child's peak resident memory. Prints the median and the worst run.
Not part of `cargo test`: these machines are shared and timings are noisy.
"""
import os, pty, resource, select, shutil, statistics, sys, tempfile, time

BIN = os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "target", "release", "chophien")


def run_once(data_dir, marker, keys=b""):
    before = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss
    start = time.perf_counter()
    pid, fd = pty.fork()
    if pid == 0:
        os.environ["TERM"] = "xterm-256color"
        os.environ["LINES"], os.environ["COLUMNS"] = "24", "80"
        os.execv(BIN, [BIN, "--lang", "en", "--data-dir", data_dir])
    import fcntl, struct, termios
    fcntl.ioctl(fd, termios.TIOCSWINSZ, struct.pack("HHHH", 24, 80, 0, 0))
    seen, first_frame = b"", None
    while first_frame is None:
        r, _, _ = select.select([fd], [], [], 10)
        if not r:
            raise SystemExit("no frame within 10 s")
        seen += os.read(fd, 65536)
        if marker in seen:
            first_frame = time.perf_counter() - start
    if keys:
        for k in keys.split(b"|"):
            os.write(fd, k)
            time.sleep(0.15)
    os.write(fd, b"\x03")
    deadline = time.time() + 5
    while time.time() < deadline:
        try:
            os.read(fd, 65536)
        except OSError:
            break
    os.waitpid(pid, 0)
    os.close(fd)
    peak_kib = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss
    return first_frame, peak_kib, before


def main():
    runs = int(sys.argv[1]) if len(sys.argv) > 1 else 10
    if not os.path.exists(BIN):
        raise SystemExit("build first: cargo build --release")
    print(f"binary: {os.path.getsize(BIN) / 1e6:.2f} MB")
    for label, prepare in [("first run (language picker)", False), ("resume mid-lesson", True)]:
        times, peaks = [], []
        for _ in range(runs):
            data = tempfile.mkdtemp()
            marker = b"Choose your language"
            if prepare:
                # Create a learner on step 2 of the first lesson, then measure the restart.
                run_once(data, marker, b"\r|Mai\r|\r|\r")
                marker = b"Step 2 of 8"
            t, peak, _ = run_once(data, marker)
            times.append(t * 1000)
            peaks.append(peak)
            shutil.rmtree(data)
        # ru_maxrss of children is the largest child so far, in KiB on Linux.
        print(f"{label}: first frame median {statistics.median(times):.1f} ms, worst {max(times):.1f} ms; "
              f"peak memory {max(peaks) / 1024:.1f} MiB")


if __name__ == "__main__":
    main()
