/** Implementation details of the rules module. Not API. */
package uk.co.leicestershirecares.rules.internal;
