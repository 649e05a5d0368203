/** Implementation details of the rules module. Not API. */
@NullMarked
package uk.co.leicestershirecares.rules.internal;

import org.jspecify.annotations.NullMarked;
