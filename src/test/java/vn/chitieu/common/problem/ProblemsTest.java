package vn.chitieu.common.problem;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class ProblemsTest {

  @Test
  void shouldQuoteTheOneInvalidInputInTheDetail() {
    List<FieldError> errors = List.of(new FieldError("name.vi", "must not be blank"));

    assertThat(Problems.invalidInputDetail(errors))
        .isEqualTo("The request has an invalid input: name.vi must not be blank.");
  }

  @Test
  void shouldCountSeveralInvalidInputsAndPointToTheList() {
    List<FieldError> errors =
        List.of(
            new FieldError("[0].value", "must be a JSON number, written without quotes"),
            new FieldError("[3].period", "must be a period such as 2020"));

    assertThat(Problems.invalidInputDetail(errors))
        .isEqualTo("The request has 2 invalid inputs; see errors.");
  }
}
