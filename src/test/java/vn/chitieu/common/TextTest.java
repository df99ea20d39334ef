package vn.chitieu.common;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class TextTest {

  @Test
  void shouldFoldVietnameseDiacriticsAndCase() {
    assertThat(Text.fold("Tỷ lệ hộ nghèo")).isEqualTo("ty le ho ngheo");
    assertThat(Text.fold("Số người tham gia BH thất nghiệp"))
        .isEqualTo("so nguoi tham gia bh that nghiep");
    assertThat(Text.fold("Đào tạo nghề")).isEqualTo("dao tao nghe");
  }

  @Test
  void shouldTurnPunctuationIntoSpaces() {
    assertThat(Text.fold("POOR_HOUSEHOLD_RATE")).isEqualTo("poor household rate");
    assertThat(Text.fold("  Poor-household   rate ")).isEqualTo("poor household rate");
    assertThat(Text.fold("50%_x")).isEqualTo("50 x");
  }

  @Test
  void shouldFoldNothingToEmpty() {
    assertThat(Text.fold(null)).isEmpty();
    assertThat(Text.fold(" ")).isEmpty();
  }
}
