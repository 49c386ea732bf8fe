//! Reads news in its real formats and turns each article into a [`Document`]:
//! cleaned text plus metadata (title, publication time, dateline place, url,
//! source, language).

pub mod clean;
pub mod dateline;
