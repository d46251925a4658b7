package org.gongshang.shared.image;

import java.awt.image.ComponentSampleModel;
import java.awt.image.DataBuffer;
import java.awt.image.PixelInterleavedSampleModel;
import java.awt.image.SampleModel;

/**
 * The pixels of a byte-interleaved picture seen turned or mirrored, without copying them: pixel
 * {@code (x, y)} of the view is the byte at {@code origin + x·dx + y·dy} of the picture's buffer,
 * where the steps may be negative. Writing a phone photo upright this way needs no second picture in
 * memory (a 12-megapixel photo is 36 MB). Every accessor of {@link ComponentSampleModel} is
 * overridden; the strides its final getters report are those of a plain copy, never used here.
 */
final class TurnedSampleModel extends ComponentSampleModel {

    private final int origin;
    private final int dx;
    private final int dy;
    private final int[] bands;

    TurnedSampleModel(int width, int height, int origin, int dx, int dy, int[] bandOffsets) {
        super(DataBuffer.TYPE_BYTE, width, height, bandOffsets.length, width * bandOffsets.length, bandOffsets);
        this.origin = origin;
        this.dx = dx;
        this.dy = dy;
        this.bands = bandOffsets.clone();
    }

    private int at(int x, int y) {
        if (x < 0 || y < 0 || x >= width || y >= height) {
            throw new ArrayIndexOutOfBoundsException("(" + x + ", " + y + ") is outside the picture");
        }
        return origin + x * dx + y * dy;
    }

    @Override
    public int getOffset(int x, int y) {
        return at(x, y);
    }

    @Override
    public int getOffset(int x, int y, int b) {
        return at(x, y) + bands[b];
    }

    @Override
    public int getSample(int x, int y, int b, DataBuffer data) {
        return data.getElem(at(x, y) + bands[b]);
    }

    @Override
    public float getSampleFloat(int x, int y, int b, DataBuffer data) {
        return getSample(x, y, b, data);
    }

    @Override
    public double getSampleDouble(int x, int y, int b, DataBuffer data) {
        return getSample(x, y, b, data);
    }

    @Override
    public void setSample(int x, int y, int b, int sample, DataBuffer data) {
        data.setElem(at(x, y) + bands[b], sample);
    }

    @Override
    public void setSample(int x, int y, int b, float sample, DataBuffer data) {
        setSample(x, y, b, (int) sample, data);
    }

    @Override
    public void setSample(int x, int y, int b, double sample, DataBuffer data) {
        setSample(x, y, b, (int) sample, data);
    }

    @Override
    public int[] getPixel(int x, int y, int[] pixel, DataBuffer data) {
        int[] result = pixel != null ? pixel : new int[bands.length];
        int offset = at(x, y);
        for (int b = 0; b < bands.length; b++) {
            result[b] = data.getElem(offset + bands[b]);
        }
        return result;
    }

    @Override
    public void setPixel(int x, int y, int[] pixel, DataBuffer data) {
        int offset = at(x, y);
        for (int b = 0; b < bands.length; b++) {
            data.setElem(offset + bands[b], pixel[b]);
        }
    }

    @Override
    public int[] getPixels(int x, int y, int w, int h, int[] pixels, DataBuffer data) {
        int[] result = pixels != null ? pixels : new int[w * h * bands.length];
        int i = 0;
        for (int row = y; row < y + h; row++) {
            at(x + w - 1, row);
            int offset = at(x, row);
            for (int column = 0; column < w; column++, offset += dx) {
                for (int band : bands) {
                    result[i++] = data.getElem(offset + band);
                }
            }
        }
        return result;
    }

    @Override
    public void setPixels(int x, int y, int w, int h, int[] pixels, DataBuffer data) {
        int i = 0;
        for (int row = y; row < y + h; row++) {
            at(x + w - 1, row);
            int offset = at(x, row);
            for (int column = 0; column < w; column++, offset += dx) {
                for (int band : bands) {
                    data.setElem(offset + band, pixels[i++]);
                }
            }
        }
    }

    @Override
    public int[] getSamples(int x, int y, int w, int h, int b, int[] samples, DataBuffer data) {
        int[] result = samples != null ? samples : new int[w * h];
        int i = 0;
        for (int row = y; row < y + h; row++) {
            for (int column = x; column < x + w; column++) {
                result[i++] = getSample(column, row, b, data);
            }
        }
        return result;
    }

    @Override
    public void setSamples(int x, int y, int w, int h, int b, int[] samples, DataBuffer data) {
        int i = 0;
        for (int row = y; row < y + h; row++) {
            for (int column = x; column < x + w; column++) {
                setSample(column, row, b, samples[i++], data);
            }
        }
    }

    @Override
    public Object getDataElements(int x, int y, Object pixel, DataBuffer data) {
        byte[] result = pixel instanceof byte[] given ? given : new byte[bands.length];
        int offset = at(x, y);
        for (int b = 0; b < bands.length; b++) {
            result[b] = (byte) data.getElem(offset + bands[b]);
        }
        return result;
    }

    @Override
    public void setDataElements(int x, int y, Object pixel, DataBuffer data) {
        byte[] given = (byte[]) pixel;
        int offset = at(x, y);
        for (int b = 0; b < bands.length; b++) {
            data.setElem(offset + bands[b], given[b] & 0xFF);
        }
    }

    @Override
    public SampleModel createSubsetSampleModel(int[] selected) {
        int[] subset = new int[selected.length];
        for (int i = 0; i < selected.length; i++) {
            subset[i] = bands[selected[i]];
        }
        return new TurnedSampleModel(width, height, origin, dx, dy, subset);
    }

    /** A plain picture of the same kind, for whoever copies the view. */
    @Override
    public SampleModel createCompatibleSampleModel(int w, int h) {
        int[] offsets = new int[bands.length];
        for (int b = 0; b < offsets.length; b++) {
            offsets[b] = b;
        }
        return new PixelInterleavedSampleModel(DataBuffer.TYPE_BYTE, w, h, bands.length, w * bands.length, offsets);
    }

    @Override
    public boolean equals(Object other) {
        return this == other;
    }

    @Override
    public int hashCode() {
        return System.identityHashCode(this);
    }
}
