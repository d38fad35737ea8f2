//! The bundled font in a PDF: its metrics for laying out lines, and the glyphs a document uses,
//! embedded as a subset CID font (CFF outlines, `FontFile3`/`CIDFontType0C`) with a ToUnicode
//! map, so that every character copies out of the PDF as the character it was.
//!
//! One face stands for all of GB/T 9704's (方正小标宋, 仿宋, 黑体, 楷体, 宋体): the program bundles
//! only Noto Sans CJK SC Regular (assets/fonts/README.md). The writer sets the heavier faces with
//! a thin outline stroke (see `Face` in the parent module).

use std::collections::BTreeMap;
use std::sync::OnceLock;

use pdf_writer::types::{CidFontType, FontFlags, SystemInfo, UnicodeCmap};
use pdf_writer::{Chunk, Filter, Finish, Name, Rect, Ref, Str};
use skrifa::raw::TableProvider;
use skrifa::{FontRef, GlyphId, MetadataProvider, Tag, instance::LocationRef, instance::Size};
use subsetter::GlyphRemapper;

/// The bundled CJK font (Noto Sans CJK SC Regular, cut to the 通用规范汉字表 and GB2312; OFL):
/// the window draws with it and the PDF writer embeds the glyphs a document uses.
pub const CJK_FONT: &[u8] =
    include_bytes!("../../../../../assets/fonts/NotoSansCJKsc-Regular-subset.otf");

/// The name the font has in the PDF (after the six-letter subset tag).
const BASE_FONT: &str = "NotoSansCJKsc-Regular";

/// The character collection of an Identity-H CID font.
const SYSTEM_INFO: SystemInfo = SystemInfo {
    registry: Str(b"Adobe"),
    ordering: Str(b"Identity"),
    supplement: 0,
};

/// The parsed bundled font, read once per process.
struct Face {
    /// The character map.
    charmap: skrifa::charmap::Charmap<'static>,
    /// Advance widths.
    metrics: skrifa::metrics::GlyphMetrics<'static>,
    /// Font units per em.
    units_per_em: f32,
    /// Ascent, descent, cap height and bounding box in font units.
    global: skrifa::metrics::Metrics,
}

/// The bundled font, parsed on first use; `None` only if the bundled file were damaged.
fn face() -> Option<&'static Face> {
    static FACE: OnceLock<Option<Face>> = OnceLock::new();
    FACE.get_or_init(|| {
        let font = FontRef::new(CJK_FONT).ok()?;
        let global = font.metrics(Size::unscaled(), LocationRef::default());
        Some(Face {
            charmap: font.charmap(),
            metrics: font.glyph_metrics(Size::unscaled(), LocationRef::default()),
            units_per_em: f32::from(global.units_per_em.max(1)),
            global,
        })
    })
    .as_ref()
}

/// The glyphs one document uses: each character's glyph and width, the glyphs' numbers in the
/// subset (their CIDs) and the text each stands for.
pub(super) struct Glyphs {
    /// Characters seen so far: their CID in the subset and their advance in ems.
    chars: rustc_hash::FxHashMap<char, (u16, f32)>,
    /// Original glyph id → subset glyph id (= CID).
    remapper: GlyphRemapper,
    /// The text each CID stands for (the first character drawn with it).
    unicode: BTreeMap<u16, char>,
    /// Advance of each CID, in ems.
    widths: Vec<f32>,
}

impl Glyphs {
    /// No glyph used yet (the subset always holds `.notdef`).
    pub(super) fn new() -> Self {
        let notdef = face()
            .and_then(|face| {
                face.metrics
                    .advance_width(GlyphId::new(0))
                    .map(|w| w / face.units_per_em)
            })
            .unwrap_or(1.0);
        let mut remapper = GlyphRemapper::new();
        remapper.remap(0);
        Self {
            chars: rustc_hash::FxHashMap::default(),
            remapper,
            unicode: BTreeMap::new(),
            widths: vec![notdef],
        }
    }

    /// The CID of `ch` and its advance in ems, adding its glyph to the subset when first seen.
    /// A character the font lacks is drawn as `.notdef` (an empty box) a full em wide.
    pub(super) fn glyph(&mut self, ch: char) -> (u16, f32) {
        if let Some(known) = self.chars.get(&ch) {
            return *known;
        }
        let found = face().and_then(|face| {
            let glyph = face.charmap.map(ch)?;
            let advance = face
                .metrics
                .advance_width(glyph)
                .unwrap_or(face.units_per_em)
                / face.units_per_em;
            Some((u16::try_from(glyph.to_u32()).ok()?, advance))
        });
        let entry = match found {
            Some((glyph, advance)) if glyph != 0 => {
                let cid = self.remapper.remap(glyph);
                if usize::from(cid) >= self.widths.len() {
                    self.widths.push(advance);
                }
                self.unicode.entry(cid).or_insert(ch);
                (cid, advance)
            }
            _ => (0, 1.0),
        };
        self.chars.insert(ch, entry);
        entry
    }

