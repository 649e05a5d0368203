/**
 * Implementation details shared by the core packages. Not API: anything here may change in any
 * release, and it is left out of the Javadoc.
 */
@NullMarked
package uk.co.leicestershirecares.core.internal;

import org.jspecify.annotations.NullMarked;
