package vn.chitieu.common;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.BeanDescription;
import com.fasterxml.jackson.databind.BeanProperty;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.JsonSerializer;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationConfig;
import com.fasterxml.jackson.databind.SerializerProvider;
import com.fasterxml.jackson.databind.jsontype.TypeSerializer;
import com.fasterxml.jackson.databind.ser.BeanSerializerModifier;
import com.fasterxml.jackson.databind.ser.ContextualSerializer;
import com.fasterxml.jackson.databind.ser.ResolvableSerializer;
import com.fasterxml.jackson.databind.type.CollectionType;
import java.io.IOException;
import java.util.AbstractList;
import java.util.List;
import java.util.RandomAccess;

/**
 * An unmodifiable list that is written to JSON once: a view kept by a cache and answered many times
 * is serialised the first time, and every later time the kept text is copied out — as UTF-8 bytes,
 * encoded once and kept alone ({@link KeptJson}), so that an answer is one copy of bytes rather
 * than an encoding of each character again (a scorecard of 200 indicators is ~70 kB;
 * docs/performance.md). The elements must be immutable. The service's mapper learns it through
 * {@link #serializers()}.
 */
public final class MemoizedJsonList<E> extends AbstractList<E> implements RandomAccess {

  private final List<E> elements;

  /** The kept text; null until the list is first written. */
  private volatile KeptJson json;

  public MemoizedJsonList(List<E> elements) {
    this.elements = List.copyOf(elements);
  }

  @Override
  public E get(int index) {
    return elements.get(index);
  }

  @Override
  public int size() {
    return elements.size();
  }

  /**
   * For the mapper: every serializer of a collection type writes a memoized list from its kept
   * text. A hook on collection types rather than an annotation on this class, because REST writes a
   * method's answer as its declared type ({@code List<ProgressRow>}), whose serializer Jackson
   * picks without looking at the runtime class.
   */
  public static BeanSerializerModifier serializers() {
    return new BeanSerializerModifier() {
      @Override
      @SuppressWarnings("unchecked")
      public JsonSerializer<?> modifyCollectionSerializer(
          SerializationConfig config,
          CollectionType type,
          BeanDescription description,
          JsonSerializer<?> serializer) {
        return new KeptOrElse((JsonSerializer<Object>) serializer);
      }
    };
  }

  /**
   * A memoized list's kept text; any other collection as the serializer it wraps writes it, with
   * that serializer's own set-up for the property it serves (contextual and resolved as before).
   */
  private static final class KeptOrElse extends JsonSerializer<Object>
      implements ContextualSerializer, ResolvableSerializer {

    private final JsonSerializer<Object> otherwise;

    KeptOrElse(JsonSerializer<Object> otherwise) {
      this.otherwise = otherwise;
    }

    @Override
    public void serialize(Object value, JsonGenerator out, SerializerProvider provider)
        throws IOException {
      if (value instanceof MemoizedJsonList<?> list
          && out.getCodec() instanceof ObjectMapper mapper) {
        KeptJson json = list.json;
        if (json == null) {
          // The elements as a plain list: written as any list is, by the same mapper.
          json = new KeptJson(mapper.writeValueAsBytes(list.elements));
          list.json = json;
        }
        out.writeRawValue(json);
        return;
      }
      otherwise.serialize(value, out, provider);
    }

    @Override
    public void serializeWithType(
        Object value, JsonGenerator out, SerializerProvider provider, TypeSerializer types)
        throws IOException {
      otherwise.serializeWithType(value, out, provider, types);
    }

    @Override
    public boolean isEmpty(SerializerProvider provider, Object value) {
      return otherwise.isEmpty(provider, value);
    }

    @Override
    @SuppressWarnings("unchecked")
    public JsonSerializer<?> createContextual(SerializerProvider provider, BeanProperty property)
        throws JsonMappingException {
      if (otherwise instanceof ContextualSerializer contextual) {
        JsonSerializer<?> set = contextual.createContextual(provider, property);
        return set == otherwise ? this : new KeptOrElse((JsonSerializer<Object>) set);
      }
      return this;
    }

    @Override
    public void resolve(SerializerProvider provider) throws JsonMappingException {
      if (otherwise instanceof ResolvableSerializer resolvable) {
        resolvable.resolve(provider);
      }
    }
  }
}
