//! `stable-fuzz`: the structured-input fuzzer of dyad, on stable Rust.
//!
//! ```text
//! stable-fuzz run TARGET SECONDS OUTDIR [SEED]   generate and run inputs for SECONDS
//! stable-fuzz replay TARGET FILE...              run saved inputs, print time and peak memory
//! stable-fuzz seeds TARGET DIR COUNT MAX_BYTES   write generated seed inputs (for AFL++)
//! stable-fuzz targets                            list the targets
//! ```
//!
//! `run` is a supervisor: a worker child process (`worker`, same binary)
//! generates inputs from the seed, runs each through the target under
//! `catch_unwind`, and reports each input's time and peak resident memory
//! (VmHWM, reset before each input through /proc/self/clear_refs). The
//! supervisor saves the input as a finding when the target panics, the
//! worker dies (abort, stack overflow, signal, allocation failure under the
//! address-space limit), an input runs longer than the hang budget (the
//! worker is killed and restarted), is slow, or uses too much memory.
//! Findings go to OUTDIR/findings/, one file per kind of failure (the
//! smallest input seen), with OUTDIR/findings/*.txt telling what happened.

use std::collections::BTreeMap;
use std::io::{BufRead, BufReader, Read, Write};
use std::os::unix::process::{CommandExt, ExitStatusExt};
use std::path::{Path, PathBuf};
use std::process::{Command, Stdio};
use std::sync::mpsc;
use std::time::{Duration, Instant};

use dyad_fuzz_stable::gen::{generate, Seeds};
use dyad_fuzz_stable::rng::Rng;
use dyad_fuzz_stable::{run, TARGETS};

/// An input still running after this long is a hang: the worker is killed.
const HANG: Duration = Duration::from_secs(10);
/// An input slower than this is reported as slow (not killed)...
const SLOW_US: u64 = 3_000_000;
/// ...when it also ran slower than this many bytes per second.
const SLOW_BPS: u64 = 200_000;
/// Peak memory (VmHWM during one input) that is a finding: over this...
const MEM_ABS_KB: u64 = 1024 * 1024;
/// ...or over this many times the input size plus 256 MiB.
const MEM_FACTOR: u64 = 40;
/// Address-space limit of the worker: an allocation beyond it aborts.
const WORKER_AS_BYTES: u64 = 6 << 30;

fn seeds_dir() -> PathBuf {
    std::env::var_os("DYAD_FUZZ_SEEDS").map(PathBuf::from).unwrap_or_else(|| Path::new(env!("CARGO_MANIFEST_DIR")).join("../../crates/ingest/tests/fixtures"))
}

fn main() {
    let args: Vec<String> = std::env::args().collect();
    let a = |i: usize| args.get(i).map(String::as_str).unwrap_or_else(|| usage());
    match a(1) {
        "targets" => println!("{}", TARGETS.join("\n")),
        "run" => supervise(a(2), a(3).parse().unwrap_or_else(|_| usage()), Path::new(a(4)), args.get(5).and_then(|s| s.parse().ok()).unwrap_or(1)),
        "worker" => worker(a(2), a(3).parse().unwrap(), a(4).parse().unwrap(), Path::new(a(5))),
        "replay" => replay(a(2), &args[3..]),
        "seeds" => write_seeds(a(2), Path::new(a(3)), a(4).parse().unwrap(), a(5).parse().unwrap()),
        _ => usage(),
    }
}

fn usage() -> ! {
    eprintln!("usage: stable-fuzz run TARGET SECONDS OUTDIR [SEED] | replay TARGET FILE... | seeds TARGET DIR COUNT MAX_BYTES | targets");
    std::process::exit(2)
}

fn check_target(t: &str) {
    if !TARGETS.contains(&t) {
        eprintln!("unknown target {t:?}; known: {}", TARGETS.join(", "));
        std::process::exit(2);
    }
}

