package uk.co.leicestershirecares.rules.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableMap;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.drools.compiler.kie.builder.impl.InternalKieModule;
import org.drools.wiring.api.classloader.ProjectClassLoader;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.kie.api.KieServices;
import org.kie.api.runtime.KieContainer;
import uk.co.leicestershirecares.rules.internal.CompiledRules.Refusal;

/**
 * {@link CompiledRules} on rules compiled at run time with {@code buildAll} only: the shipped
 * rules and the analyst features we support give no refusal; each hostile payload, however its
 * text is written and wherever in a rule file it sits, is refused by the reference its bytecode
 * makes, or does not compile at all; an unreadable class file is refused. No KieContainer,
 * KieBase or session is ever made from a hostile file, so no payload runs (but see {@link
 * #buildAll_initialisesDeclaredEnums_soTheirConstantsRunBeforeAnyCheck}).
 */
final class CompiledRulesTest {
  private static final String HEAD = "package uk.co.leicestershirecares.rules.hostile;\n"
      + "import uk.co.leicestershirecares.rules.facts.AsOf;\n";

  @TempDir
  Path markers;

  @Test
  void shippedRules_compiledAtRunTime_giveNoRefusal() {
    RuleBuilds.Build build = RuleBuilds.build(RuleBuilds.shipped());

    assertThat(build.errors()).isEmpty();
    assertThat(CompiledRules.check(CompiledRules.classFilesOf(build.builder()))).isEmpty();
  }

  @Test
  void legitimateAnalystFeatures_giveNoRefusal() {
    Map<String, String> files = new LinkedHashMap<>(RuleBuilds.shipped());
    files.put("features.drl", resource("features.drl"));
    RuleBuilds.Build build = RuleBuilds.build(files);

    assertThat(build.errors()).isEmpty();
    assertThat(CompiledRules.check(CompiledRules.classFilesOf(build.builder()))).isEmpty();
  }

  @Test
  void classFilesOf_isEveryClassTheBuildMade_generatedDeclaredAndInfrastructure()
      throws ClassFile.Malformed {
    Map<String, String> files = new LinkedHashMap<>(RuleBuilds.shipped());
    files.put("features.drl", resource("features.drl"));
    RuleBuilds.Build build = RuleBuilds.build(files);
    InternalKieModule module = (InternalKieModule) build.builder().getKieModule();

    ImmutableMap<String, byte[]> classFiles = CompiledRules.classFilesOf(build.builder());

    // The same set the module hands a KieContainer's class loader.
    assertThat(classFiles.keySet()).isEqualTo(module.getClassesMap().keySet());
    assertThat(classFiles.keySet()).isEqualTo(module.getFileNames().stream()
        .filter(name -> name.endsWith(".class")).collect(Collectors.toSet()));
    String features = "uk/co/leicestershirecares/rules/features/";
    assertThat(classFiles.keySet())
        .anyMatch(name -> name.startsWith("org/drools/project/model/ProjectModel"))
        .anyMatch(name -> name.contains("/LambdaPredicate"))
        .anyMatch(name -> name.contains("/LambdaConsequence"))
        .anyMatch(name -> name.contains("/LambdaExtractor"))
        .anyMatch(name -> name.contains("DomainClassesMetadata"))
        .contains(features + "Tally.class");
    // A function is a static method of its package's Rules class.
    String rules = classFiles.keySet().stream()
        .filter(name -> name.matches(features + "Rules[0-9A-F]+\\.class"))
        .findFirst().orElseThrow();
    assertThat(ClassFile.parse(classFiles.get(rules)).declaredMembers())
        .contains("doubledPlusOne");
  }

  @Test
  void classFilesOf_areExactlyTheClassesAKieContainerMayDefine() {
    // Only the shipped rules are ever made into a container here.
    RuleBuilds.Build build = RuleBuilds.build(RuleBuilds.shipped());
    ImmutableMap<String, byte[]> classFiles = CompiledRules.classFilesOf(build.builder());
    KieServices services = KieServices.get();
    services.getRepository().addKieModule(build.builder().getKieModule());
    try {
      KieContainer container =
          services.newKieContainer(build.builder().getKieModule().getReleaseId());
      container.getKieBase();
      Map<String, byte[]> store =
          ((ProjectClassLoader) container.getClassLoader())
              .getStore();

      assertThat(store.keySet().stream().map(CompiledRulesTest::asPath))
          .containsExactlyInAnyOrderElementsOf(classFiles.keySet());
      container.dispose();
    } finally {
      services.getRepository().removeKieModule(build.builder().getKieModule().getReleaseId());
    }
  }

