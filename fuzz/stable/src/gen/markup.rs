//! Markup and container generators: HTML trees, feeds, JSON Lines, WARC,
//! compressed streams.

use std::io::Write;

use super::text::{date_string, news_text};
use super::{sentence, truncate_str, words, ATTRS, CLASSES, TAGS, VOID, WORDS};
use crate::rng::Rng;

fn attr_value(r: &mut Rng) -> String {
    match r.below(8) {
        0 => r.pick(CLASSES).to_string(),
        1 => date_string(r),
        2 => "x".repeat(r.log_size(1_000_000)),
        3 => "&amp;&#0;&#x110000;&#xD800;&#99999999999;&bogus;&".to_string(),
        4 => "javascript:alert(1)\"'><".to_string(),
        _ => r.pick(CLASSES).to_string(),
    }
}

fn html_tree(r: &mut Rng, depth: usize, budget: &mut usize, out: &mut String) {
    if *budget == 0 {
        return;
    }
    *budget -= 1;
    let tag = r.pick(TAGS);
    out.push('<');
    out.push_str(tag);
    for _ in 0..if r.one_in(3) { r.range(1, 4) } else { 0 } {
        out.push(' ');
        out.push_str(r.pick(ATTRS));
        out.push_str("=\"");
        out.push_str(&attr_value(r));
        out.push('"');
    }
    out.push('>');
    let kids = if depth == 0 { 0 } else { r.range(0, 5) };
    for _ in 0..kids {
        match r.below(7) {
            0 | 1 => {
                let mut w = String::new();
                { let n = r.range(1, 40); words(r, n, &mut w); }
                out.push_str(&w);
            }
            2 => {
                out.push('<');
                out.push_str(r.pick(VOID));
                out.push('>');
            }
            3 if r.one_in(4) => out.push_str(r.pick(&["<!-- comment -->", "<![CDATA[x]]>", "<!--", "&nbsp;", "&#xFFFF;", "</p>", "</div></div>", "<?php ?>", "<!DOCTYPE html>"])),
            _ => html_tree(r, depth - 1, budget, out),
        }
    }
    if !r.one_in(6) {
        out.push_str("</");
        out.push_str(tag);
        out.push('>');
    }
}