    /// The advance of `ch` in ems, without adding it to the subset (for measuring).
    pub(super) fn advance(&mut self, ch: char) -> f32 {
        self.glyph(ch).1
    }

    /// Writes the font's objects into `chunk`: the Type0 font at `font_ref`, its CID font,
    /// descriptor, ToUnicode map and the subset font program. `None` if the subset cannot be
    /// made (a damaged bundled font: a program error).
    pub(super) fn write(&self, chunk: &mut Chunk, font_ref: Ref, next: &mut Ref) -> Option<()> {
        let face = face()?;
        let subset = subsetter::subset(CJK_FONT, 0, &self.remapper).ok()?;
        let subset_font = FontRef::new(&subset).ok()?;
        let cff = subset_font.data_for_tag(Tag::new(b"CFF "))?;
        let program = deflate(cff.as_bytes());

        let cid_ref = next.bump();
        let descriptor_ref = next.bump();
        let cmap_ref = next.bump();
        let data_ref = next.bump();

        let base_font = format!("{}+{BASE_FONT}", self.subset_tag());
        chunk
            .type0_font(font_ref)
            .base_font(Name(format!("{base_font}-Identity-H").as_bytes()))
            .encoding_predefined(Name(b"Identity-H"))
            .descendant_font(cid_ref)
            .to_unicode(cmap_ref);

        let mut cid = chunk.cid_font(cid_ref);
        cid.subtype(CidFontType::Type0)
            .base_font(Name(base_font.as_bytes()))
            .system_info(SYSTEM_INFO)
            .font_descriptor(descriptor_ref)
            .default_width(1000.0);
        let mut widths = cid.widths();
        let mut first = 0usize;
        while first < self.widths.len() {
            let width = self.widths[first];
            let mut last = first;
            while last + 1 < self.widths.len() && self.widths[last + 1] == width {
                last += 1;
            }
            if let (Ok(from), Ok(to)) = (u16::try_from(first), u16::try_from(last)) {
                widths.same(from, to, width * 1000.0);
            }
            first = last + 1;
        }
        widths.finish();
        cid.finish();

        let em = |units: f32| units / face.units_per_em * 1000.0;
        let bbox = face
            .global
            .bounds
            .map_or(Rect::new(-1000.0, -1000.0, 3000.0, 3000.0), |b| {
                Rect::new(em(b.x_min), em(b.y_min), em(b.x_max), em(b.y_max))
            });
        let ascent = em(face.global.ascent);
        chunk
            .font_descriptor(descriptor_ref)
            .name(Name(base_font.as_bytes()))
            .flags(FontFlags::SYMBOLIC)
            .bbox(bbox)
            .italic_angle(0.0)
            .ascent(ascent)
            .descent(em(face.global.descent))
            .cap_height(face.global.cap_height.map_or(ascent, em))
            .stem_v(80.0)
            .font_file3(data_ref);

        let mut cmap = UnicodeCmap::new(Name(b"Custom"), SYSTEM_INFO);
        for (cid, ch) in &self.unicode {
            cmap.pair(*cid, *ch);
        }
        let cmap = deflate(&cmap.finish());
        let mut stream = chunk.cmap(cmap_ref, &cmap);
        stream.system_info(SYSTEM_INFO).name(Name(b"Custom"));
        stream.filter(Filter::FlateDecode);
        stream.finish();

        chunk
            .stream(data_ref, &program)
            .filter(Filter::FlateDecode)
            .pair(Name(b"Subtype"), Name(b"CIDFontType0C"));
        Some(())
    }

    /// Six capital letters that name this subset (PDF 9.6.4), the same for the same glyphs.
    fn subset_tag(&self) -> String {
        // FNV-1a over the glyphs kept: deterministic, so the same document gives the same file.
        let mut hash: u64 = 0xcbf2_9ce4_8422_2325;
        for glyph in self.remapper.remapped_gids() {
            for byte in glyph.to_be_bytes() {
                hash ^= u64::from(byte);
                hash = hash.wrapping_mul(0x0100_0000_01b3);
            }
        }
        (0..6)
            .map(|index| {
                let letter = (hash >> (index * 5)) % 26;
                char::from(b'A' + u8::try_from(letter).unwrap_or(0))
            })
            .collect()
    }
}

/// Bytes compressed for a `FlateDecode` stream.
pub(super) fn deflate(bytes: &[u8]) -> Vec<u8> {
    use std::io::Write;
    let mut encoder = flate2::write::ZlibEncoder::new(Vec::new(), flate2::Compression::fast());
    // Writing into a Vec cannot fail.
    if encoder.write_all(bytes).is_err() {
        return Vec::new();
    }
    encoder.finish().unwrap_or_default()
}
