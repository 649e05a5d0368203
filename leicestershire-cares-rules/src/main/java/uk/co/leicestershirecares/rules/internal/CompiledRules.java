package uk.co.leicestershirecares.rules.internal;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableMap;
import com.google.common.collect.ImmutableSet;
import com.google.common.collect.Iterables;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeMap;
import org.drools.compiler.kie.builder.impl.InternalKieModule;
import org.drools.drl.ast.descr.EnumDeclarationDescr;
import org.drools.drl.ast.descr.PackageDescr;
import org.drools.drl.parser.DrlParser;
import org.drools.drl.parser.DroolsParserException;
import org.kie.api.builder.KieBuilder;

/**
 * Checks what a rule folder compiled to, not its text: every class, field and method that the
 * executable model's generated classes name in their bytecode is held against one allow-list,
 * and anything else is a {@link Refusal}. Call {@link #checkBeforeBuild} on each file's DRL before
 * {@code buildAll}, and {@link #check} after {@code buildAll} reports no error and before {@code
 * newKieContainer}: by then no rule, function, eval or generated lambda has run, and the only
 * generated classes loaded are the declared types, which {@code buildAll} loads and initialises
 * itself (harmless for a declared class, whose own code runs only when an instance is made, and
 * whose superclass is an existing class; not for a declared enum, whose constants are made at
 * once: hence {@code checkBeforeBuild}).
 *
 * <pre>{@code
 * for (each file) refusals.addAll(CompiledRules.checkBeforeBuild(name, drlDroolsWillCompile));
 * if (refusals.isEmpty()) {
 *   KieBuilder builder =
 *       services.newKieBuilder(fileSystem).buildAll(ExecutableModelProject.class);
 *   ... no errors? ...
 *   refusals = CompiledRules.check(CompiledRules.classFilesOf(builder));
 * }
 * if (!refusals.isEmpty()) { ... refuse the folder, never make a KieContainer ... }
 * }</pre>
 *
 * <p><b>Why bytecode.</b> A text lint of DRL can be walked round (a class name with comments or
 * line breaks inside, Unicode escapes, a carriage return ending a {@code //} comment, another
 * file encoding, code in a function, a declared type, an accumulate or an eval). Whatever the
 * text looked like, the compiled class must name {@code java/lang/System} and {@code exit} in
 * its constant pool to call {@code System.exit}: so this check decides, and the text lint only
 * gives friendlier {@code file:line} messages.
 *
 * <p><b>Allowed</b> (the whole list is in this class, in {@link #PACKAGES}, {@link #SUBPACKAGES},
 * {@link #CLASSES}, {@link #MEMBERS} and {@link #NOT_EVEN_THERE}):
 * <ul>
 *   <li>the classes of the compiled set itself (their own bytecode is checked in turn); a member
 *       they inherit is checked against the class they inherit it from;
 *   <li>the domain: {@code uk.co.leicestershirecares.core} and its sub-packages, and {@code
 *       uk.co.leicestershirecares.rules.facts} (not the rest of the rules module, json or cli);
 *   <li>{@code java.time} with {@code .temporal}, {@code .format} and {@code .chrono} (not {@code
 *       .zone}, whose providers are global), {@code java.util.function}, {@code
 *       java.math.BigDecimal} and {@code BigInteger};
 *   <li>the {@code java.util} collections and helpers, named one by one, and the Guava immutable
 *       collections the domain returns;
 *   <li>the {@code java.lang} basics: strings, boxes, {@code Math}, {@code Enum}, {@code Record},
 *       {@code Runnable}, the everyday exceptions; {@code Object} only for its construction,
 *       {@code equals}, {@code hashCode} and {@code toString} (not {@code getClass}: generated
 *       code does not need it); {@code java.lang.Class} only as a type, never a member of it;
 *       {@code System} only for {@code arraycopy}, which the generator emits; not the boxes'
 *       readers of system properties ({@code Integer.getInteger}, {@code Long.getLong}, {@code
 *       Boolean.getBoolean});
 *   <li>{@code java.lang.invoke} only as the bootstrap methods of lambdas ({@code
 *       LambdaMetafactory.metafactory}, {@code altMetafactory}) and string concatenation ({@code
 *       StringConcatFactory.makeConcatWithConstants}), and the types their descriptors name;
 *   <li>the Drools executable-model classes the generator emits, member by member, as observed in
 *       the shipped rules and in the analyst features we support (not {@code executeScript}, a
 *       consequence given as a script string); from the {@code drools}
 *       variable ({@code org.drools.model.Drools}) only inserting, updating and deleting facts,
 *       never {@code getRuntime}, {@code getContext}, {@code getEntryPoint}, {@code getChannel},
 *       {@code halt} or the rule base ({@code kcontext} and {@code drools.getKieRuntime()}
 *       compile to {@code DroolsImpl.asKnowledgeHelper()} and {@code KnowledgeHelper}, both
 *       refused).
 * </ul>
 *
 * <p>A generated class whose name is already a class on the class path (or in the JDK) is
 * refused too: a KieContainer's class loader asks its parent first, so the existing class would
 * run where the checked one was expected, and the references checked against it would be the
 * wrong ones.
 *
 * <p><b>Fail closed.</b> Anything not on the list is refused, so a class the list forgot is a
 * refusal (an analyst's report), never a hole. A class file the reader cannot read (a bad magic
 * number, bytes that end early, an unknown constant tag, a version newer than Java 21) is a
 * refusal as well, and so is a bootstrap method other than the three above.
 */
