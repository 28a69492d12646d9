//! Entities of a stream: any [`BufRead`], read a piece at a time, in bounded memory.
//!
//! An entity never spans two lines, and no rule of context looks past its line (neighbours
//! are looked for on the same line; a link between two entities is a word or a sign on one
//! line). So a stream is read in pieces of whole lines, and each piece yields what reading the
//! whole text at once would. A line longer than a piece is cut at a space, and read again
//! around the cut with a window on each side: the entities before the cut are given from the
//! first reading (which saw the window after them), the rest from the next (which sees the
//! window before them).
//!
//! Where the pieces are cut depends on the text alone, never on how the reader hands it over:
//! one byte at a time or all at once, the entities are the same.

use super::{Entity, Extractor};
use std::io::{self, BufRead};

/// The longest stretch of text read at once, by default: 256 KiB. The entities of a piece are
/// held until they are given, each several times the size of its text (a line of `1 1 1 …`
/// is an entity every two bytes), so the piece bounds the memory (16 MB for that line, with
/// the room of a piece's entities kept from piece to piece); a smaller one costs time where
/// text repeats itself, since the places within a few KiB of a piece's ends are read whole,
/// not echoed (see `echo`: `năm năm …` took 0.41 s for 8 MB in pieces of 64 KiB, 0.16 s in
/// pieces of 256 KiB).
const PIECE: usize = 256 << 10;

/// The most taken from the reader at a time, so that a reader handing over its whole input
/// at once is still read in bounded memory.
const TAKE: usize = 64 << 10;

/// An entity found in a stream, with the text it spans.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Found {
    /// The entity; its span is in bytes from the start of the stream.
    pub entity: Entity,
    /// The text it spans, as in the stream.
    pub text: String,
}

impl Found {
    /// The entity as one line of the contract's JSON Lines, as [`Entity::to_json`] writes it
    /// for the whole text.
    ///
    /// ```
    /// use vnparse::Extractor;
    /// let text = "Dòng đầu.\ntăng 7,22%";
    /// let extractor = Extractor::new();
    /// let found: Vec<_> = extractor.stream(text.as_bytes()).collect::<Result<_, _>>().unwrap();
    /// assert_eq!(found[0].to_json(), vnparse::extract(text)[0].to_json(text));
    /// ```
    pub fn to_json(&self) -> String {
        let mut line = String::with_capacity(128);
        self.write_json(&mut line);
        line
    }

    /// Appends the entity's JSON line (with no line break) to `line`: a caller writing many
    /// lines keeps one buffer.
    ///
    /// ```
    /// use vnparse::Extractor;
    /// let extractor = Extractor::new();
    /// let mut line = String::new();
    /// for found in extractor.stream("tăng 7,22%".as_bytes()) {
    ///     found.unwrap().write_json(&mut line);
    /// }
    /// assert!(line.ends_with(r#""text":"7,22%","value":"7.22"}"#));
    /// ```
    pub fn write_json(&self, line: &mut String) {
        FoundRef {
            entity: &self.entity,
            text: &self.text,
        }
        .write_json(line);
    }
}

/// An entity found in a stream and the text it spans, both borrowed from the stream: what
/// [`Stream::next_ref`] gives, with no copy.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct FoundRef<'s> {
    /// The entity; its span is in bytes from the start of the stream.
    pub entity: &'s Entity,
    /// The text it spans, as in the stream.
    pub text: &'s str,
}

