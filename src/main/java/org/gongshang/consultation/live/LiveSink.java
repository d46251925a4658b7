package org.gongshang.consultation.live;

import java.io.IOException;

/** Where a subscriber's frames go: an open event stream. Called by one writer thread at a time. */
public interface LiveSink {

    /** Writes (buffered); may block while the connection is slow (only this subscriber's writer waits). */
    void write(byte[] bytes) throws IOException;

    /** Sends what was written. */
    void flush() throws IOException;

    /** Ends the stream; the client reconnects if it wants more. */
    void close();

    /** Runs the callback once the connection ends, whoever ends it. */
    void onClose(Runnable callback);
}
