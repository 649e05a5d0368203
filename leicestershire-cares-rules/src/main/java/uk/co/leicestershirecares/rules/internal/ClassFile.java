package uk.co.leicestershirecares.rules.internal;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableSet;
import java.nio.BufferUnderflowException;
import java.nio.ByteBuffer;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * What a compiled class names: the classes, fields and methods its constant pool refers to, the
 * types its descriptors name, and the bootstrap methods of its {@code invokedynamic} and dynamic
 * constants. Enough of the class file format (JVMS chapter 4, up to Java 21) is read for that,
 * and no more: code is never decoded, since an instruction can only reach a class or member
 * through the constant pool.
 *
 * <p>The reader is strict: a bad magic number, a class file version newer than Java 21, a tag it
 * does not know, an index to the wrong kind of constant, or bytes that end early all throw {@link
 * Malformed}, so that a caller that checks references can refuse what it could not read.
 *
 * @param name this class's name, with slashes
 * @param superName the superclass's name with slashes; empty only for {@code java/lang/Object}
 * @param interfaces the interfaces this class names as its own
 * @param declaredMembers the names of the fields and methods this class declares
 * @param references every reference, each once, in constant-pool order
 */
record ClassFile(String name, String superName, ImmutableList<String> interfaces,
    ImmutableSet<String> declaredMembers, ImmutableList<Reference> references) {
  /** The newest class file major version this reader knows (Java 21). */
  static final int NEWEST_MAJOR_VERSION = 65;

  private static final int MAGIC = 0xCAFEBABE;
  private static final int UTF8 = 1;
  private static final int INTEGER = 3;
  private static final int FLOAT = 4;
  private static final int LONG = 5;
  private static final int DOUBLE = 6;
  private static final int CLASS = 7;
  private static final int STRING = 8;
  private static final int FIELDREF = 9;
  private static final int METHODREF = 10;
  private static final int INTERFACE_METHODREF = 11;
  private static final int NAME_AND_TYPE = 12;
  private static final int METHOD_HANDLE = 15;
  private static final int METHOD_TYPE = 16;
  private static final int DYNAMIC = 17;
  private static final int INVOKE_DYNAMIC = 18;
  private static final int MODULE = 19;
  private static final int PACKAGE = 20;

  /** What a reference names: a type, a field, a method, or a bootstrap method. */
  enum Kind { TYPE, FIELD, METHOD, BOOTSTRAP }

  /**
   * One name a class file uses. {@code owner} is a class's binary name with slashes ({@code
   * java/lang/System}); {@code member} is the field or method name, empty for a type.
   */
  record Reference(Kind kind, String owner, String member) {
    Reference {
      Objects.requireNonNull(kind, "kind");
      Objects.requireNonNull(owner, "owner");
      Objects.requireNonNull(member, "member");
    }
  }

  /** A class file this reader cannot read; the message says why, in lower case. */
  static final class Malformed extends Exception {
    private static final long serialVersionUID = 1L;

    Malformed(String message) {
      super(message);
    }
  }

  ClassFile {
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(superName, "superName");
    Objects.requireNonNull(interfaces, "interfaces");
    Objects.requireNonNull(declaredMembers, "declaredMembers");
    Objects.requireNonNull(references, "references");
  }

  /**
   * Reads {@code bytes} as a class file.
   *
   * @throws Malformed if the bytes are not a class file this reader understands
   */
  static ClassFile parse(byte[] bytes) throws Malformed {
    try {
      return new Reader(ByteBuffer.wrap(bytes)).read();
    } catch (BufferUnderflowException | IndexOutOfBoundsException e) {
      throw new Malformed("the class file ends early");
    }
  }

  // One pass over the constant pool keeps each entry's tag and its one or two u2 operands; the
  // references are resolved once the whole pool is known, since an entry may point forward.
  private static final class Reader {
    private final ByteBuffer in;
    // Sized by readPool(), the first thing read() reads.
    private int[] tags = new int[0];
    private int[] first = new int[0];
    private int[] second = new int[0];
    private String[] utf8 = new String[0];
    private final Set<Reference> references = new LinkedHashSet<>();

    Reader(ByteBuffer in) {
      this.in = in;
    }

    ClassFile read() throws Malformed {
      if (in.getInt() != MAGIC) {
        throw new Malformed("not a class file (bad magic number)");
      }
      in.getShort(); // minor version
      int major = u2();
      if (major > NEWEST_MAJOR_VERSION) {
        throw new Malformed("class file version " + major + " is newer than this reader knows");
      }
      readPool();
      in.getShort(); // access flags
      String name = className(u2());
      int superIndex = u2();
      String superName = superIndex == 0 ? "" : className(superIndex);
      List<String> interfaces = new ArrayList<>();
      for (int i = u2(); i > 0; i--) {
        interfaces.add(className(u2()));
      }
      Set<String> members = new LinkedHashSet<>();
      readMembers(members); // fields
      readMembers(members); // methods
      List<int[]> bootstraps = readClassAttributes();
      resolve(bootstraps);
      if (in.hasRemaining()) {
        throw new Malformed("the class file has bytes after its end");
      }
      return new ClassFile(name, superName, ImmutableList.copyOf(interfaces),
          ImmutableSet.copyOf(members), ImmutableList.copyOf(references));
    }

    private void readPool() throws Malformed {
      int count = u2();
      tags = new int[count];
      first = new int[count];
      second = new int[count];
      utf8 = new String[count];
      for (int i = 1; i < count; i++) {
        int tag = in.get() & 0xFF;
        tags[i] = tag;
        switch (tag) {
          case UTF8 -> utf8[i] = modifiedUtf8(u2());
          case INTEGER, FLOAT -> in.getInt();
          case LONG, DOUBLE -> {
            // Eight-byte constants take two slots; the second is unusable.
            in.getLong();
            i++;
          }
          case CLASS, STRING, METHOD_TYPE, MODULE, PACKAGE -> first[i] = u2();
          case FIELDREF, METHODREF, INTERFACE_METHODREF, NAME_AND_TYPE, DYNAMIC, INVOKE_DYNAMIC
              -> {
            first[i] = u2();
            second[i] = u2();
          }
          case METHOD_HANDLE -> {
            first[i] = in.get() & 0xFF; // reference kind
            second[i] = u2();
          }
          default -> throw new Malformed("unknown constant pool tag " + tag + " at entry " + i);
        }
      }
    }

    private void readMembers(Set<String> names) throws Malformed {
      for (int count = u2(); count > 0; count--) {
        in.getShort(); // access flags
        names.add(utf8(u2()));
        addDescriptorTypes(utf8(u2()));
        for (int attributes = u2(); attributes > 0; attributes--) {
          u2(); // attribute name
          skip(in.getInt());
        }
      }
    }

    // Returns the BootstrapMethods attribute's entries: {method handle index, argument indexes...}.
    private List<int[]> readClassAttributes() throws Malformed {
      List<int[]> bootstraps = new ArrayList<>();
      for (int attributes = u2(); attributes > 0; attributes--) {
        String attribute = utf8(u2());
        int length = in.getInt();
        if (!attribute.equals("BootstrapMethods")) {
          skip(length);
          continue;
        }
        int end = in.position() + length;
        for (int count = u2(); count > 0; count--) {
          int handle = u2();
          int[] entry = new int[u2() + 1];
          entry[0] = handle;
          for (int a = 1; a < entry.length; a++) {
            entry[a] = u2();
          }
          bootstraps.add(entry);
        }
        if (in.position() != end) {
          throw new Malformed("the BootstrapMethods attribute has the wrong length");
        }
      }
      return bootstraps;
    }

    private void resolve(List<int[]> bootstraps) throws Malformed {
      for (int i = 1; i < tags.length; i++) {
        switch (tags[i]) {
          case CLASS -> addType(utf8(first[i]));
          case FIELDREF -> addMember(Kind.FIELD, i);
          case METHODREF, INTERFACE_METHODREF -> addMember(Kind.METHOD, i);
          case NAME_AND_TYPE -> addDescriptorTypes(utf8(second[i]));
          case METHOD_TYPE -> addDescriptorTypes(utf8(first[i]));
          case METHOD_HANDLE -> member(second[i]); // checked as the member it names
          case STRING -> utf8(first[i]);
          case DYNAMIC, INVOKE_DYNAMIC -> {
            if (first[i] >= bootstraps.size()) {
              throw new Malformed("a dynamic constant names a missing bootstrap method");
            }
            int[] bootstrap = bootstraps.get(first[i]);
            expect(bootstrap[0], METHOD_HANDLE);
            int[] owner = member(second[bootstrap[0]]);
            references.add(new Reference(Kind.BOOTSTRAP, className(owner[0]),
                utf8(first[owner[1]])));
            expect(second[i], NAME_AND_TYPE);
          }
          case MODULE, PACKAGE ->
              throw new Malformed("a module or package constant outside module-info");
          default -> {
            // Utf8, numbers and the unusable second slots name nothing.
          }
        }
      }
    }

    // Returns {class index, name-and-type index} of a field or method reference.
    private int[] member(int index) throws Malformed {
      if (index <= 0 || index >= tags.length
          || tags[index] < FIELDREF || tags[index] > INTERFACE_METHODREF) {
        throw new Malformed("entry " + index + " is not a field or method reference");
      }
      expect(second[index], NAME_AND_TYPE);
      return new int[] {first[index], second[index]};
    }

    private void addMember(Kind kind, int index) throws Malformed {
      int[] ref = member(index);
      references.add(new Reference(kind, className(ref[0]), utf8(first[ref[1]])));
    }

    private void addType(String type) throws Malformed {
      // An array's Class constant names its element type, as a descriptor.
      if (type.startsWith("[")) {
        addDescriptorTypes(type);
      } else if (type.isEmpty()) {
        throw new Malformed("an empty class name");
      } else {
        references.add(new Reference(Kind.TYPE, type, ""));
      }
    }

    // Every L...; in a field or method descriptor (or a signature-free descriptor) is a type.
    private void addDescriptorTypes(String descriptor) throws Malformed {
      int at = 0;
      while (at < descriptor.length()) {
        char c = descriptor.charAt(at);
        if (c == 'L') {
          int end = descriptor.indexOf(';', at);
          if (end < 0) {
            throw new Malformed("a descriptor with an unterminated class name: " + descriptor);
          }
          addType(descriptor.substring(at + 1, end));
          at = end + 1;
        } else if ("()[BCDFIJSZV".indexOf(c) >= 0) {
          at++;
        } else {
          throw new Malformed("a bad descriptor: " + descriptor);
        }
      }
    }

    private String className(int index) throws Malformed {
      expect(index, CLASS);
      return utf8(first[index]);
    }

    private String utf8(int index) throws Malformed {
      expect(index, UTF8);
      return utf8[index];
    }

    private void expect(int index, int tag) throws Malformed {
      if (index <= 0 || index >= tags.length || tags[index] != tag) {
        throw new Malformed("entry " + index + " is not a constant of tag " + tag);
      }
    }

    // Modified UTF-8 (JVMS 4.4.7): one, two or three bytes a char, no four-byte forms.
    private String modifiedUtf8(int length) throws Malformed {
      byte[] bytes = new byte[length];
      in.get(bytes);
      StringBuilder text = new StringBuilder(length);
      for (int i = 0; i < length; i++) {
        int b = bytes[i] & 0xFF;
        if (b < 0x80 && b != 0) {
          text.append((char) b);
        } else if ((b & 0xE0) == 0xC0 && i + 1 < length && continuation(bytes[i + 1])) {
          text.append((char) (((b & 0x1F) << 6) | (bytes[++i] & 0x3F)));
        } else if ((b & 0xF0) == 0xE0 && i + 2 < length
            && continuation(bytes[i + 1]) && continuation(bytes[i + 2])) {
          text.append((char) (((b & 0x0F) << 12) | ((bytes[++i] & 0x3F) << 6)
              | (bytes[++i] & 0x3F)));
        } else {
          throw new Malformed("a constant that is not modified UTF-8");
        }
      }
      return text.toString();
    }

    private static boolean continuation(byte b) {
      return (b & 0xC0) == 0x80;
    }

    private int u2() {
      return in.getShort() & 0xFFFF;
    }

    private void skip(int length) throws Malformed {
      if (length < 0 || length > in.remaining()) {
        throw new Malformed("the class file ends early");
      }
      in.position(in.position() + length);
    }
  }
}
