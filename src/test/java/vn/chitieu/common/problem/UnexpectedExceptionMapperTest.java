package vn.chitieu.common.problem;

import static org.assertj.core.api.Assertions.assertThat;

import io.vertx.core.http.HttpClosedException;
import java.io.IOException;
import java.net.ConnectException;
import org.junit.jupiter.api.Test;

class UnexpectedExceptionMapperTest {

  @Test
  void shouldTellACallerThatClosedTheConnectionFromAFailure() {
    var closed = new IOException(new IOException(new HttpClosedException("Connection was closed")));

    assertThat(UnexpectedExceptionMapper.isCallerGone(closed)).isTrue();
    assertThat(UnexpectedExceptionMapper.isCallerGone(new IOException("disk full"))).isFalse();
    assertThat(UnexpectedExceptionMapper.isCallerGone(new IllegalStateException())).isFalse();
  }

  @Test
  void shouldTellAnUnreachableDatabaseFromAFailure() {
    assertThat(
            UnexpectedExceptionMapper.isDatabaseUnreachable(
                new IllegalStateException(new ConnectException("refused"))))
        .isTrue();
    assertThat(UnexpectedExceptionMapper.isDatabaseUnreachable(new IllegalStateException()))
        .isFalse();
  }
}
