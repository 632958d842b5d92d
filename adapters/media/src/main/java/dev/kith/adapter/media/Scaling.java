package dev.kith.adapter.media;

import java.awt.AlphaComposite;
import java.awt.Dimension;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;

/** Scaling images down with good quality: halving steps with bilinear filtering, then one bicubic step. */
final class Scaling {

    private Scaling() {
    }

    /** The size that fits {@code width} x {@code height} within {@code maxSide}, keeping the aspect ratio; never larger. */
    static Dimension fit(int width, int height, int maxSide) {
        int longSide = Math.max(width, height);
        if (longSide <= maxSide) {
            return new Dimension(width, height);
        }
        double scale = (double) maxSide / longSide;
        return new Dimension(Math.max(1, (int) Math.round(width * scale)),
                Math.max(1, (int) Math.round(height * scale)));
    }

    /**
     * The image scaled to exactly {@code width} x {@code height}, always a new {@code TYPE_INT_RGB} or (with
     * {@code alpha}) {@code TYPE_INT_ARGB} image in sRGB, whatever the source's colour model or ICC profile.
     */
    static BufferedImage to(BufferedImage source, int width, int height, boolean alpha) {
        BufferedImage current = source;
        int w = source.getWidth();
        int h = source.getHeight();
        // halving keeps every step's filter wide enough for its input: one big bilinear step would skip pixels
        while (w / 2 >= width && h / 2 >= height) {
            w /= 2;
            h /= 2;
            current = draw(current, w, h, alpha, RenderingHints.VALUE_INTERPOLATION_BILINEAR);
        }
        if (current == source || w != width || h != height) {
            current = draw(current, width, height, alpha, RenderingHints.VALUE_INTERPOLATION_BICUBIC);
        }
        return current;
    }

    private static BufferedImage draw(BufferedImage source, int width, int height, boolean alpha, Object interpolation) {
        BufferedImage target = new BufferedImage(width, height,
                alpha ? BufferedImage.TYPE_INT_ARGB : BufferedImage.TYPE_INT_RGB);
        Graphics2D g = target.createGraphics();
        try {
            if (!alpha) {
                // a transparent source bound for JPEG is shown on white, as a browser would show it
                g.setColor(java.awt.Color.WHITE);
                g.fillRect(0, 0, width, height);
            } else {
                g.setComposite(AlphaComposite.Src);
            }
            g.setRenderingHint(RenderingHints.KEY_INTERPOLATION, interpolation);
            g.setRenderingHint(RenderingHints.KEY_RENDERING, RenderingHints.VALUE_RENDER_QUALITY);
            g.setRenderingHint(RenderingHints.KEY_COLOR_RENDERING, RenderingHints.VALUE_COLOR_RENDER_QUALITY);
            g.drawImage(source, 0, 0, width, height, null);
        } finally {
            g.dispose();
        }
        return target;
    }
}