/// An HTML page: random trees, deep nesting, wide pages, huge text.
pub fn html(r: &mut Rng) -> (&'static str, Vec<u8>) {
    let mut s = String::new();
    if r.one_in(2) {
        s.push_str("<!DOCTYPE html><html><head><meta charset=\"utf-8\"><title>");
        { let n = r.range(0, 12); words(r, n, &mut s); }
        s.push_str("</title>");
        if r.one_in(2) {
            s.push_str(&format!("<meta property=\"article:published_time\" content=\"{}\">", date_string(r)));
        }
        s.push_str("</head><body>");
    }
    let family = match r.below(8) {
        0 | 1 => {
            let mut budget = r.log_size(20_000).max(1);
            let depth = r.log_size(200).max(1);
            while budget > 0 && s.len() < r.cap {
                html_tree(r, depth, &mut budget, &mut s);
            }
            "html_tree"
        }
        2 | 3 => {
            // Deep nesting, unclosed or closed: the known stack overflow is
            // 10,000 unclosed <div><span>.
            let n = if r.one_in(3) { [1_000, 3_000, 5_000, 10_000, 20_000, 50_000][r.below(6)].min(r.cap) } else { r.log_size(100_000) };
            let pair: &[&str] = [
                &["div", "span"][..], &["div"], &["span"], &["table", "tr", "td"], &["ul", "li"], &["b", "i"], &["a"], &["font"],
                &["p"], &["blockquote"], &["section", "article"], &["svg"], &["math", "mi"], &["select", "option"], &["template"],
                &["nobr"], &["em", "strong", "u"], &["dl", "dd"], &["object"], &["button"],
            ][r.below(20)];
            let closed = r.one_in(3);
            let text_every = if r.one_in(2) { 0 } else { r.range(1, 50) };
            for i in 0..n {
                for t in pair {
                    s.push('<');
                    s.push_str(t);
                    if r.one_in(20) {
                        s.push_str(" class=\"");
                        s.push_str(r.pick(CLASSES));
                        s.push('"');
                    }
                    s.push('>');
                }
                if text_every > 0 && i % text_every == 0 {
                    s.push_str(&sentence(r));
                }
            }
            s.push_str(&sentence(r));
            if closed {
                for _ in 0..n {
                    for t in pair.iter().rev() {
                        s.push_str("</");
                        s.push_str(t);
                        s.push('>');
                    }
                }
            }
            "html_deep"
        }
        4 | 5 => {
            // Wide: many elements side by side.
            let n = r.log_size(300_000);
            let el = r.pick(&["p", "a", "li", "div", "br", "script", "img", "span", "h2", "td", "meta", "option"]);
            for _ in 0..n {
                if s.len() > r.cap {
                    break;
                }
                s.push('<');
                s.push_str(el);
                s.push('>');
                if r.one_in(3) {
                    s.push_str(&sentence(r));
                } else {
                    s.push_str(r.pick(WORDS));
                }
                if r.one_in(2) {
                    s.push_str("</");
                    s.push_str(el);
                    s.push('>');
                }
            }
            "html_wide"
        }
        6 => {
            // Huge text or attribute.
            let n = r.log_size(20_000_000);
            s.push_str("<article><p>");
            let unit = r.pick(&["a", "word ", "&amp;", "&nbsp;", "é", "北京 ", ". ", "\n", "<br>", "&#x1F600;", "\u{0}"]);
            while s.len() < n {
                s.push_str(unit);
            }
            s.push_str("</p></article>");
            "html_huge"
        }
        _ => {
            // News-like page with an article among boilerplate.
            s.push_str("<nav><ul><li><a href=\"/\">Home</a></li></ul></nav><div class=\"ad\">Advertisement</div><article><h1>");
            { let n = r.range(1, 12); words(r, n, &mut s); }
            s.push_str("</h1><time datetime=\"");
            s.push_str(&date_string(r));
            s.push_str("\">x</time>");
            for _ in 0..r.range(1, 40) {
                if s.len() > r.cap {
                    break;
                }
                s.push_str("<p>");
                let p = r.capped(100_000, news_text);
                s.push_str(&String::from_utf8_lossy(&p));
                s.push_str("</p>");
            }
            s.push_str("</article><footer>(c) 2019</footer>");
            "html_news"
        }
    };
    if r.one_in(2) {
        s.push_str("</body></html>");
    }
    truncate_str(&mut s, r.cap);
    (family, s.into_bytes())
}

fn xml_escape(s: &str) -> String {
    s.replace('&', "&amp;").replace('<', "&lt;").replace('>', "&gt;")
}