public final class CompiledRules {
  private static final String CLASS_SUFFIX = ".class";
  private static final String USE = "which rule code may not use";

  /** Packages whose every class and member rule code may use (slashes, no sub-packages). */
  static final ImmutableSet<String> PACKAGES = ImmutableSet.of(
      "uk/co/leicestershirecares/rules/facts",
      "java/time", "java/time/temporal", "java/time/format", "java/time/chrono",
      "java/util/function");

  /** Packages whose every class and member rule code may use, sub-packages included. */
  static final ImmutableSet<String> SUBPACKAGES = ImmutableSet.of(
      "uk/co/leicestershirecares/core");

  /** Classes whose every member rule code may use (but see {@link #NOT_EVEN_THERE}). */
  static final ImmutableSet<String> CLASSES = ImmutableSet.<String>builder()
      // java.lang basics. Not System (but see MEMBERS), Runtime, Process*, Thread*, ClassLoader,
      // Class, Module*, Package, StackWalker, SecurityManager, reflect, invoke, ref.
      .add("java/lang/String", "java/lang/StringBuilder", "java/lang/CharSequence",
          "java/lang/Number", "java/lang/Integer", "java/lang/Long", "java/lang/Short",
          "java/lang/Byte", "java/lang/Character", "java/lang/Boolean", "java/lang/Double",
          "java/lang/Float", "java/lang/Math", "java/lang/Enum", "java/lang/Comparable",
          "java/lang/Iterable", "java/lang/AutoCloseable", "java/lang/Runnable",
          "java/lang/Void", "java/lang/Record",
          "java/lang/Throwable", "java/lang/Exception", "java/lang/RuntimeException",
          "java/lang/IllegalArgumentException", "java/lang/IllegalStateException",
          "java/lang/NullPointerException", "java/lang/ArithmeticException",
          "java/lang/UnsupportedOperationException", "java/lang/IndexOutOfBoundsException",
          "java/lang/ArrayIndexOutOfBoundsException", "java/lang/ClassCastException",
          "java/lang/NumberFormatException")
      // java.util collections and helpers, one by one: not Scanner, ServiceLoader, Properties,
      // Timer, ResourceBundle, Locale (but see MEMBERS), prefs, concurrent, stream, zip, jar,
      // logging, regex.
      .add("java/util/List", "java/util/Set", "java/util/Map", "java/util/Map$Entry",
          "java/util/Collection", "java/util/Collections", "java/util/Arrays",
          "java/util/Objects", "java/util/Optional", "java/util/OptionalInt",
          "java/util/OptionalLong", "java/util/OptionalDouble", "java/util/ArrayList",
          "java/util/LinkedList", "java/util/HashMap", "java/util/HashSet",
          "java/util/LinkedHashMap", "java/util/LinkedHashSet", "java/util/TreeMap",
          "java/util/TreeSet", "java/util/EnumMap", "java/util/EnumSet", "java/util/Comparator",
          "java/util/Iterator", "java/util/ListIterator", "java/util/NavigableMap",
          "java/util/NavigableSet", "java/util/SortedMap", "java/util/SortedSet",
          "java/util/Deque", "java/util/ArrayDeque", "java/util/Queue",
          "java/util/StringJoiner", "java/util/NoSuchElementException",
          "java/math/BigDecimal", "java/math/BigInteger", "java/math/RoundingMode")
      // The immutable collections the domain's accessors return.
      .add("com/google/common/collect/ImmutableList", "com/google/common/collect/ImmutableSet",
          "com/google/common/collect/ImmutableMap",
          "com/google/common/collect/ImmutableCollection",
          "com/google/common/collect/ImmutableSortedSet",
          "com/google/common/collect/ImmutableSortedMap")
      // Small parts of the executable model's description of rules (enums, a value type, an
      // accumulate's result binding) and its comparisons of values: nothing here runs code it
      // is given or reaches the engine.
      .add("org/drools/model/Index$ConstraintType", "org/drools/model/Rule$Attribute",
          "org/drools/model/functions/PredicateInformation",
          "org/drools/model/functions/accumulate/AccumulateFunction",
          "org/drools/modelcompiler/util/EvaluationUtil")
      .build();

