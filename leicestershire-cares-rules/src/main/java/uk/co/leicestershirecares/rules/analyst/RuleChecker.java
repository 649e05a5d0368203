package uk.co.leicestershirecares.rules.analyst;

import com.google.common.collect.ImmutableList;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import uk.co.leicestershirecares.core.InvalidRecordException;
import uk.co.leicestershirecares.core.policy.PolicyParameters;
import uk.co.leicestershirecares.core.programme.ProgrammeCatalogue;
import uk.co.leicestershirecares.rules.Diagnostic;
import uk.co.leicestershirecares.rules.DroolsPolicy;
import uk.co.leicestershirecares.rules.RuleFolder;

/**
 * Checks an analyst's rule folder: compiles it ({@link RuleFolder#load}) and lints it ({@link
 * RuleLinter}), and gives every problem of both as a {@link Diagnostic} ({@code
 * file:line:column: message}).
 *
 * <pre>{@code
 * RuleChecker.Report report = RuleChecker.check(Path.of("my-rules"));
 * report.diagnostics().forEach(System.err::println);
 * boolean ok = report.isClean();
 * }</pre>
 */
public final class RuleChecker {
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

  /** Checks {@code folder} with default parameters and the standard catalogue. */
  public static Report check(Path folder) {
    return check(folder, PolicyParameters.defaults(), ProgrammeCatalogue.standard());
  }

  /**
   * Compiles and lints every {@code .drl} file under {@code folder}. Problems in the folder are
   * diagnostics, never exceptions.
   *
   * @throws InvalidRecordException if an argument is null
   */
  public static Report check(
      Path folder, PolicyParameters parameters, ProgrammeCatalogue catalogue) {
    RuleFolder.Result compiled = RuleFolder.load(folder, parameters, catalogue);
    // A missing folder is said once, by the compiler.
    ImmutableList<Diagnostic> lint =
        Files.isDirectory(folder) ? RuleLinter.lint(folder) : ImmutableList.of();
    return new Report(compiled, lint);
  }
}
