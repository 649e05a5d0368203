package uk.co.leicestershirecares.rules;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableSortedMap;
import com.google.common.collect.ImmutableSortedSet;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.TreeMap;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import uk.co.leicestershirecares.core.InvalidRecordException;

/**
 * The files of a rule folder, read once into memory: what {@link RuleFolder} checks, compiles and
 * loads is exactly these bytes, so a file changed on disk while a folder is being checked can
 * never slip in between the check and the load.
 *
 * <p>{@link #read(Path)} takes every regular file under the folder, whatever its name, so that
 * {@link RuleFolder} can say what it will not load instead of passing over it. A symbolic link, a
 * device, a pipe or a file larger than {@value #MAX_FILE_BYTES} bytes is not read: it is one of
 * the {@link #problems()}, and a folder with problems does not load.
 *
 * <pre>{@code
 * RuleFiles files = RuleFiles.read(Path.of("my-rules"));
 * RuleFolder.Result loaded = CaresRules.newBuilder().load(files);
 * }</pre>
 */
public final class RuleFiles {
  /** The largest file a rule folder may hold, in bytes (a shipped table is under 20 KB). */
  public static final int MAX_FILE_BYTES = 4 * 1024 * 1024;
  /** The most files a rule folder may hold. */
  public static final int MAX_FILES = 1_000;

  private final ImmutableSortedMap<String, byte[]> files;
  private final ImmutableList<Diagnostic> problems;

  private RuleFiles(ImmutableSortedMap<String, byte[]> files,
      ImmutableList<Diagnostic> problems) {
    this.files = files;
    this.problems = problems;
  }

  /**
   * Reads every regular file under {@code folder}, once. Never throws for what is in the folder:
   * a missing folder, an unreadable or oversized file and anything that is not a regular file
   * are {@linkplain #problems() problems}.
   *
   * @throws InvalidRecordException if {@code folder} is null
   */
  public static RuleFiles read(Path folder) {
    if (folder == null) {
      throw new InvalidRecordException("folder", "folder must not be null");
    }
    if (!Files.isDirectory(folder)) {
      return new RuleFiles(ImmutableSortedMap.of(),
          ImmutableList.of(problem(folder.toString(), "not a folder")));
    }
    Map<String, byte[]> read = new TreeMap<>();
    List<Diagnostic> problems = new ArrayList<>();
    List<Path> found;
    try (Stream<Path> walk = Files.walk(folder)) {
      // Files.walk does not follow links, so a link to a folder elsewhere is one entry, refused.
      found = walk.filter(p -> !p.equals(folder) && !Files.isDirectory(p, LinkOption.NOFOLLOW_LINKS))
          .limit(MAX_FILES + 1L).sorted().collect(Collectors.toList());
    } catch (IOException | UncheckedIOException e) {
      return new RuleFiles(ImmutableSortedMap.of(),
          ImmutableList.of(problem(folder.toString(), "cannot read the folder")));
    }
    if (found.size() > MAX_FILES) {
      return new RuleFiles(ImmutableSortedMap.of(), ImmutableList.of(problem(folder.toString(),
          "more than " + MAX_FILES + " files in the folder")));
    }
    for (Path file : found) {
      String name = folder.relativize(file).toString().replace('\\', '/');
      if (!Files.isRegularFile(file, LinkOption.NOFOLLOW_LINKS)) {
        problems.add(problem(name, Files.isSymbolicLink(file)
            ? "a symbolic link: a rule folder's files are read only from the folder itself"
            : "not a regular file"));
        continue;
      }
      try {
        read.put(name, readLimited(file));
      } catch (TooLarge e) {
        problems.add(problem(name, "larger than " + MAX_FILE_BYTES + " bytes"));
      } catch (IOException | UncheckedIOException e) {
        problems.add(problem(name, "cannot be read"));
      }
    }
    return new RuleFiles(ImmutableSortedMap.copyOf(read), ImmutableList.copyOf(problems));
  }

