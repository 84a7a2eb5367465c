#!/usr/bin/env python3
"""Writes link/startup-order.txt: the functions the tutor runs from its start to its first
screens, which build.rs asks the linker to place side by side at the front of the program.

Why: the kernel maps a program's code in blocks of 64 KB around each page it runs. The code
a start runs is about 1 MB, but spread over the whole 6 MB of code it brought nearly all of
it into memory (10 MiB at the home screen instead of 7). Placed together, it is a few
blocks. See README, "Performance".

    python3 tools/order-startup-code.py   # needs valgrind; a release build, then 2 minutes

Run it again after updating crates, changing the release profile or the Rust version, or when
tests/measure-startup.py shows the home screen's memory growing: function names carry a hash
of the crate's version and build settings, and names that no longer exist are skipped by the
linker without a word, so an old list slowly stops helping (it never breaks the build).

How: builds the release binary with its symbols, runs it under valgrind's callgrind in an
80x24 pseudo-terminal through a first run (language, name, home), a returning learner's home
screen, a lesson opened and the same lesson resumed, and lists every function of the program that
ran: first those of the home screen, then the lesson's, then what only a first run needs.
"""
import bisect, importlib.util, os, pty, re, select, shutil, struct, subprocess, tempfile, time
import fcntl, termios

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(HERE)
OUT = os.path.join(ROOT, "link", "startup-order.txt")
# The pseudo-terminal helpers of the start-up measurement.
_spec = importlib.util.spec_from_file_location(
    "measure_startup", os.path.join(ROOT, "tests", "measure-startup.py"))
measure = importlib.util.module_from_spec(_spec)
_spec.loader.exec_module(measure)


def run(argv, steps, env=None):
    """Runs argv in an 80x24 pty; `steps` is a list of (text to wait for, keys to send)."""
    pid, fd = pty.fork()
    if pid == 0:
        os.environ.update(TERM="xterm-256color", LINES="24", COLUMNS="80", **(env or {}))
        os.execvp(argv[0], argv)
    fcntl.ioctl(fd, termios.TIOCSWINSZ, struct.pack("HHHH", 24, 80, 0, 0))
    seen = b""
    for marker, keys in steps:
        deadline = time.time() + 120
        while marker.encode() not in measure.ESCAPES.sub(b"", seen):
            if time.time() > deadline:
                os.kill(pid, 9)
                raise SystemExit(f"{marker!r} never appeared: {seen[-400:]!r}")
            r, _, _ = select.select([fd], [], [], 1)
            if r:
                try:
                    seen += os.read(fd, 65536)
                except OSError:
                    break
        seen = b""
        for k in keys:
            os.write(fd, k)
            time.sleep(0.5)
    # Valgrind takes its time to write its file after the tutor quits.
    measure.finish(pid, fd, 60)


def executed(callgrind_out, binary):
    """Instruction addresses of `binary` that ran, from a callgrind file (--dump-instr=yes)."""
    objects, current, last, addresses = {}, False, 0, set()
    with open(callgrind_out, errors="replace") as f:
        for line in f:
            if line[0] in "0123456789+-*":
                token = line.split()[0]
                if token.startswith("0x"):
                    last = int(token, 16)
                elif token[0] in "+-":
                    last += int(token)
                if current:
                    addresses.add(last)
                continue
            m = re.match(r"^(c?ob)=\((\d+)\)(?: (.*))?", line)
            if m:
                if m.group(3):
                    objects[m.group(2)] = m.group(3).strip()
                if m.group(1) == "ob":
                    current = os.path.realpath(objects[m.group(2)]) == binary
    return addresses


def main():
    if not shutil.which("valgrind"):
        raise SystemExit("needs valgrind (apt-get install valgrind)")
    # The release build, with its symbols kept: the same names as the stripped one. In a
    # target folder of its own, so that target/release/chophien stays the stripped one.
    target = os.path.join(ROOT, "target", "startup-order")
    subprocess.run(["cargo", "rustc", "--release", "--locked", "--bin", "chophien", "--",
                    "-C", "strip=none"], cwd=ROOT, check=True,
                   env=dict(os.environ, CARGO_TARGET_DIR=target))
    binary = os.path.realpath(os.path.join(target, "release", "chophien"))
    symbols = []
    nm = subprocess.run(["nm", "-n", "-S", "--defined-only", binary], capture_output=True,
                        text=True, check=True).stdout
    for line in nm.splitlines():
        p = line.split()
        if len(p) == 4 and p[2] in "tTwW":
            symbols.append((int(p[0], 16), int(p[1], 16), p[3]))
    starts = [s[0] for s in symbols]

    scratch = tempfile.mkdtemp()
    data = os.path.join(scratch, "data")
    grind = ["valgrind", "--tool=callgrind", "--dump-instr=yes"]
    tutor = [binary, "--lang", "en", "--data-dir", data]
    scenarios = [
        ("first run", [("Choose your language", [b"\r"]), ("Type your name", [b"Mai\r"]),
                       ("Hello, Mai!", [b"\x03"])]),
        ("home screen", [("Hello, Mai!", [b"\x03"])]),
        ("a lesson", [("Hello, Mai!", [b"\r"]), ("Step 1 of ", [b"\x03"])]),
        ("lesson resumed", [("Step 1 of ", [b"\x03"])]),
    ]
    ran = {}
    for label, steps in scenarios:
        out = os.path.join(scratch, "callgrind.out")
        run(grind + [f"--callgrind-out-file={out}"] + tutor, steps)
        names = []
        for address in sorted(executed(out, binary)):
            i = bisect.bisect_right(starts, address) - 1
            if i >= 0 and address < symbols[i][0] + max(symbols[i][1], 1):
                if not names or names[-1] != symbols[i][2]:
                    names.append(symbols[i][2])
        ran[label] = names
    # What every start runs first, then a lesson, then what only a first run needs.
    ordered, seen = [], set()
    for label in ["home screen", "lesson resumed", "a lesson", "first run"]:
        fresh = [n for n in ran[label] if n not in seen]
        seen.update(fresh)
        ordered += fresh
        print(f"{label}: {len(fresh)} more functions")
    shutil.rmtree(scratch, ignore_errors=True)
    size = {name: s for _, s, name in symbols}
    rustc = subprocess.run(["rustc", "-V"], capture_output=True, text=True).stdout.strip()
    os.makedirs(os.path.dirname(OUT), exist_ok=True)
    with open(OUT, "w") as f:
        f.write("# The functions a start of the tutor runs, for the linker (build.rs).\n")
        f.write(f"# Written by tools/order-startup-code.py with {rustc}.\n")
        f.write("\n".join(ordered) + "\n")
    total = sum(size[n] for n in ordered)
    print(f"{len(ordered)} functions, {total / 1024:.0f} KiB of code -> {OUT}")


if __name__ == "__main__":
    main()
