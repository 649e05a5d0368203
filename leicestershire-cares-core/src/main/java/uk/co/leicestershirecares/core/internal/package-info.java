/**
 * Implementation details shared by the core packages. Not API: anything here may change in any
 * release, and it is left out of the Javadoc.
 */
package uk.co.leicestershirecares.core.internal;
