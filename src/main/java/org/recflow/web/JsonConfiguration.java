package org.recflow.web;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.BeanDescription;
import com.fasterxml.jackson.databind.BeanProperty;
import com.fasterxml.jackson.databind.DeserializationConfig;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JavaType;
import com.fasterxml.jackson.databind.JsonDeserializer;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.cfg.CoercionAction;
import com.fasterxml.jackson.databind.cfg.CoercionInputShape;
import com.fasterxml.jackson.databind.deser.BeanDeserializerModifier;
import com.fasterxml.jackson.databind.deser.std.DelegatingDeserializer;
import com.fasterxml.jackson.databind.module.SimpleModule;
import com.fasterxml.jackson.databind.type.LogicalType;
import java.io.IOException;
import java.time.Instant;
import java.time.LocalDate;
import org.springframework.boot.autoconfigure.jackson.Jackson2ObjectMapperBuilderCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.converter.json.MappingJackson2HttpMessageConverter;

/**
 * Strict JSON (api.md, "Strict input"): a body that could mean two things is refused, not guessed at.
 * <ul>
 * <li>a number or a boolean where text is expected is refused, not turned into text ({@code "title": 42} is a
 * client's mistake, never a title); unknown fields are refused in application.yaml;</li>
 * <li>a key given twice ({@code {"position":"SUPPORT","position":"AGAINST"}}) is refused, where Jackson would keep
 * the last one ({@link JsonParser.Feature#STRICT_DUPLICATE_DETECTION});</li>
 * <li>anything after the end of the document (a second document, a stray value) is refused
 * ({@link DeserializationFeature#FAIL_ON_TRAILING_TOKENS});</li>
 * <li>every {@link String}, {@link LocalDate} and {@link Instant} read from a request body passes {@link InputRules}: the
 * reader Jackson picked for the type is wrapped, so the rules hold for every field of every command, present and
 * future, with no code per field. A text is one line unless its field is marked {@link MultilineText}; an enum value
 * is taken as written (Jackson would trim it first).</li>
 * </ul>
 * Each refusal is a {@link com.fasterxml.jackson.core.JsonProcessingException} that {@code ApiExceptionHandler}
 * turns into 400 {@code INVALID_REQUEST} naming the field.
 */
@Configuration(proxyBeanMethods = false)
class JsonConfiguration {

    @Bean
    Jackson2ObjectMapperBuilderCustomizer strictText() {
        return builder -> builder
                .featuresToEnable(JsonParser.Feature.STRICT_DUPLICATE_DETECTION, DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
                .postConfigurer(mapper -> mapper.coercionConfigFor(LogicalType.Textual)
                        .setCoercion(CoercionInputShape.Integer, CoercionAction.Fail)
                        .setCoercion(CoercionInputShape.Float, CoercionAction.Fail)
                        .setCoercion(CoercionInputShape.Boolean, CoercionAction.Fail));
    }

    /**
     * The reader and writer of request and response bodies: the application's mapper plus {@link #inputRules()}. The
     * rules judge what callers send, not what recflow stored: JSON kept in the database (a meeting outcome, written
     * before these rules existed perhaps) is read with the plain mapper, so an old value never makes a page fail.
     * Spring Boot's own converter backs off when this bean exists.
     */
    @Bean
    MappingJackson2HttpMessageConverter strictJsonConverter(ObjectMapper mapper) {
        return new MappingJackson2HttpMessageConverter(mapper.copy().registerModule(inputRules()));
    }

    /** The module that wraps the readers of texts, dates and instants with {@link InputRules}. */
    static SimpleModule inputRules() {
        SimpleModule module = new SimpleModule("recflow-input-rules");
        module.setDeserializerModifier(new BeanDeserializerModifier() {
            @Override
            public JsonDeserializer<?> modifyDeserializer(DeserializationConfig config, BeanDescription beanDesc,
                    JsonDeserializer<?> deserializer) {
                Class<?> type = beanDesc.getBeanClass();
                if (type == String.class) {
                    return new CheckedText(deserializer, false);
                }
                if (type == LocalDate.class || type == Instant.class) {
                    return new CheckedTime(deserializer);
                }
                return deserializer;
            }

            @Override
            public JsonDeserializer<?> modifyEnumDeserializer(DeserializationConfig config, JavaType type, BeanDescription beanDesc,
                    JsonDeserializer<?> deserializer) {
                return new ExactEnum(deserializer);
            }
        });
        return module;
    }

    /**
     * An enum reader that takes the value as written: Jackson trims the text before looking the constant up, so
     * {@code "NEW "} or {@code "SUPPORT\u0000"} would pass for {@code NEW} and {@code SUPPORT}. (Case is already exact:
     * {@code ACCEPT_CASE_INSENSITIVE_ENUMS} stays off.)
     */
    static final class ExactEnum extends DelegatingDeserializer {

        ExactEnum(JsonDeserializer<?> delegate) {
            super(delegate);
        }

        @Override
        protected JsonDeserializer<?> newDelegatingInstance(JsonDeserializer<?> delegate) {
            return new ExactEnum(delegate);
        }

        @Override
        public Object deserialize(JsonParser p, DeserializationContext ctxt) throws IOException {
            if (p.hasToken(JsonToken.VALUE_STRING)) {
                String text = p.getText();
                if (!text.equals(text.trim())) {
                    throw new RefusedValueException(p, "has spaces or control characters around its value (enum values are matched exactly)",
                            null, handledType());
                }
            }
            return _delegatee.deserialize(p, ctxt);
        }
    }

    /** A text reader that applies {@link InputRules#textRefusal}; one-line unless the field is {@link MultilineText}. */
    static final class CheckedText extends DelegatingDeserializer {

        private final boolean multiline;

        CheckedText(JsonDeserializer<?> delegate, boolean multiline) {
            super(delegate);
            this.multiline = multiline;
        }

        @Override
        protected JsonDeserializer<?> newDelegatingInstance(JsonDeserializer<?> delegate) {
            return new CheckedText(delegate, multiline);
        }

        @Override
        public JsonDeserializer<?> createContextual(DeserializationContext ctxt, BeanProperty property) throws JsonMappingException {
            JsonDeserializer<?> delegate = ctxt.handleSecondaryContextualization(_delegatee, property, ctxt.constructType(String.class));
            boolean longText = property != null && property.getAnnotation(MultilineText.class) != null;
            return new CheckedText(delegate, longText);
        }

        @Override
        public Object deserialize(JsonParser p, DeserializationContext ctxt) throws IOException {
            Object value = _delegatee.deserialize(p, ctxt);
            String why = value instanceof String s ? InputRules.textRefusal(s, multiline) : null;
            if (why != null) {
                throw new RefusedValueException(p, why, null, String.class);
            }
            return value;
        }
    }

    /** A date or instant reader that applies {@link InputRules#dateRefusal} and {@link InputRules#instantRefusal}. */
    static final class CheckedTime extends DelegatingDeserializer {

        CheckedTime(JsonDeserializer<?> delegate) {
            super(delegate);
        }

        @Override
        protected JsonDeserializer<?> newDelegatingInstance(JsonDeserializer<?> delegate) {
            return new CheckedTime(delegate);
        }

        @Override
        public Object deserialize(JsonParser p, DeserializationContext ctxt) throws IOException {
            Object value = _delegatee.deserialize(p, ctxt);
            String why = value instanceof LocalDate d ? InputRules.dateRefusal(d)
                    : value instanceof Instant i ? InputRules.instantRefusal(i) : null;
            if (why != null) {
                throw new RefusedValueException(p, why, value, value.getClass());
            }
            return value;
        }
    }
}