  /** Members of otherwise allowed classes that rule code may still not use. */
  static final ImmutableSet<String> NOT_EVEN_THERE = ImmutableSet.<String>builder()
      // Readers of system properties.
      .add("java/lang/Integer.getInteger", "java/lang/Long.getLong", "java/lang/Boolean.getBoolean")
      .build();

  /**
   * Classes rule code may name (in a signature, a cast, a class literal) but of which it may
   * use only the members listed: {@code Object}, {@code Class} (no member), the {@code
   * java.lang.invoke} types of lambda bootstraps (the bootstraps themselves are checked again,
   * see {@link #BOOTSTRAPS}), and the executable model's runtime types, as the generator emits
   * them for the shipped rules and the analyst features we support.
   */
  static final ImmutableMap<String, ImmutableSet<String>> MEMBERS = members();

  /** The only bootstrap methods an {@code invokedynamic} or dynamic constant may name. */
  static final ImmutableSet<String> BOOTSTRAPS = ImmutableSet.of(
      "java/lang/invoke/LambdaMetafactory.metafactory",
      "java/lang/invoke/LambdaMetafactory.altMetafactory",
      "java/lang/invoke/StringConcatFactory.makeConcatWithConstants");

  private static ImmutableMap<String, ImmutableSet<String>> members() {
    ImmutableSet<String> none = ImmutableSet.of();
    ImmutableSet<String> construct = ImmutableSet.of("<init>");
    ImmutableMap.Builder<String, ImmutableSet<String>> members = ImmutableMap.builder();
    // Not getClass: generated code does not need it, and a Class leads to its class loader.
    members.put("java/lang/Object", ImmutableSet.of("<init>", "equals", "hashCode", "toString"))
        .put("java/lang/Class", none)
        .put("java/io/Serializable", none)
        // The generator copies varargs arrays; nothing else of System (not out, exit, getenv).
        .put("java/lang/System", ImmutableSet.of("arraycopy"))
        // Date formats of the rule base; not Locale.setDefault.
        .put("java/util/Locale", ImmutableSet.of("ENGLISH"));
    for (String type : List.of("LambdaMetafactory", "StringConcatFactory", "MethodHandles",
        "MethodHandles$Lookup", "MethodHandle", "MethodType", "CallSite")) {
      members.put("java/lang/invoke/" + type, none);
    }
    // The drools variable: facts in, facts changed, facts out; nothing else (not getRuntime,
    // getContext, getEntryPoint, getChannel, halt, setFocus, logicalInsert, insertAsync).
    ImmutableSet<String> facts = ImmutableSet.of("insert", "update", "delete");
    members.put("org/drools/model/Drools", facts)
        .put("org/drools/model/DroolsEntryPoint", facts)
        .put("org/drools/model/BitMask", ImmutableSet.of("getPatternMask"))
        .put("org/drools/model/DomainClassMetadata", ImmutableSet.of("getPropertyIndex"))
        .put("org/drools/util/DateUtils", ImmutableSet.of("getDateFormatMask"));
    // The executable model's DSL, which builds a description of the rules: the methods the
    // generator emits for patterns, constraints, and, or, not, exists, forall, accumulate,
    // collect, from, eval and consequences (execute: one that binds no variable). Not executeScript (a consequence given as a script
    // string, which no check can read), nor the asynchronous send and receive.
    members.put("org/drools/modelcompiler/dsl/pattern/D", ImmutableSet.of("accFunction",
            "accumulate", "alphaIndexedBy", "and", "betaIndexedBy", "declarationOf",
            "entryPoint", "eval", "execute", "exists", "expr", "forall", "from", "globalOf", "groupBy",
            "not", "on", "or", "pattern", "reactOn", "reactiveFrom", "rule", "typeMetaData",
            "valueOf", "window"))
        .put("org/drools/model/PatternDSL$PatternDef",
            ImmutableSet.of("bind", "expr", "passive", "watch"))
        .put("org/drools/model/impl/RuleBuilder",
            ImmutableSet.of("attribute", "build", "metadata"));
    for (String builder : numbered("org/drools/model/consequences/ConsequenceBuilder$_", 0, 30)) {
      members.put(builder, ImmutableSet.of("execute", "breaking"));
    }
    for (String type : List.of("AlphaIndex", "Argument", "BetaIndex", "Declaration",
        "DeclarationSource", "From", "Index", "Model", "PatternDSL", "PatternDSL$ReactOn", "Rule",
        "RuleItemBuilder", "Value", "Variable", "consequences/ConsequenceBuilder",
        "functions/HashedExpression", "impl/TypeMetaDataImpl", "view/ExprViewItem",
        "view/ViewItem", "view/ViewItemBuilder")) {
      members.put("org/drools/model/" + type, none);
    }
    for (String type : Iterables.concat(numbered("org/drools/model/functions/Block", 0, 31),
        numbered("org/drools/model/functions/Function", 0, 11),
        numbered("org/drools/model/functions/Predicate", 1, 18),
        numbered("org/drools/model/view/Expr", 1, 5))) {
      members.put(type.contains("/view/") ? type + "ViewItem" : type, none);
    }
    // Declared types implement these marker interfaces.
    members.put("org/drools/base/factmodel/GeneratedFact", none)
        .put("org/drools/base/factmodel/AccessibleFact", none);
    // The standard accumulate functions (count, sum, collectList...), made and handed over.
    for (String function : List.of("Average", "BigDecimalAverage", "BigDecimalMax",
        "BigDecimalMin", "BigDecimalSum", "BigIntegerMax", "BigIntegerMin", "BigIntegerSum",
        "CollectList", "CollectSet", "Count", "IntegerMax", "IntegerMin", "IntegerSum",
        "LongMax", "LongMin", "LongSum", "Max", "Min", "NumericMax", "NumericMin",
        "StandardDeviation", "Sum", "Variance")) {
      members.put("org/drools/core/base/accumulators/" + function + "AccumulateFunction",
          construct);
    }
    // The generated ProjectModel describes the module: a release id, a kbase and its sessions.
    members.put("org/drools/modelcompiler/CanonicalKieModuleModel", none)
        .put("org/kie/api/builder/ReleaseId", none)
        .put("org/kie/util/maven/support/ReleaseIdImpl", construct)
        .put("org/kie/api/KieServices", ImmutableSet.of("get", "newKieModuleModel"))
        .put("org/kie/api/builder/model/KieModuleModel", ImmutableSet.of("newKieBaseModel"))
        .put("org/kie/api/builder/model/KieBaseModel", ImmutableSet.of("addPackage",
            "newKieSessionModel", "setDefault", "setEventProcessingMode", "setMutability"))
        .put("org/kie/api/builder/model/KieSessionModel",
            ImmutableSet.of("setClockType", "setDefault", "setType"))
        .put("org/kie/api/builder/model/KieSessionModel$KieSessionType",
            ImmutableSet.of("STATEFUL", "STATELESS"))
        .put("org/kie/api/conf/EventProcessingOption", ImmutableSet.of("CLOUD", "STREAM"))
        .put("org/kie/api/conf/KieBaseMutabilityOption", ImmutableSet.of("ALLOWED", "DISABLED"))
        .put("org/kie/api/runtime/conf/ClockTypeOption", ImmutableSet.of("get"));
    return members.build();
  }

