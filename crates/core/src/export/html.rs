//! HTML writer: one self-contained page (no external files) that shows the document on screen as
//! a sheet of paper and prints on A4 with the GB/T 9704 margins, faces and line pitch. Every piece
//! of user text is escaped: a name written `<script>` shows as those characters.

use super::doc::{Doc, DocBlock, Form, Labelled, LabelledText, PageLayout, PageStyle, Span};

/// The style sheet: screen shows a page, print uses A4 with the standard margins.
const STYLE: &str = r#"html { background: #e8e8e8; }
body { margin: 0; color: #000; font-family: "仿宋_GB2312", "仿宋", "FangSong", "STFangsong", "Noto Serif CJK SC", serif; font-size: 16pt; line-height: 28.95pt; }
main { box-sizing: content-box; width: 156mm; min-height: 225mm; margin: 10mm auto; padding: 37mm 26mm 35mm 28mm; background: #fff; box-shadow: 0 1px 4px rgba(0, 0, 0, 0.3); }
p { margin: 0; text-indent: 2em; text-align: justify; }
h1, h2, h3, h4, h5, h6 { margin: 0; font-size: 16pt; font-weight: normal; text-indent: 2em; }
h1.title { font-family: "方正小标宋简体", "方正小标宋_GBK", "华文中宋", "STZhongsong", "宋体", "SimSun", "Noto Serif CJK SC", serif; font-size: 22pt; line-height: 1.45; text-align: center; text-indent: 0; text-wrap: balance; }
h2 { font-family: "黑体", "SimHei", "Heiti SC", "Noto Sans CJK SC", sans-serif; }
h3, .center, .kai { font-family: "楷体_GB2312", "楷体", "KaiTi", "STKaiti", "Noto Serif CJK SC", serif; }
.center { text-align: center; text-indent: 0; }
.plain { text-indent: 0; text-align: left; }
.right { text-align: right; text-indent: 0; padding-right: 4em; }
.label-strong, .attachment-mark, caption { font-family: "黑体", "SimHei", "Heiti SC", "Noto Sans CJK SC", sans-serif; }
.attachment-mark { text-indent: 0; }
.blank { height: 28.95pt; }
strong { font-weight: bold; }
.item { white-space: nowrap; }
table { border-collapse: collapse; width: 100%; margin: 0.5em 0; font-size: 12pt; line-height: 1.4; }
caption { font-size: 16pt; line-height: 28.95pt; }
th, td { border: 1px solid #000; padding: 2pt 4pt; vertical-align: middle; }
th { font-weight: bold; text-align: center; }
hr.page-break { border: none; border-top: 1px dashed #999; margin: 14mm -28mm; }
@media print {
  html { background: none; }
  main { width: auto; min-height: 0; margin: 0; padding: 0; box-shadow: none; }
  hr.page-break { border: none; margin: 0; break-after: page; }
  h1, h2, h3, h4, .center { break-after: avoid; }
}
"#;

/// The page rules of a landscape chart, after the portrait ones they override.
fn page_style(page: PageLayout) -> String {
    let (paper, width, height) = match page {
        PageLayout::A4Portrait => return String::new(),
        PageLayout::A4Landscape => ("A4", 257, 170),
        PageLayout::A3Landscape => ("A3", 380, 257),
    };
    format!(
        "@page {{ size: {paper} landscape; margin: 20mm; }}\n\
         main {{ width: {width}mm; min-height: {height}mm; padding: 20mm; }}\n"
    )
}
/// The page: A4 with the GB/T 9704 margins.
const PAGE: &str = "\n@page { size: A4; margin: 37mm 26mm 35mm 28mm; }\n";

/// The page numbers of an official document: 「— 1 —」 right on odd pages, left on even ones.
/// Forms (ballots, sign-in sheets) have none.
const PAGE_NUMBERS: &str = r#"@page :right { @bottom-right { content: "— " counter(page) " —"; font-family: "宋体", "SimSun", "Songti SC", "Noto Serif CJK SC", serif; font-size: 14pt; margin-right: 1em; } }
@page :left { @bottom-left { content: "— " counter(page) " —"; font-family: "宋体", "SimSun", "Songti SC", "Noto Serif CJK SC", serif; font-size: 14pt; margin-left: 1em; } }
"#;

/// The style of forms (only in documents that have one): boxed, with fixed columns, cells
/// centred unless they hold long text.
const FORM_STYLE: &str = r#"table.form { table-layout: fixed; margin: 0.5em auto; font-size: 14pt; border: 1.5pt solid #000; }
table.form th { font-family: "黑体", "SimHei", "Heiti SC", "Noto Sans CJK SC", sans-serif; font-weight: normal; }
table.form td { text-align: center; }
table.form td.left { text-align: left; }
"#;

/// Writes a document as one HTML page.
pub fn write(doc: &Doc) -> String {
    let page_numbers = match doc.pages {
        PageStyle::Official => PAGE_NUMBERS,
        PageStyle::Form => "",
    };
    let has_form = doc.blocks.iter().any(|b| matches!(b, DocBlock::Form(_)));
    let form_style = if has_form { FORM_STYLE } else { "" };
    let mut body = String::new();
    for (index, block) in doc.blocks.iter().enumerate() {
        // A section at the very start only sets the first pages' numbering: no page break.
        if index == 0 && matches!(block, DocBlock::Section(_)) {
            continue;
        }
        body.push_str(&block_html(block, &doc.contents_heading));
        body.push('\n');
    }
    format!(
        "<!DOCTYPE html>\n<html lang=\"zh-CN\">\n<head>\n<meta charset=\"utf-8\">\n\
         <meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n\
         <title>{}</title>\n<style>{PAGE}{page_numbers}{form_style}{STYLE}{}</style>\n</head>\n<body>\n<main>\n{body}</main>\n</body>\n</html>\n",
        escape(&doc.name),
        page_style(doc.page)
    )
}

/// One block as HTML; a table of contents under `contents_heading`.
fn block_html(block: &DocBlock, contents_heading: &str) -> String {
    match block {
        DocBlock::Title(text) => format!("<h1 class=\"title\">{}</h1>", lines_html(text)),
        DocBlock::Centered(text) => format!("<p class=\"center\">{}</p>", lines_html(text)),
        DocBlock::Heading(level, text) => {
            let tag = usize::from(*level).clamp(1, 5) + 1;
            format!("<h{tag}>{}</h{tag}>", escape(text))
        }
        DocBlock::Paragraph(spans) => format!("<p>{}</p>", spans_html(spans)),
        DocBlock::Plain(text) => format!("<p class=\"plain\">{}</p>", escape(text)),
        DocBlock::RightAligned(text) => format!("<p class=\"right\">{}</p>", escape(text)),
        DocBlock::Labelled(labelled) => labelled_html(labelled),
        DocBlock::AttachmentMark(text) => {
            format!("<p class=\"attachment-mark\">{}</p>", escape(text))
        }
        DocBlock::Table(table) => table_html(table),
        DocBlock::Form(form) => form_html(form),
        DocBlock::Blank => "<div class=\"blank\"></div>".to_owned(),
        DocBlock::PageBreak => "<hr class=\"page-break\">".to_owned(),
        DocBlock::Section(_) => "<hr class=\"page-break section\">".to_owned(),
        DocBlock::Signature(signature) => {
            let mut lines: Vec<String> = signature.issuer.iter().map(|l| escape(l)).collect();
            if !signature.date.is_empty() {
                lines.push(escape(&signature.date));
            }
            // GB/T 9704 §7.3.5: the block four characters in from the right, centred in itself.
            format!(
                "<div class=\"signature\" style=\"text-align: right; padding-right: 4em;\"><div style=\"display: inline-block; text-align: center;\">{}</div></div>",
                lines.join("<br>")
            )
        }
        DocBlock::Cover(cover) => {
            let mut out = String::from("<section class=\"cover\" style=\"text-align: center;\">");
            if !cover.above.is_empty() {
                out.push_str(&format!("<p class=\"center\">{}</p>", escape(&cover.above)));
            }
            out.push_str(&format!(
                "<h1 class=\"title\" style=\"font-size: 42pt; margin: 2em 0 1em;\">{}</h1>",
                escape(&cover.name)
            ));
            for text in &cover.below {
                out.push_str(&format!("<p class=\"center\">{}</p>", escape(text)));
            }
            out.push_str("<div class=\"blank\" style=\"height: 12em;\"></div>");
            for text in &cover.foot {
                out.push_str(&format!("<p class=\"center\">{}</p>", escape(text)));
            }
            out.push_str("</section>");
            out
        }
        DocBlock::Contents(entries) => {
            let mut out = format!(
                "<nav class=\"contents\"><h1 class=\"title\">{}</h1><ol style=\"list-style: none;\">",
                escape(contents_heading)
            );
            for entry in entries {
                out.push_str(&format!(
                    "<li><a href=\"#{}\">{}</a></li>",
                    escape(&entry.anchor),
                    escape(&entry.title)
                ));
            }
            out.push_str("</ol></nav>");
            out
        }
        DocBlock::Anchor(anchor) => format!("<a id=\"{}\"></a>", escape(anchor)),
    }
}

/// Escaped text whose new lines become line breaks.
fn lines_html(text: &str) -> String {
    text.split('\n')
        .map(escape)
        .collect::<Vec<_>>()
        .join("<br>")
}

fn spans_html(spans: &[Span]) -> String {
    spans
        .iter()
        .map(|span| {
            if span.bold {
                format!("<strong>{}</strong>", escape(&span.text))
            } else {
                escape(&span.text)
            }
        })
        .collect()
}

/// A labelled block: continuation lines hang after the label.
fn labelled_html(labelled: &Labelled) -> String {
    let hang = labelled.label_chars;
    let left = labelled.indent_chars + hang;
    let label_class = if labelled.strong_label {
        " class=\"label-strong\""
    } else {
        ""
    };
    let text = match &labelled.text {
        LabelledText::Lines(lines) => lines
            .iter()
            .map(|l| escape(l))
            .collect::<Vec<_>>()
            .join("<br>"),
        // Each item kept on one line: a name never breaks in two.
        LabelledText::Items { items, separator } => items
            .iter()
            .map(|item| format!("<span class=\"item\">{}</span>", escape(item)))
            .collect::<Vec<_>>()
            .join(&escape(separator)),
    };
    format!(
        "<p class=\"plain\" style=\"padding-left: {left}em; text-indent: -{hang}em;\"><span{label_class}>{}</span>{text}</p>",
        escape(&labelled.label),
    )
}

fn table_html(table: &crate::model::Table) -> String {
    let columns = table.rows.iter().map(Vec::len).max().unwrap_or(0);
    let mut out = String::from("<table>");
    if !table.caption.is_empty() {
        out.push_str(&format!("<caption>{}</caption>", escape(&table.caption)));
    }
    let head_rows = usize::try_from(table.header_rows).unwrap_or(usize::MAX);
    for (index, row) in table.rows.iter().enumerate() {
        let cell = if index < head_rows { "th" } else { "td" };
        if index == 0 && head_rows > 0 {
            out.push_str("<thead>");
        }
        if index == head_rows {
            out.push_str("<tbody>");
        }
        out.push_str("<tr>");
        for column in 0..columns {
            let text = row.get(column).map_or("", String::as_str);
            out.push_str(&format!("<{cell}>{}</{cell}>", escape(text)));
        }
        out.push_str("</tr>");
        if index + 1 == head_rows {
            out.push_str("</thead>");
        }
    }
    if table.rows.len() > head_rows {
        out.push_str("</tbody>");
    }
    out.push_str("</table>");
    out
}

/// A form: a boxed table with its columns' widths and rows tall enough to write in.
fn form_html(form: &Form) -> String {
    let total = form.total_share();
    let mut out = format!(
        "<table class=\"form\" style=\"font-size: {}pt\"><colgroup>",
        form.text.pt()
    );
    for column in &form.columns {
        let percent = f64::from(column.width.max(1)) * 100.0 / f64::from(total);
        out.push_str(&format!("<col style=\"width: {percent:.1}%\">"));
    }
    out.push_str("</colgroup><thead><tr style=\"height: 28.95pt\">");
    // A browser repeats a table's head on every printed page it runs over.
    for column in &form.columns {
        out.push_str(&format!("<th>{}</th>", escape(&column.head)));
    }
    out.push_str("</tr></thead><tbody>");
    for row in &form.rows {
        if form.row_height_pt > 0 {
            out.push_str(&format!("<tr style=\"height: {}pt\">", form.row_height_pt));
        } else {
            out.push_str("<tr>");
        }
        for (index, column) in form.columns.iter().enumerate() {
            let text = row.get(index).map_or("", String::as_str);
            let class = if column.centred {
                ""
            } else {
                " class=\"left\""
            };
            out.push_str(&format!("<td{class}>{}</td>", escape(text)));
        }
        out.push_str("</tr>");
    }
    out.push_str("</tbody></table>");
    out
}

/// Escapes text for HTML content and attribute values.
pub fn escape(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    for c in text.chars() {
        match c {
            '&' => out.push_str("&amp;"),
            '<' => out.push_str("&lt;"),
            '>' => out.push_str("&gt;"),
            '"' => out.push_str("&quot;"),
            '\'' => out.push_str("&#39;"),
            c if c.is_control() && c != '\n' && c != '\t' => {}
            c => out.push(c),
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn text_is_escaped() {
        assert_eq!(
            escape("<script>alert('x')&\"</script>"),
            "&lt;script&gt;alert(&#39;x&#39;)&amp;&quot;&lt;/script&gt;"
        );
    }

    #[test]
    fn head_rows_become_th() {
        let table = crate::model::Table {
            caption: "表".to_owned(),
            header_rows: 1,
            rows: vec![vec!["a".to_owned()], vec!["1".to_owned()]],
        };
        assert_eq!(
            table_html(&table),
            "<table><caption>表</caption><thead><tr><th>a</th></tr></thead><tbody><tr><td>1</td></tr></tbody></table>"
        );
    }
}
