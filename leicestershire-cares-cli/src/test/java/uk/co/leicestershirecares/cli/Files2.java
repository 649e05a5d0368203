package uk.co.leicestershirecares.cli;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;

/** Copies test resources and shipped rule files into temporary folders. */
final class Files2 {
  private Files2() {}

  static Path copy(String resource, Path folder) {
    return copy(Files2.class, resource, folder.resolve(resource.substring(resource.lastIndexOf('/') + 1)));
  }

  static Path copy(Class<?> anchor, String resource, Path to) {
    try (InputStream in = anchor.getResourceAsStream(resource)) {
      if (in == null) {
        throw new IllegalStateException("missing resource " + resource);
      }
      Files.createDirectories(to.getParent());
      Files.copy(in, to, java.nio.file.StandardCopyOption.REPLACE_EXISTING);
      return to;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  static Path write(Path file, String text) {
    try {
      Files.createDirectories(file.getParent());
      return Files.writeString(file, text);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
