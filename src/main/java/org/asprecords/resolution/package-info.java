/**
 * Resolutions adopted by the Assembly: symbol, adoption, votes and the earlier
 * resolutions each refers to.
 */
package org.asprecords.resolution;
