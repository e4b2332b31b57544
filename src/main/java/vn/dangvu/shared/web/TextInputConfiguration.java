package vn.dangvu.shared.web;

import java.text.Normalizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import tools.jackson.core.JsonParser;
import tools.jackson.databind.DeserializationContext;
import tools.jackson.databind.JacksonModule;
import tools.jackson.databind.deser.jdk.StringDeserializer;
import tools.jackson.databind.module.SimpleModule;

/**
 * Every text of a JSON request enters the application in Unicode NFC. Vietnamese typed on some keyboards and systems
 * arrives decomposed (NFD: "Nguyễn" as e + combining marks); stored as such it would not match the same word typed
 * composed, sort apart from it and place tone marks wrongly in PDFs. Normalising once at the boundary makes every
 * module store, compare and export one form; nothing else is changed (spaces, invisible and right-to-left characters
 * are kept as typed).
 */
@Configuration(proxyBeanMethods = false)
class TextInputConfiguration {

    @Bean
    JacksonModule composedText() {
        return new SimpleModule("composed-text").addDeserializer(String.class, new ComposedStringDeserializer());
    }

    static final class ComposedStringDeserializer extends StringDeserializer {

        @Override
        public String deserialize(JsonParser parser, DeserializationContext context) {
            String text = super.deserialize(parser, context);
            return text == null || Normalizer.isNormalized(text, Normalizer.Form.NFC)
                    ? text
                    : Normalizer.normalize(text, Normalizer.Form.NFC);
        }
    }
}