  private static List<String> numbered(String prefix, int first, int last) {
    List<String> names = new ArrayList<>();
    for (int n = first; n <= last; n++) {
      names.add(prefix + n);
    }
    return names;
  }

  // Public members of Object that every type has (an interface's too), as the JVM resolves them.
  private static final ImmutableSet<String> OBJECT_MEMBERS =
      ImmutableSet.of("equals", "hashCode", "toString");

  private CompiledRules() {}

  /**
   * A reference the compiled rules may not make, or a class file that could not be checked.
   *
   * @param className the generated class it was found in, with dots
   * @param reference what was named, with dots ({@code java.lang.System.exit}, {@code
   *     java.io.File}); empty when the class file could not be read
   * @param message the whole sentence, lower case
   */
  public record Refusal(String className, String reference, String message) {
    /** Checks that no component is null. */
    public Refusal {
      Objects.requireNonNull(className, "className");
      Objects.requireNonNull(reference, "reference");
      Objects.requireNonNull(message, "message");
    }

    static Refusal use(String className, String reference, String why) {
      return new Refusal(className, reference,
          "the compiled rules use " + reference + ", " + why);
    }

    static Refusal unreadable(String className, String why) {
      return new Refusal(className, "", "the compiled class " + className
          + " cannot be checked, so it is refused: " + why);
    }

