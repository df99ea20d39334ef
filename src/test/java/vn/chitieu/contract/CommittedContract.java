package vn.chitieu.contract;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;

/** The committed contract, docs/openapi.yaml, read as a tree: what its examples promise. */
final class CommittedContract {

  /** One operation: its method, its path template and its node in the document. */
  record Operation(String method, String path, JsonNode node) {

    String id() {
      return node.path("operationId").asText();
    }

    /** The examples of this response (or of the request body, for "request") in a media type. */
    List<Map.Entry<String, JsonNode>> examples(String response, String mediaType) {
      JsonNode at =
          "request".equals(response) ? node.path("requestBody") : node.at("/responses/" + response);
      List<Map.Entry<String, JsonNode>> examples = new ArrayList<>();
      at.path("content").path(mediaType).path("examples").fields().forEachRemaining(examples::add);
      return examples;
    }

    @Override
    public String toString() {
      return method.toUpperCase() + " " + path + " (" + id() + ")";
    }
  }

  /** Numbers compared by value: the contract writes 0.10 where the service may answer 0.1. */
  static final Comparator<JsonNode> NUMBERS_BY_VALUE =
      (a, b) -> {
        if (a.isNumber() && b.isNumber()) {
          return new BigDecimal(a.asText()).compareTo(new BigDecimal(b.asText()));
        }
        return a.equals(b) ? 0 : 1;
      };

  private CommittedContract() {}

  static List<Operation> operations() {
    JsonNode document;
    try {
      document = new YAMLMapper().readTree(ContractTest.COMMITTED.toFile());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    List<Operation> operations = new ArrayList<>();
    document
        .path("paths")
        .fields()
        .forEachRemaining(
            path ->
                path.getValue()
                    .fields()
                    .forEachRemaining(
                        method ->
                            operations.add(
                                new Operation(method.getKey(), path.getKey(), method.getValue()))));
    return operations;
  }
}