  /**
   * Returns the files {@code contents} (relative names with {@code /} between folders, to their
   * bytes), as if read from a folder: for callers that hold rule files in memory.
   *
   * @throws InvalidRecordException if the map, a name or a content is null, or a name is not a
   *     plain relative path
   */
  public static RuleFiles of(Map<String, byte[]> contents) {
    if (contents == null) {
      throw new InvalidRecordException("contents", "contents must not be null");
    }
    Map<String, byte[]> copy = new TreeMap<>();
    for (Map.Entry<String, byte[]> entry : contents.entrySet()) {
      String name = entry.getKey();
      if (name == null || entry.getValue() == null) {
        throw new InvalidRecordException("contents", "a file name or content is null");
      }
      if (name.isEmpty() || name.startsWith("/") || name.contains("\\")
          || Arrays.asList(name.split("/", -1)).stream()
              .anyMatch(s -> s.isEmpty() || s.equals(".") || s.equals(".."))) {
        throw new InvalidRecordException("contents", "not a relative file name: "
            + Diagnostic.printable(name));
      }
      copy.put(name, entry.getValue().clone());
    }
    return new RuleFiles(ImmutableSortedMap.copyOf(copy), ImmutableList.of());
  }

  /** Returns the names of the files read, relative to the folder, in order. */
  public ImmutableSortedSet<String> names() {
    return files.keySet();
  }

  /** Returns a copy of the bytes of the file {@code name}, when it was read. */
  public Optional<byte[]> bytes(String name) {
    byte[] content = files.get(name);
    return content == null ? Optional.empty() : Optional.of(content.clone());
  }

  /** The bytes without a copy, for the loader in this package: {@code name} is one of names(). */
  byte[] content(String name) {
    return Objects.requireNonNull(files.get(name), name);
  }

  /**
   * Returns what could not be read: links, devices and pipes, files too large, and a folder that
   * is missing or unreadable. Empty when every file under the folder was read.
   */
  public ImmutableList<Diagnostic> problems() {
    return problems;
  }

  /**
   * Returns a hash (SHA-256, hexadecimal) of every file's name and content and of the problems:
   * two snapshots have the same fingerprint exactly when they hold the same files.
   */
  public String fingerprint() {
    MessageDigest digest;
    try {
      digest = MessageDigest.getInstance("SHA-256");
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("every Java platform has SHA-256", e);
    }
    for (Map.Entry<String, byte[]> file : files.entrySet()) {
      digest.update(file.getKey().getBytes(StandardCharsets.UTF_8));
      digest.update((byte) 0);
      digest.update(Integer.toString(file.getValue().length).getBytes(StandardCharsets.UTF_8));
      digest.update((byte) 0);
      digest.update(file.getValue());
    }
    for (Diagnostic problem : problems) {
      digest.update(problem.toString().getBytes(StandardCharsets.UTF_8));
      digest.update((byte) 0);
    }
    return HexFormat.of().formatHex(digest.digest());
  }

  /** Returns whether {@code other} holds the same names, bytes and problems. */
  @Override
  public boolean equals(Object other) {
    if (!(other instanceof RuleFiles that)) {
      return false;
    }
    if (!files.keySet().equals(that.files.keySet())
        || !problems.toString().equals(that.problems.toString())) {
      return false;
    }
    for (Map.Entry<String, byte[]> file : files.entrySet()) {
      if (!Arrays.equals(file.getValue(), that.files.get(file.getKey()))) {
        return false;
      }
    }
    return true;
  }

  @Override
  public int hashCode() {
    return Objects.hash(files.keySet(), problems.size());
  }

  /** Returns {@code RuleFiles[n files]}, with the number of problems when there are any. */
  @Override
  public String toString() {
    return "RuleFiles[" + files.size() + " files"
        + (problems.isEmpty() ? "" : ", " + problems.size() + " problems") + "]";
  }

  private static Diagnostic problem(String file, String message) {
    return Diagnostic.of(file, 0, 0, message);
  }

  // Reads at most MAX_FILE_BYTES + 1 bytes: a file growing while it is read cannot exhaust memory.
  private static byte[] readLimited(Path file) throws IOException {
    try (InputStream in = Files.newInputStream(file, StandardOpenOption.READ,
        LinkOption.NOFOLLOW_LINKS)) {
      byte[] content = in.readNBytes(MAX_FILE_BYTES + 1);
      if (content.length > MAX_FILE_BYTES) {
        throw new TooLarge();
      }
      return content;
    }
  }

  private static final class TooLarge extends IOException {
    private static final long serialVersionUID = 1L;

    TooLarge() {
      super("too large");
    }
  }
}