fn status_kb(field: &str) -> u64 {
    let s = std::fs::read_to_string("/proc/self/status").unwrap_or_default();
    s.lines().find(|l| l.starts_with(field)).and_then(|l| l.split_whitespace().nth(1)).and_then(|n| n.parse().ok()).unwrap_or(0)
}

/// Resets the peak resident set size (VmHWM) of this process.
fn reset_peak() {
    let _ = std::fs::write("/proc/self/clear_refs", "5");
}

/// CPU time (user and system) of this process so far, in microseconds.
fn cpu_us() -> u64 {
    let mut u: libc::rusage = unsafe { std::mem::zeroed() };
    unsafe { libc::getrusage(libc::RUSAGE_SELF, &mut u) };
    let tv = |t: libc::timeval| t.tv_sec as u64 * 1_000_000 + t.tv_usec as u64;
    tv(u.ru_utime) + tv(u.ru_stime)
}

/// Runs one input, returning (CPU microseconds, peak KB during it, panic
/// message). CPU time rather than wall time: the machine is shared, and a
/// busy neighbour must not make an input look slow.
fn measure(target: &str, data: &[u8]) -> (u64, u64, Option<String>) {
    install_panic_hook();
    LAST_PANIC.lock().unwrap().take();
    reset_peak();
    let t = cpu_us();
    let r = std::panic::catch_unwind(|| run(target, data));
    let us = cpu_us() - t;
    let hwm = status_kb("VmHWM:");
    // A panic that dyad catches itself (its readers run parsers under
    // catch_unwind and report "internal error") is a finding too: the hook
    // saw it even though the target returned.
    let seen = LAST_PANIC.lock().unwrap().take();
    let msg = match (r, seen) {
        (Err(_), Some(m)) => Some(m),
        (Err(e), None) => Some(e.downcast_ref::<String>().cloned().or_else(|| e.downcast_ref::<&str>().map(|s| s.to_string())).unwrap_or_else(|| "panic".into())),
        (Ok(_), Some(m)) => Some(format!("caught inside dyad: {m}")),
        (Ok(_), None) => None,
    };
    (us, hwm, msg)
}

/// The first panic since the last input: location and message.
static LAST_PANIC: std::sync::Mutex<Option<String>> = std::sync::Mutex::new(None);

/// Records every panic (also those caught by dyad itself) instead of
/// printing it, so that each one is reported once, with its input.
fn install_panic_hook() {
    static ONCE: std::sync::Once = std::sync::Once::new();
    ONCE.call_once(|| {
        std::panic::set_hook(Box::new(|info| {
            let loc = info
                .location()
                .map(|l| {
                    let parts: Vec<&str> = l.file().rsplit('/').take(3).collect();
                    let file: Vec<&str> = parts.into_iter().rev().collect();
                    format!("{}:{}", file.join("/"), l.line())
                })
                .unwrap_or_default();
            let payload = info.payload();
            let msg = payload.downcast_ref::<String>().cloned().or_else(|| payload.downcast_ref::<&str>().map(|s| s.to_string())).unwrap_or_default();
            let mut last = LAST_PANIC.lock().unwrap_or_else(|e| e.into_inner());
            if last.is_none() {
                *last = Some(format!("panicked at {loc}: {msg}"));
            }
        }));
    });
}

fn is_slow(us: u64, len: usize) -> bool {
    us > SLOW_US && (len as u64) * 1_000_000 / us < SLOW_BPS
}

fn is_memory(kb: u64, len: usize) -> bool {
    kb > MEM_ABS_KB || kb > MEM_FACTOR * (len as u64) / 1024 + 256 * 1024
}