    /** Returns the message and the generated class it was found in. */
    @Override
    public String toString() {
      return message + " (in " + className + ")";
    }
  }

  /**
   * Returns every class file the build produced, by its path in the module ({@code
   * org/example/Rules.class}): exactly the classes a KieContainer made from this build defines.
   *
   * @throws IllegalArgumentException if the builder's module is not one Drools' compiler made
   */
  public static ImmutableMap<String, byte[]> classFilesOf(KieBuilder builder) {
    Objects.requireNonNull(builder, "builder");
    if (!(builder.getKieModule() instanceof InternalKieModule module)) {
      throw new IllegalArgumentException("not a module built by drools' compiler: "
          + builder.getKieModule().getClass().getName());
    }
    Map<String, byte[]> files = new TreeMap<>();
    for (String name : module.getFileNames()) {
      if (name.endsWith(CLASS_SUFFIX)) {
        files.put(name, module.getBytes(name).clone());
      }
    }
    return ImmutableMap.copyOf(files);
  }

  /**
   * Checks {@code classFiles} (by any name; the class's own name is read from its bytes) and
   * returns each reference the allow-list does not allow, once, naming the first generated class
   * (in name order) that makes it; empty when the rules may run.
   */
  public static ImmutableList<Refusal> check(Map<String, byte[]> classFiles) {
    Objects.requireNonNull(classFiles, "classFiles");
    List<Refusal> refusals = new ArrayList<>();
    Map<String, ClassFile> own = new LinkedHashMap<>();
    for (Map.Entry<String, byte[]> file : new TreeMap<>(classFiles).entrySet()) {
      try {
        ClassFile parsed = ClassFile.parse(file.getValue());
        own.put(parsed.name(), parsed);
      } catch (ClassFile.Malformed e) {
        refusals.add(Refusal.unreadable(dotted(file.getKey()),
            Objects.requireNonNullElse(e.getMessage(), "")));
      }
    }
    ClassLoader parent = CompiledRules.class.getClassLoader();
    for (ClassFile parsed : own.values()) {
      // Looked up as a resource: nothing is loaded or initialised.
      if (parent.getResource(parsed.name() + CLASS_SUFFIX) != null
          || ClassLoader.getSystemResource(parsed.name() + CLASS_SUFFIX) != null) {
        refusals.add(new Refusal(dotted(parsed.name()), dotted(parsed.name()),
            "the compiled rules define " + dotted(parsed.name()) + ", a class that already"
                + " exists, so the existing one would run instead"));
      }
    }
    Set<String> reported = new HashSet<>();
    for (ClassFile parsed : own.values()) {
      for (Refusal refusal : refusalsOf(parsed, own)) {
        if (reported.add(refusal.reference())) {
          refusals.add(refusal);
        }
      }
    }
    return ImmutableList.copyOf(refusals);
  }

