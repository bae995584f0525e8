/**
 * The trash: records moved there leave every public page and admin list, keep their links
 * and history, and come back exactly as they were; only admins empty it.
 */
package org.asprecords.trash;
