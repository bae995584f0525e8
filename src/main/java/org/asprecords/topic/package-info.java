/**
 * The subjects (budget, cooperation, elections, ...) that sessions, resolutions and
 * statements are filed under.
 */
package org.asprecords.topic;