  /**
   * Checks one DRL text before it is compiled, for what {@code buildAll} would run: Drools'
   * executable-model compiler loads and initialises every declared type while it compiles ({@code
   * JavaParserCompiler.loadClasses} calls {@code Class.forName(name, true, loader)}), so the
   * arguments of a declared enum's constants run inside {@code buildAll}, before {@link
   * #check(Map)} can see them. A {@code declare enum} is therefore refused here, as Drools' own
   * DRL parser reads the text (so no spelling of it gets past), and so is a text that parser
   * cannot read (it could not be checked). Call it on every {@code .drl} text and on the DRL
   * Drools generates from each decision table, exactly as they will be compiled.
   *
   * @param file the file's name, for the refusal
   * @param drl the text Drools will compile
   */
  public static ImmutableList<Refusal> checkBeforeBuild(String file, String drl) {
    Objects.requireNonNull(file, "file");
    Objects.requireNonNull(drl, "drl");
    DrlParser parser = new DrlParser();
    PackageDescr parsed;
    try {
      parsed = parser.parse(false, drl);
    } catch (DroolsParserException | RuntimeException e) {
      parsed = null;
    }
    if (parsed == null || parser.hasErrors()) {
      String why = parser.getErrors().isEmpty() ? "the drl parser gave up"
          : parser.getErrors().get(0).getMessage();
      return ImmutableList.of(new Refusal(file, "", file
          + " cannot be read by drools' parser, so it cannot be checked before it is compiled: "
          + why));
    }
    List<Refusal> refusals = new ArrayList<>();
    for (EnumDeclarationDescr declared : parsed.getEnumDeclarations()) {
      String name = declared.getTypeName();
      if (!name.contains(".") && parsed.getNamespace() != null
          && !parsed.getNamespace().isEmpty()) {
        name = parsed.getNamespace() + "." + name;
      }
      refusals.add(new Refusal(file, name, file + " declares the enum " + name + " (line "
          + declared.getLine() + "), which rule files may not: drools runs an enum's constants"
          + " while it compiles, before any check"));
    }
    return ImmutableList.copyOf(refusals);
  }

