package org.gongshang.shared.image;

import java.io.IOException;
import java.util.Arrays;

import javax.imageio.stream.ImageInputStreamImpl;
import javax.imageio.stream.ImageOutputStreamImpl;

/**
 * ImageIO streams over byte arrays. ImageIO's own streams over a byte array stream copy everything
 * into a cache of their own (in memory or in a temporary file): for a 10 MB upload and its re-encoded
 * picture that is another 20 MB of heap while the decoded pixels are held too.
 */
final class ByteArrayImageStreams {

    private ByteArrayImageStreams() {
    }

    /** Reads the upload where it lies. */
    static final class Input extends ImageInputStreamImpl {

        private final byte[] bytes;

        Input(byte[] bytes) {
            this.bytes = bytes;
        }

        @Override
        public int read() throws IOException {
            checkClosed();
            bitOffset = 0;
            return streamPos < bytes.length ? bytes[(int) streamPos++] & 0xFF : -1;
        }

        @Override
        public int read(byte[] target, int offset, int length) throws IOException {
            checkClosed();
            bitOffset = 0;
            if (length == 0) {
                return 0;
            }
            if (streamPos >= bytes.length) {
                return -1;
            }
            int n = (int) Math.min(length, bytes.length - streamPos);
            System.arraycopy(bytes, (int) streamPos, target, offset, n);
            streamPos += n;
            return n;
        }

        @Override
        public long length() {
            return bytes.length;
        }
    }

    /** Writes into one growing array, which the PNG writer may seek back in (to fill in chunk lengths). */
    static final class Output extends ImageOutputStreamImpl {

        private byte[] buffer;
        private int size;

        Output(int expectedSize) {
            this.buffer = new byte[Math.max(1024, expectedSize)];
        }

        @Override
        public void write(int b) throws IOException {
            checkClosed();
            flushBits();
            room(streamPos + 1);
            buffer[(int) streamPos++] = (byte) b;
            size = Math.max(size, (int) streamPos);
        }

        @Override
        public void write(byte[] source, int offset, int length) throws IOException {
            checkClosed();
            flushBits();
            room(streamPos + length);
            System.arraycopy(source, offset, buffer, (int) streamPos, length);
            streamPos += length;
            size = Math.max(size, (int) streamPos);
        }

        @Override
        public int read() throws IOException {
            checkClosed();
            bitOffset = 0;
            return streamPos < size ? buffer[(int) streamPos++] & 0xFF : -1;
        }

        @Override
        public int read(byte[] target, int offset, int length) throws IOException {
            checkClosed();
            bitOffset = 0;
            if (length == 0) {
                return 0;
            }
            if (streamPos >= size) {
                return -1;
            }
            int n = (int) Math.min(length, size - streamPos);
            System.arraycopy(buffer, (int) streamPos, target, offset, n);
            streamPos += n;
            return n;
        }

        @Override
        public long length() {
            return size;
        }

        /** What was written; the array itself when it is exactly full, else a copy of the written part. */
        byte[] toByteArray() {
            return size == buffer.length ? buffer : Arrays.copyOf(buffer, size);
        }

        private void room(long needed) throws IOException {
            if (needed > Integer.MAX_VALUE - 8) {
                throw new IOException("Picture too large to encode");
            }
            if (needed > buffer.length) {
                buffer = Arrays.copyOf(buffer, (int) Math.min(Integer.MAX_VALUE - 8, Math.max(needed, 2L * buffer.length)));
            }
        }
    }
}
