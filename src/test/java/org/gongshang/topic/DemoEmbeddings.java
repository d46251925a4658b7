package org.gongshang.topic;

import static org.awaitility.Awaitility.await;

import java.time.Duration;

import org.gongshang.similarity.Corpus;
import org.gongshang.similarity.SimilarTexts;

/** Tests of similar topics by meaning wait until the model is loaded and every topic is embedded. */
final class DemoEmbeddings {

    private DemoEmbeddings() {
    }

    static void awaitTopics(SimilarTexts similarTexts) {
        Corpus topics = new Corpus("topic");
        await().atMost(Duration.ofSeconds(120)).until(() -> similarTexts.byMeaning()
                && similarTexts.coverage(topics).embedded() == similarTexts.coverage(topics).texts());
    }
}
