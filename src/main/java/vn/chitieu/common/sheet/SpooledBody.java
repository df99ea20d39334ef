package vn.chitieu.common.sheet;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;

/**
 * A request body copied whole to a temporary file, deleted on close: read from there, a file is
 * held neither in memory nor open on the network, so a slow upload is over before its rows are
 * read, and a workbook (a zip file) can be read by random access.
 */
public final class SpooledBody implements AutoCloseable {

  private final Path file;

  private SpooledBody(Path file) {
    this.file = file;
  }

  /** Copies the body to a new temporary file. */
  public static SpooledBody of(InputStream body) throws IOException {
    Path file = Files.createTempFile("chitieu-body-", ".tmp");
    try {
      Files.copy(body, file, StandardCopyOption.REPLACE_EXISTING);
      return new SpooledBody(file);
    } catch (IOException | RuntimeException e) {
      Files.deleteIfExists(file);
      throw e;
    }
  }

  public Path file() {
    return file;
  }

  public InputStream open() throws IOException {
    return Files.newInputStream(file);
  }

  @Override
  public void close() {
    try {
      Files.deleteIfExists(file);
    } catch (IOException ignored) {
      // The temporary directory is cleared by the system in the end.
    }
  }
}
