package uk.co.leicestershirecares.cli;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.function.Supplier;

/**
 * An input stream that fails once more than a limit of bytes has come through it, and counts them
 * for progress. The size of a file is checked before it is opened; this is the guard for what that
 * check cannot see (a file that grows while it is read, a file whose size the system reports as 0
 * but which never ends). A failure to read is thrown as an {@link UncheckedIOException}: the JSON
 * readers report a checked one as text in the wrong character encoding.
 */
final class LimitedInputStream extends InputStream {
  private final InputStream in;
  private final long limit;
  private final Supplier<? extends RuntimeException> tooLarge;
  private long count;

  LimitedInputStream(InputStream in, long limit, Supplier<? extends RuntimeException> tooLarge) {
    this.in = in;
    this.limit = limit;
    this.tooLarge = tooLarge;
  }

  /** Returns how many bytes have been read so far. */
  long count() {
    return count;
  }

  @Override
  public int read() {
    byte[] one = new byte[1];
    int n = read(one, 0, 1);
    return n <= 0 ? -1 : one[0] & 0xff;
  }

  @Override
  public int read(byte[] b, int off, int len) {
    int n;
    try {
      n = in.read(b, off, len);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    if (n > 0) {
      count += n;
      if (count > limit) {
        throw tooLarge.get();
      }
    }
    return n;
  }

  @Override
  public void close() {
    try {
      in.close();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
