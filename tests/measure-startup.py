#!/usr/bin/env python3
"""Measures what a learner feels when starting Chợ Phiên: time from start to the first
interactive frame and peak memory, on the release binary, in a real 80x24 pseudo-terminal.

    cargo build --release && python3 tests/measure-startup.py [--runs 7] [--pack DIR]

Scenarios, run in turn within each round so that a busy machine weighs on all of them alike:
  - embedded course, returning learner: until the home screen's "Hello, Mai!" is on screen;
  - embedded course, first run: until the language picker is on screen;
  - embedded course, learner in the middle of a lesson: until "Step 2 of …" is on screen;
  - synthetic pack of 1,000 lessons x 5 languages (`--pack`, or written by
    tests/make-pack.py into a temporary folder), returning learner, home screen;
  - gtypist (if installed), until its series menu is on screen: the yardstick.
Prints medians and the worst run, peak resident memory (VmHWM at the first frame), and the ratio
to gtypist. Not part of `cargo test`: these machines are shared and timings are noisy.
"""
import argparse, fcntl, os, pty, re, select, shutil, statistics, struct, subprocess, sys
import tempfile, termios, time

HERE = os.path.dirname(os.path.abspath(__file__))
BIN = os.path.join(HERE, "..", "target", "release", "chophien")
ESCAPES = re.compile(rb"\x1b\[[0-9;?]*[A-Za-z]|\x1b[()][A-Z0-9]|\x1b[=>]")


def run_once(argv, marker, keys=b"", quit_keys=b"\x03"):
    """Starts argv in an 80x24 pty, waits for `marker` on screen, then quits.
    Returns (seconds to marker, peak RSS in KiB up to the marker). The peak is VmHWM from
    /proc, which counts from exec: wait4's ru_maxrss would count the forked Python too."""
    start = time.perf_counter()
    pid, fd = pty.fork()
    if pid == 0:
        os.environ["TERM"] = "xterm-256color"
        os.environ["LINES"], os.environ["COLUMNS"] = "24", "80"
        os.execv(argv[0], argv)
    fcntl.ioctl(fd, termios.TIOCSWINSZ, struct.pack("HHHH", 24, 80, 0, 0))
    seen, first_frame = b"", None
    while first_frame is None:
        r, _, _ = select.select([fd], [], [], 30)
        if not r:
            os.kill(pid, 9)
            raise SystemExit(f"{argv[0]}: no {marker!r} within 30 s")
        try:
            seen += os.read(fd, 65536)
        except OSError:
            raise SystemExit(f"{argv[0]} ended before {marker!r}: {ESCAPES.sub(b' ', seen)[-300:]!r}")
        if marker in seen or marker in ESCAPES.sub(b"", seen):
            first_frame = time.perf_counter() - start
    peak = vm_hwm(pid)
    for k in keys.split(b"|") if keys else []:
        os.write(fd, k)
        time.sleep(0.15)
    if quit_keys:
        os.write(fd, quit_keys)
    else:
        os.kill(pid, 15)
    finish(pid, fd, 5)
    return first_frame, peak


def finish(pid, fd, seconds):
    """Reads what the program still prints until it ends; kills it after `seconds`."""
    deadline = time.time() + seconds
    while time.time() < deadline:
        r, _, _ = select.select([fd], [], [], 0.2)
        if r:
            try:
                if not os.read(fd, 65536):
                    break
            except OSError:
                break
        elif os.waitpid(pid, os.WNOHANG) != (0, 0):
            break
    else:
        os.kill(pid, 9)
    try:
        os.waitpid(pid, 0)
    except ChildProcessError:
        pass
    os.close(fd)


def vm_hwm(pid):
    """Peak resident memory of a running process since it started its program, in KiB."""
    try:
        with open(f"/proc/{pid}/status") as f:
            for line in f:
                if line.startswith("VmHWM:"):
                    return int(line.split()[1])
    except OSError:
        pass
    return 0


