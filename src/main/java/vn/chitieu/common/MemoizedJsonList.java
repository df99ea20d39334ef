package vn.chitieu.common;

import java.util.AbstractList;
import java.util.List;
import java.util.RandomAccess;

/**
 * An unmodifiable list that keeps its JSON form once written (system/MemoizedJsonBodyWriter): a
 * view kept by a cache and answered many times is serialised once. The elements must be immutable.
 */
public final class MemoizedJsonList<E> extends AbstractList<E> implements RandomAccess {

  private final List<E> elements;
  private volatile byte[] json;

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

  /** The elements as a plain list, for writing them the first time. */
  public List<E> elements() {
    return elements;
  }

  /** The JSON form (UTF-8), once written; null before. */
  public byte[] json() {
    return json;
  }

  /** Keeps the JSON form; the caller does not change the array afterwards. */
  public void keep(byte[] json) {
    this.json = json;
  }
}
