package uk.co.leicestershirecares.report;

import static java.nio.charset.StandardCharsets.UTF_8;

import java.util.Arrays;

/**
 * The ids a streamed report has seen, to refuse a repeated one: exact, like a {@code
 * HashSet<String>}, without an object per id. Each id is its UTF-8 bytes, after their length, in
 * one growing array, found through an open-addressing table of offsets and hashes. Not
 * thread-safe; ids are only added.
 */
// Why not a HashSet: its memory outgrew the report's own counts and evidence on a million ids.
// Benchmark: ReportBenchmark (events=1000000, -prof gc).
final class IdSet {
  private byte[] bytes = new byte[1 << 12];
  private int used;
  /** For each slot, 1 + the offset in {@link #bytes} of an id's length; 0 for an empty slot. */
  private int[] offsets = new int[1 << 10];
  /** For each slot, the hash of its id: most ids that differ are told apart without bytes. */
  private int[] hashes = new int[1 << 10];
  private int size;

  /** Adds {@code id}; returns false if it was there already. */
  boolean add(String id) {
    byte[] key = id.getBytes(UTF_8);
    int hash = spread(id.hashCode());
    int mask = offsets.length - 1;
    int i = hash & mask;
    while (offsets[i] != 0) {
      if (hashes[i] == hash && equalsAt(offsets[i] - 1, key)) {
        return false;
      }
      i = (i + 1) & mask;
    }
    offsets[i] = append(key) + 1;
    hashes[i] = hash;
    size++;
    if (size * 2 > offsets.length) {
      grow();
    }
    return true;
  }

  /** Returns how many ids have been added. */
  int size() {
    return size;
  }

  private static int spread(int h) {
    // String hashes of ids like P-1, P-2 differ in their low bits only; mix the high bits in.
    int x = h * 0x9E3779B9;
    return x ^ (x >>> 16);
  }

  private boolean equalsAt(int offset, byte[] key) {
    int length = readLength(offset);
    return length == key.length
        && Arrays.equals(bytes, offset + 4, offset + 4 + length, key, 0, length);
  }

  private int readLength(int offset) {
    return (bytes[offset] & 0xff) << 24 | (bytes[offset + 1] & 0xff) << 16
        | (bytes[offset + 2] & 0xff) << 8 | (bytes[offset + 3] & 0xff);
  }

  /** Appends {@code key}'s length and bytes; returns the offset of the length. */
  private int append(byte[] key) {
    long needed = (long) used + 4 + key.length;
    if (needed > Integer.MAX_VALUE - 8) {
      throw new IllegalStateException("participants: too many ids to check for repeats ("
          + size + ")");
    }
    if (needed > bytes.length) {
      bytes = Arrays.copyOf(bytes, (int) Math.min(Integer.MAX_VALUE - 8,
          Math.max(needed, 2L * bytes.length)));
    }
    int offset = used;
    bytes[used++] = (byte) (key.length >>> 24);
    bytes[used++] = (byte) (key.length >>> 16);
    bytes[used++] = (byte) (key.length >>> 8);
    bytes[used++] = (byte) key.length;
    System.arraycopy(key, 0, bytes, used, key.length);
    used += key.length;
    return offset;
  }

  /** Doubles the table, placing each id again by its stored hash. */
  private void grow() {
    int[] oldOffsets = offsets;
    int[] oldHashes = hashes;
    offsets = new int[oldOffsets.length * 2];
    hashes = new int[oldOffsets.length * 2];
    int mask = offsets.length - 1;
    for (int j = 0; j < oldOffsets.length; j++) {
      if (oldOffsets[j] != 0) {
        int i = oldHashes[j] & mask;
        while (offsets[i] != 0) {
          i = (i + 1) & mask;
        }
        offsets[i] = oldOffsets[j];
        hashes[i] = oldHashes[j];
      }
    }
  }
}