  @Test
  void buildAll_runsNoCodeOfFunctionsDeclaredFieldsEvalsFromsConstraintsOrSalience() {
    String function = "function boolean f() { return " + mkdir("function") + "; }\n";
    List<String> files = List.of(
        HEAD + function,
        HEAD + "declare Evil\n  made : boolean = " + mkdir("declared-field") + "\nend\n",
        rule("  eval( " + mkdir("eval") + " )", "insert( new AsOf( $d ) );"),
        rule("  $b : Boolean() from " + mkdir("from"), "insert( new AsOf( $d ) );"),
        HEAD + function + "rule \"r\"\nwhen\n  AsOf( f() )\nthen\nend\n",
        HEAD + "rule \"r\"\n  salience ( " + mkdir("salience") + " ? 1 : 0 )\nwhen\n"
            + "  AsOf()\nthen\nend\n");

    for (String file : files) {
      RuleBuilds.Build build = RuleBuilds.build(Map.of("hostile.drl", file));

      assertThat(build.errors()).as(file).isEmpty();
      assertThat(CompiledRules.check(CompiledRules.classFilesOf(build.builder())))
          .as(file).extracting(Refusal::reference).contains("java.io.File.mkdir");
    }
    assertThat(markers).isEmptyDirectory();
  }

  /**
   * Drools' {@code JavaParserCompiler.loadClasses} loads every declared type with {@code
   * Class.forName(name, true, loader)} inside {@code buildAll}, so a declared enum's constants
   * are made, and the code in their arguments runs, before any check of the compiled classes
   * can. The bytecode check still refuses the enum; the folder's loader has to refuse {@code
   * declare enum} before {@code buildAll}.
   */
  @Test
  void buildAll_initialisesDeclaredEnums_soTheirConstantsRunBeforeAnyCheck() {
    RuleBuilds.Build build = RuleBuilds.build(Map.of("hostile.drl",
        HEAD + "declare enum Bad\n  ONE(" + mkdir("enum") + ");\n  made : boolean\nend\n"));

    assertThat(markers.resolve("enum")).isDirectory();
    assertThat(CompiledRules.check(CompiledRules.classFilesOf(build.builder())))
        .extracting(Refusal::reference).contains("java.io.File.mkdir");
  }

  @Test
  void checkBeforeBuild_passesTheShippedRulesTablesIncluded_andTheAnalystFeatures() {
    Map<String, String> files = new LinkedHashMap<>(RuleBuilds.shipped());
    files.put("features.drl", resource("features.drl"));

    files.forEach((name, text) -> assertThat(
        CompiledRules.checkBeforeBuild(name, RuleBuilds.drlOf(name, text))).as(name).isEmpty());
  }

  @Test
  void checkBeforeBuild_refusesADeclaredEnum_howeverItIsWritten() {
    for (String declare : List.of("declare enum", "declare /* x */ enum", "declare\n  enum",
        "declare // x\n enum")) {
      String drl = HEAD + declare + " Bad\n  ONE(" + mkdir("enum") + ");\n  made : boolean\nend\n";

      assertThat(CompiledRules.checkBeforeBuild("hostile.drl", drl)).as(declare)
          .singleElement().satisfies(refusal -> {
            assertThat(refusal.reference())
                .isEqualTo("uk.co.leicestershirecares.rules.hostile.Bad");
            assertThat(refusal.message()).startsWith("hostile.drl declares the enum"
                + " uk.co.leicestershirecares.rules.hostile.Bad (line ");
          });
    }
    assertThat(markers).isEmptyDirectory();
  }

  @Test
  void checkBeforeBuild_refusesWhatDroolsParserCannotRead() {
    assertThat(CompiledRules.checkBeforeBuild("broken.drl", HEAD + "declare \\u0065num Bad\n"))
        .singleElement().extracting(Refusal::message).asString()
        .startsWith("broken.drl cannot be read by drools' parser, so it cannot be checked");
  }

  @Test
  void checkBeforeBuild_letsADeclaredClassThrough() {
    assertThat(CompiledRules.checkBeforeBuild("fine.drl",
        HEAD + "declare Tally\n  count : long\nend\n")).isEmpty();
  }