impl FoundRef<'_> {
    /// Appends the entity's JSON line (with no line break) to `line`, as [`Found::write_json`]
    /// does.
    ///
    /// ```
    /// use vnparse::Extractor;
    /// let extractor = Extractor::new();
    /// let mut stream = extractor.stream("tăng 7,22%".as_bytes());
    /// let mut line = String::new();
    /// while let Some(found) = stream.next_ref() {
    ///     found.unwrap().write_json(&mut line);
    /// }
    /// assert!(line.ends_with(r#""text":"7,22%","value":"7.22"}"#));
    /// ```
    pub fn write_json(&self, line: &mut String) {
        self.entity
            .write_json(line, self.entity.span.clone(), self.text);
    }

    /// A copy of the entity and its text, as the stream's iterator gives them.
    ///
    /// ```
    /// use vnparse::Extractor;
    /// let extractor = Extractor::new();
    /// let mut stream = extractor.stream("tăng 7,22%".as_bytes());
    /// let found = stream.next_ref().unwrap().unwrap();
    /// assert_eq!(found.to_found().text, "7,22%");
    /// ```
    pub fn to_found(&self) -> Found {
        Found {
            entity: self.entity.clone(),
            text: self.text.to_owned(),
        }
    }
}

/// The entities of a stream, in order: see [`Extractor::stream`].
#[derive(Debug)]
pub struct Stream<'e, R> {
    extractor: &'e Extractor,
    reader: R,
    /// The text read and not yet done with; its first byte is at `base` in the stream.
    buffer: Vec<u8>,
    base: usize,
    /// Entities starting before this offset were given already (from a long line's cut).
    given_to: usize,
    /// The entities of the last piece read, with spans in that piece, and its text, which
    /// begins at `read_from` in the stream; those from `given` up to `give_until` are to be
    /// given, each with its span moved into the stream as it is. (They are given where they
    /// lie: an entity is not moved, nor its span set, in a pass of its own. The room is kept
    /// from piece to piece.)
    ready: Vec<Entity>,
    given: usize,
    give_until: usize,
    read: String,
    read_from: usize,
    piece: usize,
    at_end: bool,
    failed: bool,
}

impl Extractor {
    /// The entities of the text `reader` gives, in order, with spans in bytes from the start of
    /// the stream, read in bounded memory (a piece of 256 KiB at most, see
    /// [`Stream::with_piece`]). The entities are those [`Extractor::extract`] finds in the
    /// whole text. Text that is not UTF-8 ends the stream with an error of kind
    /// [`io::ErrorKind::InvalidData`] that names the offset of the first bad byte.
    ///
    /// ```
    /// use vnparse::Extractor;
    /// let text = "Chi 810 triệu đồng.\nTăng 7,22% so với năm 2023.";
    /// let extractor = Extractor::new();
    /// let spans: Vec<_> = extractor
    ///     .stream(text.as_bytes())
    ///     .map(|found| found.unwrap().entity.span)
    ///     .collect();
    /// let whole: Vec<_> = extractor.extract(text).into_iter().map(|e| e.span).collect();
    /// assert_eq!(spans, whole);
    /// ```
    pub fn stream<R: BufRead>(&self, reader: R) -> Stream<'_, R> {
        Stream {
            extractor: self,
            reader,
            buffer: Vec::new(),
            base: 0,
            given_to: 0,
            ready: Vec::new(),
            given: 0,
            give_until: 0,
            read: String::new(),
            read_from: 0,
            piece: PIECE,
            at_end: false,
            failed: false,
        }
    }
}

