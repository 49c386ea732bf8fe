//! Opening inputs (files, directories, stdin, in-memory bytes), undoing
//! compression, recognising the format and handing the stream to the
//! format's reader. Documents come out lazily as inputs are read.

use std::borrow::Cow;
use std::collections::{HashSet, VecDeque};
use std::fs::File;
use std::io::{self, BufRead, BufReader, Cursor, Read};
use std::path::{Path, PathBuf};
use std::sync::atomic::{AtomicU64, Ordering};
use std::sync::Arc;

use crate::document::{finish, Meta, Origin};
use crate::error::IngestError;
use crate::sniff::{compression, detect_format, looks_binary, Compression};
use crate::{archive, feed, html, jsonl, Document, IngestOptions, InputFormat};

/// A lazy sequence of documents (or errors) from one input.
pub(crate) type DocIter = Box<dyn Iterator<Item = Result<Document, IngestError>> + Send>;

/// How much of the decompressed stream is looked at to recognise its format.
const PEEK_BYTES: usize = 8192;

/// Reads documents from a list of inputs, one input after the other.
///
/// An iterator of `Result<Document, IngestError>`: an error concerns one
/// document or one input, and reading goes on after it.
pub struct Reader {
    opts: IngestOptions,
    pending: VecDeque<Pending>,
    current: Option<DocIter>,
    bytes_total: u64,
    bytes_read: Arc<AtomicU64>,
    replaced: Arc<AtomicU64>,
    /// Files already read from directory walks (device, inode), so that a
    /// file reached twice (through a link) is read once.
    seen: HashSet<(u64, u64)>,
}

enum Pending {
    File(PathBuf),
    /// A directory being walked: its files are read as they are found.
    Dir(Walk),
    Stdin,
    Error(IngestError),
}

type Walk = Box<dyn Iterator<Item = walkdir::Result<walkdir::DirEntry>> + Send>;

/// Starts reading `inputs` (paths, directories or "-" for stdin). Files are
/// opened and directories walked only as the iterator advances: the first
/// document of a large tree comes out before the tree has been listed.
pub fn read_inputs(inputs: &[PathBuf], opts: &IngestOptions) -> Reader {
    let mut pending = VecDeque::new();
    let mut bytes_total = 0;
    let mut walks = false;
    for input in inputs {
        if input.as_os_str() == "-" {
            pending.push_back(Pending::Stdin);
            continue;
        }
        match std::fs::metadata(input) {
            Err(e) => pending.push_back(Pending::Error(IngestError::file(
                &display(input),
                format!("cannot open: {}", io_reason(&e)),
            ))),
            Ok(m) if m.is_dir() => {
                walks = true;
                pending.push_back(Pending::Dir(walk(input, opts.follow_links)));
            }
            Ok(m) => {
                bytes_total += m.len();
                pending.push_back(Pending::File(input.clone()));
            }
        }
    }
    Reader {
        opts: opts.clone(),
        pending,
        current: None,
        // A walk's size is known only at its end.
        bytes_total: if walks { 0 } else { bytes_total },
        bytes_read: Arc::new(AtomicU64::new(0)),
        replaced: Arc::default(),
        seen: HashSet::new(),
    }
}

/// Walks `dir` recursively in name order, without hidden entries. Links to
/// directories are followed only when asked, and then a link back into its
/// own ancestors is reported as a loop instead of being entered.
fn walk(dir: &Path, follow_links: bool) -> Walk {
    let walker = walkdir::WalkDir::new(dir)
        .min_depth(1)
        .follow_links(follow_links)
        .sort_by_file_name()
        .into_iter()
        .filter_entry(|e| e.depth() == 0 || !e.file_name().to_string_lossy().starts_with('.'));
    Box::new(walker)
}

