#!/usr/bin/env python3
"""Measures knoop from outside, as a terminal sees it: time to the first complete frame, bytes
written per selection move, idle CPU and output, and peak memory, on generated workspaces of
1,000 and 10,000 actors. Usage: python3 tests/bench/term.py target/release/knoop
Reports medians; asserts nothing (figures go to the README)."""

import fcntl, json, os, pty, select, signal, statistics, struct, sys, tempfile, termios, time, uuid


def workspace(n):
    positions = ["kern", "ring", "vrije-ruimte"]
    ids = [str(uuid.UUID(int=(0x019A7B2C << 96) | (0x7000 << 64) | (0x8 << 60) | i)) for i in range(n)]
    actors = [{"id": ids[i], "name": f"Actor {i:05} van organisatie {i % 97}", "kind": "person",
               "represents": f"Organisatie {i % 97}", "tags": ["zorg", f"wijk-{i % 12}"],
               "position": positions[i % 3],
               "roles": [{"role": "netwerkleider" if i % 50 == 0 else "participant", "from": "2025-03-01"}]}
              for i in range(n)]
    relations = [{"id": str(uuid.uuid4()), "from": ids[i], "to": ids[(i + s) % n], "kind": "werkt samen"}
                 for i in range(n) for s in (1, 7, 31)]
    log = [{"id": str(uuid.uuid4()), "at": "2026-11-01T10:00:00Z", "kind": "note", "text": f"Notitie {i}",
            "actors": [ids[i]]} for i in range(0, n, 10)]
    return {"format": "knoop-workspace", "version": 1, "network": {"name": "Benchmark"},
            "actors": actors, "relations": relations, "log": log}


def spawn(binary, path, cols, rows):
    pid, fd = pty.fork()
    if pid == 0:
        fcntl.ioctl(0, termios.TIOCSWINSZ, struct.pack("HHHH", rows, cols, 0, 0))
        env = dict(os.environ, TERM="xterm-256color", LANG="nl_NL.UTF-8")
        env.pop("NO_COLOR", None)
        os.execve(binary, [binary, path], env)
    return pid, fd


def read_until(fd, marker, timeout=10.0):
    out, end = b"", time.monotonic() + timeout
    while marker not in out:
        r, _, _ = select.select([fd], [], [], max(0.0, end - time.monotonic()))
        if not r:
            raise TimeoutError(marker)
        out += os.read(fd, 65536)
    return out


def drain(fd, quiet=0.15):
    total = 0
    while True:
        r, _, _ = select.select([fd], [], [], quiet)
        if not r:
            return total
        try:
            total += len(os.read(fd, 65536))
        except OSError:
            return total


def cpu_ticks(pid):
    fields = open(f"/proc/{pid}/stat").read().rsplit(")", 1)[1].split()
    return int(fields[11]) + int(fields[12])


def peak_rss_kib(pid):
    for line in open(f"/proc/{pid}/status"):
        if line.startswith("VmHWM:"):
            return int(line.split()[1])
    return 0


def stop(pid, fd):
    os.write(fd, b"q")
    try:
        drain(fd, 0.3)
    finally:
        os.waitpid(pid, 0)
        os.close(fd)


def measure(binary, n, runs):
    d = tempfile.mkdtemp()
    path = os.path.join(d, "w.json")
    with open(path, "w") as f:
        json.dump(workspace(n), f, indent=2)
    size_kib = os.path.getsize(path) // 1024
    starts = []
    for _ in range(runs):
        t = time.monotonic()
        pid, fd = spawn(binary, path, 80, 24)
        read_until(fd, "opgeslagen".encode())
        starts.append((time.monotonic() - t) * 1000)
        stop(pid, fd)
    result = {"actors": n, "file_kib": size_kib, "first_frame_ms": statistics.median(starts)}
    for cols, rows in ((80, 24), (200, 60)):
        pid, fd = spawn(binary, path, cols, rows)
        read_until(fd, b"opgeslagen")
        os.write(fd, b"3")
        drain(fd)
        moves = []
        for _ in range(30):
            os.write(fd, b"j")
            moves.append(drain(fd, 0.05))
        result[f"bytes_per_move_{cols}x{rows}"] = statistics.median(moves)
        if cols == 80:
            before = cpu_ticks(pid)
            idle_bytes = drain(fd, 5.0)
            result["idle_cpu_ticks_5s"] = cpu_ticks(pid) - before
            result["idle_bytes_5s"] = idle_bytes
            result["peak_rss_mib"] = round(peak_rss_kib(pid) / 1024, 1)
        stop(pid, fd)
    return result


if __name__ == "__main__":
    binary = os.path.abspath(sys.argv[1] if len(sys.argv) > 1 else "target/release/knoop")
    for n, runs in ((1000, 31), (10000, 15)):
        print(json.dumps(measure(binary, n, runs)))
