//! The program's icon (assets/icon), bundled in the binary: the window's icon and the picture
//! in the About box. The desktop's copies (hicolor PNGs and the SVG) are installed by the package.

/// The icon at 256×256, rendered from `assets/icon/huiwu.svg`.
pub const ICON_PNG: &[u8] = include_bytes!("../../assets/icon/huiwu-256.png");

/// The icon as the window system takes it; `None` if the bundled PNG could not be decoded
/// (the window then has the desktop's default icon).
pub fn window_icon() -> Option<egui::IconData> {
    eframe::icon_data::from_png_bytes(ICON_PNG).ok()
}

/// The icon as a texture for drawing, made once per window and kept in egui's memory.
pub fn icon_texture(ctx: &egui::Context) -> Option<egui::TextureHandle> {
    let id = egui::Id::unique("huiwu_icon_texture");
    if let Some(texture) = ctx.data(|data| data.get_temp::<egui::TextureHandle>(id)) {
        return Some(texture);
    }
    let icon = window_icon()?;
    let size = [
        usize::try_from(icon.width).ok()?,
        usize::try_from(icon.height).ok()?,
    ];
    let image = egui::ColorImage::from_rgba_unmultiplied(size, &icon.rgba);
    let texture = ctx.load_texture("huiwu_icon", image, egui::TextureOptions::LINEAR);
    ctx.data_mut(|data| data.insert_temp(id, texture.clone()));
    Some(texture)
}
