package vn.chitieu.achievement;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import vn.chitieu.common.problem.ApiException;
import vn.chitieu.common.problem.ProblemType;

/** The lifecycle as the issue states it, case by case, written out by hand. */
class LifecycleTest {

  @ParameterizedTest(name = "{0} -> {1} needs {2}")
  @CsvSource({
    // Forward by an editor, but not to OFFICIAL.
    "ESTIMATED,   ESTIMATED,   EDITOR",
    "ESTIMATED,   PRELIMINARY, EDITOR",
    "PRELIMINARY, PRELIMINARY, EDITOR",
    // Making a figure official.
    "ESTIMATED,   OFFICIAL,    APPROVER",
    "PRELIMINARY, OFFICIAL,    APPROVER",
    // Moving back, or changing an official figure at all.
    "PRELIMINARY, ESTIMATED,   APPROVER_WITH_REASON",
    "OFFICIAL,    ESTIMATED,   APPROVER_WITH_REASON",
    "OFFICIAL,    PRELIMINARY, APPROVER_WITH_REASON",
    "OFFICIAL,    OFFICIAL,    APPROVER_WITH_REASON"
  })
  void shouldNeedWhatTheIssueSays(Status from, Status to, Lifecycle needed) {
    assertThat(Lifecycle.toWrite(from, to)).isEqualTo(needed);
  }

  @Test
  void shouldLetOnlyApproversRecordAnOfficialFigure() {
    assertThat(Lifecycle.toWrite(null, Status.OFFICIAL)).isEqualTo(Lifecycle.APPROVER);
    assertThat(Lifecycle.toWrite(null, Status.ESTIMATED)).isEqualTo(Lifecycle.EDITOR);
    assertThat(Lifecycle.toWrite(null, Status.PRELIMINARY)).isEqualTo(Lifecycle.EDITOR);
  }

  @Test
  void shouldNeedAnApproverAndAReasonToDeleteAnOfficialFigure() {
    assertThat(Lifecycle.toDelete(Status.OFFICIAL)).isEqualTo(Lifecycle.APPROVER_WITH_REASON);
    assertThat(Lifecycle.toDelete(Status.PRELIMINARY)).isEqualTo(Lifecycle.EDITOR);
  }

  @Test
  void shouldRefuseAnEditorWith403AndAnApproverWithoutReasonWith409() {
    assertThatThrownBy(() -> Lifecycle.APPROVER_WITH_REASON.check("Changing it", false, true))
        .isInstanceOfSatisfying(
            ApiException.class,
            e -> {
              assertThat(e.type()).isEqualTo(ProblemType.FORBIDDEN);
              assertThat(e.getMessage())
                  .isEqualTo("Changing it needs the approver role and a reason.");
            });
    assertThatThrownBy(() -> Lifecycle.APPROVER_WITH_REASON.check("Changing it", true, false))
        .isInstanceOfSatisfying(
            ApiException.class, e -> assertThat(e.type()).isEqualTo(ProblemType.CONFLICT));
    assertThatThrownBy(() -> Lifecycle.APPROVER.check("Making it official", false, true))
        .hasMessage("Making it official needs the approver role.");
    assertThatCode(() -> Lifecycle.APPROVER.check("Making it official", true, false))
        .doesNotThrowAnyException();
    assertThatCode(() -> Lifecycle.EDITOR.check("Anything", false, false))
        .doesNotThrowAnyException();
  }
}