/// Files that a directory walk leaves out because their names say they are
/// not news (a corpus folder's README, licence, notes). Named on the command
/// line, they are read like any file.
pub fn is_not_news_by_name(name: &str) -> bool {
    let upper = name.to_ascii_uppercase();
    upper.starts_with('.')
        || upper.starts_with("README")
        || upper.starts_with("LICENSE")
        || upper.starts_with("LICENCE")
        || upper.starts_with("COPYING")
        || upper.ends_with(".MD")
}

impl Reader {
    /// Total size in bytes of the input files as stored on disk (compressed
    /// size for compressed files); 0 (unknown) when reading stdin or
    /// walking a directory.
    pub fn bytes_total(&self) -> u64 {
        self.bytes_total
    }

    /// Invalid UTF-8 sequences and NUL bytes replaced with U+FFFD so far, in
    /// the text, HTML and WARC pages read (one bad byte does not cost a
    /// whole document).
    pub fn bytes_replaced(&self) -> u64 {
        self.replaced.load(Ordering::Relaxed)
    }

    /// Bytes of input read so far, as stored on disk (for progress bars).
    pub fn bytes_read(&self) -> u64 {
        self.bytes_read.load(Ordering::Relaxed)
    }

    fn open(&self, pending: Pending) -> DocIter {
        match pending {
            Pending::Error(e) => Box::new(std::iter::once(Err(e))),
            Pending::Dir(_) => unreachable!("walks are expanded by next_input"),
            Pending::Stdin => {
                let pos = Arc::new(AtomicU64::new(0));
                let counted = Counting::new(
                    io::stdin(),
                    Some(pos.clone()),
                    Some(self.bytes_read.clone()),
                );
                open_stream("-".to_string(), Box::new(counted), &self.opts, pos, self.replaced.clone())
            }
            Pending::File(path) => {
                let name = display(&path);
                match File::open(&path) {
                    Err(e) => Box::new(std::iter::once(Err(IngestError::file(
                        &name,
                        format!("cannot open: {}", io_reason(&e)),
                    )))),
                    Ok(f) => {
                        let pos = Arc::new(AtomicU64::new(0));
                        let counted =
                            Counting::new(f, Some(pos.clone()), Some(self.bytes_read.clone()));
                        open_stream(name, Box::new(counted), &self.opts, pos, self.replaced.clone())
                    }
                }
            }
        }
    }
}

impl Reader {
    /// The next input to open: a named input, or the next file of the walk
    /// in progress.
    fn next_input(&mut self) -> Option<Pending> {
        loop {
            let Pending::Dir(walk) = self.pending.front_mut()? else {
                return self.pending.pop_front();
            };
            let entry = match walk.next() {
                None => {
                    self.pending.pop_front();
                    continue;
                }
                Some(Err(e)) => return Some(Pending::Error(walk_error(&e))),
                Some(Ok(entry)) => entry,
            };
            if entry.file_type().is_dir() || is_not_news_by_name(&entry.file_name().to_string_lossy()) {
                continue;
            }
            // A link that was not followed: a linked file is read, a linked
            // directory is not entered (--follow-links enters it).
            let meta = match std::fs::metadata(entry.path()) {
                Ok(m) => m,
                Err(e) => {
                    return Some(Pending::Error(IngestError::file(
                        &display(entry.path()),
                        format!("cannot open: {}", io_reason(&e)),
                    )))
                }
            };
            if meta.is_dir() {
                continue;
            }
            if self.seen.insert(file_key(&meta)) {
                return Some(Pending::File(entry.into_path()));
            }
        }
    }
}

/// A file's identity on its file system.
#[cfg(unix)]
fn file_key(meta: &std::fs::Metadata) -> (u64, u64) {
    use std::os::unix::fs::MetadataExt;
    (meta.dev(), meta.ino())
}

/// Without inode numbers every file counts as new.
#[cfg(not(unix))]
fn file_key(_: &std::fs::Metadata) -> (u64, u64) {
    use std::sync::atomic::AtomicU64;
    static NEXT: AtomicU64 = AtomicU64::new(0);
    (0, NEXT.fetch_add(1, Ordering::Relaxed))
}

