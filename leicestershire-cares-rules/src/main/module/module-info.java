/**
 * The charity's policy as Drools rules and CSV decision tables, precompiled into Drools'
 * executable model when this jar was built. Start from {@link
 * uk.co.leicestershirecares.rules.CaresRules#newBuilder()}.
 *
 * <p>Drools' jars name no module of their own: they are automatic modules, named by their
 * manifests' {@code Automatic-Module-Name}. The facts' rule functions take Drools' {@code
 * org.drools.model.Drools}, so a module that reads this one reads Drools' canonical model too.
 * The analyst tools' optional dependencies are optional here as well ({@code requires static}):
 * an application that compiles rule folders or reads scenario files puts {@code
 * org.drools.model.codegen}, {@code org.drools.decisiontables} and {@code
 * uk.co.leicestershirecares.json} on its module path itself.
 */
@SuppressWarnings({"requires-automatic", "requires-transitive-automatic"})
module uk.co.leicestershirecares.rules {
  requires transitive uk.co.leicestershirecares.core;
  requires transitive org.drools.canonicalmodel;
  requires static org.jspecify;
  requires org.drools.modelcompiler;
  // CompiledRules reads the class files a build made from its InternalKieModule, and parses DRL
  // with Drools' own parser before a build.
  requires org.drools.compiler;
  requires org.drools.drl.ast;
  requires org.drools.drl.parser;
  requires org.kie.api;
  // Drools logs through SLF4J, a named module; Drools' automatic modules cannot require it, so
  // without this nothing would resolve it on the module path.
  requires org.slf4j;
  requires static org.drools.model.codegen;
  requires static org.drools.decisiontables;
  requires static transitive uk.co.leicestershirecares.json;
  requires static com.fasterxml.jackson.databind;

  exports uk.co.leicestershirecares.rules;
  exports uk.co.leicestershirecares.rules.analyst;
  exports uk.co.leicestershirecares.rules.facts;
}
