package uk.co.leicestershirecares.rules.analyst;

import com.google.common.collect.ImmutableList;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Optional;
import java.util.function.Function;
import uk.co.leicestershirecares.rules.CaresRules;
import uk.co.leicestershirecares.rules.Diagnostic;
import uk.co.leicestershirecares.rules.DroolsPolicy;
import uk.co.leicestershirecares.rules.RuleFiles;
import uk.co.leicestershirecares.rules.RuleFolder;
import uk.co.leicestershirecares.rules.internal.AnalystAccess;

/**
 * Checks an analyst's rule folder ({@link CaresRules#check(Path)}): loads it as {@link
 * CaresRules#load(Path)} does (what the folder may hold, every table cell, the compiler, the
 * allow-list check of the compiled classes) and, where rule code is allowed, lints its {@code
 * .drl} files ({@link RuleLinter}) for friendly {@code file:line} findings; gives every problem
 * as a {@link Diagnostic} ({@code file:line:column: message}). The folder is read once, and
 * nothing in it runs.
 *
 * <pre>{@code
 * RuleChecker.Report report = CaresRules.newBuilder().check(Path.of("my-rules"));
 * report.diagnostics().forEach(System.err::println);
 * boolean ok = report.isClean();
 * }</pre>
 */
public final class RuleChecker {
  static {
    // CaresRules makes reports and reloading policies through these (AnalystAccess).
    AnalystAccess.register(new AnalystTools());
  }

  private RuleChecker() {}

  /** What checking a folder found. */
  public static final class Report {
    private final RuleFolder.Result compiled;
    private final ImmutableList<Diagnostic> lintFindings;

    private Report(RuleFolder.Result compiled, ImmutableList<Diagnostic> lintFindings) {
      this.compiled = compiled;
      this.lintFindings = lintFindings;
    }

    /** Returns the compiler's diagnostics, empty when every file compiled. */
    public ImmutableList<Diagnostic> compileDiagnostics() {
      return compiled.diagnostics();
    }

    /** Returns the linter's findings, empty when every file keeps to the allow-list. */
    public ImmutableList<Diagnostic> lintFindings() {
      return lintFindings;
    }

    /** Returns the compiler's diagnostics, then the linter's findings. */
    public ImmutableList<Diagnostic> diagnostics() {
      return ImmutableList.<Diagnostic>builder().addAll(compiled.diagnostics())
          .addAll(lintFindings).build();
    }

    /** Returns whether the folder compiled and linted without a problem. */
    public boolean isClean() {
      return compiled.isLoaded() && lintFindings.isEmpty();
    }

    /**
     * Returns the compiled policy, only when the folder is {@linkplain #isClean() clean}: rules
     * the linter rejected are never handed out.
     */
    public Optional<DroolsPolicy> policy() {
      return isClean() ? compiled.policy() : Optional.empty();
    }

    /** Returns {@code Report[clean]} or {@code Report[n problems]}. */
    @Override
    public String toString() {
      return "Report[" + (isClean() ? "clean" : diagnostics().size() + " problems") + "]";
    }
  }

  /**
   * Lints the {@code .drl} files among {@code files} (when {@code ruleCodeAllowed}) and loads
   * them all with {@code load}: the linter and the loader read the same bytes, and nothing runs
   * before both have looked. Problems in the files are diagnostics, never exceptions.
   */
  static Report check(RuleFiles files, boolean ruleCodeAllowed,
      Function<RuleFiles, RuleFolder.Result> load) {
    ImmutableList.Builder<Diagnostic> lint = ImmutableList.builder();
    if (ruleCodeAllowed) {
      for (String name : files.names()) {
        if (name.endsWith(".drl")) {
          // Friendly file:line findings; the check of the compiled classes decides.
          lint.addAll(RuleLinter.lint(name,
              new String(files.bytes(name).orElseThrow(), StandardCharsets.UTF_8)));
        }
      }
    }
    return new Report(load.apply(files), lint.build());
  }
}