  static Stream<Arguments> hostileRules() {
    return Stream.of(
        hostile("System.exit in a consequence", "System.exit( 42 );", "java.lang.System.exit"),
        hostile("Runtime.exec", "java.lang.Runtime.getRuntime().exec( \"true\" );",
            "java.lang.Runtime.exec"),
        hostile("a new file", "new java.io.File( \"x\" ).createNewFile();",
            "java.io.File.createNewFile"),
        hostile("Files.writeString",
            "java.nio.file.Files.writeString( java.nio.file.Path.of( \"x\" ), \"y\" );",
            "java.nio.file.Files.writeString"),
        hostile("a class name with spaces",
            "java . io . File f = new java . io . File( \"x\" ); f.delete();",
            "java.io.File.delete"),
        hostile("a class name with a comment inside", "new java./*x*/io.File( \"x\" ).delete();",
            "java.io.File.delete"),
        hostile("a class name over three lines", "new java\n  .io\n  .File( \"x\" ).delete();",
            "java.io.File.delete"),
        hostile("a Unicode escape", "\\u0053ystem.exit( 1 );", "java.lang.System.exit"),
        Arguments.of("a function never called",
            HEAD + "function void boom() { System.exit( 3 ); }\n", "java.lang.System.exit"),
        Arguments.of("a declared field's initialiser",
            HEAD + "declare Evil\n  home : String = System.getProperty( \"user.home\" )\nend\n",
            "java.lang.System.getProperty"),
        Arguments.of("an eval",
            rule("  eval( System.currentTimeMillis() > 0 )", "insert( new AsOf( $d ) );"),
            "java.lang.System.currentTimeMillis"),
        Arguments.of("a from expression",
            rule("  $s : String() from System.getenv( \"HOME\" )", "insert( new AsOf( $d ) );"),
            "java.lang.System.getenv"),
        hostile("Class.forName", "Class.forName( \"java.lang.Runtime\" );",
            "java.lang.Class.forName"),
        hostile("getClass().getClassLoader()", "\"\".getClass().getClassLoader();",
            "java.lang.Class.getClassLoader"),
        hostile("getClass alone", "String name = \"\".getClass().toString();",
            "java.lang.Object.getClass"),
        hostile("java.lang.reflect", "java.lang.reflect.Method m = String.class.getMethods()[0];",
            "java.lang.reflect.Method"),
        hostile("a thread", "new Thread( () -> {} ).start();", "java.lang.Thread.start"),
        hostile("a socket", "new java.net.Socket( \"localhost\", 80 );", "java.net.Socket.<init>"),
        hostile("MethodHandles.lookup", "java.lang.invoke.MethodHandles.lookup();",
            "java.lang.invoke.MethodHandles.lookup"),
        hostile("kcontext.getKieRuntime", "kcontext.getKieRuntime();",
            "org.drools.core.rule.consequence.KnowledgeHelper.getKieRuntime"),
        hostile("drools.getKieRuntime().getKieBase()", "drools.getKieRuntime().getKieBase();",
            "org.kie.api.runtime.KieRuntime.getKieBase"),
        hostile("drools.getRule", "drools.getRule();",
            "org.drools.core.rule.consequence.KnowledgeHelper.getRule"),
        hostile("drools.getRuntime", "drools.getRuntime( Object.class );",
            "org.drools.model.Drools.getRuntime"),
        hostile("drools.getContext", "drools.getContext( Object.class );",
            "org.drools.model.Drools.getContext"),
        hostile("drools.halt", "drools.halt();", "org.drools.model.Drools.halt"),
        hostile("ServiceLoader", "java.util.ServiceLoader.load( Runnable.class );",
            "java.util.ServiceLoader.load"),
        hostile("Scanner", "new java.util.Scanner( \"x\" ).next();", "java.util.Scanner.<init>"),
        hostile("a system property through Integer",
            "Integer port = Integer.getInteger( \"port\" );", "java.lang.Integer.getInteger"),
        hostile("a lambda whose body is not allowed",
            "Runnable r = () -> System.exit( 7 ); r.run();", "java.lang.System.exit"),
        hostile("a method reference",
            "java.util.function.IntConsumer c = System::exit; c.accept( 8 );",
            "java.lang.System.exit"),
        hostile("System.out", "System.out.println( \"x\" );", "java.lang.System.out"),
        Arguments.of("import static",
            rule("", "exit( 9 );").replace("import uk.", "import static java.lang.System.exit;\n"
                + "import uk."), "java.lang.System.exit"),
        Arguments.of("import function",
            rule("", "exit( 10 );").replace("import uk.", "import function java.lang.System.exit;\n"
                + "import uk."), "java.lang.System.exit"),
        Arguments.of("a global of a forbidden type",
            rule("", "f.delete();").replace("rule \"", "global java.io.File f;\nrule \""),
            "java.io.File.delete"),
        Arguments.of("a declared type extending a forbidden class",
            HEAD + "import java.util.Timer;\ndeclare Evil extends Timer\nend\n"
                + "rule \"r\"\nwhen\n  AsOf()\nthen\n  new Evil().cancel();\nend\n",
            "java.util.Timer.<init>"),
        Arguments.of("a member inherited from a forbidden class",
            HEAD + "import java.util.Timer;\ndeclare Evil extends Timer\nend\n"
                + "rule \"r\"\nwhen\n  AsOf()\nthen\n  new Evil().cancel();\nend\n",
            "uk.co.leicestershirecares.rules.hostile.Evil.cancel"),
        hostile("the current thread", "Thread.currentThread().interrupt();",
            "java.lang.Thread.currentThread"),
        hostile("KieServices beyond the module model",
            "org.kie.api.KieServices.get().getRepository();",
            "org.kie.api.KieServices.getRepository"),
        hostile("another entry point", "drools.getEntryPoint( \"x\" ).insert( new AsOf( $d ) );",
            "org.drools.model.Drools.getEntryPoint"),
        Arguments.of("an mvel consequence",
            rule("", "System.exit( 11 );").replace("when\n", "  dialect \"mvel\"\nwhen\n"),
            "java.lang.System.exit"));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("hostileRules")
  void hostileRule_isRefusedByTheReferenceItsBytecodeMakes(
      String name, String drl, String reference) {
    RuleBuilds.Build build = RuleBuilds.build(Map.of("hostile.drl", drl));

    assertThat(build.errors()).as("compile errors").isEmpty();
    ImmutableList<Refusal> refusals =
        CompiledRules.check(CompiledRules.classFilesOf(build.builder()));
    assertThat(refusals).extracting(Refusal::reference).contains(reference);
    assertThat(refusals).extracting(Refusal::message).contains(
        "the compiled rules use " + reference + ", which rule code may not use");
  }

  /** A hostile case whose DRL is one rule with {@code consequence} and no extra condition. */
  private static Arguments hostile(String name, String consequence, String reference) {
    return Arguments.of(name, rule("", consequence), reference);
  }

  @Test
  void aLambdaWhoseBodyIsAllowed_isNotRefused() {
    RuleBuilds.Build build = RuleBuilds.build(Map.of("fine.drl", rule("",
        "Runnable r = () -> String.valueOf( 1 ); r.run(); insert( new AsOf( $d ) );")));

    assertThat(build.errors()).isEmpty();
    assertThat(CompiledRules.check(CompiledRules.classFilesOf(build.builder()))).isEmpty();
  }

  @Test
  void aCarriageReturnEndingALineComment_doesNotCompile() {
    // Drools' DRL parser does not take a lone CR as the end of the comment: a parse error.
    RuleBuilds.Build build =
        RuleBuilds.build(Map.of("hostile.drl", rule("", "// a comment\r System.exit( 1 );")));

    assertThat(build.errors()).isNotEmpty();
  }

  @Test
  void aUtf16File_doesNotCompile() {
    RuleBuilds.Build build = RuleBuilds.build(
        Map.of("hostile.drl", rule("", "System.exit( 16 );")), StandardCharsets.UTF_16);

    assertThat(build.errors()).isNotEmpty();
  }

  @Test
  void drools_getRuleContext_doesNotCompile() {
    RuleBuilds.Build build =
        RuleBuilds.build(Map.of("hostile.drl", rule("", "drools.getRuleContext();")));

    assertThat(build.errors()).anyMatch(e -> e.contains("getRuleContext() is undefined"));
  }

  @Test
  void anAccumulateWithInitAndAction_doesNotCompileWithoutDroolsMvel() {
    // The executable model compiles inline accumulate code only with drools-mvel, which this
    // module leaves out: buildAll throws, and RuleFolder turns that into a diagnostic.
    RuntimeException thrown = catchThrowableOfType(RuntimeException.class, () -> RuleBuilds.build(
        Map.of("hostile.drl", rule("  $n : Number() from accumulate( AsOf(),"
            + " init( int c = 0; System.exit( 5 ); ), action( c++; ), result( c ) )",
            "insert( new AsOf( $d ) );"))));

    assertThat(thrown)
        .hasMessage("Legacy accumulate can be used only with drools-mvel on classpath");
  }

  @Test
  void check_refusesATruncatedClassFile() throws Exception {
    byte[] whole = shippedClassFile();

    ImmutableList<Refusal> refusals =
        CompiledRules.check(Map.of("a/B.class", Arrays.copyOf(whole, whole.length / 2)));

    assertThat(refusals).singleElement().satisfies(refusal -> {
      assertThat(refusal.className()).isEqualTo("a.B");
      assertThat(refusal.reference()).isEmpty();
      assertThat(refusal.message()).isEqualTo(
          "the compiled class a.B cannot be checked, so it is refused: the class file ends early");
    });
  }

  @Test
  void check_refusesGarbledBytesAndAnUnknownConstantTag() throws Exception {
    byte[] garbled = shippedClassFile();
    garbled[1] = 0x00;
    byte[] unknownTag = shippedClassFile();
    unknownTag[10] = (byte) 99;

    assertThat(CompiledRules.check(Map.of("a/Garbled.class", garbled, "a/Tag.class", unknownTag)))
        .extracting(Refusal::message).containsExactly(
            "the compiled class a.Garbled cannot be checked, so it is refused: not a class file"
                + " (bad magic number)",
            "the compiled class a.Tag cannot be checked, so it is refused: unknown constant pool"
                + " tag 99 at entry 1");
  }

  @Test
  void check_namesEachForbiddenReferenceOnce_withTheFirstClassThatMakesIt() {
    RuleBuilds.Build build = RuleBuilds.build(Map.of("hostile.drl", HEAD
        + "function void one() { System.exit( 1 ); }\n"
        + "function void two() { System.exit( 2 ); }\n"));

    ImmutableList<Refusal> refusals =
        CompiledRules.check(CompiledRules.classFilesOf(build.builder()));

    assertThat(refusals).singleElement().satisfies(refusal -> {
      assertThat(refusal.reference()).isEqualTo("java.lang.System.exit");
      assertThat(refusal.className()).startsWith("uk.co.leicestershirecares.rules.hostile.");
      assertThat(refusal.toString()).isEqualTo(refusal.message() + " (in "
          + refusal.className() + ")");
    });
  }

  @Test
  void check_refusesAGeneratedClassNamedLikeAnExistingOne() {
    // The existing class would be loaded in its place (parent first), unchecked.
    ImmutableList<Refusal> refusals = CompiledRules.check(Map.of(
        "a.class", emptyClass("java/io/File"),
        "b.class", emptyClass("uk/co/leicestershirecares/rules/facts/AsOf"),
        "c.class", emptyClass("uk/co/leicestershirecares/rules/hostile/Fresh")));

    assertThat(refusals).extracting(Refusal::message).containsExactlyInAnyOrder(
        "the compiled rules define java.io.File, a class that already exists, so the existing"
            + " one would run instead",
        "the compiled rules define uk.co.leicestershirecares.rules.facts.AsOf, a class that"
            + " already exists, so the existing one would run instead");
  }

  @Test
  void check_refusesAConsequenceGivenAsAScript() {
    ImmutableList<Refusal> refusals = CompiledRules.check(Map.of(
        "a.class", classCalling("org/drools/modelcompiler/dsl/pattern/D", "executeScript"),
        "b.class", classCalling("org/drools/model/consequences/ConsequenceBuilder$_2",
            "executeScript"),
        "c.class", classCalling("org/drools/modelcompiler/dsl/pattern/D", "on")));

    assertThat(refusals).extracting(Refusal::reference).containsExactlyInAnyOrder(
        "org.drools.modelcompiler.dsl.pattern.D.executeScript",
        "org.drools.model.consequences.ConsequenceBuilder$_2.executeScript");
  }

  // A class (named after the method) whose pool holds one method reference and nothing else.
  private static byte[] classCalling(String owner, String method) {
    TestClassFile file = new TestClassFile();
    int self =
        file.type("uk/co/leicestershirecares/rules/hostile/Calls" + owner.hashCode() + method);
    int object = file.type("java/lang/Object");
    file.add(10, file.type(owner), file.nameAndType(method, "()V")); // the method reference
    return file.toBytes(self, object);
  }

  // A class file with nothing but its name and java/lang/Object as its superclass.
  private static byte[] emptyClass(String name) {
    TestClassFile file = new TestClassFile();
    int self = file.type(name);
    return file.toBytes(self, file.type("java/lang/Object"));
  }

  private static String rule(String when, String then) {
    return HEAD + "rule \"hostile\"\nwhen\n  AsOf( $d : date )\n" + when + "\nthen\n  " + then
        + "\nend\n";
  }

  private String mkdir(String name) {
    return "new java.io.File( \"" + markers.resolve(name) + "\" ).mkdir()";
  }

  private static String asPath(String className) {
    return className.endsWith(".class") ? className : className.replace('.', '/') + ".class";
  }

  private static byte[] shippedClassFile() throws IOException {
    try (InputStream in = CompiledRules.class.getResourceAsStream("CompiledRules.class")) {
      return in.readAllBytes();
    }
  }

  private static String resource(String name) {
    try (InputStream in = CompiledRulesTest.class.getResourceAsStream(name)) {
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
