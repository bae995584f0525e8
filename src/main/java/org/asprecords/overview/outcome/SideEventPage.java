package org.asprecords.overview.outcome;

import java.util.List;

import org.asprecords.outcome.SideEvent;
import org.asprecords.statement.Statement;

/**
 * What a side event's page shows.
 *
 * @param event the event, with its session, organizers and co-sponsors
 * @param statements statements given at it, with their speakers
 */
public record SideEventPage(SideEvent event, List<Statement> statements) {

}
