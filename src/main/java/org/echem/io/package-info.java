/** Streaming CSV in and out, and the one place where numbers are formatted for output. */
package org.echem.io;
