//! Byte offset to character offset conversion for a whole document.

/// Bytes per checkpoint. Small enough that counting inside a block is a
/// handful of instructions, large enough that the table is ~3% of the text.
const BLOCK: usize = 256;

/// Converts byte offsets into character (Unicode scalar value) offsets.
///
/// Built once per document in one pass; each lookup then costs one table
/// read plus a count of at most 255 bytes. Pure-ASCII documents need no
/// table at all (byte and character offsets coincide).
///
/// ```
/// use dyad_segment::CharOffsets;
/// let text = "Café au lait";
/// let offsets = CharOffsets::new(text);
/// assert_eq!(offsets.char_offset(6), 5); // the space after "Café"
/// ```
#[derive(Debug, Clone)]
pub struct CharOffsets<'a> {
    bytes: &'a [u8],
    /// Characters before the start of each block; empty for ASCII text.
    block_chars: Vec<usize>,
}

impl<'a> CharOffsets<'a> {
    /// Indexes `text`. The result borrows the text.
    pub fn new(text: &'a str) -> Self {
        let bytes = text.as_bytes();
        if bytes.is_ascii() {
            return CharOffsets {
                bytes,
                block_chars: Vec::new(),
            };
        }
        let mut block_chars = Vec::with_capacity(bytes.len() / BLOCK + 1);
        let mut count = 0usize;
        for chunk in bytes.chunks(BLOCK) {
            block_chars.push(count);
            count += count_char_starts(chunk);
        }
        CharOffsets { bytes, block_chars }
    }

    /// The number of characters that start before byte offset `byte`.
    ///
    /// For a char boundary this equals `text[..byte].chars().count()`. An
    /// offset inside a multi-byte character gives the index of the character
    /// after it; an offset past the end is treated as the end of the text.
    pub fn char_offset(&self, byte: usize) -> usize {
        let byte = byte.min(self.bytes.len());
        if self.block_chars.is_empty() {
            return byte;
        }
        let block = byte / BLOCK;
        // `byte == len` with `len` a multiple of BLOCK falls one past the
        // last block; count from the last block start instead.
        let block = block.min(self.block_chars.len() - 1);
        let base = block * BLOCK;
        self.block_chars[block] + count_char_starts(&self.bytes[base..byte])
    }

    /// Converts a byte span into a character span (start and end offsets).
    pub fn char_span(&self, span: crate::Span) -> crate::Span {
        crate::Span {
            start: self.char_offset(span.start),
            end: self.char_offset(span.end),
        }
    }
}

/// Counts the bytes that begin a UTF-8 character (i.e. are not `10xxxxxx`).
fn count_char_starts(bytes: &[u8]) -> usize {
    bytes.iter().filter(|&&b| (b as i8) >= -0x40).count()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn matches_char_count_across_blocks() {
        // 2-byte chars so that the text length is an exact multiple of BLOCK.
        let text = "é".repeat(BLOCK);
        let offsets = CharOffsets::new(&text);
        for b in (0..=text.len()).step_by(2) {
            assert_eq!(offsets.char_offset(b), b / 2);
        }
        // Inside a character: the index of the character after it.
        assert_eq!(offsets.char_offset(1), 1);
        assert_eq!(offsets.char_offset(usize::MAX), BLOCK);
    }

    #[test]
    fn ascii_is_identity() {
        let offsets = CharOffsets::new("plain text");
        assert_eq!(offsets.char_offset(5), 5);
        assert_eq!(offsets.char_offset(99), 10);
        let span = crate::Span { start: 1, end: 3 };
        assert_eq!(offsets.char_span(span), span);
    }
}