impl<R: BufRead> Stream<'_, R> {
    /// This stream read in pieces of at most `bytes` bytes (at least 64): less memory, and
    /// more lines cut where a line is longer than a piece.
    ///
    /// ```
    /// use vnparse::Extractor;
    /// let text = "Chi 810 triệu đồng, tăng 7,22% so với năm 2023. ".repeat(20);
    /// let extractor = Extractor::new();
    /// let pieces: Vec<_> = extractor
    ///     .stream(text.as_bytes())
    ///     .with_piece(256)
    ///     .map(|found| found.unwrap().entity)
    ///     .collect();
    /// assert_eq!(pieces, extractor.extract(&text));
    /// ```
    pub fn with_piece(mut self, bytes: usize) -> Self {
        self.piece = bytes.max(64);
        self
    }

    /// The window read again on each side of a cut in a long line.
    fn window(&self) -> usize {
        (self.piece / 4).min(4096)
    }

    /// Takes more text from the reader into the buffer; `Ok(false)` at the end of the stream.
    fn fill(&mut self) -> io::Result<bool> {
        loop {
            match self.reader.fill_buf() {
                Ok([]) => return Ok(false),
                Ok(available) => {
                    // At most TAKE bytes at a time.
                    let taken = available
                        .split_at_checked(TAKE)
                        .map_or(available, |(head, _)| head);
                    let n = taken.len();
                    self.buffer.extend_from_slice(taken);
                    self.reader.consume(n);
                    return Ok(true);
                }
                Err(e) if e.kind() == io::ErrorKind::Interrupted => {}
                Err(e) => return Err(e),
            }
        }
    }

    /// Reads the next piece of the buffer into `ready`.
    fn read_piece(&mut self) -> io::Result<()> {
        let limit = self.piece.min(self.buffer.len());
        let (end, give_to, keep_from) = if self.at_end && self.buffer.len() <= self.piece {
            // The rest of the stream.
            let all = self.buffer.len();
            (all, all, all)
        } else if let Some(newline) = self
            .buffer
            .get(..limit)
            .and_then(|b| b.iter().rposition(|&b| b == b'\n'))
        {
            // Whole lines (the newline is inside the buffer: one past it is no overflow).
            let after = newline.saturating_add(1);
            (after, after, after)
        } else {
            // A line longer than a piece: read up to a cut near the end of the piece, give what
            // starts a window before that, and keep a window before that to read again. Each
            // cut is at a space within a window before its mark, or else at a character, so
            // that every piece moves the stream on.
            let window = self.window();
            // (No place to cut in a whole piece: it is not UTF-8, and reading it says so.)
            let end = match cut_near(&self.buffer, limit, window) {
                0 => limit,
                end => end,
            };
            let give_to = cut_near(&self.buffer, end.saturating_sub(window), window);
            let look_back = cut_near(&self.buffer, give_to.saturating_sub(window), window);
            let keep_from = [look_back, give_to, end]
                .into_iter()
                .find(|&cut| cut > 0)
                .unwrap_or(end);
            (end, give_to, keep_from)
        };
        // `end` is never past the buffer: it is its length, one past a newline found in it, or
        // a cut, which `cut_near` bounds by the length.
        #[allow(clippy::indexing_slicing)]
        let text = std::str::from_utf8(&self.buffer[..end]).map_err(|e| {
            io::Error::new(
                io::ErrorKind::InvalidData,
                format!(
                    "not valid UTF-8: invalid byte at offset {}",
                    self.base.saturating_add(e.valid_up_to())
                ),
            )
        })?;
        self.read.clear();
        self.read.push_str(text);
        self.read_from = self.base;
        let base = self.base;
        let found = self
            .extractor
            .extract_into(text, std::mem::take(&mut self.ready));
        // The entities to give are a stretch, as they are in order and apart: those from where
        // the last piece's giving ended, starting before `give_to`.
        let given_in_piece = self.given_to.saturating_sub(base);
        self.given = found.partition_point(|e| e.span.start < given_in_piece);
        self.give_until = found.partition_point(|e| e.span.start < give_to);
        let last_given_end = self
            .give_until
            .checked_sub(1)
            .and_then(|last| found.get(last))
            .filter(|_| self.give_until > self.given)
            .map_or(0, |e| base.saturating_add(e.span.end));
        self.given_to = self
            .given_to
            .max(last_given_end)
            .max(base.saturating_add(give_to));
        self.ready = found;
        self.buffer.drain(..keep_from);
        self.base = self.base.saturating_add(keep_from);
        Ok(())
    }
}

impl<R> Stream<'_, R> {
    /// The `i`th entity of the last piece read, with the text it spans.
    fn found(&self, i: usize) -> Option<FoundRef<'_>> {
        let entity = self.ready.get(i)?;
        let from = entity.span.start.saturating_sub(self.read_from);
        let to = entity.span.end.saturating_sub(self.read_from);
        Some(FoundRef {
            text: self.read.get(from..to).unwrap_or_default(),
            entity,
        })
    }
}

