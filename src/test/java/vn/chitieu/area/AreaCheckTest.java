package vn.chitieu.area;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import vn.chitieu.common.Period;
import vn.chitieu.common.problem.FieldError;

/** The rule alone: a figure's period must share a day with its unit's window, ends included. */
class AreaCheckTest {

  private static Area unit(String code, String name, String from, String to) {
    Area area = new Area();
    area.code = code;
    area.name = name;
    area.validFrom = from == null ? null : LocalDate.parse(from);
    area.validTo = to == null ? null : LocalDate.parse(to);
    return area;
  }

  private static final AreaCheck.Units UNITS =
      new AreaCheck.Units(
          Map.of(
              "203", List.of(unit("203", "Huyện Vân Đồn", null, "2025-06-30")),
              "06994",
                  List.of(
                      unit("06994", "Thị trấn Cái Rồng", null, "2025-06-30"),
                      unit("06994", "Đặc khu Vân Đồn", "2025-07-01", null)),
              "08", List.of(unit("08", "Tỉnh Tuyên Quang", "2025-07-01", null))));

  @ParameterizedTest(name = "{0} in {1}")
  @CsvSource({
    "203,   2025-06,   ",
    "203,   2025-Q2,   ",
    "203,   2025,      ",
    "203,   2021-2025, ",
    "203,   2025-07,   names no unit that existed during 2025-07: area 203 is Huyện Vân Đồn until 2025-06-30",
    "203,   2025-S2,   names no unit that existed during 2025-S2",
    "06994, 2025-06,   ",
    "06994, 2025-07,   ",
    "08,    2025-07,   ",
    "08,    2025-06,   names no unit that existed during 2025-06: area 08 is Tỉnh Tuyên Quang from 2025-07-01",
    "08,    2025-S1,   names no unit that existed during 2025-S1",
    "99999, 2020,      names no known area: 99999",
  })
  void shouldAcceptAPeriodThatSharesADayWithTheUnit(String code, String period, String message) {
    var error = UNITS.check("area", code, Period.parse(period));
    if (message == null) {
      assertThat(error).isEmpty();
    } else {
      assertThat(error)
          .map(FieldError::message)
          .hasValueSatisfying(m -> assertThat(m).startsWith(message));
    }
  }
}
