/** Drawing helpers shared by the kit's generators; not API. */
@NullMarked
package uk.co.leicestershirecares.testing.internal;

import org.jspecify.annotations.NullMarked;
