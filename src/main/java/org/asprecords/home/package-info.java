/**
 * The home page: where a visitor starts.
 */
package org.asprecords.home;