fn worker(target: &str, seed: u64, start: u64, out: &Path) {
    check_target(target);
    let seeds = Seeds::load(&seeds_dir());
    if target == "code" {
        dyad_fuzz_stable::dictionaries();
    }
    let cur = out.join("current.bin");
    let stdout = std::io::stdout();
    let mut o = stdout.lock();
    for i in start.. {
        let mut r = Rng::new(seed.wrapping_mul(0x1000_0000_01b3) ^ i);
        let (family, data) = generate(target, &mut r, &seeds);
        std::fs::write(&cur, &data).expect("write current input");
        writeln!(o, "S {i} {family} {}", data.len()).unwrap();
        o.flush().unwrap();
        let (us, hwm, panic) = measure(target, &data);
        if panic.is_some() || is_slow(us, data.len()) || is_memory(hwm, data.len()) {
            // Kept before the result is reported: current.bin is overwritten next.
            std::fs::write(out.join(format!("flagged-{i}.bin")), &data).expect("write flagged input");
        }
        match panic {
            Some(msg) => writeln!(o, "P {i} {us} {hwm} {}", msg.replace('\n', " ")).unwrap(),
            None => writeln!(o, "D {i} {us} {hwm}").unwrap(),
        }
        o.flush().unwrap();
    }
}

struct Finding {
    count: u64,
    smallest: usize,
    family: String,
    first_iter: u64,
}

struct Campaign {
    out: PathBuf,
    findings: BTreeMap<String, Finding>,
}

impl Campaign {
    /// Records a finding of kind `sig` for the current input.
    fn record(&mut self, sig: &str, family: &str, iter: u64, detail: &str) {
        let flagged = self.out.join(format!("flagged-{iter}.bin"));
        let data = std::fs::read(&flagged).or_else(|_| std::fs::read(self.out.join("current.bin"))).unwrap_or_default();
        let name: String = sig.chars().map(|c| if c.is_ascii_alphanumeric() { c } else { '_' }).take(80).collect();
        let dir = self.out.join("findings");
        std::fs::create_dir_all(&dir).unwrap();
        let f = self.findings.entry(sig.to_string()).or_insert(Finding { count: 0, smallest: usize::MAX, family: family.into(), first_iter: iter });
        f.count += 1;
        if data.len() < f.smallest {
            f.smallest = data.len();
            f.family = family.into();
            std::fs::write(dir.join(format!("{name}.bin")), &data).unwrap();
            std::fs::write(dir.join(format!("{name}.txt")), format!("kind: {sig}\nfamily: {family}\niteration: {iter}\ninput bytes: {}\n\n{detail}\n", data.len())).unwrap();
        }
        eprintln!("[finding] {sig} ({family}, iteration {iter}, {} bytes)", data.len());
    }
}

fn stderr_tail(path: &Path) -> String {
    let mut s = Vec::new();
    if let Ok(mut f) = std::fs::File::open(path) {
        let _ = f.read_to_end(&mut s);
    }
    let s = String::from_utf8_lossy(&s[s.len().saturating_sub(3000)..]).into_owned();
    s
}

/// The first line of the last panic or fatal message in a worker's stderr.
fn crash_signature(tail: &str, status: std::process::ExitStatus) -> String {
    let how = match status.signal() {
        Some(sig) => format!("signal {sig}"),
        None => format!("exit {}", status.code().unwrap_or(-1)),
    };
    let mut what = String::new();
    let lines: Vec<&str> = tail.lines().collect();
    for (i, l) in lines.iter().enumerate().rev() {
        if l.contains("has overflowed its stack") || l.contains("memory allocation of") || l.contains("fatal runtime error") {
            what = l.trim().to_string();
            break;
        }
        if l.contains("panicked at") {
            what = format!("{} {}", l.trim(), lines.get(i + 1).unwrap_or(&""));
            break;
        }
    }
    // Drop the thread id and the byte counts, which vary between runs.
    let what = what.split("' (").next().unwrap_or(&what).to_string();
    let what: String = what.chars().map(|c| if c.is_ascii_digit() { '#' } else { c }).collect();
    format!("crash {how} {what}")
}