/// A walk error, naming the path where it happened.
fn walk_error(e: &walkdir::Error) -> IngestError {
    let path = e.path().map(display).unwrap_or_default();
    let reason = match (e.loop_ancestor(), e.io_error()) {
        (Some(ancestor), _) => format!("link loop: leads back to {}; not entered", display(ancestor)),
        (None, Some(io)) => format!("cannot list directory: {}", io_reason(io)),
        (None, None) => e.to_string(),
    };
    IngestError::file(&path, reason)
}

impl Iterator for Reader {
    type Item = Result<Document, IngestError>;

    fn next(&mut self) -> Option<Self::Item> {
        loop {
            if let Some(cur) = self.current.as_mut() {
                if let Some(item) = cur.next() {
                    return Some(item.map(|doc| with_language(doc, &self.opts)));
                }
                self.current = None;
            }
            let next = self.next_input()?;
            self.current = Some(self.open(next));
        }
    }
}

/// Reads in-memory data as if it were the input `name`: the same detection
/// and parsing as files get. For tests and fuzzing.
pub fn read_bytes(
    name: &str,
    bytes: &[u8],
    opts: &IngestOptions,
) -> Vec<Result<Document, IngestError>> {
    let pos = Arc::new(AtomicU64::new(0));
    let counted = Counting::new(Cursor::new(bytes.to_vec()), Some(pos.clone()), None);
    open_stream(name.to_string(), Box::new(counted), opts, pos, Arc::default())
        .map(|r| r.map(|doc| with_language(doc, opts)))
        .collect()
}

/// Gives a document that declares no language its forced, detected or
/// default one.
fn with_language(mut doc: Document, opts: &IngestOptions) -> Document {
    if doc.language.is_none() {
        let started = std::time::Instant::now();
        doc.language = Some(crate::lang::document_language(&doc.text, opts.language.as_deref(), "en"));
        crate::timing::add_clean_time(started.elapsed());
    }
    doc
}

/// Counts the bytes read from the underlying (compressed) input.
struct Counting<R> {
    inner: R,
    pos: Option<Arc<AtomicU64>>,
    total: Option<Arc<AtomicU64>>,
}

impl<R> Counting<R> {
    fn new(inner: R, pos: Option<Arc<AtomicU64>>, total: Option<Arc<AtomicU64>>) -> Self {
        Self { inner, pos, total }
    }
}

impl<R: Read> Read for Counting<R> {
    fn read(&mut self, buf: &mut [u8]) -> io::Result<usize> {
        let n = self.inner.read(buf)?;
        for c in [&self.pos, &self.total].into_iter().flatten() {
            c.fetch_add(n as u64, Ordering::Relaxed);
        }
        Ok(n)
    }
}

/// What a format reader needs to know about its input to report errors.
#[derive(Clone)]
pub(crate) struct Ctx {
    /// Display name: the path or "-".
    pub name: String,
    pub compression: Compression,
    /// Bytes consumed from the raw (possibly compressed) input.
    pub raw_pos: Arc<AtomicU64>,
    pub opts: IngestOptions,
    /// Invalid UTF-8 sequences and NUL bytes replaced so far (shared by
    /// every input of a reader).
    pub replaced: Arc<AtomicU64>,
}

impl Ctx {
    /// An error while reading at decompressed offset `pos`. Decompression
    /// failures are located in the compressed file, where the damage is.
    pub fn io_error(&self, pos: u64, e: &io::Error) -> IngestError {
        match self.compression {
            Compression::None => {
                IngestError::byte(&self.name, pos, format!("read error: {}", io_reason(e)))
            }
            c => {
                let kind = if c == Compression::Gzip {
                    "gzip"
                } else {
                    "zstd"
                };
                IngestError::byte(
                    &self.name,
                    self.raw_pos.load(Ordering::Relaxed),
                    format!("truncated or corrupt {kind} data: {}", io_reason(e)),
                )
            }
        }
    }

