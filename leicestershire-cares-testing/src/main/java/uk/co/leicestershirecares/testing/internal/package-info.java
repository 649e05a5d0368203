/** Drawing helpers shared by the kit's generators; not API. */
package uk.co.leicestershirecares.testing.internal;