fn spawn_worker(target: &str, seed: u64, start: u64, out: &Path) -> (std::process::Child, mpsc::Receiver<String>) {
    let exe = std::env::current_exe().unwrap();
    let err = std::fs::OpenOptions::new().create(true).write(true).truncate(true).open(out.join("worker.stderr")).unwrap();
    let mut cmd = Command::new(exe);
    cmd.args(["worker", target, &seed.to_string(), &start.to_string()]).arg(out).stdout(Stdio::piped()).stderr(err).env("RUST_BACKTRACE", "0");
    unsafe {
        cmd.pre_exec(|| {
            let lim = libc::rlimit { rlim_cur: WORKER_AS_BYTES, rlim_max: WORKER_AS_BYTES };
            libc::setrlimit(libc::RLIMIT_AS, &lim);
            let core = libc::rlimit { rlim_cur: 0, rlim_max: 0 };
            libc::setrlimit(libc::RLIMIT_CORE, &core);
            Ok(())
        });
    }
    let mut child = cmd.spawn().expect("start worker");
    let stdout = child.stdout.take().unwrap();
    let (tx, rx) = mpsc::channel();
    std::thread::spawn(move || {
        for line in BufReader::new(stdout).lines() {
            match line {
                Ok(l) => {
                    if tx.send(l).is_err() {
                        break;
                    }
                }
                Err(_) => break,
            }
        }
    });
    (child, rx)
}

