/**
 * A resolution's page: the resolution, what refers to it and what it adopted.
 */
package org.asprecords.overview.resolution;
