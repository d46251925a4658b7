package org.gongshang.shared.web;

import tools.jackson.core.JsonParser;
import tools.jackson.databind.DeserializationContext;
import tools.jackson.databind.JacksonModule;
import tools.jackson.databind.KeyDeserializer;
import tools.jackson.databind.deser.jdk.StringDeserializer;
import tools.jackson.databind.exc.MismatchedInputException;
import tools.jackson.databind.module.SimpleModule;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Text in JSON bodies may not hold a NUL character ({@code "\u0000"}): no text of the platform has
 * one and PostgreSQL refuses it. Checked as the text is read, so the request fails as unreadable
 * (400) before any service sees it; parameters are checked by {@link NulCharacterFilter}.
 */
@Configuration(proxyBeanMethods = false)
class JsonText {

    /** Spring Boot adds every {@link JacksonModule} bean to the application's JSON mapper. */
    @Bean
    JacksonModule textWithoutNul() {
        return new SimpleModule("text-without-nul")
                .addDeserializer(String.class, new WithoutNul())
                .addKeyDeserializer(String.class, new KeyWithoutNul());
    }

    /** Thrown for text with a NUL; {@link ApiExceptionHandler} names the problem. */
    static final class NulCharacterException extends MismatchedInputException {

        NulCharacterException(JsonParser parser) {
            super(parser, "Text may not contain a NUL character", String.class);
        }
    }

    private static final class WithoutNul extends StringDeserializer {

        @Override
        public String deserialize(JsonParser parser, DeserializationContext context) {
            String text = super.deserialize(parser, context);
            if (text != null && text.indexOf('\0') >= 0) {
                throw new NulCharacterException(parser);
            }
            return text;
        }
    }

    private static final class KeyWithoutNul extends KeyDeserializer {

        @Override
        public Object deserializeKey(String key, DeserializationContext context) {
            if (key.indexOf('\0') >= 0) {
                throw new NulCharacterException(context.getParser());
            }
            return key;
        }
    }
}
