//! A learner's certificate as one self-contained HTML page that prints on one A4 sheet: no
//! scripts, no pictures, no fonts or styles from elsewhere (`@page { size: A4 }`), so it opens
//! and prints the same on a laptop with no network.
//!
//! Pure: every text comes already translated (the caller formats it through Fluent in the
//! learner's language); this module only escapes it and lays it out.

/// The texts of one certificate, in the learner's language.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Certificate {
    /// BCP 47 tag of the text (the page's `lang`).
    pub lang: String,
    pub title: String,
    /// "This certifies that".
    pub intro: String,
    pub name: String,
    /// "has completed these modules of …".
    pub completed: String,
    /// Titles of the modules completed, in course order.
    pub modules: Vec<String>,
    /// Shown instead of the list when no module is complete yet.
    pub no_modules: String,
    /// "12 of 30 lessons finished."
    pub lessons: String,
    /// "Given at … on …".
    pub given: String,
    /// The caption under the trainer's signature line.
    pub signature: String,
    pub centre: String,
}

/// Text made safe inside HTML elements and attribute values.
pub fn escape(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    for c in crate::text::clean_line(s).chars() {
        match c {
            '&' => out.push_str("&amp;"),
            '<' => out.push_str("&lt;"),
            '>' => out.push_str("&gt;"),
            '"' => out.push_str("&quot;"),
            '\'' => out.push_str("&#39;"),
            c => out.push(c),
        }
    }
    out
}

const STYLE: &str = "@page { size: A4; margin: 12mm; }
* { box-sizing: border-box; }
html, body { margin: 0; padding: 0; }
body { font-family: 'Noto Serif', 'DejaVu Serif', Georgia, 'Times New Roman', serif;
  color: #1d2b24; background: #fff; }
.sheet { width: 186mm; height: 271mm; margin: 0 auto; padding: 8mm;
  border: 3mm double #2f6b4f; display: flex; flex-direction: column; align-items: center;
  text-align: center; page-break-inside: avoid; break-inside: avoid; overflow: hidden; }
.centre { font-size: 13pt; letter-spacing: 0.08em; text-transform: uppercase; color: #2f6b4f;
  margin-top: 10mm; }
h1 { font-size: 28pt; margin: 14mm 0 10mm; font-weight: normal; color: #7a4b12; }
.intro, .completed { font-size: 14pt; margin: 0; }
.name { font-size: 30pt; margin: 8mm 0; padding-bottom: 3mm; border-bottom: 0.4mm solid #7a4b12;
  min-width: 120mm; }
ul { list-style: none; padding: 0; margin: 6mm 0; font-size: 15pt; line-height: 1.6; }
li::before { content: '\\2713\\00a0'; color: #2f6b4f; }
.lessons { font-size: 12pt; color: #444; margin: 2mm 0; }
.spacer { flex: 1; }
.given { font-size: 12pt; margin: 0 0 16mm; }
.signature { width: 70mm; border-top: 0.3mm solid #1d2b24; padding-top: 2mm; font-size: 11pt;
  margin-bottom: 6mm; }
@media screen { body { background: #ddd; } .sheet { background: #fff; margin: 8mm auto; } }";

/// The whole page.
pub fn render(c: &Certificate) -> String {
    let modules = if c.modules.is_empty() {
        format!("<p class=\"lessons\">{}</p>", escape(&c.no_modules))
    } else {
        let items: String = c
            .modules
            .iter()
            .map(|m| format!("<li>{}</li>", escape(m)))
            .collect();
        format!("<ul>{items}</ul>")
    };
    format!(
        "<!DOCTYPE html>
<html lang=\"{lang}\">
<head>
<meta charset=\"utf-8\">
<title>{title} – {name}</title>
<style>
{STYLE}
</style>
</head>
<body>
<div class=\"sheet\">
<div class=\"centre\">{centre}</div>
<h1>{title}</h1>
<p class=\"intro\">{intro}</p>
<div class=\"name\">{name}</div>
<p class=\"completed\">{completed}</p>
{modules}
<p class=\"lessons\">{lessons}</p>
<div class=\"spacer\"></div>
<p class=\"given\">{given}</p>
<div class=\"signature\">{signature}</div>
</div>
</body>
</html>
",
        lang = escape(&c.lang),
        title = escape(&c.title),
        name = escape(&c.name),
        centre = escape(&c.centre),
        intro = escape(&c.intro),
        completed = escape(&c.completed),
        lessons = escape(&c.lessons),
        given = escape(&c.given),
        signature = escape(&c.signature),
    )
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_page_is_self_contained_and_escaped() {
        let page = render(&Certificate {
            lang: "vi".into(),
            title: "Giấy chứng nhận".into(),
            intro: "Chứng nhận".into(),
            name: "Mai <script>alert(1)</script>".into(),
            completed: "đã hoàn thành".into(),
            modules: vec!["Ảnh & ánh sáng".into()],
            no_modules: String::new(),
            lessons: "3/8".into(),
            given: "Cấp tại Sìn Hồ".into(),
            signature: "Giảng viên".into(),
            centre: "Trung tâm Sìn Hồ".into(),
        });
        assert!(page.contains("@page { size: A4"));
        assert!(page.contains("Mai &lt;script&gt;alert(1)&lt;/script&gt;"));
        assert!(page.contains("<li>Ảnh &amp; ánh sáng</li>"));
        assert!(!page.contains("<script"));
        for external in ["http://", "https://", "src=", "@import", "url("] {
            assert!(!page.contains(external), "{external}");
        }
    }
}