/// An RSS or Atom feed: DOCTYPE internal subsets with entities (nested:
/// "billion laughs"), external entities, many items, deep nesting, escaped
/// HTML content.
pub fn feed(r: &mut Rng) -> (&'static str, Vec<u8>) {
    let atom = r.one_in(2);
    let mut s = String::new();
    if !r.one_in(5) {
        s.push_str(r.pick(&["<?xml version=\"1.0\" encoding=\"utf-8\"?>\n", "<?xml version=\"1.0\" encoding=\"ISO-8859-1\"?>\n", "<?xml version=\"1.1\"?>", "\u{feff}<?xml version=\"1.0\" encoding=\"UTF-16\"?>"]));
    }
    let mut family = if atom { "feed_atom" } else { "feed_rss" };
    let mut ent = String::from("&amp;");
    if r.one_in(2) {
        family = "feed_doctype";
        let root = if atom { "feed" } else { "rss" };
        s.push_str(&format!("<!DOCTYPE {root} [\n"));
        match r.below(4) {
            0 => {
                // Billion laughs, up to 10 levels of 10.
                let levels = r.range(1, 10);
                s.push_str("<!ENTITY lol0 \"lol\">\n");
                for l in 1..=levels {
                    let body = format!("&lol{};", l - 1).repeat(10);
                    s.push_str(&format!("<!ENTITY lol{l} \"{body}\">\n"));
                }
                ent = format!("&lol{levels};");
            }
            1 => {
                s.push_str("<!ENTITY xxe SYSTEM \"file:///etc/passwd\">\n<!ENTITY % p SYSTEM \"http://127.0.0.1/x.dtd\"> %p;\n");
                ent = "&xxe;".into();
            }
            2 => {
                // A huge entity.
                let n = r.log_size(4_000_000);
                s.push_str(&format!("<!ENTITY big \"{}\">\n", "A".repeat(n)));
                ent = "&big;".into();
            }
            _ => {
                s.push_str("<!ENTITY a \"&b;\"><!ENTITY b \"&a;\">\n<!ELEMENT item ANY><!ATTLIST item x CDATA #IMPLIED>\n");
                ent = "&a;".into();
            }
        }
        s.push_str("]>\n");
    }
    if atom {
        s.push_str("<feed xmlns=\"http://www.w3.org/2005/Atom\"><title>T</title><id>urn:x</id><updated>");
        s.push_str(&date_string(r));
        s.push_str("</updated>");
    } else {
        s.push_str("<rss version=\"2.0\" xmlns:dc=\"http://purl.org/dc/elements/1.1/\" xmlns:content=\"http://purl.org/rss/1.0/modules/content/\"><channel><title>T</title><link>https://x.example/</link>");
    }
    let items = if r.one_in(4) { r.log_size(50_000) } else { r.range(0, 8) };
    let deep = if r.one_in(5) { r.log_size(50_000) } else { 0 };
    let item_cap = if items > 16 { 2_000 } else { 1_000_000 };
    for i in 0..items {
        if s.len() > r.cap {
            break;
        }
        let (open, close) = if atom { ("<entry>", "</entry>") } else { ("<item>", "</item>") };
        s.push_str(open);
        let mut title = String::new();
        { let n = r.range(0, 10); words(r, n, &mut title); }
        let mut body = String::from_utf8_lossy(&r.capped(item_cap, news_text)).into_owned();
        if r.one_in(3) {
            body = String::from_utf8_lossy(&r.capped(item_cap, html).1).into_owned();
        }
        let body = if r.one_in(3) { format!("<![CDATA[{body}]]>") } else { xml_escape(&body) };
        let date = xml_escape(&date_string(r));
        if atom {
            s.push_str(&format!("<title>{} {ent}</title><id>urn:{i}</id><link href=\"https://x.example/{i}\"/><published>{date}</published><updated>{date}</updated><content type=\"html\">{body}</content>", xml_escape(&title)));
        } else {
            s.push_str(&format!("<title>{} {ent}</title><link>https://x.example/{i}</link><guid>{i}</guid><pubDate>{date}</pubDate><dc:date>{date}</dc:date><description>{body}</description>", xml_escape(&title)));
            if r.one_in(3) {
                s.push_str(&format!("<content:encoded>{ent}{body}</content:encoded>"));
            }
        }
        if i == 0 && deep > 0 {
            let t = r.pick(&["x", "category", "media:group", "author", "source"]);
            for _ in 0..deep {
                s.push_str(&format!("<{t}>"));
            }
            for _ in 0..deep {
                s.push_str(&format!("</{t}>"));
            }
        }
        if !r.one_in(10) {
            s.push_str(close);
        }
    }
    if !r.one_in(8) {
        s.push_str(if atom { "</feed>" } else { "</channel></rss>" });
    }
    (family, s.into_bytes())
}

fn json_str(s: &str) -> String {
    let mut o = String::from("\"");
    for c in s.chars() {
        match c {
            '"' => o.push_str("\\\""),
            '\\' => o.push_str("\\\\"),
            c if (c as u32) < 0x20 => o.push_str(&format!("\\u{:04x}", c as u32)),
            c => o.push(c),
        }
    }
    o.push('"');
    o
}

