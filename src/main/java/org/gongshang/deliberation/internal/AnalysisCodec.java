package org.gongshang.deliberation.internal;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InvalidClassException;
import java.io.ObjectInputFilter;
import java.io.ObjectInputStream;
import java.io.ObjectOutputStream;
import java.io.UncheckedIOException;

import org.gongshang.deliberation.engine.Analysis;

/**
 * An analysis as bytes for {@code deliberation_analysis}: Java serialisation of the engine's plain
 * records (arrays of ids and coordinates are written as they are, a few megabytes for 100,000
 * participants). Reading accepts only the engine's classes, arrays and the JDK's collections and
 * boxes, so a row written by someone with database access cannot make the node instantiate anything else.
 */
final class AnalysisCodec {

    private static final ObjectInputFilter ONLY_ANALYSES = ObjectInputFilter.Config.createFilter(
            "maxdepth=20;org.gongshang.deliberation.engine.*;java.util.*;java.lang.Integer;java.lang.Long;java.lang.Double;"
                    + "java.lang.Number;java.lang.Enum;java.lang.Record;java.lang.Object;!*");

    private AnalysisCodec() {
    }

    static byte[] write(Analysis analysis) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream(64 * 1024);
        try (ObjectOutputStream out = new ObjectOutputStream(bytes)) {
            out.writeObject(analysis);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return bytes.toByteArray();
    }

    static Analysis read(byte[] stored) {
        try (ObjectInputStream in = new ObjectInputStream(new ByteArrayInputStream(stored))) {
            in.setObjectInputFilter(ONLY_ANALYSES);
            return (Analysis) in.readObject();
        } catch (InvalidClassException | ClassNotFoundException | ClassCastException e) {
            throw new IllegalStateException("A stored analysis that is not one (or of an older engine)", e);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
