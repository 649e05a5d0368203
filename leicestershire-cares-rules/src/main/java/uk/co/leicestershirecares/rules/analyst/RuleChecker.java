package uk.co.leicestershirecares.rules.analyst;

import com.google.common.collect.ImmutableList;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Optional;
import uk.co.leicestershirecares.core.InvalidRecordException;
import uk.co.leicestershirecares.core.policy.PolicyParameters;
import uk.co.leicestershirecares.core.programme.ProgrammeCatalogue;
import uk.co.leicestershirecares.rules.Diagnostic;
import uk.co.leicestershirecares.rules.DroolsPolicy;
import uk.co.leicestershirecares.rules.RuleFiles;
import uk.co.leicestershirecares.rules.RuleFolder;

/**
 * Checks an analyst's rule folder: loads it as {@link RuleFolder#load} does (what the folder may
 * hold, every table cell, the compiler, the allow-list check of the compiled classes) and, where
 * rule code is allowed, lints its {@code .drl} files ({@link RuleLinter}) for friendly {@code
 * file:line} findings; gives every problem as a {@link Diagnostic} ({@code file:line:column:
 * message}). The folder is read once, and nothing in it runs.
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

  /** Checks {@code folder} with the {@linkplain RuleFolder.Options#defaults() default options}. */
  public static Report check(Path folder) {
    return check(folder, RuleFolder.Options.defaults());
  }

  /**
   * Checks {@code folder} with {@code parameters} and {@code catalogue}, tables only.
   *
   * @throws InvalidRecordException if an argument is null
   */
  public static Report check(
      Path folder, PolicyParameters parameters, ProgrammeCatalogue catalogue) {
    return check(folder,
        RuleFolder.Options.defaults().withParameters(parameters).withCatalogue(catalogue));
  }

  /**
   * Reads {@code folder} once ({@link RuleFiles#read(Path)}) and checks what was read.
   *
   * @throws InvalidRecordException if an argument is null
   */
  public static Report check(Path folder, RuleFolder.Options options) {
    if (folder == null) {
      throw new InvalidRecordException("folder", "folder must not be null");
    }
    return check(RuleFiles.read(folder), options);
  }

  /**
   * Lints the {@code .drl} files among {@code files} (when {@code options} allow rule code) and
   * loads them all with {@link RuleFolder#load(RuleFiles, RuleFolder.Options)}: the linter and
   * the loader read the same bytes, and nothing runs before both have looked. Problems in the
   * files are diagnostics, never exceptions.
   *
   * @throws InvalidRecordException if an argument is null
   */
  public static Report check(RuleFiles files, RuleFolder.Options options) {
    if (files == null || options == null) {
      throw new InvalidRecordException(files == null ? "files" : "options", "must not be null");
    }
    ImmutableList.Builder<Diagnostic> lint = ImmutableList.builder();
    if (options.ruleCodeAllowed()) {
      for (String name : files.names()) {
        if (name.endsWith(".drl")) {
          // Friendly file:line findings; the check of the compiled classes decides.
          lint.addAll(RuleLinter.lint(name,
              new String(files.bytes(name).orElseThrow(), StandardCharsets.UTF_8)));
        }
      }
    }
    return new Report(RuleFolder.load(files, options), lint.build());
  }
}
