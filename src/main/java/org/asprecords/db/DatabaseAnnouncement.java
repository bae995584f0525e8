package org.asprecords.db;

import java.sql.Connection;
import java.sql.DatabaseMetaData;
import java.sql.SQLException;

import javax.sql.DataSource;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * Says at startup, in one line, which database the portal uses, so that nobody wonders
 * where the data went.
 */
@Component
class DatabaseAnnouncement {

	private static final Logger logger = LoggerFactory.getLogger(DatabaseAnnouncement.class);

	private final DataSource dataSource;

	DatabaseAnnouncement(DataSource dataSource) {
		this.dataSource = dataSource;
	}

	@EventListener(ApplicationReadyEvent.class)
	void announce() throws SQLException {
		try (Connection connection = this.dataSource.getConnection()) {
			DatabaseMetaData meta = connection.getMetaData();
			logger.info("Database: {} {} at {} as {}", meta.getDatabaseProductName(), meta.getDatabaseProductVersion(),
					meta.getURL(), meta.getUserName());
		}
	}

}
