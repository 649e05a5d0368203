package uk.co.leicestershirecares.report;

import com.google.common.collect.ImmutableList;
import org.jspecify.annotations.Nullable;

/**
 * A {@link ReportLine} computed by {@link ReportGenerator}: its sources and evidence are held as
 * {@link Provenance} entries and rendered as ids the first time they are read, then kept. It
 * equals a line built with {@link ReportLine#builder()} of the same key, label, count, sources
 * and evidence. Immutable and thread-safe: the entries are not changed once the line is built,
 * and two threads reading at once at worst both render the same ids.
 */
final class CompactReportLine extends ReportLine {
  private final String key;
  private final String label;
  private final String[] names;
  private final Provenance.Entries sourceEntries;
  private final Provenance.Entries evidenceEntries;
  private volatile @Nullable ImmutableList<String> sources;
  private volatile @Nullable ImmutableList<String> evidence;

  CompactReportLine(String key, String label, String[] names, Provenance.Entries sources,
      Provenance.Entries evidence) {
    this.key = key;
    this.label = label;
    this.names = names;
    this.sourceEntries = sources;
    this.evidenceEntries = evidence;
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
    ImmutableList<String> rendered = sources;
    if (rendered == null) {
      rendered = sourceEntries.render(names);
      sources = rendered;
    }
    return rendered;
  }

  @Override
  public ImmutableList<String> evidence() {
    ImmutableList<String> rendered = evidence;
    if (rendered == null) {
      rendered = evidenceEntries.render(names);
      evidence = rendered;
    }
    return rendered;
  }
}