    /// The message for something over the size limit.
    pub fn too_large(&self) -> String {
        format!(
            "document too large (more than {} bytes); skipped",
            self.opts.max_document_bytes
        )
    }

    pub fn origin(&self) -> Origin {
        Origin {
            path: self.name.clone(),
            ..Origin::default()
        }
    }
}

fn one(e: IngestError) -> DocIter {
    Box::new(std::iter::once(Err(e)))
}

/// Undoes compression, recognises the format and starts the format reader.
fn open_stream(
    name: String,
    mut raw: Box<dyn Read + Send>,
    opts: &IngestOptions,
    raw_pos: Arc<AtomicU64>,
    replaced: Arc<AtomicU64>,
) -> DocIter {
    let mut ctx = Ctx {
        name,
        compression: Compression::None,
        raw_pos,
        opts: opts.clone(),
        replaced,
    };
    let mut magic = Vec::with_capacity(4);
    if let Err(e) = read_up_to(&mut raw, &mut magic, 4) {
        return one(ctx.io_error(0, &e));
    }
    ctx.compression = compression(&magic);
    let chained = Cursor::new(magic).chain(raw);
    let mut stream: Box<dyn Read + Send> = match ctx.compression {
        Compression::None => Box::new(chained),
        Compression::Gzip => Box::new(flate2::read::MultiGzDecoder::new(chained)),
        Compression::Zstd => match zstd::stream::read::Decoder::new(chained) {
            Ok(d) => Box::new(d),
            Err(e) => return one(ctx.io_error(0, &e)),
        },
    };
    let mut head = Vec::with_capacity(PEEK_BYTES);
    if let Err(e) = read_up_to(&mut stream, &mut head, PEEK_BYTES) {
        if head.is_empty() {
            return one(ctx.io_error(0, &e));
        }
        // Damage early in a small file: read what came before it, then
        // meet the error where it is.
        stream = Box::new(Failed(Some(e)));
    }
    if head.len() < PEEK_BYTES && head.iter().all(u8::is_ascii_whitespace) {
        return one(IngestError::file(&ctx.name, "empty file"));
    }
    // A byte order mark says UTF-8 and nothing else: drop it.
    if head.starts_with(b"\xEF\xBB\xBF") {
        head.drain(..3);
    }
    let format = match opts.format {
        InputFormat::Auto => detect_format(&head),
        f => f,
    };
    // WARC archives legitimately hold binary records (images, compressed
    // payloads); their structure is checked record by record instead.
    if format != InputFormat::Warc && looks_binary(&head) {
        return one(IngestError::file(&ctx.name, "binary file"));
    }
    let reader: Box<dyn BufRead + Send> = Box::new(BufReader::with_capacity(
        64 * 1024,
        Cursor::new(head).chain(stream),
    ));
    match format {
        InputFormat::Jsonl => Box::new(jsonl::JsonlIter::new(ctx, reader)),
        InputFormat::Warc => Box::new(archive::WarcIter::new(ctx, reader)),
        f => {
            let bytes = match read_whole(&ctx, reader) {
                Ok(b) => b,
                Err(e) => return one(e),
            };
            let results = match f {
                InputFormat::Html => vec![read_html_file(&ctx, &bytes)],
                InputFormat::Rss | InputFormat::Atom => feed::read_feed(&ctx, &bytes),
                InputFormat::Petrarch => crate::petrarch::read_petrarch(&ctx, &bytes),
                _ => vec![read_text_file(&ctx, &bytes)],
            };
            Box::new(results.into_iter())
        }
    }
}

/// A reader that fails once with a stored error, then reports the end.
struct Failed(Option<io::Error>);

