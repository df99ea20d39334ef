package vn.chitieu.exchange;

import java.util.Optional;
import vn.chitieu.figure.FigureColumns;

/** What an imported row is, as its {@code kind} says. */
enum ImportKind {
  TARGET(FigureColumns.TARGET),
  ACHIEVEMENT(FigureColumns.ACHIEVEMENT);

  /** How a row's kind is written. */
  static final String WORDS = FigureColumns.TARGET + "|" + FigureColumns.ACHIEVEMENT;

  private final String word;

  ImportKind(String word) {
    this.word = word;
  }

  String word() {
    return word;
  }

  static Optional<ImportKind> of(String word) {
    for (ImportKind kind : values()) {
      if (kind.word.equals(word)) {
        return Optional.of(kind);
      }
    }
    return Optional.empty();
  }
}
