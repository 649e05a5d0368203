package uk.co.leicestershirecares.rules.internal;

import java.io.ByteArrayOutputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;

/**
 * A class file made by hand for the tests of {@link ClassFile} and {@link CompiledRules}: a
 * constant pool built entry by entry (each method returns the entry's index), then a public class
 * with no interfaces, fields or methods. Hand-made bytes reach what no compiler writes: every
 * constant tag, a name that already exists, a pool entry of the wrong kind.
 */
final class TestClassFile {
  private final ByteArrayOutputStream pool = new ByteArrayOutputStream();
  private final DataOutputStream out = new DataOutputStream(pool);
  private int next = 1;

  /** Adds a Utf8 constant. */
  int utf8(String text) {
    return write(() -> {
      out.writeByte(1);
      out.writeUTF(text);
    }, 1);
  }

  /** Adds a Class constant and the Utf8 of its internal name. */
  int type(String name) {
    int utf8 = utf8(name);
    return add(7, utf8);
  }

  /** Adds a NameAndType constant and its two Utf8s. */
  int nameAndType(String name, String descriptor) {
    int n = utf8(name);
    int d = utf8(descriptor);
    return add(12, n, d);
  }

  /**
   * Adds a constant of {@code tag} whose operands are entry indexes (two bytes each), or for
   * Integer and Float (tags 3 and 4) one four-byte value.
   */
  int add(int tag, int... operands) {
    return write(() -> {
      out.writeByte(tag);
      if (tag == 3 || tag == 4) {
        out.writeInt(operands[0]);
      } else {
        for (int operand : operands) {
          out.writeShort(operand);
        }
      }
    }, 1);
  }

  /** Adds a Long (tag 5) or Double (tag 6) constant, which takes two entries. */
  int addLong(int tag) {
    return write(() -> {
      out.writeByte(tag);
      out.writeLong(7L);
    }, 2);
  }

  /** Adds a MethodHandle constant of {@code kind} to the entry {@code reference}. */
  int addHandle(int kind, int reference) {
    return write(() -> {
      out.writeByte(15);
      out.writeByte(kind);
      out.writeShort(reference);
    }, 1);
  }

  /** Returns the class file of the public class {@code thisClass}, with no attributes. */
  byte[] toBytes(int thisClass, int superClass) {
    return toBytes(thisClass, superClass, 0, new byte[0]);
  }

  /**
   * Returns the class file of the public class {@code thisClass} (a Java 17 class file), ending
   * with {@code attributeCount} and the attributes' bytes as given.
   */
  byte[] toBytes(int thisClass, int superClass, int attributeCount, byte[] attributes) {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    DataOutputStream file = new DataOutputStream(bytes);
    try {
      file.writeInt(0xCAFEBABE);
      file.writeShort(0);
      file.writeShort(61);
      file.writeShort(next);
      file.write(pool.toByteArray());
      file.writeShort(0x21);
      file.writeShort(thisClass);
      file.writeShort(superClass);
      file.writeShort(0); // interfaces
      file.writeShort(0); // fields
      file.writeShort(0); // methods
      file.writeShort(attributeCount);
      file.write(attributes);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return bytes.toByteArray();
  }

  private int write(Entry entry, int slots) {
    try {
      entry.write();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    int at = next;
    next += slots;
    return at;
  }

  /** Writes one entry to the pool; a ByteArrayOutputStream never actually throws. */
  private interface Entry {
    void write() throws IOException;
  }
}
