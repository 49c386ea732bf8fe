//! Little-endian binary reading and writing for the model file.

/// Appends values to a byte buffer.
#[derive(Debug, Default)]
pub struct Writer(Vec<u8>);

impl Writer {
    /// The bytes written.
    pub fn into_bytes(self) -> Vec<u8> {
        self.0
    }
    /// Raw bytes.
    pub fn bytes(&mut self, b: &[u8]) {
        self.0.extend_from_slice(b);
    }
    /// A `u32`.
    pub fn u32(&mut self, v: u32) {
        self.0.extend_from_slice(&v.to_le_bytes());
    }
    /// `u64`s.
    pub fn u64s(&mut self, v: &[u64]) {
        for x in v {
            self.0.extend_from_slice(&x.to_le_bytes());
        }
    }
    /// `u32`s.
    pub fn u32s(&mut self, v: &[u32]) {
        for x in v {
            self.0.extend_from_slice(&x.to_le_bytes());
        }
    }
    /// `i16`s.
    pub fn i16s(&mut self, v: &[i16]) {
        for x in v {
            self.0.extend_from_slice(&x.to_le_bytes());
        }
    }
}

/// Reads values from a byte slice; every read checks the length.
#[derive(Debug)]
pub struct Reader<'a> {
    data: &'a [u8],
    pos: usize,
}

impl<'a> Reader<'a> {
    /// Reads `data` from its start.
    pub fn new(data: &'a [u8]) -> Reader<'a> {
        Reader { data, pos: 0 }
    }

    /// The next `n` bytes.
    pub fn bytes(&mut self, n: usize) -> Result<&'a [u8], String> {
        let end = self.pos.checked_add(n).filter(|&e| e <= self.data.len()).ok_or("model file is truncated")?;
        let b = &self.data[self.pos..end];
        self.pos = end;
        Ok(b)
    }
    /// A `u32`.
    pub fn u32(&mut self) -> Result<u32, String> {
        let b = self.bytes(4)?;
        Ok(u32::from_le_bytes([b[0], b[1], b[2], b[3]]))
    }
    /// `n` `u64`s.
    pub fn u64s(&mut self, n: usize) -> Result<Vec<u64>, String> {
        let b = self.bytes(n.checked_mul(8).ok_or("model file is truncated")?)?;
        Ok(b.chunks_exact(8).map(|c| u64::from_le_bytes([c[0], c[1], c[2], c[3], c[4], c[5], c[6], c[7]])).collect())
    }
    /// `n` `u32`s.
    pub fn u32s(&mut self, n: usize) -> Result<Vec<u32>, String> {
        let b = self.bytes(n.checked_mul(4).ok_or("model file is truncated")?)?;
        Ok(b.chunks_exact(4).map(|c| u32::from_le_bytes([c[0], c[1], c[2], c[3]])).collect())
    }
    /// `n` `i16`s.
    pub fn i16s(&mut self, n: usize) -> Result<Vec<i16>, String> {
        let b = self.bytes(n.checked_mul(2).ok_or("model file is truncated")?)?;
        Ok(b.chunks_exact(2).map(|c| i16::from_le_bytes([c[0], c[1]])).collect())
    }
    /// True when every byte has been read.
    pub fn at_end(&self) -> bool {
        self.pos == self.data.len()
    }
}