impl Read for Failed {
    fn read(&mut self, _: &mut [u8]) -> io::Result<usize> {
        match self.0.take() {
            Some(e) => Err(e),
            None => Ok(0),
        }
    }
}

/// Reads the rest of an input that is processed whole, up to the size limit.
fn read_whole(ctx: &Ctx, reader: Box<dyn BufRead + Send>) -> Result<Vec<u8>, IngestError> {
    let limit = ctx.opts.max_document_bytes;
    let mut bytes = Vec::new();
    let mut limited = reader.take(limit as u64 + 1);
    if let Err(e) = limited.read_to_end(&mut bytes) {
        return Err(ctx.io_error(bytes.len() as u64, &e));
    }
    if bytes.len() > limit {
        return Err(IngestError::file(&ctx.name, ctx.too_large()));
    }
    Ok(bytes)
}

/// Reads into `buf` until it holds `n` bytes or the input ends.
fn read_up_to(r: &mut dyn Read, buf: &mut Vec<u8>, n: usize) -> io::Result<()> {
    r.take((n - buf.len()) as u64).read_to_end(buf).map(|_| ())
}

/// Decodes text as UTF-8, replacing each invalid sequence and each NUL
/// byte with U+FFFD and counting them: scraped pages and files often carry
/// a stray byte of another encoding, which must not cost the document.
pub(crate) fn decode_lossy<'a>(ctx: &Ctx, bytes: &'a [u8]) -> Cow<'a, str> {
    if let Ok(s) = std::str::from_utf8(bytes) {
        if !s.contains('\0') {
            return Cow::Borrowed(s);
        }
    }
    let mut out = String::with_capacity(bytes.len());
    let mut replaced = 0u64;
    for chunk in bytes.utf8_chunks() {
        for c in chunk.valid().chars() {
            if c == '\0' {
                out.push(char::REPLACEMENT_CHARACTER);
                replaced += 1;
            } else {
                out.push(c);
            }
        }
        if !chunk.invalid().is_empty() {
            out.push(char::REPLACEMENT_CHARACTER);
            replaced += 1;
        }
    }
    ctx.replaced.fetch_add(replaced, Ordering::Relaxed);
    Cow::Owned(out)
}

/// A plain-text file: one document, the first line taken as headline when it looks like one.
fn read_text_file(ctx: &Ctx, bytes: &[u8]) -> Result<Document, IngestError> {
    let text = decode_lossy(ctx, bytes);
    let meta = Meta {
        id: ctx.name.clone(),
        origin: ctx.origin(),
        ..Meta::default()
    };
    finish(&text, meta, true).map_err(|m| IngestError::file(&ctx.name, m))
}

/// An HTML file: one page, one document.
fn read_html_file(ctx: &Ctx, bytes: &[u8]) -> Result<Document, IngestError> {
    let text = decode_lossy(ctx, bytes);
    let page = html::extract_html(&text).map_err(|m| IngestError::file(&ctx.name, m))?;
    let meta = Meta {
        id: ctx.name.clone(),
        origin: ctx.origin(),
        ..Meta::default()
    };
    html::finish_page(page, meta).map_err(|m| IngestError::file(&ctx.name, m))
}

/// Runs `f`, turning a panic inside a third-party parser into an error
/// message so that one bad document cannot stop a batch.
pub(crate) fn guard<T>(what: &str, f: impl FnOnce() -> Result<T, String>) -> Result<T, String> {
    std::panic::catch_unwind(std::panic::AssertUnwindSafe(f))
        .unwrap_or_else(|_| Err(format!("internal error in the {what} parser")))
}

/// The path as shown in messages and ids.
fn display(p: &Path) -> String {
    p.display().to_string()
}

/// An io::Error's reason without the "(os error 2)" noise.
pub(crate) fn io_reason(e: &io::Error) -> String {
    let s = e.to_string();
    match s.find(" (os error") {
        Some(i) => s[..i].to_string(),
        None => s,
    }
}
