package vn.chitieu.system;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.MapperFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.cfg.CoercionAction;
import com.fasterxml.jackson.databind.cfg.CoercionInputShape;
import com.fasterxml.jackson.databind.module.SimpleModule;
import com.fasterxml.jackson.databind.type.LogicalType;
import io.quarkus.jackson.ObjectMapperCustomizer;
import jakarta.inject.Singleton;
import java.time.LocalDate;
import vn.chitieu.common.MemoizedJsonList;
import vn.chitieu.common.StrictDates;
import vn.chitieu.common.StrictEnums;
import vn.chitieu.common.StrictStrings;

/**
 * Strict JSON: numbers are exact decimals written plainly, a string is never taken for a number (or
 * the reverse), and an unknown property is an error rather than silently dropped.
 */
@Singleton
class JacksonConfig implements ObjectMapperCustomizer {

  /** Last, after Quarkus registers Java time support, so that the strict date reader wins. */
  @Override
  public int priority() {
    return MINIMUM_PRIORITY;
  }

  @Override
  public void customize(ObjectMapper mapper) {
    mapper.enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS);
    mapper.enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES);
    mapper.enable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES);
    mapper.enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS);
    // A key given twice is an error, not "the last one wins" (nor a failure after the object).
    mapper.enable(JsonParser.Feature.STRICT_DUPLICATE_DETECTION);
    mapper.disable(DeserializationFeature.ACCEPT_FLOAT_AS_INT);
    mapper.enable(JsonGenerator.Feature.WRITE_BIGDECIMAL_AS_PLAIN);
    mapper.registerModule(
        new SimpleModule()
            .addDeserializer(LocalDate.class, new StrictDates())
            .addDeserializer(String.class, new StrictStrings())
            .setDeserializerModifier(new StrictEnums())
            .setSerializerModifier(MemoizedJsonList.serializers()));
    // ObjectMapper's own MapperFeature switches are deprecated for the builder, which Quarkus does
    // not hand out; the deserialization config takes the feature instead.
    mapper.setConfig(
        mapper.getDeserializationConfig().without(MapperFeature.ALLOW_COERCION_OF_SCALARS));
    mapper
        .coercionConfigDefaults()
        .setCoercion(CoercionInputShape.EmptyString, CoercionAction.Fail);
    mapper
        .coercionConfigFor(LogicalType.Textual)
        .setCoercion(CoercionInputShape.Integer, CoercionAction.Fail)
        .setCoercion(CoercionInputShape.Float, CoercionAction.Fail)
        .setCoercion(CoercionInputShape.Boolean, CoercionAction.Fail);
  }
}
