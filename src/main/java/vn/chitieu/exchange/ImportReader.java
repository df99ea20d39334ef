package vn.chitieu.exchange;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.ObjectReader;
import com.fasterxml.jackson.databind.cfg.JsonNodeFeature;
import com.fasterxml.jackson.databind.node.ObjectNode;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validator;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;
import vn.chitieu.achievement.AchievementRequest;
import vn.chitieu.common.problem.ApiException;
import vn.chitieu.common.problem.FieldError;
import vn.chitieu.common.problem.Problems;
import vn.chitieu.common.problem.RowError;
import vn.chitieu.common.sheet.SheetFormat;
import vn.chitieu.common.sheet.SheetReader;
import vn.chitieu.common.sheet.SpooledBody;
import vn.chitieu.config.ChitieuConfig;
import vn.chitieu.figure.FigureColumns;
import vn.chitieu.figure.FigureRequest;
import vn.chitieu.plan.TargetRequest;

/**
 * Reads an import's body, row by row, into the requests single writes take: JSON (an array of those
 * objects, each with {@code kind}), CSV or a workbook (columns of {@link FigureColumns}). Each row
 * is read with the same strict reader and the same constraints as a single write's body, so its
 * problems are named in the same words.
 */
@ApplicationScoped
class ImportReader {

  private final ObjectMapper json;
  private final Validator validator;
  private final ChitieuConfig.Imports limits;

  ImportReader(ObjectMapper json, Validator validator, ChitieuConfig config) {
    this.json = json;
    this.validator = validator;
    this.limits = config.imports();
  }

  /**
   * Reads a body in a format (empty: JSON), handing its rows on in chunks of at most {@code
   * chitieu.imports.chunk-rows} as they are read, and the rows that make no request to {@code
   * rejections}; {@code kind} is for rows that give none. Returns how many rows the body has.
   */
  int read(
      Optional<SheetFormat> format,
      SpooledBody body,
      ImportKind kind,
      Consumer<List<ImportRow>> chunks,
      Rejections rejections)
      throws IOException {
    int maxRows = limits.maxRows();
    Rows rows = new Rows(kind, chunks, rejections);
    if (format.isEmpty()) {
      try (InputStream in = body.open()) {
        readJson(in, maxRows, rows);
      }
    } else {
      SheetReader.read(
          format.get(),
          body,
          maxRows,
          FigureCells::checkHeader,
          row -> {
            if (row.problem() != null) {
              rows.reject(new RowError(row.number(), "row", row.problem()));
              return;
            }
            rows.add(row.number(), row.cells().get(FigureColumns.KIND), row.cells(), null);
          });
    }
    return rows.done();
  }

  private void readJson(InputStream body, int maxRows, Rows rows) throws IOException {
    // One element at a time (the strict reader refuses "trailing tokens" after a whole body), its
    // numbers as written: 1.80 stays 1.80, as in a single write.
    ObjectReader element =
        json.readerFor(JsonNode.class)
            .without(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
            .without(JsonNodeFeature.STRIP_TRAILING_BIGDECIMAL_ZEROES);
    try (JsonParser parser = json.createParser(body)) {
      if (parser.nextToken() != JsonToken.START_ARRAY) {
        throw ApiException.invalid(
            "body", "must be a JSON array of targets and achievements, each with its kind");
      }
      int number = 0;
      while (parser.nextToken() != JsonToken.END_ARRAY) {
        if (++number > maxRows) {
          throw SheetReader.tooManyRows(maxRows);
        }
        JsonNode item;
        try {
          item = element.readValue(parser);
        } catch (NumberFormatException e) {
          // A number whose exponent no decimal can hold (1e-2147483648): Jackson gives up on it.
          throw ApiException.invalid(
              "body", "item " + number + " holds a number too large or too small to read");
        }
        if (!(item instanceof ObjectNode object)) {
          rows.reject(new RowError(number, "row", "must be a JSON object"));
          continue;
        }
        JsonNode kind = object.remove(FigureColumns.KIND);
        if (kind != null && !kind.isTextual() && !kind.isNull()) {
          rows.reject(new RowError(number, FigureColumns.KIND, "must be a JSON string"));
          continue;
        }
        rows.add(number, kind == null || kind.isNull() ? null : kind.asText(), null, object);
      }
      if (parser.nextToken() != null) {
        throw ApiException.invalid("body", "must hold one JSON array and nothing after it");
      }
    }
  }

  /** The rows read so far. */
  private final class Rows {

    private final ImportKind defaultKind;
    private final Consumer<List<ImportRow>> chunks;
    private List<ImportRow> rows = new ArrayList<>();
    private final Rejections rejections;
    private int count;

    Rows(ImportKind defaultKind, Consumer<List<ImportRow>> chunks, Rejections rejections) {
      this.defaultKind = defaultKind;
      this.chunks = chunks;
      this.rejections = rejections;
    }

    void reject(RowError error) {
      count++;
      rejections.add(error);
    }

    /** A row from cells (a file) or from a JSON object. */
    void add(int number, String kindWord, Map<String, String> cells, ObjectNode object) {
      count++;
      ImportKind kind = defaultKind;
      if (kindWord != null) {
        Optional<ImportKind> given = ImportKind.of(kindWord);
        if (given.isEmpty()) {
          rejections.add(new RowError(number, FigureColumns.KIND, "must be target or achievement"));
          return;
        }
        kind = given.get();
      }
      if (kind == null) {
        rejections.add(
            new RowError(
                number,
                FigureColumns.KIND,
                "is missing: say target or achievement in the row, or for every row as ?kind="));
        return;
      }
      List<RowError> problems = new ArrayList<>();
      ObjectNode request =
          cells != null ? FigureCells.toJson(number, kind, cells, problems) : object;
      if (!problems.isEmpty()) {
        problems.forEach(rejections::add);
        return;
      }
      Class<? extends FigureRequest> type =
          kind == ImportKind.TARGET ? TargetRequest.class : AchievementRequest.class;
      FigureRequest typed;
      try {
        typed = json.treeToValue(request, type);
      } catch (JsonMappingException e) {
        rejections.add(rowError(number, Problems.fieldError(e), cells != null));
        return;
      } catch (IOException e) {
        rejections.add(new RowError(number, "row", "could not be read"));
        return;
      }
      List<RowError> invalid =
          validator.validate(typed).stream()
              .sorted(
                  Comparator.comparing(
                      (ConstraintViolation<?> v) -> v.getPropertyPath().toString()))
              .map(
                  v ->
                      rowError(
                          number,
                          new FieldError(v.getPropertyPath().toString(), v.getMessage()),
                          cells != null))
              .toList();
      if (!invalid.isEmpty()) {
        invalid.forEach(rejections::add);
        return;
      }
      rows.add(new ImportRow(number, kind, typed));
      if (rows.size() == limits.chunkRows()) {
        handOn();
      }
    }

    private void handOn() {
      List<ImportRow> chunk = rows;
      rows = new ArrayList<>();
      chunks.accept(chunk);
    }

    int done() {
      if (!rows.isEmpty()) {
        handOn();
      }
      return count;
    }
  }

  private static RowError rowError(int number, FieldError error, boolean file) {
    String field = file ? FigureCells.column(error.field()) : error.field();
    return new RowError(number, field, error.message());
  }
}