def learner_home(extra, data=None):
    """A data folder where Mai has been created (first run in English), for a home screen."""
    data = data or tempfile.mkdtemp()
    run_once([BIN, "--lang", "en", "--data-dir", data] + extra, b"Choose your language",
             b"\r|Mai\r|")
    return data


def main():
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--runs", type=int, default=7)
    ap.add_argument("--pack", help="a pack folder (default: a new 1,000 x 5 synthetic pack)")
    ap.add_argument("--no-pack", action="store_true", help="only the embedded course")
    a = ap.parse_args()
    if not os.path.exists(BIN):
        raise SystemExit("build first: cargo build --release")
    print(f"binary: {os.path.getsize(BIN) / 1e6:.2f} MB; nproc {os.cpu_count()}; "
          f"load average {os.getloadavg()[0]:.2f}")
    scratch = tempfile.mkdtemp()
    pack = a.pack
    if not pack and not a.no_pack:
        pack = os.path.join(scratch, "pack")
        subprocess.run([sys.executable, os.path.join(HERE, "make-pack.py"), pack,
                        "--lessons", "1000", "--languages", "5"], check=True,
                       stdout=subprocess.DEVNULL)
    home = learner_home([])
    mid = learner_home([])
    run_once([BIN, "--lang", "en", "--data-dir", mid], b"Hello, Mai!", b"\r|\r|")
    scenarios = [
        ("embedded, home screen", [BIN, "--lang", "en", "--data-dir", home], b"Hello, Mai!", b"\x03"),
        ("embedded, first run", None, b"Choose your language", b"\x03"),
        ("embedded, resume mid-lesson", [BIN, "--lang", "en", "--data-dir", mid], b"Step 2 of ", b"\x03"),
    ]
    if pack:
        pack_home = learner_home(["--pack", pack])
        scenarios.append(("pack 1000x5, home screen",
                          [BIN, "--lang", "en", "--data-dir", pack_home, "--pack", pack],
                          b"Hello, Mai!", b"\x03"))
        # Installed with `chophien pack add`, which also writes the lesson index.
        installed_home = tempfile.mkdtemp()
        subprocess.run([BIN, "pack", "add", pack, "--data-dir", installed_home], check=True,
                       stdout=subprocess.DEVNULL)
        learner_home([], installed_home)
        scenarios.append(("pack 1000x5 installed, home", [BIN, "--lang", "en", "--data-dir",
                                                          installed_home],
                          b"Hello, Mai!", b"\x03"))
    gtypist = shutil.which("gtypist")
    if gtypist:
        scenarios.append(("gtypist, series menu", [gtypist], b"Series selection menu", b""))
    results = {label: ([], []) for label, *_ in scenarios}
    for _ in range(a.runs):
        for label, argv, marker, quit_keys in scenarios:
            fresh = None
            if argv is None:
                fresh = tempfile.mkdtemp()
                argv = [BIN, "--lang", "en", "--data-dir", fresh]
            t, peak = run_once(argv, marker, quit_keys=quit_keys)
            results[label][0].append(t * 1000)
            results[label][1].append(peak)
            if fresh:
                shutil.rmtree(fresh)
    yardstick = statistics.median(results["gtypist, series menu"][0]) if gtypist else None
    for label, (times, peaks) in results.items():
        ratio = f", {statistics.median(times) / yardstick:.2f}x gtypist" if yardstick else ""
        print(f"{label:30} first frame median {statistics.median(times):7.1f} ms, "
              f"worst {max(times):7.1f} ms; peak RSS median {statistics.median(peaks) / 1024:5.1f} MiB, "
              f"worst {max(peaks) / 1024:5.1f} MiB{ratio}")
    print(f"load average after: {os.getloadavg()[0]:.2f}")
    for d in [home, mid, scratch] + ([pack_home, installed_home] if pack else []):
        shutil.rmtree(d, ignore_errors=True)


if __name__ == "__main__":
    main()