/// JSON Lines with odd fields: wrong types, lone surrogates, deep nesting,
/// huge strings, duplicate keys, blank and broken lines.
pub fn jsonl(r: &mut Rng) -> (&'static str, Vec<u8>) {
    let mut s = String::new();
    let lines = if r.one_in(5) { r.log_size(100_000) } else { r.range(1, 10) };
    let line_cap = if lines > 16 { 2_000 } else { 1_000_000 };
    for i in 0..lines {
        if s.len() > r.cap {
            break;
        }
        let text = String::from_utf8_lossy(&r.capped(line_cap, news_text)).into_owned();
        let v = |r: &mut Rng, good: String| -> String {
            match r.below(12) {
                0 => "null".into(),
                1 => "12345678901234567890123456789".into(),
                2 => "-1.5e308".into(),
                3 => "[\"a\", 1, {}]".into(),
                4 => "{\"text\": \"x\"}".into(),
                5 => "\"\\ud800\\udbff\\u0000\"".into(),
                6 => "true".into(),
                7 => format!("{}{}", "[".repeat(r.log_size(100_000)), "]".repeat(r.below(3))),
                _ => good,
            }
        };
        let mut fields = Vec::new();
        fields.push(format!("\"id\": {}", v(r, format!("\"{i}\""))));
        if r.one_in(2) {
            fields.push(format!("\"text\": {}", v(r, json_str(&text))));
        } else {
            let h = json_str(&String::from_utf8_lossy(&r.capped(line_cap, html).1));
            fields.push(format!("\"html\": {}", v(r, h)));
        }
        for k in ["title", "date", "published", "url", "source", "language"] {
            if r.one_in(2) {
                let good = match k {
                    "date" | "published" => json_str(&date_string(r)),
                    "language" => json_str(r.pick(&["en", "fr", "", "xx", "eng", "EN", "zh-Hant", "\u{0}"])),
                    _ => json_str(&sentence(r)),
                };
                fields.push(format!("\"{k}\": {}", v(r, good)));
            }
        }
        if r.one_in(6) {
            fields.push(fields[0].clone());
        }
        let line = match r.below(20) {
            0 => "".into(),
            1 => "not json".into(),
            2 => format!("{{{}", fields.join(", ")),
            3 => format!("[{{{}}}]", fields.join(", ")),
            _ => format!("{{{}}}", fields.join(", ")),
        };
        s.push_str(&line);
        s.push_str(r.pick(&["\n", "\r\n", "\n\n", "\n", "\u{0}\n"]));
    }
    if r.one_in(10) {
        s.insert(0, '\u{feff}');
    }
    ("jsonl", s.into_bytes())
}

