/**
 * Sessions of the Assembly of States Parties (regular, resumed, special, review
 * conferences) and its presidents.
 */
package org.asprecords.session;
