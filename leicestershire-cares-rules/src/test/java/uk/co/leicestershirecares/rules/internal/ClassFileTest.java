package uk.co.leicestershirecares.rules.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.util.Arrays;
import org.junit.jupiter.api.Test;
import uk.co.leicestershirecares.rules.internal.ClassFile.Kind;
import uk.co.leicestershirecares.rules.internal.ClassFile.Reference;

/**
 * The class-file reader behind {@link CompiledRules}: it finds every class, field, method,
 * descriptor type and bootstrap method a class names, reads every constant-pool tag up to Java
 * 21, and throws {@link ClassFile.Malformed} (never anything else) for bytes it cannot read.
 */
final class ClassFileTest {
  @Test
  void parse_findsTheReferencesOfARealClass() throws Exception {
    ClassFile parsed = ClassFile.parse(bytesOf(CompiledRules.class));

    assertThat(parsed.name()).isEqualTo("uk/co/leicestershirecares/rules/internal/CompiledRules");
    assertThat(parsed.superName()).isEqualTo("java/lang/Object");
    assertThat(parsed.declaredMembers()).contains("check", "classFilesOf");
    assertThat(parsed.references()).contains(
        new Reference(Kind.TYPE, "com/google/common/collect/ImmutableList", ""),
        new Reference(Kind.METHOD, "com/google/common/collect/ImmutableList", "copyOf"),
        new Reference(Kind.TYPE, "org/kie/api/builder/KieBuilder", ""));
  }

  @Test
  void parse_readsEveryConstantTag_andNamesBootstrapsAndDescriptorTypes() throws Exception {
    ClassFile parsed = ClassFile.parse(everyTag());

    assertThat(parsed.references()).containsExactlyInAnyOrder(
        new Reference(Kind.TYPE, "Everything", ""),
        new Reference(Kind.TYPE, "java/lang/Object", ""),
        new Reference(Kind.TYPE, "java/io/File", ""), // the array class [[Ljava/io/File;
        new Reference(Kind.TYPE, "java/lang/System", ""),
        new Reference(Kind.FIELD, "java/lang/System", "out"),
        new Reference(Kind.TYPE, "java/io/PrintStream", ""), // out's descriptor
        new Reference(Kind.TYPE, "java/lang/Runtime", ""),
        new Reference(Kind.METHOD, "java/lang/Runtime", "exec"),
        new Reference(Kind.TYPE, "java/lang/String", ""), // exec's descriptor
        new Reference(Kind.TYPE, "java/lang/Process", ""),
        new Reference(Kind.TYPE, "java/util/List", ""),
        new Reference(Kind.METHOD, "java/util/List", "size"),
        new Reference(Kind.TYPE, "java/net/Socket", ""), // a MethodType's descriptor
        new Reference(Kind.BOOTSTRAP, "java/lang/Runtime", "exec"));
  }

  @Test
  void parse_refusesABadMagicNumber() {
    byte[] bytes = everyTag();
    bytes[0] = 0x00;

    assertThat(malformed(bytes)).hasMessage("not a class file (bad magic number)");
  }

  @Test
  void parse_refusesAVersionNewerThanJava21() {
    byte[] bytes = everyTag();
    bytes[7] = (byte) (ClassFile.NEWEST_MAJOR_VERSION + 1);

    assertThat(malformed(bytes))
        .hasMessage("class file version 66 is newer than this reader knows");
  }

  @Test
  void parse_refusesAnUnknownConstantTag() {
    byte[] bytes = everyTag();
    bytes[10] = 2; // the first constant's tag: 2 was never assigned

    assertThat(malformed(bytes)).hasMessage("unknown constant pool tag 2 at entry 1");
  }

  @Test
  void parse_refusesModuleAndPackageConstantsOutsideModuleInfo() {
    assertThat(malformed(withExtraConstant(19))).hasMessageContaining("module or package");
    assertThat(malformed(withExtraConstant(20))).hasMessageContaining("module or package");
  }

  @Test
  void parse_refusesEveryTruncationOfARealClass() {
    byte[] whole = bytesOf(CompiledRules.class);
    for (int length = 0; length < whole.length; length++) {
      assertThat(malformed(Arrays.copyOf(whole, length))).as("cut at %d", length).isNotNull();
    }
  }

  @Test
  void parse_refusesBytesAfterTheEnd() {
    byte[] whole = bytesOf(CompiledRules.class);

    assertThat(malformed(Arrays.copyOf(whole, whole.length + 1)))
        .hasMessage("the class file has bytes after its end");
  }

  @Test
  void parse_refusesAReferenceToTheWrongKindOfConstant() {
    byte[] bytes = everyTag();
    // this_class, 24 bytes before the end (see classFile): point it at a Utf8.
    int thisClass = bytes.length - 24;
    bytes[thisClass] = 0;
    bytes[thisClass + 1] = 1;

    assertThat(malformed(bytes)).hasMessage("entry 1 is not a constant of tag 7");
  }

  private static ClassFile.Malformed malformed(byte[] bytes) {
    return catchThrowableOfType(ClassFile.Malformed.class, () -> ClassFile.parse(bytes));
  }

  private static byte[] bytesOf(Class<?> type) {
    try (InputStream in = type.getResourceAsStream(type.getSimpleName() + ".class")) {
      return in.readAllBytes();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** A class {@code Everything} whose pool holds one constant of every tag a class may have. */
  private static byte[] everyTag() {
    return classFile(-1);
  }

  private static byte[] withExtraConstant(int tag) {
    return classFile(tag);
  }

  private static byte[] classFile(int extraTag) {
    TestClassFile pool = new TestClassFile();
    int everything = pool.type("Everything");
    int object = pool.type("java/lang/Object");
    pool.type("[[Ljava/io/File;");
    pool.add(3, 42); // Integer
    pool.add(4, 0); // Float
    pool.addLong(5); // Long, two slots
    pool.addLong(6); // Double, two slots
    int text = pool.utf8("a string");
    pool.add(8, text); // String
    int out1 = pool.nameAndType("out", "Ljava/io/PrintStream;");
    pool.add(9, pool.type("java/lang/System"), out1); // Fieldref
    int exec = pool.add(10, pool.type("java/lang/Runtime"),
        pool.nameAndType("exec", "(Ljava/lang/String;)Ljava/lang/Process;")); // Methodref
    pool.add(11, pool.type("java/util/List"), pool.nameAndType("size", "()I"));
    int handle = pool.addHandle(6, exec); // MethodHandle, REF_invokeStatic
    pool.add(16, pool.utf8("(Ljava/net/Socket;)V")); // MethodType
    pool.add(17, 0, pool.nameAndType("dyn", "I")); // Dynamic, bootstrap 0
    pool.add(18, 0, pool.nameAndType("indy", "()V")); // InvokeDynamic, bootstrap 0
    int bootstraps = pool.utf8("BootstrapMethods");
    if (extraTag > 0) {
      pool.add(extraTag, pool.utf8("some/name"));
    }
    // One attribute: BootstrapMethods, 6 bytes long, one method (the handle, no arguments).
    byte[] attribute = ByteBuffer.allocate(12).putShort((short) bootstraps).putInt(6)
        .putShort((short) 1).putShort((short) handle).putShort((short) 0).array();
    return pool.toBytes(everything, object, 1, attribute);
  }
}