/// WARC records with bad, huge, negative or missing lengths, odd record
/// types, HTTP payloads with odd headers and chunked bodies.
pub fn warc(r: &mut Rng) -> (&'static str, Vec<u8>) {
    let mut out: Vec<u8> = Vec::new();
    let records = if r.one_in(5) { r.log_size(20_000) } else { r.range(1, 6) };
    let record_cap = if records > 16 { 2_000 } else { 2_000_000 };
    for i in 0..records {
        if out.len() > r.cap {
            break;
        }
        let (_, page) = if r.one_in(3) { ("text", r.capped(record_cap, news_text)) } else { r.capped(record_cap, html) };
        let mut payload: Vec<u8> = Vec::new();
        let kind = r.pick(&["response", "resource", "request", "metadata", "warcinfo", "revisit", "conversion", "bogus", ""]);
        if kind == "response" || r.one_in(5) {
            let chunked = r.one_in(4);
            write!(
                payload,
                "{} {}\r\nContent-Type: {}\r\n{}{}\r\n",
                r.pick(&["HTTP/1.1", "HTTP/1.0", "HTTP/2", "ICY", ""]),
                r.pick(&["200 OK", "404 Not Found", "301 Moved", "999 X", "", "200"]),
                r.pick(&["text/html; charset=utf-8", "text/html; charset=iso-8859-1", "text/html; charset=bogus", "text/plain", "application/pdf", "text/html;charset=\"utf-16\"", ""]),
                if chunked { "Transfer-Encoding: chunked\r\n" } else { "" },
                if r.one_in(4) { "Content-Encoding: gzip\r\n" } else { "" },
            )
            .unwrap();
            if chunked {
                for c in page.chunks(r.range(1, 4096)) {
                    write!(payload, "{:x}\r\n", if r.one_in(8) { c.len() * 3 } else { c.len() }).unwrap();
                    payload.extend_from_slice(c);
                    payload.extend_from_slice(b"\r\n");
                }
                payload.extend_from_slice(b"0\r\n\r\n");
            } else {
                payload.extend_from_slice(&page);
            }
        } else {
            payload.extend_from_slice(&page);
        }
        let len = payload.len() as i128;
        let length = match r.below(10) {
            0 => "-1".into(),
            1 => (len + r.range(1, 5000) as i128).to_string(),
            2 => (len - r.below(len as usize + 1) as i128).to_string(),
            3 => "18446744073709551616".into(),
            4 => "99999999999999".into(),
            5 => " 12 ".into(),
            6 => "0x10".into(),
            _ => len.to_string(),
        };
        write!(out, "{}\r\n", r.pick(&["WARC/1.0", "WARC/1.1", "WARC/0.17", "WARC/", "warc/1.0", "WARC/1.0"])).unwrap();
        if !kind.is_empty() {
            write!(out, "WARC-Type: {kind}\r\n").unwrap();
        }
        write!(out, "WARC-Record-ID: <urn:uuid:{i}>\r\nWARC-Date: {}\r\n", date_string(r)).unwrap();
        if !r.one_in(6) {
            write!(out, "WARC-Target-URI: {}\r\n", r.pick(&["https://x.example/a", "", "not a uri", "https://x.example/robots.txt", "dns:x"])).unwrap();
        }
        write!(out, "Content-Type: {}\r\n", r.pick(&["application/http; msgtype=response", "text/html", "application/warc-fields", "text/plain"])).unwrap();
        if !r.one_in(10) {
            write!(out, "Content-Length: {length}\r\n").unwrap();
        }
        if r.one_in(10) {
            out.extend_from_slice(format!("X-Long: {}\r\n", "h".repeat(r.log_size(2_000_000))).as_bytes());
        }
        out.extend_from_slice(b"\r\n");
        out.extend_from_slice(&payload);
        if !r.one_in(8) {
            out.extend_from_slice(b"\r\n\r\n");
        }
    }
    if r.one_in(5) {
        let cut = r.below(out.len() + 1);
        out.truncate(cut);
    }
    ("warc", out)
}

/// gzip or zstd of `inner`, sometimes truncated or corrupted, sometimes
/// several members, sometimes a bomb (a huge run of one byte).
pub fn compressed(r: &mut Rng, inner: Vec<u8>) -> Vec<u8> {
    let inner = if r.one_in(8) { vec![if r.one_in(2) { b'a' } else { 0 }; [1 << 20, 17 << 20, 200 << 20][r.below(3)]] } else { inner };
    let mut out = if r.one_in(2) {
        let mut e = flate2::write::GzEncoder::new(Vec::new(), flate2::Compression::new(r.below(10) as u32));
        e.write_all(&inner).unwrap();
        let mut v = e.finish().unwrap();
        if r.one_in(4) {
            // A second member.
            let mut e = flate2::write::GzEncoder::new(Vec::new(), flate2::Compression::fast());
            e.write_all(&inner[..inner.len() / 2]).unwrap();
            v.extend(e.finish().unwrap());
        }
        v
    } else {
        zstd::encode_all(&inner[..], r.range(1, 9) as i32).unwrap()
    };
    match r.below(5) {
        0 => {
            let cut = r.below(out.len() + 1);
            out.truncate(cut);
        }
        1 if !out.is_empty() => {
            for _ in 0..r.range(1, 8) {
                let at = r.below(out.len());
                out[at] ^= 1 << r.below(8);
            }
        }
        _ => {}
    }
    out
}