  private static List<Refusal> refusalsOf(ClassFile parsed, Map<String, ClassFile> own) {
    String where = dotted(parsed.name());
    Map<String, Refusal> members = new LinkedHashMap<>();
    Map<String, Refusal> types = new LinkedHashMap<>();
    Set<String> ownersOfRefusedMembers = new LinkedHashSet<>();
    for (ClassFile.Reference reference : parsed.references()) {
      String owner = reference.owner();
      switch (reference.kind()) {
        case TYPE -> {
          if (!typeAllowed(owner, own)) {
            types.put(owner, Refusal.use(where, dotted(owner), USE));
          }
        }
        case FIELD, METHOD -> {
          if (!memberAllowed(owner, reference.member(), own)) {
            String name = dotted(owner) + "." + reference.member();
            members.put(name, Refusal.use(where, name, USE));
            ownersOfRefusedMembers.add(owner);
          }
        }
        case BOOTSTRAP -> {
          if (!BOOTSTRAPS.contains(owner + "." + reference.member())) {
            String name = dotted(owner) + "." + reference.member();
            members.put(name, Refusal.use(where, name,
                "which is not a bootstrap method of lambdas or string concatenation"));
          }
        }
      }
    }
    // System.exit names both java/lang/System and exit: the member alone says more.
    types.keySet().removeAll(ownersOfRefusedMembers);
    List<Refusal> all = new ArrayList<>(types.values());
    all.addAll(members.values());
    return all;
  }

  private static boolean typeAllowed(String type, Map<String, ClassFile> own) {
    return own.containsKey(type) || CLASSES.contains(type) || MEMBERS.containsKey(type)
        || inAllowedPackage(type);
  }

  private static boolean memberAllowed(String owner, String member, Map<String, ClassFile> own) {
    if (member.equals("getClass")) {
      // Object.getClass is final, so every X.getClass is it, whatever X the compiler wrote.
      return false;
    }
    if (owner.startsWith("[")) {
      // An array's members are Object's and clone; its element type is checked as a type.
      return member.equals("clone") || OBJECT_MEMBERS.contains(member);
    }
    if (!own.containsKey(owner)) {
      return foreignMemberAllowed(owner, member);
    }
    // A member named through a generated class is either declared by one of the generated
    // classes (whose code is checked) or inherited: then it is checked against every foreign
    // supertype it could come from.
    Set<String> foreign = new LinkedHashSet<>();
    List<String> toVisit = new ArrayList<>(List.of(owner));
    Set<String> visited = new HashSet<>();
    while (!toVisit.isEmpty()) {
      String type = toVisit.remove(toVisit.size() - 1);
      if (!visited.add(type)) {
        continue;
      }
      ClassFile declaring = own.get(type);
      if (declaring == null) {
        foreign.add(type);
        continue;
      }
      if (declaring.declaredMembers().contains(member)) {
        return true;
      }
      if (!declaring.superName().isEmpty()) {
        toVisit.add(declaring.superName());
      }
      toVisit.addAll(declaring.interfaces());
    }
    return !foreign.isEmpty() && foreign.stream().allMatch(t -> foreignMemberAllowed(t, member));
  }

  private static boolean foreignMemberAllowed(String owner, String member) {
    if (NOT_EVEN_THERE.contains(owner + "." + member)) {
      return false;
    }
    if (BOOTSTRAPS.contains(owner + "." + member)) {
      // A bootstrap's method handle names it in the constant pool; calling it directly would
      // need a Lookup, which only MethodHandles.lookup() gives, and that is not allowed.
      return true;
    }
    if (CLASSES.contains(owner) || inAllowedPackage(owner)) {
      return true;
    }
    ImmutableSet<String> members = MEMBERS.get(owner);
    if (members == null) {
      return false;
    }
    return members.contains(member)
        || OBJECT_MEMBERS.contains(member)
            && Objects.requireNonNull(MEMBERS.get("java/lang/Object")).contains(member);
  }

  private static boolean inAllowedPackage(String type) {
    int slash = type.lastIndexOf('/');
    String pkg = slash < 0 ? "" : type.substring(0, slash);
    if (PACKAGES.contains(pkg)) {
      return true;
    }
    for (String root : SUBPACKAGES) {
      if (pkg.equals(root) || pkg.startsWith(root + "/")) {
        return true;
      }
    }
    return false;
  }

  private static String dotted(String name) {
    String plain = name.endsWith(CLASS_SUFFIX)
        ? name.substring(0, name.length() - CLASS_SUFFIX.length()) : name;
    return plain.replace('/', '.');
  }
}
