package uk.co.leicestershirecares.cli;

import picocli.CommandLine.IVersionProvider;

/** The version from the jar's manifest (absent when run from classes). */
final class Versions implements IVersionProvider {
  @Override
  public String[] getVersion() {
    String version = Main.class.getPackage().getImplementationVersion();
    return new String[] {"leicestershire-cares " + (version == null ? "(development)" : version)};
  }
}