/// The last place at or before `at` where `bytes` may be cut: after a space no more than
/// `window` bytes before it, or else at the start of a character (never at the end of
/// `bytes`, where a character may be incomplete).
fn cut_near(bytes: &[u8], at: usize, window: usize) -> usize {
    let at = at.min(bytes.len());
    let from = at.saturating_sub(window);
    let spaces = bytes.get(from..at).unwrap_or_default();
    if let Some(space) = spaces.iter().rposition(|&b| b == b' ' || b == b'\t') {
        // After the space, which is inside `bytes`.
        return from.saturating_add(space).saturating_add(1);
    }
    (0..=at)
        .rev()
        .find(|&i| bytes.get(i).is_some_and(|&b| !(0x80..0xC0).contains(&b)))
        .unwrap_or(0)
}

impl<R: BufRead> Stream<'_, R> {
    /// The next entity of the stream, with the text it spans borrowed from the stream: what
    /// the iterator gives, with no copy of the text, for a caller that is done with each
    /// entity before it asks for the next (as one writing them out is).
    ///
    /// ```
    /// use vnparse::Extractor;
    /// let extractor = Extractor::new();
    /// let mut stream = extractor.stream("Chi 810 triệu đồng, tăng 7,22%.".as_bytes());
    /// let mut texts = Vec::new();
    /// while let Some(found) = stream.next_ref() {
    ///     texts.push(found.unwrap().text.to_owned());
    /// }
    /// assert_eq!(texts, ["810 triệu đồng", "7,22%"]);
    /// ```
    pub fn next_ref(&mut self) -> Option<io::Result<FoundRef<'_>>> {
        match self.advance()? {
            Ok(i) => self.found(i).map(Ok),
            Err(e) => Some(Err(e)),
        }
    }

    /// Reads on until an entity is ready to be given, and gives it: its index in `ready`.
    fn advance(&mut self) -> Option<io::Result<usize>> {
        loop {
            if self.given < self.give_until {
                let i = self.given;
                self.given = i.saturating_add(1);
                // Its span, in the stream.
                let from = self.read_from;
                if let Some(entity) = self.ready.get_mut(i) {
                    entity.span = from.saturating_add(entity.span.start)
                        ..from.saturating_add(entity.span.end);
                }
                return Some(Ok(i));
            }
            if self.failed || self.at_end && self.buffer.is_empty() {
                return None;
            }
            // Read until a whole piece is here (so that where it is cut depends on the text,
            // not on how the reader hands it over), or the stream ends.
            if !self.at_end && self.buffer.len() < self.piece {
                match self.fill() {
                    Ok(more) => self.at_end = !more,
                    Err(e) => {
                        self.failed = true;
                        return Some(Err(e));
                    }
                }
                continue;
            }
            if let Err(e) = self.read_piece() {
                self.failed = true;
                return Some(Err(e));
            }
        }
    }
}

impl<R: BufRead> Iterator for Stream<'_, R> {
    type Item = io::Result<Found>;

    fn next(&mut self) -> Option<Self::Item> {
        let i = match self.advance()? {
            Ok(i) => i,
            Err(e) => return Some(Err(e)),
        };
        // The entity is moved out (it is given once), its text copied.
        let text = self.found(i)?.text.to_owned();
        let entity = std::mem::replace(self.ready.get_mut(i)?, Entity::given());
        Some(Ok(Found { entity, text }))
    }
}

impl Entity {
    /// What stands in a stream's entities for one given: nothing that allocates.
    fn given() -> Self {
        Entity {
            span: 0..0,
            value: super::Value::Number {
                value: crate::number::Amount::Exact(rust_decimal::Decimal::ZERO),
                approx: None,
            },
        }
    }
}
