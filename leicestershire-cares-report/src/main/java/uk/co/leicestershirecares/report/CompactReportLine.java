package uk.co.leicestershirecares.report;

import com.google.common.base.Suppliers;
import com.google.common.collect.ImmutableList;
import java.util.function.Supplier;

/**
 * A {@link ReportLine} computed by {@link ReportGenerator}: its sources and evidence are held as
 * {@link Provenance} entries and rendered as ids the first time they are read, then kept. It
 * equals a line built with {@link ReportLine#builder()} of the same key, label, count, sources
 * and evidence. Immutable and thread-safe: the entries are not changed once the line is built,
 * and each list is rendered once however many threads read it.
 */
final class CompactReportLine extends ReportLine {
  private final String key;
  private final String label;
  private final Provenance.Entries sourceEntries;
  // Rendered when first read: most lines' ids are never read, and rendering allocates a string
  // per entry.
  private final Supplier<ImmutableList<String>> sources;
  private final Supplier<ImmutableList<String>> evidence;

  CompactReportLine(String key, String label, String[] names, Provenance.Entries sources,
      Provenance.Entries evidence) {
    this.key = key;
    this.label = label;
    this.sourceEntries = sources;
    this.sources = Suppliers.memoize(() -> sources.render(names));
    this.evidence = Suppliers.memoize(() -> evidence.render(names));
  }

  @Override
  public String key() {
    return key;
  }

  @Override
  public String label() {
    return label;
  }

  @Override
  public long count() {
    return sourceEntries.size();
  }

  @Override
  public ImmutableList<String> sources() {
    return sources.get();
  }

  @Override
  public ImmutableList<String> evidence() {
    return evidence.get();
  }
}
