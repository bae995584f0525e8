package org.asprecords;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;
import org.springframework.boot.security.autoconfigure.UserDetailsServiceAutoConfiguration;

/**
 * ASP Records: the public portal of the records of the Assembly of States Parties to the
 * Rome Statute.
 */
// No in-memory user with a generated password: there are no accounts until admins sign in
// from the database.
@SpringBootApplication(exclude = UserDetailsServiceAutoConfiguration.class)
@ConfigurationPropertiesScan
public class AspRecordsApplication {

	public static void main(String[] args) {
		SpringApplication.run(AspRecordsApplication.class, args);
	}

}
