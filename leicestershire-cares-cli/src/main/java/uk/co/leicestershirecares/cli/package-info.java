/**
 * The analysts' workbench: the {@code leicestershire-cares} command. {@link
 * uk.co.leicestershirecares.cli.Main} is its entry point; the subcommands ({@code assess}, {@code
 * explain}, {@code report}) are not API.
 */
@NullMarked
package uk.co.leicestershirecares.cli;

import org.jspecify.annotations.NullMarked;
