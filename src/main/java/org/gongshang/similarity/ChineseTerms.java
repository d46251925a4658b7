package org.gongshang.similarity;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import org.apache.lucene.analysis.CharArraySet;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.cn.smart.SmartChineseAnalyzer;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;

/**
 * Turns Chinese text into terms: words as Lucene's smartcn segments them (a hidden Markov model
 * over a dictionary), and overlapping character pairs (bigrams). Words carry meaning (电梯, 加装);
 * bigrams rescue what the segmenter splits differently in two texts. Filler words of petitions
 * (关于, 建议, 推进, 问题 …) are dropped: they say nothing about the subject. Thread-safe.
 */
public final class ChineseTerms {

    /** Words that appear in any topic's title whatever it is about. */
    private static final Set<String> FILLER = Set.of(
            "关于", "建议", "推进", "推动", "加强", "加快", "进一步", "问题", "解决", "希望", "我们", "的", "了", "和", "与", "及",
            "在", "对", "请", "呼吁", "尽快", "相关", "有关", "部门", "一些", "存在", "情况", "提议", "意见", "反映", "如何",
            "需要", "是否", "可以", "应该", "一个", "这个", "没有", "我", "你", "他", "是", "有", "也", "都", "就", "还",
            "不", "很", "难", "多", "等", "把", "被", "给", "让", "为", "从", "到", "由", "以", "之", "其", "该", "此");

    private static final ChineseTerms INSTANCE = new ChineseTerms();

    private final SmartChineseAnalyzer analyzer = new SmartChineseAnalyzer(CharArraySet.EMPTY_SET);

    private ChineseTerms() {
    }

    public static ChineseTerms instance() {
        return INSTANCE;
    }

    /** Meaningful words: two or more characters (or a number or Latin word), no filler. */
    public List<String> words(String text) {
        List<String> words = new ArrayList<>();
        try (TokenStream stream = analyzer.tokenStream("text", normalise(text))) {
            CharTermAttribute term = stream.addAttribute(CharTermAttribute.class);
            stream.reset();
            while (stream.incrementToken()) {
                String word = term.toString();
                if (word.codePointCount(0, word.length()) >= 2 && isWordy(word) && !FILLER.contains(word)) {
                    words.add(word);
                }
            }
            stream.end();
        } catch (IOException impossibleForAString) {
            throw new UncheckedIOException(impossibleForAString);
        }
        return words;
    }

    /** Overlapping pairs of Han characters, within runs of Han text; pairs made only of filler are dropped. */
    public List<String> bigrams(String text) {
        String clean = normalise(text);
        List<String> pairs = new ArrayList<>();
        int previous = -1;
        for (int i = 0; i < clean.length(); ) {
            int c = clean.codePointAt(i);
            if (Character.UnicodeScript.of(c) == Character.UnicodeScript.HAN) {
                if (previous != -1) {
                    String pair = new StringBuilder(4).appendCodePoint(previous).appendCodePoint(c).toString();
                    if (!FILLER.contains(pair)) {
                        pairs.add(pair);
                    }
                }
                previous = c;
            } else {
                previous = -1;
            }
            i += Character.charCount(c);
        }
        return pairs;
    }

    private static boolean isWordy(String word) {
        return word.codePoints().allMatch(Character::isLetterOrDigit);
    }

    private static String normalise(String text) {
        return Normalizer.normalize(text, Normalizer.Form.NFKC).toLowerCase(Locale.ROOT);
    }
}