fn supervise(target: &str, secs: u64, out: &Path, seed: u64) {
    check_target(target);
    std::fs::create_dir_all(out).unwrap();
    let mut camp = Campaign { out: out.to_path_buf(), findings: BTreeMap::new() };
    let started = Instant::now();
    let deadline = started + Duration::from_secs(secs);
    let (mut execs, mut restarts, mut bytes, mut max_us, mut max_kb, mut max_len) = (0u64, 0u64, 0u64, 0u64, 0u64, 0usize);
    let mut families: BTreeMap<String, u64> = BTreeMap::new();
    let mut next = 0u64;
    let (mut child, mut rx) = spawn_worker(target, seed, next, out);
    // The input in progress: iteration, family, length, start time.
    let mut current: Option<(u64, String, usize, Instant)> = None;
    let mut last_report = Instant::now();
    loop {
        let now = Instant::now();
        if now >= deadline {
            break;
        }
        if now - last_report > Duration::from_secs(60) {
            last_report = now;
            eprintln!("[{target}] {}s: {execs} inputs, {} findings", (now - started).as_secs(), camp.findings.len());
        }
        match rx.recv_timeout(Duration::from_millis(50)) {
            Ok(line) => {
                let parts: Vec<&str> = line.splitn(6, ' ').collect();
                match parts[0] {
                    "S" => {
                        let i: u64 = parts[1].parse().unwrap();
                        let len: usize = parts[3].parse().unwrap();
                        *families.entry(parts[2].to_string()).or_default() += 1;
                        current = Some((i, parts[2].to_string(), len, Instant::now()));
                        next = i + 1;
                    }
                    "D" | "P" => {
                        let us: u64 = parts[2].parse().unwrap();
                        let kb: u64 = parts[3].parse().unwrap();
                        let (i, family, len, _) = current.take().expect("result without start");
                        execs += 1;
                        bytes += len as u64;
                        max_us = max_us.max(us);
                        max_kb = max_kb.max(kb);
                        max_len = max_len.max(len);
                        if parts[0] == "P" {
                            let msg = parts.get(4..).map(|p| p.join(" ")).unwrap_or_default();
                            let sig: String = msg.chars().map(|c| if c.is_ascii_digit() { '#' } else { c }).take(120).collect();
                            camp.record(&format!("panic {sig}"), &family, i, &format!("panic: {msg}\n\nstderr:\n{}", stderr_tail(&out.join("worker.stderr"))));
                        }
                        if is_slow(us, len) {
                            camp.record("slow", &family, i, &format!("{} ms for {len} bytes", us / 1000));
                        }
                        if is_memory(kb, len) {
                            camp.record("memory", &family, i, &format!("peak resident memory {} MiB for {len} bytes of input", kb / 1024));
                        }
                        let _ = std::fs::remove_file(out.join(format!("flagged-{i}.bin")));
                    }
                    _ => {}
                }
            }
            Err(mpsc::RecvTimeoutError::Timeout) => {
                if let Some((i, family, len, t)) = &current {
                    if t.elapsed() > HANG {
                        let _ = child.kill();
                        let _ = child.wait();
                        execs += 1;
                        let (i, family) = (*i, family.clone());
                        camp.record("hang", &family, i, &format!("still running after {} s ({len} bytes)", HANG.as_secs()));
                        current = None;
                        restarts += 1;
                        next = i + 1;
                        (child, rx) = spawn_worker(target, seed, next, out);
                    }
                }
            }
            Err(mpsc::RecvTimeoutError::Disconnected) => {
                // The worker died.
                let status = child.wait().unwrap();
                let tail = stderr_tail(&out.join("worker.stderr"));
                let sig = crash_signature(&tail, status);
                if let Some((i, family, _, _)) = current.take() {
                    execs += 1;
                    camp.record(&sig, &family, i, &format!("worker ended: {status}\n\nstderr:\n{tail}"));
                    next = i + 1;
                } else {
                    eprintln!("[{target}] worker ended outside an input: {status}\n{tail}");
                }
                restarts += 1;
                (child, rx) = spawn_worker(target, seed, next, out);
            }
        }
    }
    let _ = child.kill();
    let _ = child.wait();
    let elapsed = started.elapsed().as_secs();
    let total: u64 = camp.findings.values().map(|f| f.count).sum();
    let count = |k: &str| camp.findings.iter().filter(|(s, _)| s.starts_with(k)).map(|(_, f)| f.count).sum::<u64>();
    let crashes = count("crash") + count("panic");
    let fam: Vec<String> = families.iter().map(|(k, v)| format!("{k}={v}")).collect();
    let summary = format!(
        "target={target}\tseconds={elapsed}\texecs={execs}\tinput_mb={}\tmax_input={max_len}\tmax_ms={}\tmax_rss_mb={}\tcrashes={crashes}\thangs={}\tslow={}\tmemory={}\tunique={}\trestarts={restarts}\tfamilies={}\n",
        bytes / 1_000_000,
        max_us / 1000,
        max_kb / 1024,
        count("hang"),
        count("slow"),
        count("memory"),
        camp.findings.len(),
        fam.join(",")
    );
    std::fs::write(out.join("summary.tsv"), &summary).unwrap();
    print!("{summary}");
    for (sig, f) in &camp.findings {
        println!("finding\t{sig}\tcount={}\tsmallest={} bytes\tfamily={}\tfirst={}", f.count, f.smallest, f.family, f.first_iter);
    }
    let _ = total;
}

fn replay(target: &str, files: &[String]) {
    check_target(target);
    if target == "code" {
        dyad_fuzz_stable::dictionaries();
    }
    for f in files {
        let data = std::fs::read(f).unwrap_or_else(|e| panic!("{f}: {e}"));
        let (us, kb, panic) = measure(target, &data);
        println!("{f}\t{} bytes\t{} ms CPU\tpeak {} MiB\t{}", data.len(), us / 1000, kb / 1024, panic.map(|m| format!("PANIC: {m}")).unwrap_or_else(|| "ok".into()));
    }
}

fn write_seeds(target: &str, dir: &Path, count: u64, max: usize) {
    check_target(target);
    std::fs::create_dir_all(dir).unwrap();
    let seeds = Seeds::load(&seeds_dir());
    let mut written = 0;
    let mut i = 0u64;
    while written < count && i < count * 50 {
        let mut r = Rng::new(0x5eed ^ i);
        r.cap = max;
        i += 1;
        let (family, data) = generate(target, &mut r, &seeds);
        if data.len() > max || data.is_empty() {
            continue;
        }
        std::fs::write(dir.join(format!("gen-{family}-{written:03}")), &data).unwrap();
        written += 1;
    }
}
